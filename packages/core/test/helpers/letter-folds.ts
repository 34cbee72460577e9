/**
 * @packageDocumentation
 * Test-only: the ASCII spelling of the Latin letters Unicode does not decompose, written apart from
 * the implementation's table so that the oracles of `normalizeTitle` and `looseKey` check it.
 */

const LETTERS: Readonly<Record<string, string>> = {
	œ: 'oe',
	æ: 'ae',
	ß: 'ss',
	ø: 'o',
	ł: 'l',
	đ: 'd',
	ð: 'd',
	þ: 'th',
};

/** `lower` with `œ`, `æ`, `ß`… spelled as ASCII names spell them (`cœur` → `coeur`). */
export const spellLetters = (lower: string): string =>
	lower.replace(/[œæßøłđðþ]/g, (letter) => LETTERS[letter] ?? letter);
