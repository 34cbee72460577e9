import type { CacheOptions, RateLimitOptions, RetryOptions } from '@vm/provider-http';

/**
 * Options of {@link createTvdbProvider}.
 *
 * @example
 * ```ts
 * import type { TvdbProviderOptions } from '@vm/provider-tvdb';
 * const options: TvdbProviderOptions = {
 * 	apiKey: process.env.TVDB_API_KEY ?? '',
 * 	language: 'fr-FR',
 * 	rateLimit: { requestsPerSecond: 5, concurrency: 2 },
 * };
 * ```
 */
export interface TvdbProviderOptions {
	/**
	 * TheTVDB v4 API key (the one with dashes; legacy v3 keys are refused). Required: the factory throws a
	 * `TypeError` without it. Never appears in an error, `cause` or log line.
	 */
	readonly apiKey: string;
	/**
	 * Subscriber PIN, needed only for "user-supported" keys; left out of `/login` when not set.
	 * @default undefined
	 */
	readonly pin?: string | undefined;
	/**
	 * BCP 47 language (`fr-FR`) of returned titles, when a query does not say. Mapped to TheTVDB's
	 * three-letter codes (`fra`); a title with no translation in it stays in the show's own language.
	 * @default undefined (titles in the show's primary language)
	 */
	readonly language?: string;
	/**
	 * API root; tests point it at a local fake server.
	 * @default 'https://api4.thetvdb.com/v4'
	 */
	readonly baseUrl?: string;
	/**
	 * The `fetch` to use.
	 * @default globalThis.fetch
	 */
	readonly fetch?: typeof globalThis.fetch;
	/**
	 * Time limit of one HTTP attempt, in milliseconds (a timed-out attempt is retried).
	 * @default 15000
	 */
	readonly timeout?: number;
	/**
	 * Retries of 429, 5xx (HTML gateway pages included), timeouts and dropped connections, with exponential
	 * backoff; 400/401/404 are never retried. A number is the retry limit.
	 * @default { limit: 4, baseDelayMs: 1000, maxDelayMs: 30000 }
	 */
	readonly retry?: number | RetryOptions;
	/**
	 * Client-side limit. TheTVDB publishes none, so the default is deliberately conservative.
	 * @default { requestsPerSecond: 10, concurrency: 4 }
	 */
	readonly rateLimit?: RateLimitOptions;
	/**
	 * Cache of successful GETs (series, episode lists and searches change rarely), or `false`.
	 * Concurrent identical GETs share one request either way.
	 * @default { max: 2000, ttlMs: 86400000 } (24 hours)
	 */
	readonly cache?: CacheOptions | false;
	/**
	 * Search results asked for per query (`limit`); the caller re-ranks them.
	 * @default 20
	 */
	readonly searchLimit?: number;
	/**
	 * Age at which the session token is renewed before use. Tokens last about a month and `/login` gives
	 * no expiry, so the default renews well before.
	 * @default 2160000000 (25 days)
	 */
	readonly tokenMaxAgeMs?: number;
	/**
	 * Clock for the token age, in milliseconds (tests inject one).
	 * @default Date.now
	 */
	readonly now?: () => number;
}
