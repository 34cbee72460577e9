/**
 * Cheap text tests shared by the parser, title normalization and grouping: char-code scans that skip
 * the Unicode work (a lowered copy, a Unicode regex) for the ASCII text most names are.
 *
 * @packageDocumentation
 * @internal
 */

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
