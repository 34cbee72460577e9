import { inspect } from 'node:util';
import { isProviderAuthError, ProviderAuthError } from '@vm/core';
import { describe, expect, it } from 'vitest';
import { createTvdbProvider } from '../src/index.js';
import { DAY, FAST, fakeServers, manualClock, testProvider } from './helpers/test-provider.js';

const start = fakeServers();

const rejection = async (promise: Promise<unknown>): Promise<unknown> =>
	promise.then(
		() => expect.fail('expected a rejection'),
		(error: unknown) => error,
	);

describe('login', () => {
	it('is lazy: the factory sends nothing', async () => {
		const server = await start();
		testProvider(server);
		expect(server.requests).toHaveLength(0);
	});

	it('is shared by N concurrent first calls (one POST /login)', async () => {
		const server = await start();
		const tvdb = testProvider(server);
		const titles = [
			'Breaking Bad',
			'Kaamelott',
			'The Wire',
			'Attack on Titan',
			'Matrix',
			'Shingeki',
			'BrBa',
			'AoT',
		];
		const results = await Promise.all(titles.map((title) => tvdb.search({ kind: 'series', title })));
		expect(results.filter((found) => found.length > 0).length).toBeGreaterThanOrEqual(6);
		expect(server.count('/login')).toBe(1);
		expect(server.tokens).toHaveLength(1);
		expect(tvdb.stats.logins).toBe(1);
		const bearer = `Bearer ${server.tokens[0]}`;
		const searches = server.requests.filter((request) => request.path === '/search');
		expect(searches).toHaveLength(titles.length);
		expect(searches.every((request) => request.authorization === bearer)).toBe(true);
		// The key travels in the login body only, never as a bearer or in a URL.
		const login = server.requests.find((request) => request.path === '/login');
		expect(JSON.parse(login?.body ?? '{}')).toEqual({ apikey: server.apiKey });
	});

	it('renews the token before it is 25 days old, without waiting for a 401', async () => {
		const clock = manualClock();
		const server = await start({ now: clock.now });
		const tvdb = testProvider(server, { now: clock.now, cache: false });
		await tvdb.getById('series', 81189);
		clock.advance(24 * DAY);
		await tvdb.getById('series', 81189);
		expect(server.count('/login')).toBe(1);
		clock.advance(1 * DAY + 1);
		await tvdb.getById('series', 81189);
		expect(server.count('/login')).toBe(2);
		expect(server.requests.map((request) => request.status)).not.toContain(401);
		expect(server.requests.at(-1)?.authorization).toBe(`Bearer ${server.tokens[1]}`);
	});

	it('logs in again exactly once after a 401 and replays the refused requests', async () => {
		const server = await start();
		const tvdb = testProvider(server, { cache: false });
		await tvdb.getById('series', 81189);
		server.revokeTokens(); // e.g. the token expired server-side earlier than we thought
		const found = await Promise.all([
			tvdb.getById('series', 81189),
			tvdb.getById('series', 79175),
			tvdb.getById('movie', 169),
			tvdb.search({ kind: 'series', title: 'Kaamelott' }),
		]);
		expect(found.slice(0, 3).map((candidate) => (candidate as { id: number } | undefined)?.id)).toEqual([
			81189, 79175, 169,
		]);
		expect(server.count('/login')).toBe(2);
		expect(server.requests.filter((request) => request.status === 401)).toHaveLength(4);
		expect(tvdb.stats.logins).toBe(2);
	});

	it('gives up with a ProviderAuthError when the renewed token is refused too', async () => {
		const server = await start();
		const tvdb = testProvider(server);
		server.rejectAllTokens = true;
		const error = await rejection(tvdb.getById('series', 81189));
		expect(error).toBeInstanceOf(ProviderAuthError);
		expect(isProviderAuthError(error)).toBe(true);
		expect((error as ProviderAuthError).message).toMatch(
			/^\[provider-tvdb\] GET \/series\/81189 was refused \(HTTP 401\)/,
		);
		expect(server.count('/login')).toBe(2);
		expect(server.count('/series')).toBe(2);
	});

	it('fails fast on a bad key with one request and says how to fix it', async () => {
		const server = await start();
		const tvdb = testProvider(server, { apiKey: 'wrong-key-1234-5678-abcd' });
		const errors = await Promise.all([
			rejection(tvdb.search({ kind: 'series', title: 'Kaamelott' })),
			rejection(tvdb.getById('series', 81189)),
		]);
		for (const error of errors) {
			expect(error).toBeInstanceOf(ProviderAuthError);
			const auth = error as ProviderAuthError;
			expect(auth.status).toBe(401);
			expect(auth.providerCode).toBe('InvalidAPIKey');
			expect(auth.message).toContain('API key is invalid');
			expect(auth.message).toContain('tvdb_api_key');
			expect(auth.message).toContain('TVDB_API_KEY');
			expect(inspect(auth, { depth: 10 })).not.toContain('wrong-key-1234-5678-abcd');
		}
		// Concurrent calls shared one login; 401 is never retried.
		expect(server.requests).toHaveLength(1);
	});

	it('says a PIN is missing when a user-supported key logs in without one', async () => {
		const server = await start({ pin: '4821' });
		const tvdb = testProvider(server);
		const error = await rejection(tvdb.search({ kind: 'series', title: 'Kaamelott' }));
		expect(error).toBeInstanceOf(ProviderAuthError);
		const auth = error as ProviderAuthError;
		expect(auth.status).toBe(400);
		expect(auth.providerMessage).toBe('InvalidValueType: pin required');
		expect(auth.message).toContain('needs a subscriber PIN');
		expect(auth.message).toContain('tvdb_pin');
		expect(auth.message).toContain('TVDB_PIN');
		expect(server.requests).toHaveLength(1);
	});

	it('sends the PIN when set, and refuses a wrong one with a clear error', async () => {
		const server = await start({ pin: '4821' });
		const good = testProvider(server, { pin: '4821' });
		expect(await good.getById('series', 79175)).toMatchObject({ title: 'Kaamelott' });
		expect(JSON.parse(server.requests[0]?.body ?? '{}')).toEqual({ apikey: server.apiKey, pin: '4821' });
		const bad = testProvider(server, { pin: '9999' });
		const error = await rejection(bad.getById('series', 79175));
		expect(error).toBeInstanceOf(ProviderAuthError);
		expect((error as Error).message).toContain('tvdb_pin');
		expect(inspect(error, { depth: 10 })).not.toContain('9999');
	});

	it('retries a login that hit a 502 gateway page', async () => {
		const server = await start();
		server.inject({ kind: 'html-502', path: '/login' });
		const tvdb = testProvider(server);
		expect(await tvdb.getById('movie', 169)).toMatchObject({ id: 169 });
		expect(server.count('/login')).toBe(2);
	});

	it('lets a caller abort while waiting for the shared login without cancelling it for others', async () => {
		const server = await start();
		server.inject({ kind: 'slow', path: '/login', delayMs: 150 });
		const tvdb = testProvider(server);
		const controller = new AbortController();
		const aborted = tvdb.getById('series', 81189, { signal: controller.signal });
		const other = tvdb.getById('series', 79175);
		controller.abort(new Error('user gave up'));
		await expect(aborted).rejects.toThrow('user gave up');
		expect(await other).toMatchObject({ id: 79175 });
		expect(server.count('/login')).toBe(1);
	});
});

describe('factory validation', () => {
	it.each([
		[undefined, 'got undefined'],
		['', 'got an empty string'],
		['   ', 'got a string'],
		[42, 'got 42'],
	])('apiKey %j → TypeError', (apiKey, got) => {
		expect(() => createTvdbProvider({ apiKey } as never)).toThrow(TypeError);
		expect(() => createTvdbProvider({ apiKey } as never)).toThrow(got);
		expect(() => createTvdbProvider({ apiKey } as never)).toThrow(/TVDB_API_KEY/);
	});

	it('rejects malformed options, naming them without echoing secrets', () => {
		const base = { apiKey: 'secret-key-abcdef' };
		expect(() => createTvdbProvider({ ...base, pin: '' })).toThrow(/`pin`/);
		expect(() => createTvdbProvider({ ...base, language: 'klingon' })).toThrow(/`language`.*"klingon"/);
		expect(() => createTvdbProvider({ ...base, baseUrl: 'ftp://x' })).toThrow(/`baseUrl`/);
		expect(() => createTvdbProvider({ ...base, timeout: 0 })).toThrow(/`timeout`/);
		expect(() => createTvdbProvider({ ...base, searchLimit: 2.5 })).toThrow(/`searchLimit`/);
		expect(() => createTvdbProvider({ ...base, cache: { max: 0, ttlMs: 1 } })).toThrow(TypeError);
		expect(() => createTvdbProvider({ ...base, ...FAST, retry: -1 })).toThrow(TypeError);
		try {
			createTvdbProvider({ ...base, timeout: -1 });
		} catch (error) {
			expect(String(error)).not.toContain('secret-key-abcdef');
		}
	});

	it('is named tvdb and identifies series and movies', () => {
		const tvdb = createTvdbProvider({ apiKey: 'k' });
		expect(tvdb.name).toBe('tvdb');
		expect(tvdb.kinds).toEqual(['series', 'movie']);
	});
});

describe('a key revoked while in use', () => {
	it('reports the login failure, not a refused token, when the re-login is refused', async () => {
		const server = await start();
		const tvdb = testProvider(server, { cache: false });
		await tvdb.getById('series', 81189);
		server.revokeTokens();
		// The account's key stops working: TheTVDB now refuses the login itself.
		server.rotateApiKey('rotated-key-2222-3333');
		const error = await rejection(tvdb.getById('series', 79175));
		expect(error).toBeInstanceOf(ProviderAuthError);
		expect((error as ProviderAuthError).providerCode).toBe('InvalidAPIKey');
		expect((error as Error).message).toContain('API key is invalid');
		expect(server.count('/login')).toBe(2);
	});
});
