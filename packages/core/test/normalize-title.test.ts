import { describe, expect, it } from 'vitest';
import { normalizeTitle } from '../src/index.js';

describe('normalizeTitle', () => {
	it.each([
		['Amélie', 'AMELIE'],
		['Amelie', 'amélie'],
		['The Matrix', 'Matrix'],
		['Fast & Furious', 'Fast and Furious'],
		['Rocky II', 'Rocky 2'],
		['Spider-Man', 'spider man'],
		['Ocean’s Eleven', "Ocean's Eleven"],
	])('gives %j and %j the same key', (a, b) => {
		expect(normalizeTitle(a)).toBe(normalizeTitle(b));
	});

	it.each([
		['Dune', 'Dune Part Two'],
		['The Matrix', 'The Matrix Reloaded'],
		['It', 'Up'],
	])('keeps %j and %j apart', (a, b) => {
		expect(normalizeTitle(a)).not.toBe(normalizeTitle(b));
	});

	it('is idempotent on real titles', () => {
		for (const title of [
			'The Matrix',
			'Le Dîner de cons',
			'WALL·E',
			'3:10 to Yuma',
			'Face/Off',
			'Rocky II',
		]) {
			const once = normalizeTitle(title);
			expect(normalizeTitle(once)).toBe(once);
		}
	});
});
