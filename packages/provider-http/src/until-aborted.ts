/**
 * Waits for a promise that other callers share (an in-flight request, a login) until it settles or this
 * caller's `signal` aborts. Aborting rejects this wait only, with the signal's reason; the shared promise
 * goes on for the others. `onAbort` runs once when this caller gives up (before or while waiting).
 *
 * @param promise - The shared work.
 * @param signal - This caller's signal; without one, `promise` itself is returned.
 * @param onAbort - Called when this caller stops waiting because of its signal.
 * @returns `promise`'s outcome, or a rejection with `signal.reason`.
 *
 * @example
 * ```ts
 * import { untilAborted } from '@vm/provider-http';
 * const token = await untilAborted(sharedLogin, AbortSignal.timeout(5_000));
 * ```
 */
export function untilAborted<T>(
	promise: Promise<T>,
	signal: AbortSignal | undefined,
	onAbort?: () => void,
): Promise<T> {
	if (signal === undefined) return promise;
	if (signal.aborted) {
		onAbort?.();
		return Promise.reject(signal.reason);
	}
	return new Promise<T>((resolve, reject) => {
		const abort = (): void => {
			onAbort?.();
			reject(signal.reason);
		};
		signal.addEventListener('abort', abort, { once: true });
		promise.then(
			(value) => {
				signal.removeEventListener('abort', abort);
				resolve(value);
			},
			(error: unknown) => {
				signal.removeEventListener('abort', abort);
				reject(error);
			},
		);
	});
}
