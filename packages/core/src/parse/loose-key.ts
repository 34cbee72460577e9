/**
 * The loose key of a title, which the path parser compares a file's title and its folder's by.
 *
 * @packageDocumentation
 * @internal
 */
import { foldLetters, isAscii, LETTER_FOLDS } from '../ascii-text.js';

/**
 * What NFKD makes of each character from U+0080 to U+00FF once its combining marks (U+0300–U+036F)
 * are dropped: `é` → `e`, `ª` → `a`, a no-break space → a space; one character each, made here by
 * `normalize` itself, so that it cannot disagree with it; and `æ` → `ae`, `ß` → `ss`… from
 * `LETTER_FOLDS`. `''` for the four that NFKD turns into something else (`µ` → `μ`, `½` → `1⁄2`…).
 */
const LATIN1_FOLDS: readonly string[] = Array.from({ length: 128 }, (_, index) => {
	const char = String.fromCharCode(128 + index);
	const letter = LETTER_FOLDS.get(char);
	if (letter !== undefined) return letter;
	const folded = char.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
	return folded.length === 1 && folded.charCodeAt(0) <= 0xff ? folded : '';
});

/**
 * `lower` with each non-ASCII character folded by {@link LATIN1_FOLDS}, or undefined when one is not
 * in the table (beyond U+00FF, or one of its four gaps): what {@link looseKey} reads of
 * `lower.normalize('NFKD')`, without ICU's normalization, which was a third of looseKey's time on
 * French titles (`Château`, `Étoile`).
 */
const foldLatin1 = (lower: string): string | undefined => {
	let out = '';
	let from = 0;
	for (let index = 0; index < lower.length; index++) {
		const code = lower.charCodeAt(index);
		if (code < 128) continue;
		const folded = code <= 0xff ? (LATIN1_FOLDS[code - 128] as string) : '';
		if (folded === '') return undefined;
		out += lower.slice(from, index) + folded;
		from = index + 1;
	}
	return out + lower.slice(from);
};

/** A character {@link looseKey} keeps: a lower-case ASCII letter or digit, or any non-ASCII but a combining mark. */
const isKept = (code: number): boolean =>
	(code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code > 127 && (code < 0x300 || code > 0x36f));

/** Whether `lower` is its own {@link looseKey}: runs of kept characters split by single spaces. */
const isLoose = (lower: string): boolean => {
	let kept = false;
	for (let index = 0; index < lower.length; index++) {
		const code = lower.charCodeAt(index);
		if (isKept(code)) kept = true;
		else if (code === 32 && kept) kept = false;
		else return false;
	}
	return kept || lower === '';
};

/**
 * Lower-case letters and digits only, words separated by one space: a cheap comparison key. Accents
 * are dropped (NFKD, then its combining marks), so that `Amélie` and `Amelie` compare equal, and the
 * letters Unicode does not decompose are spelled in ASCII (`Cœur` = `Coeur`, see `foldLetters`). The
 * path parser compares a file's title with its folder's by these keys.
 *
 * @example
 * ```ts
 * looseKey("L'Été  d'Amélie - 2"); // 'lete damelie 2'
 * ```
 *
 * @internal
 */
export function looseKey(title: string): string {
	let lower = title.toLowerCase();
	if (!isAscii(lower)) lower = foldLatin1(lower) ?? foldLetters(lower.normalize('NFKD'));
	// Most titles are words of letters and digits split by single spaces once lowered: already their
	// own key, with no run sliced and joined again.
	if (isLoose(lower)) return lower;
	let out = '';
	let space = false;
	// Runs of kept characters are sliced whole; combining marks and apostrophes end a run without a space.
	let start = -1;
	for (let index = 0; index <= lower.length; index++) {
		const code = index < lower.length ? lower.charCodeAt(index) : 32;
		if (isKept(code)) {
			if (start < 0) {
				if (space && out !== '') out += ' ';
				space = false;
				start = index;
			}
			continue;
		}
		if (start >= 0) {
			out += lower.slice(start, index);
			start = -1;
		}
		if (code !== 39 && (code < 0x300 || code > 0x36f)) space = true;
	}
	return out;
}

/**
 * Whether two titles are the same letters and digits, accents and case aside (`Qu'est-ce qu'on…` and
 * `Qu est ce qu on…`): one respells the other, with no word more or less (`L'Auberge` is not `Le
 * Auberge`, `· Heat` not `Heat`).
 *
 * @internal
 */
export const sameLetters = (a: string, b: string): boolean =>
	isAscii(a) && isAscii(b)
		? sameAsciiLetters(a, b)
		: looseKey(a).replaceAll(' ', '') === looseKey(b).replaceAll(' ', '');

/**
 * {@link sameLetters} of two ASCII titles, read in place: their letters and digits, case aside, one
 * by one (what `looseKey` keeps of ASCII), without the two keys made per pair, which were a third of
 * the folder respelling in the bench library.
 */
const sameAsciiLetters = (a: string, b: string): boolean => {
	let at = 0;
	for (let index = 0; index < a.length; index++) {
		const code = foldedAlnum(a.charCodeAt(index));
		if (code < 0) continue;
		while (at < b.length && foldedAlnum(b.charCodeAt(at)) < 0) at++;
		if (at === b.length || foldedAlnum(b.charCodeAt(at)) !== code) return false;
		at++;
	}
	while (at < b.length && foldedAlnum(b.charCodeAt(at)) < 0) at++;
	return at === b.length;
};

/** An ASCII letter (lower-cased) or digit's code, else -1. */
const foldedAlnum = (code: number): number => {
	if (code >= 65 && code <= 90) return code + 32;
	return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) ? code : -1;
};
