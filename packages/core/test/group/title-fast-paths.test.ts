import { normalizeTitle } from '@vm/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

/** Words that exercise the plain-key shortcut: articles, numerals, digits, ordinary words. */
const word = fc.constantFrom(
	'the',
	'le',
	'l',
	'la',
	'les',
	'a',
	'x',
	'vi',
	'iv',
	'i',
	'ix',
	'12',
	'2001',
	'amour',
	'nuit',
	'heat',
	'et',
	'and',
);

/** Characters of the Latin fold table (U+0080–U+024F) mixed with ASCII letters and separators. */
const latinChar = fc.oneof(
	fc.integer({ min: 0x80, max: 0x24f }).map((code) => String.fromCharCode(code)),
	fc.constantFrom('a', 'E', 'o', ' ', '.', "'", '-', '&', '1'),
);

describe('normalizeTitle shortcuts', () => {
	it('keys plain lower-case words as the word-by-word path does', () => {
		fc.assert(
			fc.property(fc.array(word, { minLength: 1, maxLength: 6 }), (words) => {
				const plain = words.join(' ');
				// Doubled separators leave the shortcut: the word-by-word path keys the same words.
				expect(normalizeTitle(plain)).toBe(normalizeTitle(words.join(' . ')));
				expect(normalizeTitle(plain.toUpperCase())).toBe(normalizeTitle(plain));
			}),
		);
	});

	it('folds Latin letters one by one as the NFKD chain folds the whole text', () => {
		fc.assert(
			fc.property(fc.array(latinChar, { maxLength: 12 }), (chars) => {
				const title = chars.join('');
				// The decomposed text carries combining marks, which the table does not hold: it takes the ICU chain.
				const decomposed = `${title.normalize('NFKD')}\u0301`;
				expect(normalizeTitle(title)).toBe(normalizeTitle(decomposed).replace(/\u0301/gu, ''));
			}),
		);
	});

	it.each([
		['Le Château Amour 12', 'chateau amour 12'],
		['Œuvre Ĳssel Æon', 'oeuvre ijssel aeon'],
		['The Guerre Étoile II', 'guerre etoile 2'],
		['L’Étoile', 'etoile'],
		['the', 'the'],
	])('%s → %s', (title, key) => {
		expect(normalizeTitle(title)).toBe(key);
	});
});
