import type { CacheOptions, HttpClientOptions, RateLimitOptions, RetryOptions } from './options.js';

/** {@link RetryOptions} with every default applied. */
export interface NormalizedRetry {
	readonly limit: number;
	readonly baseDelayMs: number;
	readonly maxDelayMs: number;
	readonly maxRetryAfterMs: number;
	readonly retryAfterBaseMs: number;
}

/** {@link RateLimitOptions} with every default applied. */
export interface NormalizedRateLimit {
	readonly requestsPerSecond: number;
	readonly concurrency: number;
}

/** {@link HttpClientOptions} validated, with every default applied. */
export interface NormalizedHttpClientOptions {
	readonly provider: string;
	readonly baseUrl: string;
	readonly fetch: typeof globalThis.fetch | undefined;
	readonly timeoutMs: number;
	readonly retry: NormalizedRetry;
	readonly rateLimit: NormalizedRateLimit;
	readonly cache: CacheOptions | false;
	readonly secrets: () => readonly string[];
	readonly authorize: HttpClientOptions['authorize'];
	readonly classifyError: HttpClientOptions['classifyError'];
	readonly errorDetails: HttpClientOptions['errorDetails'];
	readonly checkBody: HttpClientOptions['checkBody'];
	readonly now: (() => number) | undefined;
}

const RETRY_DEFAULTS: NormalizedRetry = {
	limit: 4,
	baseDelayMs: 1_000,
	maxDelayMs: 30_000,
	maxRetryAfterMs: 60_000,
	retryAfterBaseMs: 1_000,
};

const RATE_LIMIT_DEFAULTS: NormalizedRateLimit = { requestsPerSecond: 10, concurrency: 4 };

/** Longest timer Node accepts (ky refuses more too). */
const MAX_TIMEOUT_MS = 2_147_483_647;

const noSecrets = (): readonly string[] => [];

/** Short, secret-free description of a bad option value. */
function describeValue(value: unknown): string {
	if (typeof value === 'string')
		return value.length > 40 ? `a string of ${value.length} characters` : JSON.stringify(value);
	if (typeof value === 'number' || typeof value === 'boolean' || value === undefined || value === null)
		return String(value);
	if (Array.isArray(value)) return 'an array';
	return `a ${typeof value}`;
}

function fail(name: string, expected: string, value: unknown): never {
	throw new TypeError(`Expected \`${name}\` to be ${expected}, got ${describeValue(value)}`);
}

function positiveNumber(name: string, value: unknown): number {
	if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0)
		fail(name, 'a positive number', value);
	return value;
}

function nonNegativeInteger(name: string, value: unknown): number {
	if (typeof value !== 'number' || !Number.isInteger(value) || value < 0)
		fail(name, 'a non-negative integer', value);
	return value;
}

function positiveInteger(name: string, value: unknown): number {
	if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
		fail(name, 'a positive integer', value);
	return value;
}

function delayMs(name: string, value: unknown): number {
	if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_TIMEOUT_MS) {
		fail(name, `a number of milliseconds between 0 and ${MAX_TIMEOUT_MS}`, value);
	}
	return value;
}

function optionalFunction<T>(name: string, value: T | undefined): T | undefined {
	if (value !== undefined && typeof value !== 'function') fail(name, 'a function', value);
	return value;
}

/** Drops `undefined` fields so that spreading over defaults keeps them (exactOptionalPropertyTypes). */
function defined<T extends object>(value: T): Partial<T> {
	return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as Partial<T>;
}

/**
 * Accepts the `retry: 3` shorthand or an object, applies the defaults, validates.
 *
 * @example
 * ```ts
 * normalizeRetryOptions(2).limit; // 2
 * ```
 */
export function normalizeRetryOptions(retry: number | RetryOptions | undefined): NormalizedRetry {
	if (retry !== undefined && typeof retry !== 'number' && (typeof retry !== 'object' || retry === null)) {
		fail('retry', 'a number or an object', retry);
	}
	const merged: NormalizedRetry = {
		...RETRY_DEFAULTS,
		...(typeof retry === 'number' ? { limit: retry } : defined(retry ?? {})),
	};
	return {
		limit: nonNegativeInteger(typeof retry === 'number' ? 'retry' : 'retry.limit', merged.limit),
		baseDelayMs: delayMs('retry.baseDelayMs', merged.baseDelayMs),
		maxDelayMs: delayMs('retry.maxDelayMs', merged.maxDelayMs),
		maxRetryAfterMs: delayMs('retry.maxRetryAfterMs', merged.maxRetryAfterMs),
		retryAfterBaseMs: delayMs('retry.retryAfterBaseMs', merged.retryAfterBaseMs),
	};
}

/**
 * Applies the rate-limit defaults and validates them.
 *
 * @example
 * ```ts
 * normalizeRateLimitOptions({ requestsPerSecond: 40 }).concurrency; // 4
 * ```
 */
export function normalizeRateLimitOptions(rateLimit: RateLimitOptions | undefined): NormalizedRateLimit {
	if (rateLimit !== undefined && (typeof rateLimit !== 'object' || rateLimit === null)) {
		fail('rateLimit', 'an object', rateLimit);
	}
	const merged: NormalizedRateLimit = { ...RATE_LIMIT_DEFAULTS, ...defined(rateLimit ?? {}) };
	return {
		requestsPerSecond: positiveNumber('rateLimit.requestsPerSecond', merged.requestsPerSecond),
		concurrency: positiveInteger('rateLimit.concurrency', merged.concurrency),
	};
}

/**
 * Validates the cache bounds; refuses a cache without both `max` and `ttlMs`.
 *
 * @example
 * ```ts
 * normalizeCacheOptions({ max: 100, ttlMs: 60_000 }); // { max: 100, ttlMs: 60_000 }
 * ```
 */
export function normalizeCacheOptions(cache: CacheOptions | false | undefined): CacheOptions | false {
	if (cache === undefined || cache === false) return false;
	if (typeof cache !== 'object' || cache === null)
		fail('cache', 'an object `{ max, ttlMs }` or false', cache);
	return {
		max: positiveInteger('cache.max', cache.max),
		ttlMs: positiveNumber('cache.ttlMs', cache.ttlMs),
	};
}

function normalizeBaseUrl(value: unknown): string {
	if (typeof value !== 'string') fail('baseUrl', 'an http(s) URL', value);
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return fail('baseUrl', 'an http(s) URL', value);
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') fail('baseUrl', 'an http(s) URL', value);
	if (url.search !== '' || url.hash !== '') fail('baseUrl', 'a URL without query or fragment', value);
	return url.href.endsWith('/') ? url.href : `${url.href}/`;
}

/**
 * Spreads the defaults once, then validates every field; a bad value is a `TypeError` naming the option.
 *
 * @example
 * ```ts
 * normalizeHttpClientOptions({ provider: 'tmdb', baseUrl: 'https://api.themoviedb.org/3' }).timeoutMs; // 10000
 * ```
 */
export function normalizeHttpClientOptions(options: HttpClientOptions): NormalizedHttpClientOptions {
	if (typeof options !== 'object' || options === null) fail('options', 'an object', options);
	const { provider, timeoutMs = 10_000, secrets = noSecrets } = options;
	if (typeof provider !== 'string' || !/^[a-z][a-z0-9_]*$/.test(provider)) {
		fail('provider', 'a lower-case name such as "tmdb"', provider);
	}
	const normalizedTimeout = delayMs('timeoutMs', timeoutMs);
	if (normalizedTimeout === 0) fail('timeoutMs', 'a positive number of milliseconds', timeoutMs);
	return {
		provider,
		baseUrl: normalizeBaseUrl(options.baseUrl),
		fetch: optionalFunction('fetch', options.fetch),
		timeoutMs: normalizedTimeout,
		retry: normalizeRetryOptions(options.retry),
		rateLimit: normalizeRateLimitOptions(options.rateLimit),
		cache: normalizeCacheOptions(options.cache),
		secrets: optionalFunction('secrets', secrets) ?? noSecrets,
		authorize: optionalFunction('authorize', options.authorize),
		classifyError: optionalFunction('classifyError', options.classifyError),
		errorDetails: optionalFunction('errorDetails', options.errorDetails),
		checkBody: optionalFunction('checkBody', options.checkBody),
		now: optionalFunction('now', options.now),
	};
}
