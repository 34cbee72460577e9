import { isProviderAuthError } from '../errors/type-guards.js';
import type { MetadataProvider } from '../provider.js';
import { createLimiter } from './limiter.js';

/** Thrown inside a run once it must stop (abort or a fatal error): the row at hand stays untouched. */
export class RunStopped extends Error {
	override readonly name = 'RunStopped';
}

interface Gate {
	open: boolean;
	probe: Promise<void> | undefined;
}

/** Shared state of one `enrichInventory` run: call counters, the concurrency cap, memoized lookups, stopping. */
export interface Session {
	/** Aborted when the run stops; passed to every provider call. */
	readonly signal: AbortSignal;
	readonly counters: { searches: number; lookups: number; cacheHits: number };
	/** True once the caller's signal aborted the run. */
	readonly aborted: () => boolean;
	/** The error that stopped the run (a `ProviderAuthError`, or a throwing `onProgress`), if any. */
	readonly fatal: () => unknown;
	/** Stops the run with an error that the run then rejects with. */
	readonly fail: (error: unknown) => void;
	/**
	 * One provider call under the concurrency cap. A provider's first call runs alone, so a refused key
	 * costs one call, not one per slot. Rejects with {@link RunStopped} once the run stops.
	 */
	readonly call: <T>(
		provider: MetadataProvider,
		type: 'search' | 'lookup',
		run: (signal: AbortSignal) => Promise<T>,
	) => Promise<T>;
	/** Runs `make` once per key and shares its promise; later asks count as cache hits. */
	readonly once: <T>(key: string, make: () => Promise<T>) => Promise<T>;
	/** Removes the listener on the caller's signal. */
	readonly dispose: () => void;
}

/** Creates the {@link Session} of one run. */
export function createSession(concurrency: number, outer: AbortSignal | undefined): Session {
	const controller = new AbortController();
	const limiter = createLimiter(concurrency);
	const gates = new Map<MetadataProvider, Gate>();
	const memo = new Map<string, Promise<unknown>>();
	const counters = { searches: 0, lookups: 0, cacheHits: 0 };
	let aborted = false;
	let fatal: unknown;
	let rejectStop: (error: RunStopped) => void = () => {};
	const stopped = new Promise<never>((_, reject) => {
		rejectStop = reject;
	});
	stopped.catch(() => {});

	const stop = (reason: unknown): void => {
		if (controller.signal.aborted) return;
		controller.abort(reason);
		rejectStop(new RunStopped('enrichInventory stopped'));
	};
	const onAbort = (): void => {
		aborted = true;
		stop(outer?.reason);
	};
	if (outer?.aborted === true) onAbort();
	else outer?.addEventListener('abort', onAbort, { once: true });

	const fail = (error: unknown): void => {
		if (controller.signal.aborted) return;
		fatal = error;
		stop(error);
	};

	const limited = <T>(type: 'search' | 'lookup', run: (signal: AbortSignal) => Promise<T>): Promise<T> =>
		limiter.run(async () => {
			if (controller.signal.aborted) throw new RunStopped('enrichInventory stopped');
			if (type === 'search') counters.searches += 1;
			else counters.lookups += 1;
			const pending = run(controller.signal);
			pending.catch(() => {});
			try {
				return await Promise.race([pending, stopped]);
			} catch (error) {
				if (error instanceof RunStopped) throw error;
				if (isProviderAuthError(error)) fail(error);
				if (controller.signal.aborted) throw new RunStopped('enrichInventory stopped', { cause: error });
				throw error;
			}
		});

	const call = async <T>(
		provider: MetadataProvider,
		type: 'search' | 'lookup',
		run: (signal: AbortSignal) => Promise<T>,
	): Promise<T> => {
		let gate = gates.get(provider);
		if (gate === undefined) {
			gate = { open: false, probe: undefined };
			gates.set(provider, gate);
		}
		while (!gate.open) {
			if (gate.probe !== undefined) {
				await gate.probe;
				continue;
			}
			let release: () => void = () => {};
			gate.probe = new Promise<void>((resolve) => {
				release = resolve;
			});
			try {
				const value = await limited(type, run);
				gate.open = true;
				return value;
			} catch (error) {
				if (!(error instanceof RunStopped)) gate.open = true;
				throw error;
			} finally {
				gate.probe = undefined;
				release();
			}
		}
		return limited(type, run);
	};

	const once = <T>(key: string, make: () => Promise<T>): Promise<T> => {
		const known = memo.get(key);
		if (known !== undefined) {
			counters.cacheHits += 1;
			return known as Promise<T>;
		}
		const made = make();
		memo.set(key, made);
		return made;
	};

	return {
		signal: controller.signal,
		counters,
		aborted: () => aborted,
		fatal: () => fatal,
		fail,
		call,
		once,
		dispose: () => outer?.removeEventListener('abort', onAbort),
	};
}
