import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeTitle } from '../src/index.js';

describe('normalizeTitle', () => {
	it.each([
		['Amélie', 'AMELIE'],
		['Amelie', 'amélie'],
		['The Matrix', 'Matrix'],
		['Fast & Furious', 'Fast and Furious'],
		['Mr & Mrs Smith', 'Mr. and Mrs. Smith'],
		['Rocky II', 'Rocky 2'],
		['Star Wars Episode IV', 'Star Wars Episode 4'],
		['Spider-Man', 'spider man'],
		['Ocean’s Eleven', "Ocean's Eleven"],
		["Ocean's Eleven", 'Oceans Eleven'],
		["L'Odyssée de Pi", 'Odyssée de Pi'],
		["L'Odyssée de Pi", 'L.Odyssee.de.Pi'],
		["La Vie d'Adèle", 'La.Vie.D.Adele'],
		["Il était une fois dans l'Ouest", 'Il etait une fois dans l Ouest'],
		['Le Dîner de cons', 'Diner de Cons'],
		['Les Misérables', 'Misérables'],
		['Das Boot', 'Boot'],
		['El Laberinto del Fauno', 'Laberinto del Fauno'],
		['Il Postino', 'Postino'],
		['Ⅱ', 'II'],
		['WALL·E', 'wall e'],
	])('gives %j and %j the same key', (a, b) => {
		expect(normalizeTitle(a)).toBe(normalizeTitle(b));
	});

	it.each([
		['Dune', 'Dune Part Two'],
		['The Matrix', 'The Matrix Reloaded'],
		['It', 'Up'],
		['Rocky II', 'Rocky III'],
		['I, Robot', 'Robot'],
	])('keeps %j and %j apart', (a, b) => {
		expect(normalizeTitle(a)).not.toBe(normalizeTitle(b));
	});

	it.each([
		['The Matrix', 'matrix'],
		["L'Odyssée de Pi", 'odyssee de pi'],
		["Ocean's Eleven", 'oceans eleven'],
		['Mr & Mrs Smith', 'mr and mrs smith'],
		['Rocky II', 'rocky 2'],
		['  --The__Thing--  ', 'thing'],
		['The', 'the'],
		['', ''],
		['...', ''],
	])('reads %j as %j', (title, key) => {
		expect(normalizeTitle(title)).toBe(key);
	});

	it('is idempotent', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (title) => {
				const once = normalizeTitle(title);
				expect(normalizeTitle(once)).toBe(once);
			}),
			{ numRuns: 2000 },
		);
	});

	it('is idempotent on title-like text', () => {
		const words = fc.constantFrom(
			'The',
			'l',
			"l'",
			"L'",
			'II',
			'x',
			'&',
			'Été',
			'ǅ',
			'İ',
			'Σ',
			'ﬁ',
			'½',
			"d'",
			'qu',
			"'",
			'a',
			'Les',
		);
		const seps = fc.constantFrom(' ', '.', "'", '-', '', '’');
		fc.assert(
			fc.property(fc.array(fc.tuple(words, seps), { maxLength: 10 }), (parts) => {
				const once = normalizeTitle(parts.map(([word, sep]) => word + sep).join(''));
				expect(normalizeTitle(once)).toBe(once);
			}),
			{ numRuns: 2000 },
		);
	});

	it('gives only lower-case letters, digits and single spaces', () => {
		fc.assert(
			fc.property(fc.string({ maxLength: 80 }), (title) => {
				const key = normalizeTitle(title);
				expect(key).toBe(key.trim());
				expect(key).not.toContain('  ');
				expect(key).not.toMatch(/[^\p{L}\p{N} ]/u);
			}),
		);
	});
});
