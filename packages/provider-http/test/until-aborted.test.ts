import { describe, expect, it } from 'vitest';
import { untilAborted } from '../src/index.js';

describe('untilAborted', () => {
	it('returns the shared promise itself without a signal', () => {
		const shared = Promise.resolve(1);
		expect(untilAborted(shared, undefined)).toBe(shared);
	});

	it('settles with the shared outcome when the signal never fires', async () => {
		const controller = new AbortController();
		await expect(untilAborted(Promise.resolve('token'), controller.signal)).resolves.toBe('token');
		await expect(untilAborted(Promise.reject(new Error('login refused')), controller.signal)).rejects.toThrow(
			'login refused',
		);
	});

	it('rejects this wait only, with the reason, and tells the caller once', async () => {
		let release: (value: string) => void = () => {};
		const shared = new Promise<string>((resolve) => {
			release = resolve;
		});
		const controller = new AbortController();
		let gaveUp = 0;
		const mine = untilAborted(shared, controller.signal, () => gaveUp++);
		const other = untilAborted(shared, new AbortController().signal);
		controller.abort(new Error('user left'));
		await expect(mine).rejects.toThrow('user left');
		release('token');
		await expect(other).resolves.toBe('token');
		expect(gaveUp).toBe(1);
	});

	it('gives up at once on an already aborted signal', async () => {
		let gaveUp = 0;
		const reason = new Error('too late');
		await expect(untilAborted(new Promise(() => {}), AbortSignal.abort(reason), () => gaveUp++)).rejects.toBe(
			reason,
		);
		expect(gaveUp).toBe(1);
	});
});
