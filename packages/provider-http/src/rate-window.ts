/**
 * Frees a slot taken by {@link RateWindow.acquire}: call it once the response has been read.
 *
 * @example
 * ```ts
 * const release: Release = await window.acquire(undefined);
 * release();
 * ```
 */
export type Release = () => void;

interface Slot {
	/** When the slot stops counting: `Infinity` while the request is in flight. */
	end: number;
}

/**
 * A sliding-window rate limiter whose slots are counted from a request's start until `intervalMs`
 * after its response was read. A server sees a request arrive after it started and before its answer
 * came back, so no window of `intervalMs` on the server's clock can ever hold more than `cap` of them,
 * whatever the network latency (counting from the start only, a slow first request and a fast later one
 * can land in the same server-side window).
 *
 * @example
 * ```ts
 * const window = new RateWindow(40, 1000);
 * const release = await window.acquire(signal);
 * try {
 * 	await fetch(url);
 * } finally {
 * 	release();
 * }
 * ```
 */
interface Waiter {
	readonly grant: (release: Release) => void;
}

export class RateWindow {
	readonly #cap: number;
	readonly #intervalMs: number;
	readonly #now: () => number;
	#slots: Slot[] = [];
	readonly #waiters: Waiter[] = [];
	#timer: ReturnType<typeof setTimeout> | undefined;
	#timerAt = Number.POSITIVE_INFINITY;

	constructor(cap: number, intervalMs: number, now: () => number = () => performance.now()) {
		this.#cap = cap;
		this.#intervalMs = intervalMs;
		this.#now = now;
	}

	/** Waits (first come, first served) for a free slot and takes it; rejects with the signal's reason on abort. */
	acquire(signal: AbortSignal | undefined): Promise<Release> {
		if (signal?.aborted) return Promise.reject(signal.reason);
		return new Promise((resolve, reject) => {
			const onAbort = (): void => {
				const index = this.#waiters.indexOf(waiter);
				if (index !== -1) this.#waiters.splice(index, 1);
				reject(signal?.reason);
			};
			const waiter: Waiter = {
				grant: (release) => {
					signal?.removeEventListener('abort', onAbort);
					resolve(release);
				},
			};
			signal?.addEventListener('abort', onAbort, { once: true });
			this.#waiters.push(waiter);
			this.#pump();
		});
	}

	/** Hands free slots to waiters in order; arms a timer for the earliest slot end when some must wait. */
	#pump(): void {
		const now = this.#now();
		this.#slots = this.#slots.filter((slot) => slot.end > now);
		while (this.#waiters.length > 0 && this.#slots.length < this.#cap) {
			this.#waiters.shift()?.grant(this.#take());
		}
		if (this.#waiters.length === 0) return;
		let earliest = Number.POSITIVE_INFINITY;
		for (const slot of this.#slots) earliest = Math.min(earliest, slot.end);
		// All slots in flight: a release will pump. Otherwise wake up when the oldest one ages out.
		if (earliest === Number.POSITIVE_INFINITY || earliest >= this.#timerAt) return;
		clearTimeout(this.#timer);
		this.#timerAt = earliest;
		this.#timer = setTimeout(
			() => {
				this.#timer = undefined;
				this.#timerAt = Number.POSITIVE_INFINITY;
				this.#pump();
			},
			Math.max(0, Math.ceil(earliest - now)),
		);
	}

	#take(): Release {
		const slot: Slot = { end: Number.POSITIVE_INFINITY };
		this.#slots.push(slot);
		let released = false;
		return () => {
			if (released) return;
			released = true;
			slot.end = this.#now() + this.#intervalMs;
			this.#pump();
		};
	}
}
