import { inspect } from 'node:util';
import {
	ProviderAuthError,
	ProviderNotFoundError,
	ProviderRateLimitError,
	ProviderRequestError,
	ProviderResponseError,
	ProviderUnavailableError,
} from '@vm/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient, type HttpClientOptions } from '../src/index.js';
import { type Handler, sendJson, startTestServer, type TestServer } from './helpers/test-server.js';

let server: TestServer | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});

const fast = { limit: 3, baseDelayMs: 2, maxDelayMs: 10, retryAfterBaseMs: 5 } as const;

async function clientFor(handler: Handler, extra: Partial<HttpClientOptions> = {}) {
	server = await startTestServer(handler);
	const client = createHttpClient({
		provider: 'tmdb',
		baseUrl: `${server.url}/3`,
		retry: fast,
		rateLimit: { requestsPerSecond: 1000, concurrency: 8 },
		...extra,
	});
	return { client, measures: server.measures };
}

/** A handler that answers with `failures` in turn, then succeeds. */
function failingThen(failures: Handler[]): Handler {
	let call = 0;
	return (request, response, url) => {
		const failure = failures[call++];
		if (failure) return failure(request, response, url);
		sendJson(response, 200, { ok: true, path: url.pathname });
	};
}

const status =
	(
		code: number,
		body: unknown = { status_code: 0, status_message: `HTTP ${code}` },
		headers: Record<string, string> = {},
	): Handler =>
	(_request, response) =>
		sendJson(response, code, body, headers);

describe('getJson', () => {
	it('resolves paths against baseUrl and leaves undefined params out', async () => {
		let seen = '';
		const { client } = await clientFor((request, response) => {
			seen = request.url ?? '';
			sendJson(response, 200, { ok: true });
		});
		await expect(
			client.getJson('/search/movie', {
				searchParams: { query: 'Amélie', year: 2001, adult: false, region: undefined },
			}),
		).resolves.toEqual({ ok: true });
		expect(seen).toBe('/3/search/movie?query=Am%C3%A9lie&year=2001&adult=false');
	});

	it('calls authorize before each attempt', async () => {
		const tokens: string[] = [];
		let n = 0;
		const { client } = await clientFor(
			failingThen([
				(request, response) => {
					tokens.push(String(request.headers.authorization));
					status(503)(request, response, new URL('http://x'));
				},
			]),
			{ authorize: (headers) => headers.set('authorization', `Bearer t${++n}`) },
		);
		await client.getJson('/x');
		expect(tokens).toEqual(['Bearer t1']);
		expect(n).toBe(2);
	});
});

describe('retries', () => {
	it('retries 503, 504, HTML 502 and a dropped connection, then succeeds', async () => {
		const { client, measures } = await clientFor(
			failingThen([
				status(503),
				status(504),
				(_request, response) => {
					response.writeHead(502, { 'content-type': 'text/html' });
					response.end('<html><body>502 Bad Gateway</body></html>');
				},
			]),
			{ retry: { ...fast, limit: 4 } },
		);
		await expect(client.getJson('/movie/1')).resolves.toEqual({ ok: true, path: '/3/movie/1' });
		expect(measures.requests).toBe(4);
		expect(client.stats.retries).toBe(3);
	});

	it('retries a connection destroyed before any answer', async () => {
		const { client, measures } = await clientFor(failingThen([(request) => void request.socket.destroy()]));
		await expect(client.getJson('/movie/1')).resolves.toMatchObject({ ok: true });
		expect(measures.requests).toBe(2);
	});

	it('honours Retry-After (scaled by retryAfterBaseMs) and counts 429s', async () => {
		const { client } = await clientFor(
			failingThen([
				status(429, { status_code: 25 }, { 'retry-after': '1' }),
				status(429, { status_code: 25 }),
			]),
		);
		await expect(client.getJson('/x')).resolves.toMatchObject({ ok: true });
		expect(client.stats).toMatchObject({ rateLimited: 2, retries: 2, requests: 3 });
	});

	it('gives up on a Retry-After longer than maxRetryAfterMs and reports it', async () => {
		const { client, measures } = await clientFor(status(429, {}, { 'retry-after': '120' }), {
			retry: { ...fast, retryAfterBaseMs: 1000, maxRetryAfterMs: 5000 },
		});
		const error = await client.getJson('/x').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ProviderRateLimitError);
		expect(error).toMatchObject({ retryAfterMs: 120_000, status: 429 });
		expect(measures.requests).toBe(1);
	});

	it('ends with ProviderUnavailableError after limit + 1 attempts, keeping the last failure as cause', async () => {
		const { client, measures } = await clientFor(
			status(503, { status_code: 9, status_message: 'Service offline.' }),
			{
				errorDetails: (body) => {
					const { status_code: code, status_message: message } = body as {
						status_code?: number;
						status_message?: string;
					};
					return { ...(code === undefined ? {} : { code }), ...(message === undefined ? {} : { message }) };
				},
			},
		);
		const error = (await client.getJson('/x').catch((e: unknown) => e)) as ProviderUnavailableError;
		expect(error).toBeInstanceOf(ProviderUnavailableError);
		expect(error.message).toBe(
			'[provider-tmdb] GET /3/x failed with HTTP 503: 9 Service offline. (gave up after 4 attempts)',
		);
		expect(error).toMatchObject({
			status: 503,
			providerCode: 9,
			providerMessage: 'Service offline.',
			provider: 'tmdb',
		});
		expect(error.cause).toBeInstanceOf(ProviderUnavailableError);
		expect(measures.requests).toBe(4);
	});

	it('times out slow attempts and retries them', async () => {
		let calls = 0;
		const { client } = await clientFor(
			(_request, response) => {
				calls += 1;
				if (calls === 1) return; // never answers
				sendJson(response, 200, { ok: true });
			},
			{ timeoutMs: 300 },
		);
		await expect(client.getJson('/x')).resolves.toEqual({ ok: true });
		expect(client.stats.retries).toBe(1);
	});

	it('does not retry a host name that does not resolve (offline, or a wrong baseUrl)', async () => {
		let attempts = 0;
		const client = createHttpClient({
			provider: 'tmdb',
			baseUrl: 'http://vm-provider-http-test.invalid/3',
			retry: fast,
			fetch: (input, init) => {
				attempts += 1;
				return fetch(input, init);
			},
		});
		const error = await client.getJson('/x').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ProviderUnavailableError);
		expect((error as Error).message).toBe('[provider-tmdb] GET /3/x failed: network error (ENOTFOUND)');
		expect(attempts).toBe(1);
	});

	it('reports a timeout after the last attempt', async () => {
		const { client } = await clientFor(() => undefined, { timeoutMs: 20, retry: { ...fast, limit: 1 } });
		const error = await client.getJson('/slow').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ProviderUnavailableError);
		expect((error as Error).message).toBe(
			'[provider-tmdb] GET /3/slow timed out after 20 ms (gave up after 2 attempts)',
		);
	});
});

describe('errors that are never retried', () => {
	it.each([
		[401, ProviderAuthError],
		[403, ProviderAuthError],
		[404, ProviderNotFoundError],
		[400, ProviderRequestError],
		[422, ProviderRequestError],
	])('HTTP %i → %o after one request', async (code, type) => {
		const { client, measures } = await clientFor(status(code));
		await expect(client.getJson('/x')).rejects.toBeInstanceOf(type);
		expect(measures.requests).toBe(1);
	});

	it('a 200 that is not JSON is a ProviderResponseError', async () => {
		const { client } = await clientFor((_request, response) => {
			response.writeHead(200, { 'content-type': 'text/html' });
			response.end('<html>maintenance</html>');
		});
		const error = await client.getJson('/x').catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ProviderResponseError);
		expect((error as Error).message).toContain('Expected JSON from GET /3/x, got text/html (HTTP 200');
	});

	it('lets classifyError decide, and retries what it calls unavailable', async () => {
		const { client, measures } = await clientFor(
			failingThen([status(400, { status: 'failure', message: 'busy' })]),
			{
				classifyError: (failure) =>
					(failure.body as { message?: string }).message === 'busy'
						? new ProviderUnavailableError('busy', { provider: 'tmdb', status: failure.status })
						: undefined,
			},
		);
		await expect(client.getJson('/x')).resolves.toMatchObject({ ok: true });
		expect(measures.requests).toBe(2);
	});
});

describe('secrets', () => {
	it('never shows a key or token in a message, cause chain or inspected error', async () => {
		const key = 'f00dcafe0123456789abcdef00000000';
		const token = 'eyJhbGciOiJIUzI1NiJ9.payload.signature';
		const { client } = await clientFor(
			(request, response) => {
				if (request.url?.includes('drop')) return void request.socket.destroy();
				// A hostile server echoes the credentials back.
				sendJson(response, Number(request.url?.match(/code=(\d+)/)?.[1] ?? 500), {
					status_message: `bad ${request.url} ${request.headers.authorization}`,
				});
			},
			{
				retry: { ...fast, limit: 1 },
				secrets: () => [key, token],
				authorize: (headers) => headers.set('authorization', `Bearer ${token}`),
				errorDetails: (body) => ({ message: (body as { status_message: string }).status_message }),
			},
		);
		for (const path of ['/a?code=401', '/a?code=404', '/a?code=503', '/drop']) {
			const [route, code] = path.split('?');
			const error = await client
				.getJson(route ?? path, { searchParams: { api_key: key, code: code?.slice(5) } })
				.catch((e: unknown) => e);
			const text = inspect(error, { depth: 10 });
			expect(text).toContain('[provider-tmdb]');
			expect(text).not.toContain(key);
			expect(text).not.toContain(token);
			expect(text).not.toContain(encodeURIComponent(key));
		}
	});
});
