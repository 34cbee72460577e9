import type { NormalizedRetry } from './normalize-options.js';

/**
 * Reads a `Retry-After` header (delay-seconds or an HTTP-date) as a delay in milliseconds, scaled by
 * `retryAfterBaseMs` per second. `undefined` when absent or unreadable; never negative.
 *
 * @example
 * ```ts
 * parseRetryAfter('2', 1000, Date.now()); // 2000
 * ```
 */
export function parseRetryAfter(
	value: string | null,
	retryAfterBaseMs: number,
	nowMs: number,
): number | undefined {
	if (value === null) return undefined;
	const text = value.trim();
	if (/^\d+(\.\d+)?$/.test(text)) return Number(text) * retryAfterBaseMs;
	const date = Date.parse(text);
	if (Number.isNaN(date)) return undefined;
	return Math.max(0, ((date - nowMs) / 1000) * retryAfterBaseMs);
}

/**
 * Exponential backoff with "equal jitter": between half and all of `baseDelayMs × 2^(retry-1)`,
 * capped at `maxDelayMs`.
 *
 * @param retry - 1 for the first retry.
 * @example
 * ```ts
 * backoffDelay(3, { limit: 4, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 0, retryAfterBaseMs: 0 }, Math.random); // 200..400
 * ```
 */
export function backoffDelay(retry: number, options: NormalizedRetry, random: () => number): number {
	const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, retry - 1));
	return ceiling / 2 + random() * (ceiling / 2);
}

/**
 * Resolves after `ms`, or rejects with the signal's reason when it aborts first.
 *
 * @example
 * ```ts
 * await sleep(5, AbortSignal.timeout(1000));
 * ```
 */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
	return new Promise((resolve, reject) => {
		if (signal?.aborted) {
			reject(signal.reason);
			return;
		}
		const onAbort = (): void => {
			clearTimeout(timer);
			reject(signal?.reason);
		};
		const timer = setTimeout(() => {
			signal?.removeEventListener('abort', onAbort);
			resolve();
		}, ms);
		signal?.addEventListener('abort', onAbort, { once: true });
	});
}
