/** Runs at most `concurrency` tasks at a time, in the order they asked (promises only, no timers). */
export interface Limiter {
	run<T>(task: () => Promise<T>): Promise<T>;
}

/** Creates a {@link Limiter}. A freed slot goes straight to the oldest waiter, so the cap always holds. */
export function createLimiter(concurrency: number): Limiter {
	let active = 0;
	const waiting: (() => void)[] = [];
	const release = (): void => {
		const next = waiting.shift();
		if (next === undefined) active -= 1;
		else next();
	};
	return {
		async run<T>(task: () => Promise<T>): Promise<T> {
			if (active < concurrency) active += 1;
			else await new Promise<void>((resolve) => waiting.push(resolve));
			try {
				return await task();
			} finally {
				release();
			}
		},
	};
}
