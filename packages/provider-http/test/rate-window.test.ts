import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RateWindow } from '../src/rate-window.js';

beforeEach(() => {
	vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
	vi.useRealTimers();
});

/** Acquires and records when (on the fake clock) the slot was granted. */
function track(window: RateWindow, granted: number[], signal?: AbortSignal) {
	return window.acquire(signal).then((release) => {
		granted.push(Date.now());
		return release;
	});
}

describe('RateWindow', () => {
	it('counts a slot from its start until `interval` after its release', async () => {
		const window = new RateWindow(2, 1000, () => Date.now());
		const granted: number[] = [];
		const first = track(window, granted);
		const second = track(window, granted);
		const third = track(window, granted);
		await vi.advanceTimersByTimeAsync(0);
		expect(granted).toEqual([0, 0]);
		await vi.advanceTimersByTimeAsync(100);
		(await first)();
		// Still in flight: the second slot never ages out on its own.
		await vi.advanceTimersByTimeAsync(999);
		expect(granted).toEqual([0, 0]);
		await vi.advanceTimersByTimeAsync(1);
		expect(granted).toEqual([0, 0, 1100]);
		(await second)();
		(await third)();
	});

	it('waits for a release when every slot is in flight, and serves waiters in order', async () => {
		const window = new RateWindow(1, 50, () => Date.now());
		const order: string[] = [];
		const first = await window.acquire(undefined);
		const b = window.acquire(undefined).then((release) => {
			order.push('b');
			return release;
		});
		const c = window.acquire(undefined).then((release) => {
			order.push('c');
			return release;
		});
		await vi.advanceTimersByTimeAsync(10_000);
		expect(order).toEqual([]);
		first();
		await vi.advanceTimersByTimeAsync(50);
		expect(order).toEqual(['b']);
		(await b)();
		await vi.advanceTimersByTimeAsync(50);
		expect(order).toEqual(['b', 'c']);
		(await c)();
	});

	it('an aborted waiter rejects with the reason and takes no slot', async () => {
		const window = new RateWindow(1, 1000, () => Date.now());
		const held = await window.acquire(undefined);
		const controller = new AbortController();
		const reason = new Error('stop');
		const aborted = window.acquire(controller.signal);
		const granted: number[] = [];
		const next = track(window, granted);
		controller.abort(reason);
		await expect(aborted).rejects.toBe(reason);
		held();
		await vi.advanceTimersByTimeAsync(1000);
		expect(granted).toEqual([1000]);
		(await next)();
		await expect(window.acquire(AbortSignal.abort(reason))).rejects.toBe(reason);
	});

	it('a release called twice frees one slot only once', async () => {
		const window = new RateWindow(1, 100, () => Date.now());
		const release = await window.acquire(undefined);
		release();
		release();
		const granted: number[] = [];
		const a = track(window, granted);
		const b = track(window, granted);
		await vi.advanceTimersByTimeAsync(100);
		expect(granted).toEqual([100]);
		(await a)();
		await vi.advanceTimersByTimeAsync(100);
		expect(granted).toEqual([100, 200]);
		(await b)();
	});
});
