import { inspect } from 'node:util';
import { ProviderAuthError, ProviderRateLimitError, ProviderUnavailableError } from '@vm/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createTmdbProvider } from '../src/index.js';
import { closeAll, fakeWithProvider, TEST_API_KEY, TEST_TOKEN } from './helpers/setup.js';

afterEach(closeAll);

/** Everything an error could show: inspected deeply, cause chain included. */
const everything = (error: unknown): string =>
	`${inspect(error, { depth: 10 })} ${String(error)} ${JSON.stringify(error)}`;

describe('factory', () => {
	it('without credentials, says how to fix it', () => {
		expect(() => createTmdbProvider({})).toThrow(TypeError);
		expect(() => createTmdbProvider({ apiKey: '', accessToken: undefined })).toThrow(
			/Missing TMDB credentials.*`tmdb_api_key` in settings\.json or the TMDB_API_KEY environment variable/,
		);
	});

	it('names bad options and never echoes a credential', () => {
		expect(() => createTmdbProvider({ apiKey: TEST_API_KEY, language: 'French' })).toThrow(
			'Expected `language` to be a language such as "fr" or "fr-FR", got "French"',
		);
		expect(() => createTmdbProvider({ apiKey: TEST_API_KEY, region: 'FRA' })).toThrow('`region`');
		expect(() => createTmdbProvider({ apiKey: TEST_API_KEY, rateLimit: { requestsPerSecond: -1 } })).toThrow(
			'Expected `rateLimit.requestsPerSecond` to be a positive number, got -1',
		);
		expect(() => createTmdbProvider({ apiKey: TEST_API_KEY, cache: { max: 10 } as never })).toThrow(
			'`cache.ttlMs`',
		);
		let message = '';
		try {
			createTmdbProvider({ apiKey: `${TEST_API_KEY} oops` });
		} catch (error) {
			message = String(error);
		}
		expect(message).toContain('`apiKey`');
		expect(message).not.toContain(TEST_API_KEY);
	});
});

describe('errors', () => {
	it('a bad key fails fast: ProviderAuthError after exactly one request, code 7 kept, key nowhere', async () => {
		const wrongKey = 'deadbeefdeadbeefdeadbeefdeadbeef';
		const { tmdb, fake } = await fakeWithProvider({ accessToken: undefined, apiKey: wrongKey });
		const error = await tmdb.search({ kind: 'movie', title: 'Heat' }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ProviderAuthError);
		expect(error).toMatchObject({
			status: 401,
			providerCode: 7,
			providerMessage: 'Invalid API key: You must be granted a valid key.',
			provider: 'tmdb',
		});
		expect((error as Error).message).toMatch(
			/^\[provider-tmdb\] GET \/3\/search\/movie\?.*api_key=\[REDACTED\].* was refused with HTTP 401/,
		);
		expect((error as Error).message).toContain('tmdb_api_key');
		expect(fake.measures.requests).toBe(1);
		expect(everything(error)).not.toContain(wrongKey);
	});

	it('a bad token fails fast too, and the token is in no message or cause', async () => {
		const wrongToken = `${TEST_TOKEN}Z`;
		const { tmdb, fake } = await fakeWithProvider({ accessToken: wrongToken });
		for (const call of [
			() => tmdb.getById('movie', 603),
			() => tmdb.findByExternalId('imdb', 'tt0133093'),
			() => tmdb.searchBest('The Matrix', 1999),
		]) {
			const error = await call().catch((e: unknown) => e);
			expect(error).toBeInstanceOf(ProviderAuthError);
			expect(everything(error)).not.toContain(wrongToken);
			expect(everything(error)).not.toContain('ZmFrZS10bWRiLXRva2Vu');
		}
		expect(fake.measures.requests).toBe(3);
	});

	it('exhausted 503s become ProviderUnavailableError with TMDB code 9 kept, key redacted everywhere', async () => {
		const { tmdb, fake } = await fakeWithProvider({
			accessToken: undefined,
			apiKey: TEST_API_KEY,
			retry: { limit: 2, baseDelayMs: 1 },
		});
		fake.failNext('503', 3);
		const error = await tmdb.search({ kind: 'movie', title: 'Heat' }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ProviderUnavailableError);
		expect(error).toMatchObject({ status: 503, providerCode: 9 });
		expect((error as Error).message).toContain('(gave up after 3 attempts)');
		expect(fake.measures.requests).toBe(3);
		expect(everything(error)).not.toContain(TEST_API_KEY);
		expect(everything(error)).toContain('api_key=[REDACTED]');
	});

	it('exhausted 429s become ProviderRateLimitError (code 25)', async () => {
		const { tmdb, fake } = await fakeWithProvider({
			retry: { limit: 1, baseDelayMs: 1, retryAfterBaseMs: 1 },
		});
		fake.failNext('429-retry-after', 2);
		const error = await tmdb.search({ kind: 'movie', title: 'Heat' }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ProviderRateLimitError);
		expect(error).toMatchObject({ status: 429, providerCode: 25, retryAfterMs: 1 });
	});

	it('timeouts, resets and HTML 502 pages are retried; dropped connections never leak the key', async () => {
		const { tmdb, fake } = await fakeWithProvider(
			{ accessToken: undefined, apiKey: TEST_API_KEY, timeout: 50 },
			{ slowMs: 2_000 },
		);
		fake.failNext('slow');
		fake.failNext('reset');
		fake.failNext('html-502');
		await expect(tmdb.search({ kind: 'movie', title: 'Heat', year: 1995 })).resolves.toMatchObject([
			{ id: 949 },
		]);
		expect(fake.measures.requests).toBe(4);
		expect(tmdb.stats.retries).toBe(3);
		fake.failNext('reset', 5);
		const error = await tmdb.search({ kind: 'movie', title: 'Dune' }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ProviderUnavailableError);
		expect(everything(error)).not.toContain(TEST_API_KEY);
	});
});
