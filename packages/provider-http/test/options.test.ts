import { describe, expect, it } from 'vitest';
import { createHttpClient } from '../src/index.js';

const base = { provider: 'tmdb', baseUrl: 'http://127.0.0.1:9/3' } as const;

describe('createHttpClient options', () => {
	it('names the bad option and value in a TypeError', () => {
		expect(() => createHttpClient({ ...base, rateLimit: { requestsPerSecond: -1 } })).toThrow(
			new TypeError('Expected `rateLimit.requestsPerSecond` to be a positive number, got -1'),
		);
		expect(() => createHttpClient({ ...base, rateLimit: { concurrency: 1.5 } })).toThrow(
			'Expected `rateLimit.concurrency` to be a positive integer, got 1.5',
		);
		expect(() => createHttpClient({ ...base, retry: -1 })).toThrow(
			'Expected `retry` to be a non-negative integer, got -1',
		);
		expect(() => createHttpClient({ ...base, retry: { baseDelayMs: Number.NaN } })).toThrow(
			'`retry.baseDelayMs`',
		);
		expect(() => createHttpClient({ ...base, timeoutMs: 0 })).toThrow('`timeoutMs`');
		expect(() => createHttpClient({ ...base, baseUrl: 'ftp://example.org' })).toThrow(
			'Expected `baseUrl` to be an http(s) URL, got "ftp://example.org"',
		);
		expect(() => createHttpClient({ ...base, provider: 'TMDB' })).toThrow('`provider`');
	});

	it('refuses an unbounded cache', () => {
		expect(() => createHttpClient({ ...base, cache: { max: 10 } as never })).toThrow(
			'Expected `cache.ttlMs` to be a positive number, got undefined',
		);
		expect(() => createHttpClient({ ...base, cache: { ttlMs: 1000 } as never })).toThrow(
			'Expected `cache.max` to be a positive integer, got undefined',
		);
	});

	it('accepts explicit undefined fields as "use the default" (exactOptionalPropertyTypes callers)', () => {
		const loose = { requestsPerSecond: undefined, concurrency: 2 } as unknown as { concurrency: number };
		expect(() => createHttpClient({ ...base, rateLimit: loose, retry: { limit: 1 } })).not.toThrow();
	});

	it('keeps everything per instance', () => {
		const a = createHttpClient(base);
		const b = createHttpClient(base);
		expect(a.stats).toEqual(b.stats);
		expect(a).not.toBe(b);
	});
});
