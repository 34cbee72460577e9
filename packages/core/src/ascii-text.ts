/**
 * Cheap text tests shared by the parser, title normalization and grouping: char-code scans that skip
 * the Unicode work (a lowered copy, a Unicode regex) for the ASCII text most names are.
 *
 * @packageDocumentation
 * @internal
 */

/**
 * Whether a UTF-16 code is an ASCII digit.
 *
 * @internal
 */
export const isDigitCode = (code: number): boolean => code >= 48 && code <= 57;

/**
 * Whether a UTF-16 code is one of `c d j l m n s t` in lower case: the letters French elides before a
 * vowel or an `h` (`l'`, `d'`, `j'`…).
 *
 * @internal
 */
export const isElidedLetter = (code: number): boolean =>
	code === 0x63 ||
	code === 0x64 ||
	code === 0x6a ||
	code === 0x6c ||
	code === 0x6d ||
	code === 0x6e ||
	code === 0x73 ||
	code === 0x74;

/**
 * Whether a UTF-16 code is a lower-case ASCII vowel, `y` or `h`: what a French elided letter comes before.
 *
 * @internal
 */
export const opensElision = (code: number): boolean =>
	code === 0x61 ||
	code === 0x65 ||
	code === 0x68 ||
	code === 0x69 ||
	code === 0x6f ||
	code === 0x75 ||
	code === 0x79;

/**
 * Whether every code unit is ASCII: such text needs no NFKD and no Unicode-aware pass.
 *
 * @internal
 */
export const isAscii = (text: string): boolean => {
	for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > 0x7f) return false;
	return true;
};

/**
 * `text === text.toLowerCase()`, without making the lowered copy for ASCII text: an ASCII character
 * other than `A`–`Z` is its own lower case.
 *
 * @internal
 */
export const isLowerCase = (text: string): boolean => {
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code >= 65 && code <= 90) return false;
		if (code > 0x7f) return text === text.toLowerCase();
	}
	return true;
};

/**
 * Latin letters that Unicode does not decompose into a base letter and a mark, as names written in
 * ASCII spell them: `œ` → `oe` (`Le Cœur des hommes` = `Le.Coeur.Des.Hommes`), `æ` → `ae`, `ß` → `ss`,
 * `ø` → `o`, `ł` → `l`, `đ` and `ð` → `d`, `þ` → `th`. Lower case only: callers fold lowered text.
 *
 * @internal
 */
export const LETTER_FOLDS: ReadonlyMap<string, string> = new Map([
	['œ', 'oe'],
	['æ', 'ae'],
	['ß', 'ss'],
	['ø', 'o'],
	['ł', 'l'],
	['đ', 'd'],
	['ð', 'd'],
	['þ', 'th'],
]);

const UNDECOMPOSED = /[œæßøłđðþ]/g;

/**
 * `lower` with the letters of {@link LETTER_FOLDS} spelled in ASCII.
 *
 * @internal
 */
export const foldLetters = (lower: string): string =>
	lower.replace(UNDECOMPOSED, (letter) => LETTER_FOLDS.get(letter) ?? letter);
