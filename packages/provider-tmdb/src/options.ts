import type { CacheOptions, RateLimitOptions, RetryOptions } from '@vm/provider-http';

/**
 * Options of {@link createTmdbProvider}. One credential is required: `accessToken` (preferred) or `apiKey`.
 *
 * @example
 * ```ts
 * import type { TmdbProviderOptions } from '@vm/provider-tmdb';
 * const options: TmdbProviderOptions = { apiKey: process.env.TMDB_API_KEY, language: 'fr-FR', region: 'FR' };
 * ```
 */
export interface TmdbProviderOptions {
	/**
	 * The v3 "API Key" (32 hex characters), sent as the `api_key` query parameter and redacted from every
	 * error. Ignored when `accessToken` is set.
	 */
	readonly apiKey?: string | undefined;
	/** The v4 "API Read Access Token", sent as `Authorization: Bearer …`. Preferred over `apiKey`. */
	readonly accessToken?: string | undefined;
	/**
	 * Language of returned titles (`xx` or `xx-YY`); a search's own `language` wins.
	 * @default TMDB's (`en-US`)
	 */
	readonly language?: string;
	/** Country (ISO 3166-1, `FR`) whose release date film searches show. */
	readonly region?: string;
	/**
	 * Include adult titles in searches.
	 * @default false
	 */
	readonly includeAdult?: boolean;
	/**
	 * API root (tests point it at a local server).
	 * @default 'https://api.themoviedb.org/3'
	 */
	readonly baseUrl?: string;
	/**
	 * The `fetch` to use.
	 * @default globalThis.fetch
	 */
	readonly fetch?: typeof globalThis.fetch;
	/**
	 * Time limit of one attempt, in milliseconds.
	 * @default 10000
	 */
	readonly timeout?: number;
	/**
	 * Retries of 429, 5xx, timeouts and dropped connections (a number is the retry count).
	 * @default { limit: 4, baseDelayMs: 1000, maxDelayMs: 30000, maxRetryAfterMs: 60000 }
	 */
	readonly retry?: number | RetryOptions;
	/**
	 * Requests per rolling second and open connections: TMDB's CDN allows about 50/s and 20 connections per IP.
	 * @default { requestsPerSecond: 40, concurrency: 20 }
	 */
	readonly rateLimit?: RateLimitOptions;
	/**
	 * Cache of answers (`max` entries for `ttlMs` milliseconds), or `false`.
	 * @default { max: 10000, ttlMs: 21600000 } (six hours)
	 */
	readonly cache?: CacheOptions | false;
	/**
	 * Least confidence (0..1) at which `searchBest` answers instead of returning `null`.
	 * @default core's DEFAULT_MIN_CONFIDENCE (0.7)
	 */
	readonly minConfidence?: number;
}
