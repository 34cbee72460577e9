import type { ProviderError } from '@vm/core';

/**
 * Retry policy for failed attempts: HTTP 429, 408 and 5xx, timeouts, dropped connections and HTML error
 * pages. Never for 400, 401, 403, 404 or 422.
 *
 * @example
 * ```ts
 * import type { RetryOptions } from '@vm/provider-http';
 * const retry: RetryOptions = { limit: 4, baseDelayMs: 1_000, maxDelayMs: 30_000 };
 * ```
 */
export interface RetryOptions {
	/**
	 * Retries after the first attempt (so `limit + 1` attempts at most). `0` disables retries.
	 * @default 4
	 */
	readonly limit?: number;
	/**
	 * First backoff delay; it doubles on each retry, with jitter (a random value between half and all of it).
	 * @default 1000
	 */
	readonly baseDelayMs?: number;
	/**
	 * Ceiling of one backoff delay.
	 * @default 30000
	 */
	readonly maxDelayMs?: number;
	/**
	 * Longest `Retry-After` honoured. A longer one ends the retries at once with a
	 * `ProviderRateLimitError` (or `ProviderUnavailableError` on 503) that carries it.
	 * @default 60000
	 */
	readonly maxRetryAfterMs?: number;
	/**
	 * Milliseconds waited per second of `Retry-After` (seconds or HTTP-date). Tests shrink it.
	 * @default 1000
	 */
	readonly retryAfterBaseMs?: number;
}

/**
 * Client-side rate limit: one queue per client; retries go through it too.
 *
 * @example
 * ```ts
 * import type { RateLimitOptions } from '@vm/provider-http';
 * const rateLimit: RateLimitOptions = { requestsPerSecond: 40, concurrency: 20 };
 * ```
 */
export interface RateLimitOptions {
	/**
	 * Most requests started in any rolling second (a sliding window, not fixed buckets).
	 * @default 10
	 */
	readonly requestsPerSecond?: number;
	/**
	 * Most requests in flight at once, which is also the number of open connections.
	 * @default 4
	 */
	readonly concurrency?: number;
}

/**
 * Response cache of successful GETs. Both bounds are required: an unbounded cache is refused.
 *
 * @example
 * ```ts
 * import type { CacheOptions } from '@vm/provider-http';
 * const cache: CacheOptions = { max: 5_000, ttlMs: 6 * 60 * 60 * 1000 };
 * ```
 */
export interface CacheOptions {
	/** Most entries kept (least recently used evicted first). */
	readonly max: number;
	/** How long an entry stays fresh, in milliseconds. */
	readonly ttlMs: number;
}

/**
 * A non-2xx response, as the client hands it to `classifyError`.
 *
 * @example
 * ```ts
 * import type { HttpFailure } from '@vm/provider-http';
 * const isInvalidKey = (failure: HttpFailure): boolean => failure.status === 401;
 * ```
 */
export interface HttpFailure {
	/** HTTP status. */
	readonly status: number;
	/** The body parsed as JSON, else its text; secrets already redacted. */
	readonly body: unknown;
	/** Response headers. */
	readonly headers: Headers;
	/** `GET /search/movie?query=…`, secrets redacted: for messages. */
	readonly request: string;
	/** Which attempt failed (1 for the first). */
	readonly attempt: number;
}

/**
 * What a service's error body says, as read by `errorDetails`.
 *
 * @example
 * ```ts
 * import type { ErrorDetails } from '@vm/provider-http';
 * const details: ErrorDetails = { code: 7, message: 'Invalid API key: You must be granted a valid key.' };
 * ```
 */
export interface ErrorDetails {
	/** The service's own error code (TMDB `status_code`). */
	readonly code?: number | string;
	/** The service's own error text (TMDB `status_message`, TVDB `message`). */
	readonly message?: string;
}

/**
 * Options of {@link createHttpClient}.
 *
 * @example
 * ```ts
 * import type { HttpClientOptions } from '@vm/provider-http';
 * const options: HttpClientOptions = {
 * 	provider: 'tmdb',
 * 	baseUrl: 'https://api.themoviedb.org/3',
 * 	rateLimit: { requestsPerSecond: 40, concurrency: 20 },
 * 	cache: { max: 5_000, ttlMs: 3_600_000 },
 * };
 * ```
 */
export interface HttpClientOptions {
	/** The provider's `name`: errors say `[provider-<name>] …` and carry it in `error.provider`. */
	readonly provider: string;
	/** Base URL that request paths are resolved against, e.g. `https://api.themoviedb.org/3`. */
	readonly baseUrl: string;
	/**
	 * The `fetch` to use (tests and proxies inject their own).
	 * @default globalThis.fetch
	 */
	readonly fetch?: typeof globalThis.fetch;
	/**
	 * Time limit of one attempt, in milliseconds; a timed-out attempt is retried.
	 * @default 10000
	 */
	readonly timeoutMs?: number;
	/**
	 * Retry policy, or just the number of retries.
	 * @default { limit: 4, baseDelayMs: 1000, maxDelayMs: 30000, maxRetryAfterMs: 60000, retryAfterBaseMs: 1000 }
	 */
	readonly retry?: number | RetryOptions;
	/**
	 * Requests per second and open connections.
	 * @default { requestsPerSecond: 10, concurrency: 4 }
	 */
	readonly rateLimit?: RateLimitOptions;
	/**
	 * GET response cache, or `false` for none. Concurrent identical GETs share one HTTP call either way.
	 * @default false
	 */
	readonly cache?: CacheOptions | false;
	/**
	 * The credentials to redact from every message, `cause` and URL (read at each failure, so a renewed
	 * token is covered).
	 * @default () => []
	 */
	readonly secrets?: () => readonly string[];
	/** Sets credentials on the headers of each attempt (e.g. `Authorization: Bearer …`). */
	readonly authorize?: (headers: Headers) => void | Promise<void>;
	/**
	 * Maps a non-2xx response to an error; `undefined` falls back to the default mapping by status
	 * (401/403 auth, 404 not found, 429 rate limit, 408/5xx unavailable, other 4xx bad request).
	 * A returned `ProviderRateLimitError` or `ProviderUnavailableError` is retried; any other error is thrown at once.
	 */
	readonly classifyError?: (failure: HttpFailure) => ProviderError | undefined;
	/** Reads the service's own code and message out of an error body (kept on the error). */
	readonly errorDetails?: (body: unknown) => ErrorDetails | undefined;
	/**
	 * Checks a 2xx answer's JSON before it is returned or cached; throws to refuse it (TheTVDB sends
	 * some failures as HTTP 200 with a `status: "failure"` envelope). The call then fails with that
	 * error — a `ProviderError` passes through, anything else becomes a `ProviderResponseError` — and
	 * nothing is cached, so the next identical call asks the server again while every other cached
	 * answer stays. Never retried. `request` is the redacted `GET /path?query` being answered.
	 */
	readonly checkBody?: (body: unknown, request: string) => void;
	/**
	 * Clock of the cache TTL, in milliseconds (tests inject one).
	 * @default performance.now
	 */
	readonly now?: () => number;
}
