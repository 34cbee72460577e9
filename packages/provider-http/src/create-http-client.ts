import {
	type ProviderError,
	ProviderRateLimitError,
	ProviderResponseError,
	ProviderUnavailableError,
} from '@vm/core';
import ky, { HTTPError } from 'ky';
import { LRUCache } from 'lru-cache';
import PQueue from 'p-queue';
import { classifyByStatus, isRetryable } from './classify-failure.js';
import { type NormalizedHttpClientOptions, normalizeHttpClientOptions } from './normalize-options.js';
import type { HttpClientOptions, HttpFailure } from './options.js';
import { RateWindow } from './rate-window.js';
import { redactError, redactSecrets } from './redact-secrets.js';
import { backoffDelay, parseRetryAfter, sleep } from './retry-delay.js';
import { untilAborted } from './until-aborted.js';

/**
 * Query parameters of a request; `undefined` values are left out.
 *
 * @example
 * ```ts
 * import type { SearchParams } from '@vm/provider-http';
 * const params: SearchParams = { query: 'Heat', year: 1995, include_adult: false, region: undefined };
 * ```
 */
export type SearchParams = Readonly<Record<string, string | number | boolean | undefined>>;

/**
 * Options of {@link HttpClient.getJson}.
 *
 * @example
 * ```ts
 * import type { GetJsonOptions } from '@vm/provider-http';
 * const options: GetJsonOptions = { searchParams: { query: 'Heat' }, signal: AbortSignal.timeout(30_000) };
 * ```
 */
export interface GetJsonOptions {
	/** Query parameters. */
	readonly searchParams?: SearchParams;
	/** Aborts the call (queued, in flight or waiting to retry); the promise rejects with the signal's reason. */
	readonly signal?: AbortSignal;
	/**
	 * `false` skips the cache and the sharing of identical in-flight requests for this call.
	 * @default true
	 */
	readonly cache?: boolean;
}

/**
 * Options of {@link HttpClient.postJson}.
 *
 * @example
 * ```ts
 * import type { PostJsonOptions } from '@vm/provider-http';
 * const options: PostJsonOptions = { signal: AbortSignal.timeout(10_000) };
 * ```
 */
export interface PostJsonOptions {
	/** Aborts the call; the promise rejects with the signal's reason. */
	readonly signal?: AbortSignal;
}

/**
 * Counters of one client since it was created.
 *
 * @example
 * ```ts
 * import type { HttpClientStats } from '@vm/provider-http';
 * const report = (stats: HttpClientStats): string => `${stats.requests} HTTP requests, ${stats.cacheHits} cache hits`;
 * ```
 */
export interface HttpClientStats {
	/** HTTP attempts sent (retries included). */
	readonly requests: number;
	/** Calls answered from the cache. */
	readonly cacheHits: number;
	/** Calls that joined an identical request already in flight. */
	readonly deduped: number;
	/** Attempts repeated after a retryable failure. */
	readonly retries: number;
	/** HTTP 429 responses received. */
	readonly rateLimited: number;
}

/**
 * A JSON client bound to one service: rate-limited, retrying, cached, and throwing only core's typed
 * errors with credentials redacted.
 *
 * @example
 * ```ts
 * import { createHttpClient } from '@vm/provider-http';
 * const http = createHttpClient({ provider: 'tmdb', baseUrl: 'https://api.themoviedb.org/3' });
 * const page = await http.getJson<{ results: unknown[] }>('/search/movie', { searchParams: { query: 'Heat' } });
 * ```
 */
export interface HttpClient {
	/** GET a JSON document (cached when the client has a cache; identical concurrent calls share one request). */
	getJson<T>(path: string, options?: GetJsonOptions): Promise<T>;
	/** POST a JSON body and read a JSON answer (never cached, never shared). */
	postJson<T>(path: string, body: unknown, options?: PostJsonOptions): Promise<T>;
	/** A snapshot of the counters. */
	readonly stats: HttpClientStats;
	/** Empties the response cache. */
	clearCache(): void;
}

interface Counters {
	requests: number;
	cacheHits: number;
	deduped: number;
	retries: number;
	rateLimited: number;
}

interface Shared {
	readonly promise: Promise<unknown>;
	readonly controller: AbortController;
	waiters: number;
}

/**
 * Creates a JSON client for one service. Everything (queue, cache, counters) belongs to the instance.
 *
 * - Rate limit: at most `requestsPerSecond` attempts in any rolling second, each counted from its start
 *   until a second after its answer (so the server never sees more, whatever the latency), and at most
 *   `concurrency` in flight, which is also the number of open connections; retries queue again.
 * - Retries: 429, 408, 425, 5xx, timeouts, dropped connections and HTML error pages, with exponential
 *   backoff and jitter, or the `Retry-After` the server asked for. 400/401/403/404/422 are never retried.
 * - Errors: only core's `ProviderError` subclasses; ky, fetch and JSON failures are kept as a redacted `cause`.
 *
 * @param options - See {@link HttpClientOptions}; bad values throw a `TypeError` naming the option.
 * @returns A client; see {@link HttpClient}.
 *
 * @example
 * ```ts
 * import { createHttpClient } from '@vm/provider-http';
 *
 * const token = process.env.TMDB_ACCESS_TOKEN ?? '';
 * const http = createHttpClient({
 * 	provider: 'tmdb',
 * 	baseUrl: 'https://api.themoviedb.org/3',
 * 	rateLimit: { requestsPerSecond: 40, concurrency: 20 },
 * 	retry: { limit: 4, baseDelayMs: 1_000 },
 * 	cache: { max: 5_000, ttlMs: 3_600_000 },
 * 	secrets: () => [token],
 * 	authorize: (headers) => headers.set('authorization', `Bearer ${token}`),
 * });
 * const movie = await http.getJson<{ title: string }>('/movie/603');
 * ```
 */
export function createHttpClient(options: HttpClientOptions): HttpClient {
	const config = normalizeHttpClientOptions(options);
	const { provider, retry, rateLimit } = config;
	const counters: Counters = { requests: 0, cacheHits: 0, deduped: 0, retries: 0, rateLimited: 0 };
	// Rate: our own sliding window (see RateWindow); p-queue caps the requests in flight, in order.
	const windowCap = Math.max(1, Math.floor(rateLimit.requestsPerSecond));
	const rateWindow = new RateWindow(windowCap, (windowCap * 1000) / rateLimit.requestsPerSecond);
	const queue = new PQueue({ concurrency: rateLimit.concurrency });
	const cache =
		config.cache === false
			? undefined
			: new LRUCache<string, { readonly value: unknown }>({
					max: config.cache.max,
					ttl: config.cache.ttlMs,
					...(config.now === undefined ? {} : { perf: { now: config.now } }),
				});
	const inFlight = new Map<string, Shared>();
	const notRetried = new WeakSet<ProviderError>();
	const http = ky.create({
		retry: 0,
		timeout: false,
		throwHttpErrors: true,
		...(config.fetch === undefined ? {} : { fetch: config.fetch }),
	});
	const secrets = (): readonly string[] => safeSecrets(config);

	function resolveUrl(path: string, searchParams: SearchParams | undefined): URL {
		if (typeof path !== 'string' || /^[a-z][a-z\d+.-]*:|^\/\//i.test(path)) {
			throw new TypeError(
				`[provider-${provider}] Expected a path relative to \`baseUrl\`, got ${typeof path}`,
			);
		}
		const url = new URL(path.replace(/^\/+/, ''), config.baseUrl);
		for (const [name, value] of Object.entries(searchParams ?? {})) {
			if (value !== undefined) url.searchParams.set(name, String(value));
		}
		return url;
	}

	async function attemptOnce(
		method: 'GET' | 'POST',
		url: URL,
		body: unknown,
		headers: Headers,
		describe: string,
		attempt: number,
		signal: AbortSignal | undefined,
	): Promise<unknown> {
		counters.requests += 1;
		const timeout = AbortSignal.timeout(config.timeoutMs);
		const attemptSignal = signal === undefined ? timeout : AbortSignal.any([signal, timeout]);
		let text: string;
		let status: number;
		let contentType: string | null;
		try {
			const response = await http(url, {
				method,
				headers,
				signal: attemptSignal,
				...(method === 'POST' ? { json: body } : {}),
			});
			status = response.status;
			contentType = response.headers.get('content-type');
			text = await response.text();
		} catch (thrown) {
			if (signal?.aborted) throw signal.reason;
			if (thrown instanceof HTTPError) throw await httpFailure(thrown, describe, attempt);
			if (timeout.aborted) {
				throw new ProviderUnavailableError(`${describe} timed out after ${config.timeoutMs} ms`, {
					provider,
					cause: redactError(thrown, secrets()),
				});
			}
			const reason = networkReason(thrown);
			const error = new ProviderUnavailableError(
				`${describe} failed: network error${reason === undefined ? '' : ` (${reason})`}`,
				{
					provider,
					cause: redactError(thrown, secrets()),
				},
			);
			// The host name does not exist (offline, or a wrong baseUrl): retrying only makes every call slow.
			if (reason === 'ENOTFOUND') notRetried.add(error);
			throw error;
		}
		if (status === 204 || text === '') return undefined;
		try {
			return JSON.parse(text) as unknown;
		} catch (thrown) {
			throw new ProviderResponseError(
				`Expected JSON from ${describe}, got ${contentType ?? 'no content type'} (HTTP ${status}, ${text.length} characters)`,
				{ provider, status, cause: redactError(thrown, secrets()) },
			);
		}
	}

	async function httpFailure(error: HTTPError, describe: string, attempt: number): Promise<ProviderError> {
		const { response } = error;
		let text = '';
		try {
			text = redactSecrets(await response.text(), secrets());
		} catch {
			// The body was cut off: the status alone decides.
		}
		let body: unknown = text;
		try {
			body = text === '' ? text : (JSON.parse(text) as unknown);
		} catch {
			// Not JSON (an HTML error page from a proxy, say): keep the text.
		}
		if (response.status === 429) counters.rateLimited += 1;
		const failure: HttpFailure = {
			status: response.status,
			body,
			headers: response.headers,
			request: describe,
			attempt,
		};
		const cause = redactError(error, secrets());
		const custom = config.classifyError?.(failure);
		if (custom !== undefined) return withCause(custom, cause);
		const rawDetails = config.errorDetails?.(body);
		const details =
			rawDetails?.message === undefined
				? rawDetails
				: { ...rawDetails, message: redactSecrets(rawDetails.message, secrets()) };
		const retryAfterMs = parseRetryAfter(
			response.headers.get('retry-after'),
			retry.retryAfterBaseMs,
			Date.now(),
		);
		return withCause(classifyByStatus({ provider, failure, details, retryAfterMs }), cause);
	}

	async function send(
		method: 'GET' | 'POST',
		path: string,
		searchParams: SearchParams | undefined,
		body: unknown,
		signal: AbortSignal | undefined,
	): Promise<unknown> {
		const url = resolveUrl(path, searchParams);
		const describe = `${method} ${redactSecrets(`${url.pathname}${url.search}`, secrets())}`;
		// Checked once the retries are over: a refused answer is the server's word, not a transient failure.
		return checkAnswer(await withRetries(method, url, body, describe, signal), describe);
	}

	/** The answer's JSON once `checkBody` accepts it; its refusal as a provider error otherwise. */
	function checkAnswer(value: unknown, describe: string): unknown {
		if (config.checkBody === undefined) return value;
		try {
			config.checkBody(value, describe);
		} catch (thrown) {
			if (isProviderMade(thrown)) throw thrown;
			throw new ProviderResponseError(
				`${describe} answered a body that checkBody refused: ${redactSecrets(String((thrown as Error)?.message ?? thrown), secrets())}`,
				{ provider, cause: redactError(thrown, secrets()) },
			);
		}
		return value;
	}

	async function withRetries(
		method: 'GET' | 'POST',
		url: URL,
		body: unknown,
		describe: string,
		signal: AbortSignal | undefined,
	): Promise<unknown> {
		for (let attempt = 1; ; attempt += 1) {
			signal?.throwIfAborted();
			const headers = new Headers({ accept: 'application/json' });
			// Outside the queue: a provider may log in through this same client.
			await config.authorize?.(headers);
			let error: ProviderError;
			try {
				return await queue.add(
					async () => {
						const release = await rateWindow.acquire(signal);
						try {
							return await attemptOnce(method, url, body, headers, describe, attempt, signal);
						} finally {
							release();
							// Hold the slot one more macrotask, until undici has put the connection back in its pool:
							// released sooner, the next request opens a new connection and `concurrency` no longer caps them.
							await new Promise((resolve) => setImmediate(resolve));
						}
					},
					signal === undefined ? {} : { signal },
				);
			} catch (thrown) {
				if (signal?.aborted) throw signal.reason;
				error = asProviderError(thrown, provider, secrets());
			}
			if (!isRetryable(error) || notRetried.has(error)) throw error;
			const retryAfterMs = error instanceof ProviderRateLimitError ? error.retryAfterMs : undefined;
			if (retryAfterMs !== undefined && retryAfterMs > retry.maxRetryAfterMs) {
				throw giveUp(
					error,
					`the server asked to wait ${Math.round(retryAfterMs)} ms, more than retry.maxRetryAfterMs`,
				);
			}
			if (attempt > retry.limit)
				throw attempt === 1 ? error : giveUp(error, `gave up after ${attempt} attempts`);
			counters.retries += 1;
			await sleep(retryAfterMs ?? backoffDelay(attempt, retry, Math.random), signal);
		}
	}

	function shared(
		key: string,
		run: (signal: AbortSignal) => Promise<unknown>,
		signal: AbortSignal | undefined,
	): Promise<unknown> {
		let entry = inFlight.get(key);
		if (entry === undefined) {
			const controller = new AbortController();
			const promise = run(controller.signal).finally(() => {
				if (inFlight.get(key) === created) inFlight.delete(key);
			});
			promise.catch(() => undefined);
			const created: Shared = { promise, controller, waiters: 0 };
			entry = created;
			inFlight.set(key, created);
		} else {
			counters.deduped += 1;
		}
		entry.waiters += 1;
		return follow(key, entry, signal);
	}

	function follow(key: string, entry: Shared, signal: AbortSignal | undefined): Promise<unknown> {
		const leave = (): void => {
			entry.waiters -= 1;
			if (entry.waiters > 0) return;
			// Nobody waits any more: cancel, and let the next caller start afresh.
			if (inFlight.get(key) === entry) inFlight.delete(key);
			entry.controller.abort(signal?.reason);
		};
		return untilAborted(entry.promise, signal, leave);
	}

	return {
		async getJson<T>(path: string, callOptions: GetJsonOptions = {}): Promise<T> {
			const { searchParams, signal } = callOptions;
			signal?.throwIfAborted();
			if (callOptions.cache === false)
				return send('GET', path, searchParams, undefined, signal) as Promise<T>;
			const key = resolveUrl(path, searchParams).href;
			const hit = cache?.get(key);
			if (hit !== undefined) {
				counters.cacheHits += 1;
				return hit.value as T;
			}
			const run = async (sharedSignal: AbortSignal): Promise<unknown> => {
				const value = await send('GET', path, searchParams, undefined, sharedSignal);
				cache?.set(key, { value });
				return value;
			};
			return shared(key, run, signal) as Promise<T>;
		},
		async postJson<T>(path: string, body: unknown, callOptions: PostJsonOptions = {}): Promise<T> {
			return send('POST', path, undefined, body, callOptions.signal) as Promise<T>;
		},
		get stats(): HttpClientStats {
			return { ...counters };
		},
		clearCache(): void {
			cache?.clear();
		},
	};
}

function safeSecrets(config: NormalizedHttpClientOptions): readonly string[] {
	try {
		const list = config.secrets();
		return Array.isArray(list) ? list.filter((secret): secret is string => typeof secret === 'string') : [];
	} catch {
		return [];
	}
}

/** A `ProviderError`, or an error a provider made in its shape (a `code` and a `provider`). */
function isProviderMade(thrown: unknown): thrown is ProviderError {
	return (
		thrown instanceof Error &&
		typeof (thrown as Partial<ProviderError>).code === 'string' &&
		'provider' in thrown
	);
}

/** Anything a queue task threw, as a provider error (ours pass through). */
function asProviderError(thrown: unknown, provider: string, secrets: readonly string[]): ProviderError {
	if (isProviderMade(thrown)) return thrown;
	return new ProviderUnavailableError(
		`request failed: ${redactSecrets(String((thrown as Error)?.message ?? thrown), secrets)}`,
		{
			provider,
			cause: redactError(thrown, secrets),
		},
	);
}

/** A provider-made error keeps its own cause; the kit's only fills a missing one. */
function withCause(error: ProviderError, cause: Error): ProviderError {
	if (error.cause === undefined)
		Object.defineProperty(error, 'cause', { value: cause, writable: true, configurable: true });
	return error;
}

/** The last attempt's error, restated: the final error names how it ended and keeps the last one as `cause`. */
function giveUp(error: ProviderError, how: string): ProviderError {
	const message = `${error.message.replace(/^\[provider-[^\]]*\] /, '')} (${how})`;
	const options = {
		provider: error.provider,
		cause: error,
		...(error.status === undefined ? {} : { status: error.status }),
		...(error.providerCode === undefined ? {} : { providerCode: error.providerCode }),
		...(error.providerMessage === undefined ? {} : { providerMessage: error.providerMessage }),
	};
	if (error instanceof ProviderRateLimitError) {
		return new ProviderRateLimitError(
			message,
			error.retryAfterMs === undefined ? options : { ...options, retryAfterMs: error.retryAfterMs },
		);
	}
	return new ProviderUnavailableError(message, options);
}

/** `ECONNRESET`, `UND_ERR_SOCKET`, `ENOTFOUND`…: the first error code in a fetch failure's cause chain. */
function networkReason(thrown: unknown): string | undefined {
	let current: unknown = thrown;
	for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
		const { code } = current as { code?: unknown };
		if (typeof code === 'string') return code;
		current = (current as { cause?: unknown }).cause;
	}
	return undefined;
}
