import { once } from 'node:events';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import {
	ProviderAuthError,
	ProviderRateLimitError,
	ProviderResponseError,
	ProviderUnavailableError,
	type RequestOptions,
} from '@vm/core';
import { afterEach, describe, expect, it } from 'vitest';
import {
	type BestMatch,
	type BestMatchSearcher,
	createTmdbSearchHandler,
	toNodeListener,
} from '../src/index.js';

const SECRET = 'k3y-0f-th3-u53r-1234567890abcdef';

interface Call {
	title: string;
	year: number | string | null | undefined;
	signal: AbortSignal | undefined;
}

/** A stand-in for createTmdbProvider(): a tiny catalogue searched by exact title, year optional. */
function fakeSearcher(
	answer?: (call: Call) => Promise<BestMatch | null>,
): BestMatchSearcher & { calls: Call[] } {
	const calls: Call[] = [];
	const films: BestMatch[] = [
		{ tmdb_id: 603, title: 'The Matrix', year: '1999' },
		{ tmdb_id: 841, title: 'Dune', year: '1984' },
		{ tmdb_id: 438631, title: 'Dune', year: '2021' },
	];
	return {
		calls,
		async searchBest(title, year, options: RequestOptions = {}) {
			const call = { title, year, signal: options.signal };
			calls.push(call);
			if (answer) return answer(call);
			return (
				films.find((film) => film.title === title && (year === undefined || film.year === String(year))) ??
				null
			);
		},
	};
}

const get = (handler: (request: Request) => Promise<Response>, path: string, init?: RequestInit) =>
	handler(new Request(`http://vm.local${path}`, init));

describe('createTmdbSearchHandler', () => {
	it('answers the Video Manager contract: tmdb_id, title and the year as a string', async () => {
		const searcher = fakeSearcher();
		const handler = createTmdbSearchHandler({ provider: searcher });
		const response = await get(handler, '/api/tmdb/search?query=The%20Matrix&year=1999');
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toMatch(/^application\/json/);
		expect(await response.text()).toBe('{"tmdb_id":603,"title":"The Matrix","year":"1999"}');
		expect(searcher.calls).toMatchObject([{ title: 'The Matrix', year: 1999 }]);
	});

	it('passes the year on, so remakes come back apart, and searches without a year when none is given', async () => {
		const handler = createTmdbSearchHandler({ provider: fakeSearcher() });
		expect(await (await get(handler, '/api/tmdb/search?query=Dune&year=2021')).json()).toEqual({
			tmdb_id: 438631,
			title: 'Dune',
			year: '2021',
		});
		expect(await (await get(handler, '/api/tmdb/search?query=Dune&year=1984')).json()).toEqual({
			tmdb_id: 841,
			title: 'Dune',
			year: '1984',
		});
		const searcher = fakeSearcher();
		await get(createTmdbSearchHandler({ provider: searcher }), '/api/tmdb/search?query=%20Dune%20');
		expect(searcher.calls).toMatchObject([{ title: 'Dune', year: undefined }]);
	});

	it('answers {} when no key is configured or nothing matches', async () => {
		const none = createTmdbSearchHandler({ provider: undefined });
		const noKey = await get(none, '/api/tmdb/search?query=Matrix&year=1999');
		expect(noKey.status).toBe(200);
		expect(await noKey.json()).toEqual({});
		const miss = await get(
			createTmdbSearchHandler({ provider: fakeSearcher() }),
			'/api/tmdb/search?query=Anniversaire%20de%20Lea',
		);
		expect(miss.status).toBe(200);
		expect(await miss.json()).toEqual({});
	});

	it('asks the provider function on every request, so a reloaded settings.json takes effect', async () => {
		let current: BestMatchSearcher | undefined;
		const handler = createTmdbSearchHandler({ provider: () => current });
		expect(await (await get(handler, '/api/tmdb/search?query=The%20Matrix')).json()).toEqual({});
		current = fakeSearcher();
		expect(await (await get(handler, '/api/tmdb/search?query=The%20Matrix')).json()).toMatchObject({
			tmdb_id: 603,
		});
	});

	it.each([
		['/api/tmdb/search', 400, 'BAD_QUERY', /`query` parameter is required/],
		['/api/tmdb/search?query=%20%20', 400, 'BAD_QUERY', /`query` parameter is required/],
		['/api/tmdb/search?query=Matrix&year=99', 400, 'BAD_YEAR', /four-digit year, got "99"/],
		['/api/tmdb/search?query=Matrix&year=nineteen', 400, 'BAD_YEAR', /got "nineteen"/],
		['/api/tmdb/other', 404, 'NOT_FOUND', /No route for \/api\/tmdb\/other/],
	])('rejects %s with %i and a message naming the parameter', async (path, status, code, message) => {
		const searcher = fakeSearcher();
		const response = await get(createTmdbSearchHandler({ provider: searcher }), path);
		expect(response.status).toBe(status);
		const body = (await response.json()) as { error: string; code: string };
		expect(body.code).toBe(code);
		expect(body.error).toMatch(message);
		expect(searcher.calls).toHaveLength(0);
	});

	it('accepts only GET and HEAD', async () => {
		const handler = createTmdbSearchHandler({ provider: fakeSearcher() });
		const response = await get(handler, '/api/tmdb/search?query=Matrix', { method: 'POST' });
		expect(response.status).toBe(405);
		expect(response.headers.get('allow')).toBe('GET, HEAD');
	});

	it('serves another path when asked, and refuses a path that is not absolute', async () => {
		const handler = createTmdbSearchHandler({ provider: fakeSearcher(), path: '/tmdb' });
		expect((await get(handler, '/tmdb?query=The%20Matrix')).status).toBe(200);
		expect((await get(handler, '/api/tmdb/search?query=The%20Matrix')).status).toBe(404);
		expect(() => createTmdbSearchHandler({ provider: undefined, path: 'tmdb' })).toThrow(
			/Expected `path` to start with "\/", got "tmdb"/,
		);
	});

	it.each([
		[
			new ProviderAuthError('Invalid API key.', {
				provider: 'tmdb',
				status: 401,
				providerCode: 7,
				cause: new Error(`api_key=${SECRET}`),
			}),
			502,
			'PROVIDER_AUTH',
			undefined,
		],
		[
			new ProviderRateLimitError('Rate limited.', { provider: 'tmdb', status: 429, retryAfterMs: 2500 }),
			503,
			'PROVIDER_RATE_LIMIT',
			'3',
		],
		[
			new ProviderUnavailableError('TMDB unreachable.', { provider: 'tmdb', status: 503 }),
			503,
			'PROVIDER_UNAVAILABLE',
			undefined,
		],
		[
			new ProviderResponseError('Not JSON.', { provider: 'tmdb', status: 200 }),
			502,
			'PROVIDER_BAD_RESPONSE',
			undefined,
		],
	])('maps %s to a status, a code and no secret', async (error, status, code, retryAfter) => {
		const logged: unknown[] = [];
		const handler = createTmdbSearchHandler({
			provider: fakeSearcher(() => Promise.reject(error)),
			onError: (failure) => logged.push(failure),
		});
		const response = await get(handler, '/api/tmdb/search?query=Matrix');
		expect(response.status).toBe(status);
		expect(response.headers.get('retry-after') ?? undefined).toBe(retryAfter);
		const text = await response.text();
		expect(JSON.parse(text)).toEqual({ error: error.message, code });
		expect(text).not.toContain(SECRET);
		expect(logged).toEqual([error]);
	});

	it('hides unexpected failures behind a 500 that says nothing of their internals', async () => {
		const handler = createTmdbSearchHandler({
			provider: fakeSearcher(() => Promise.reject(new Error(`boom ${SECRET}`))),
		});
		const response = await get(handler, '/api/tmdb/search?query=Matrix');
		expect(response.status).toBe(500);
		const text = await response.text();
		expect(text).not.toContain(SECRET);
		expect(JSON.parse(text)).toEqual({ error: 'Internal error while searching TMDB', code: 'INTERNAL' });
	});
});

describe('toNodeListener', () => {
	let server: Server | undefined;
	afterEach(async () => {
		if (server) await new Promise((resolve) => server?.close(resolve));
		server = undefined;
	});

	async function serve(searcher: BestMatchSearcher | undefined): Promise<string> {
		server = createServer(toNodeListener(createTmdbSearchHandler({ provider: searcher })));
		server.listen(0, '127.0.0.1');
		await once(server, 'listening');
		return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	}

	it('serves the endpoint from node:http', async () => {
		const base = await serve(fakeSearcher());
		const response = await fetch(`${base}/api/tmdb/search?query=The%20Matrix&year=1999`);
		expect(response.status).toBe(200);
		expect(await response.json()).toEqual({ tmdb_id: 603, title: 'The Matrix', year: '1999' });
		const head = await fetch(`${base}/api/tmdb/search?query=The%20Matrix`, { method: 'HEAD' });
		expect(head.status).toBe(200);
		expect(await head.text()).toBe('');
		const bad = await fetch(`${base}/api/tmdb/search?year=1999`);
		expect(bad.status).toBe(400);
	});

	it('aborts the provider call when the client goes away', async () => {
		let seen: AbortSignal | undefined;
		let started: () => void = () => {};
		const running = new Promise<void>((resolve) => {
			started = resolve;
		});
		const base = await serve(
			fakeSearcher(
				(call) =>
					new Promise((_, reject) => {
						seen = call.signal;
						started();
						call.signal?.addEventListener('abort', () => reject(call.signal?.reason), { once: true });
					}),
			),
		);
		const client = httpRequest(`${base}/api/tmdb/search?query=Slow`);
		client.on('error', () => {});
		client.end();
		await running;
		client.destroy();
		await new Promise<void>((resolve) => {
			if (seen?.aborted) resolve();
			else seen?.addEventListener('abort', () => resolve(), { once: true });
		});
		expect(seen?.aborted).toBe(true);
		expect(inspect(seen?.reason)).toMatch(/client closed the connection/);
	});
});
