import { inspect } from 'node:util';
import {
	isProviderError,
	ProviderAuthError,
	ProviderResponseError,
	ProviderUnavailableError,
} from '@vm/core';
import { describe, expect, it } from 'vitest';
import type { FakeTvdbServer } from './helpers/fake-tvdb-server.js';
import { fakeServers, testProvider } from './helpers/test-provider.js';

const start = fakeServers();

const rejection = async (promise: Promise<unknown>): Promise<Error> =>
	promise.then(
		() => expect.fail('expected a rejection'),
		(error: unknown) => error as Error,
	);

describe('faults', () => {
	it('retries HTML 502 pages, then succeeds', async () => {
		const server = await start();
		const tvdb = testProvider(server);
		server.inject({ kind: 'html-502', path: '/series' }, { kind: 'html-502', path: '/series' });
		expect(await tvdb.getById('series', 81189)).toMatchObject({ id: 81189 });
		expect(
			server.requests.filter((entry) => entry.path === '/series/81189').map((entry) => entry.status),
		).toEqual([502, 502, 200]);
		expect(tvdb.stats.retries).toBe(2);
	});

	it('gives a ProviderUnavailableError after the last 504 CloudFront page', async () => {
		const server = await start();
		const tvdb = testProvider(server);
		server.inject(...Array.from({ length: 3 }, () => ({ kind: 'html-504' as const, path: '/search' })));
		const error = await rejection(tvdb.search({ kind: 'series', title: 'Kaamelott' }));
		expect(error).toBeInstanceOf(ProviderUnavailableError);
		expect((error as ProviderUnavailableError).status).toBe(504);
		expect(error.message).toContain(
			'the gateway answered an HTML page ("ERROR: The request could not be satisfied") instead of JSON',
		);
		expect(error.message).toContain('gave up after 3 attempts');
		expect(error.message).toMatch(/^\[provider-tvdb\] GET \/v4\/search\?query=Kaamelott&type=series/);
		expect(server.count('/search')).toBe(3);
	});

	it('times out a slow answer and retries it', async () => {
		const server = await start();
		const tvdb = testProvider(server, { timeout: 300 });
		await tvdb.getById('movie', 169);
		server.inject({ kind: 'slow', path: '/series', delayMs: 900 });
		expect(await tvdb.getById('series', 79175)).toMatchObject({ id: 79175 });
		expect(server.count('/series/79175')).toBe(2);
	});

	it('reports timeouts as ProviderUnavailableError once retries run out', async () => {
		const server = await start();
		const tvdb = testProvider(server, { timeout: 250, retry: { limit: 1, baseDelayMs: 1 } });
		await tvdb.getById('movie', 169);
		server.inject(
			{ kind: 'slow', path: '/series', delayMs: 600 },
			{ kind: 'slow', path: '/series', delayMs: 600 },
		);
		const error = await rejection(tvdb.getById('series', 79175));
		expect(error).toBeInstanceOf(ProviderUnavailableError);
		expect(error.message).toContain('timed out');
	});

	it('retries a dropped connection', async () => {
		const server = await start();
		const tvdb = testProvider(server);
		server.inject({ kind: 'drop', path: '/movies' });
		expect(await tvdb.getById('movie', 169)).toMatchObject({ id: 169 });
		expect(server.count('/movies/169')).toBe(2);
	});

	it('turns a `status: "failure"` envelope sent with HTTP 200 into a ProviderResponseError, not cached', async () => {
		const server = await start();
		const tvdb = testProvider(server);
		server.inject({ kind: 'failure-200', path: '/search' });
		const error = await rejection(tvdb.search({ kind: 'series', title: 'Kaamelott' }));
		expect(error).toBeInstanceOf(ProviderResponseError);
		expect((error as ProviderResponseError).providerMessage).toBe(
			'InternalServerError: something went wrong',
		);
		expect((error as ProviderResponseError).providerCode).toBe('InternalServerError');
		expect(await tvdb.search({ kind: 'series', title: 'Kaamelott' })).toHaveLength(1);
		expect(server.count('/search')).toBe(2);
	});

	it('keeps every cached answer when one search gets a failure envelope', async () => {
		const server = await start();
		const tvdb = testProvider(server);
		expect(await tvdb.getById('series', 79175)).toMatchObject({ id: 79175 });
		server.inject({ kind: 'failure-200', path: '/search' });
		await expect(tvdb.search({ kind: 'series', title: 'Kaamelott' })).rejects.toBeInstanceOf(
			ProviderResponseError,
		);
		// Answered from the cache: the refused search did not empty it.
		const before = server.count('/series/79175');
		expect(await tvdb.getById('series', 79175)).toMatchObject({ id: 79175 });
		expect(server.count('/series/79175')).toBe(before);
	});

	it('never opens more connections than rateLimit.concurrency', async () => {
		const server = await start();
		const tvdb = testProvider(server, {
			rateLimit: { requestsPerSecond: 1_000, concurrency: 2 },
			cache: false,
		});
		server.inject(
			...Array.from({ length: 6 }, () => ({ kind: 'slow' as const, path: '/series', delayMs: 20 })),
		);
		const ids = [81189, 79175, 79126, 267440, 81189, 79175, 79126, 267440];
		const found = await Promise.all(ids.map((id) => tvdb.getById('series', id)));
		expect(found.map((candidate) => candidate?.id)).toEqual(ids);
		expect(server.maxInFlight).toBe(2);
	});
});

describe('secrets', () => {
	const KEY = 'tvdb-key-5e1f0c2a-77b4-4c1e-9d3a-0f6b2a9c8e11';
	const PIN = '73915';

	const assertNoSecret = (error: unknown, server: FakeTvdbServer): void => {
		expect(isProviderError(error)).toBe(true);
		const dump = `${inspect(error, { depth: 10, showHidden: true })}\n${JSON.stringify(error)}\n${String((error as Error).stack)}`;
		for (const secret of [KEY, PIN, encodeURIComponent(KEY), ...server.tokens]) {
			expect(dump).not.toContain(secret);
		}
	};

	it('keeps the key, PIN and tokens out of every error, cause and stack', async () => {
		const server = await start({ apiKey: KEY, pin: PIN });
		const errors: unknown[] = [];
		const collect = async (promise: Promise<unknown>): Promise<void> => {
			errors.push(await rejection(promise));
		};
		const good = testProvider(server, {
			apiKey: KEY,
			pin: PIN,
			timeout: 250,
			retry: { limit: 1, baseDelayMs: 1 },
		});
		// Bad key, missing PIN, wrong PIN.
		await collect(testProvider(server, { apiKey: `${KEY}x` }).search({ kind: 'series', title: 'x' }));
		await collect(testProvider(server, { apiKey: KEY }).search({ kind: 'series', title: 'x' }));
		await collect(
			testProvider(server, { apiKey: KEY, pin: `${PIN}0` }).search({ kind: 'series', title: 'x' }),
		);
		// Token refused twice (the 401 carries the bearer in its request).
		await good.getById('series', 81189);
		server.rejectAllTokens = true;
		await collect(good.getById('series', 79175));
		server.rejectAllTokens = false;
		// Gateway pages, timeouts, drops, failure envelopes.
		server.inject({ kind: 'html-502', path: '/series' }, { kind: 'html-502', path: '/series' });
		await collect(good.getById('series', 79126));
		server.inject(
			{ kind: 'slow', path: '/movies', delayMs: 600 },
			{ kind: 'slow', path: '/movies', delayMs: 600 },
		);
		await collect(good.getById('movie', 169));
		server.inject({ kind: 'drop', path: '/search' }, { kind: 'drop', path: '/search' });
		await collect(good.search({ kind: 'series', title: 'Kaamelott' }));
		server.inject({ kind: 'failure-200', path: '/search' });
		await collect(good.search({ kind: 'movie', title: 'Matrix' }));
		// A login that keeps failing with gateway pages.
		server.inject(...Array.from({ length: 2 }, () => ({ kind: 'html-504' as const, path: '/login' })));
		await collect(
			testProvider(server, { apiKey: KEY, pin: PIN, retry: { limit: 1, baseDelayMs: 1 } }).search({
				kind: 'series',
				title: 'x',
			}),
		);

		expect(errors.map((error) => (error as Error).name)).toEqual([
			'ProviderAuthError',
			'ProviderAuthError',
			'ProviderAuthError',
			'ProviderAuthError',
			'ProviderUnavailableError',
			'ProviderUnavailableError',
			'ProviderUnavailableError',
			'ProviderResponseError',
			'ProviderUnavailableError',
		]);
		expect(server.tokens.length).toBeGreaterThanOrEqual(2);
		for (const error of errors) assertNoSecret(error, server);
		expect(errors[0]).toBeInstanceOf(ProviderAuthError);
	});
});
