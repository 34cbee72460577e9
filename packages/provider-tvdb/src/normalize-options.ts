import type { CacheOptions, RateLimitOptions, RetryOptions } from '@vm/provider-http';
import { toTvdbLanguage } from './language.js';
import type { TvdbProviderOptions } from './options.js';

/** {@link TvdbProviderOptions} validated, with defaults applied. */
export interface NormalizedTvdbOptions {
	readonly apiKey: string;
	readonly pin: string | undefined;
	readonly language: string | undefined;
	readonly baseUrl: string;
	readonly fetch: typeof globalThis.fetch | undefined;
	readonly timeoutMs: number;
	readonly retry: number | RetryOptions | undefined;
	readonly rateLimit: RateLimitOptions;
	readonly cache: CacheOptions | false;
	readonly searchLimit: number;
	readonly tokenMaxAgeMs: number;
	readonly now: () => number;
}

const DAY_MS = 86_400_000;

/** The defaults of {@link TvdbProviderOptions}. */
const TVDB_DEFAULTS = {
	baseUrl: 'https://api4.thetvdb.com/v4',
	timeoutMs: 15_000,
	rateLimit: { requestsPerSecond: 10, concurrency: 4 },
	cache: { max: 2_000, ttlMs: DAY_MS },
	searchLimit: 20,
	tokenMaxAgeMs: 25 * DAY_MS,
} as const;

/** A secret-free description of a bad value: strings are described, never echoed (they may be keys). */
function describe(value: unknown): string {
	if (typeof value === 'string') return value === '' ? 'an empty string' : 'a string';
	if (value === null || value === undefined || typeof value === 'number' || typeof value === 'boolean') {
		return String(value);
	}
	return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

function fail(name: string, expected: string, value: unknown): never {
	throw new TypeError(`[provider-tvdb] Expected \`${name}\` to be ${expected}, got ${describe(value)}`);
}

function positive(name: string, value: unknown, fallback: number, integer: boolean): number {
	if (value === undefined) return fallback;
	if (
		typeof value !== 'number' ||
		!Number.isFinite(value) ||
		value <= 0 ||
		(integer && !Number.isInteger(value))
	) {
		fail(name, integer ? 'a positive integer' : 'a positive number', value);
	}
	return value;
}

/**
 * Validates the factory options and applies defaults. Nested `retry`, `rateLimit` and `cache` are
 * validated by `@vm/provider-http`, which throws a `TypeError` naming the field.
 */
export function normalizeTvdbOptions(options: TvdbProviderOptions): NormalizedTvdbOptions {
	if (typeof options !== 'object' || options === null) fail('options', 'an object', options);
	const { apiKey, pin, language, baseUrl, fetch, now } = options;
	if (typeof apiKey !== 'string' || apiKey.trim() === '') {
		fail(
			'apiKey',
			'a non-empty string (a TheTVDB v4 API key: settings `tvdb_api_key` or env `TVDB_API_KEY`)',
			apiKey,
		);
	}
	if (pin !== undefined && (typeof pin !== 'string' || pin.trim() === '')) {
		fail('pin', 'a non-empty string when set (settings `tvdb_pin` or env `TVDB_PIN`)', pin);
	}
	let tvdbLanguage: string | undefined;
	if (language !== undefined) {
		tvdbLanguage = typeof language === 'string' ? toTvdbLanguage(language) : undefined;
		if (tvdbLanguage === undefined) {
			throw new TypeError(
				`[provider-tvdb] Expected \`language\` to be a BCP 47 tag such as "fr-FR", got ${JSON.stringify(language)}`,
			);
		}
	}
	const root = baseUrl ?? TVDB_DEFAULTS.baseUrl;
	if (typeof root !== 'string' || !URL.canParse(root) || !/^https?:$/.test(new URL(root).protocol)) {
		throw new TypeError(
			`[provider-tvdb] Expected \`baseUrl\` to be an http(s) URL, got ${JSON.stringify(root)}`,
		);
	}
	if (fetch !== undefined && typeof fetch !== 'function') fail('fetch', 'a function', fetch);
	if (now !== undefined && typeof now !== 'function') fail('now', 'a function', now);
	return {
		apiKey: apiKey.trim(),
		pin: pin?.trim(),
		language: tvdbLanguage,
		// Paths are resolved against the base: keep exactly one trailing slash.
		baseUrl: `${root.replace(/\/+$/, '')}/`,
		fetch,
		timeoutMs: positive('timeout', options.timeout, TVDB_DEFAULTS.timeoutMs, false),
		retry: options.retry,
		rateLimit: options.rateLimit ?? TVDB_DEFAULTS.rateLimit,
		cache: options.cache ?? TVDB_DEFAULTS.cache,
		searchLimit: positive('searchLimit', options.searchLimit, TVDB_DEFAULTS.searchLimit, true),
		tokenMaxAgeMs: positive('tokenMaxAgeMs', options.tokenMaxAgeMs, TVDB_DEFAULTS.tokenMaxAgeMs, false),
		now: now ?? Date.now,
	};
}
