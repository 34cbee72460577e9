/**
 * One word of a name: a maximal run of non-separator characters, with what came before it.
 *
 * @internal
 */
export interface Token {
	/** Lower case, apostrophes removed: the key used for table lookups. */
	readonly key: string;
	/** Offset of the first character in the tokenized string. */
	readonly start: number;
	/** Offset just past the last character. */
	readonly end: number;
	/** The separator characters between the previous token (or the string start) and this one. */
	readonly gap: string;
	/** Bracket this token sits in: 0 none, 1 `[]`, 2 `()`, 3 `{}`. */
	readonly bracket: number;
	/** Index of the bracket group the token belongs to (-1 outside brackets). */
	readonly group: number;
	/** First token of its bracket group. */
	readonly groupStart: boolean;
}

/** Separator table for ASCII: 1 = separator, 2 = opening bracket, 3 = closing bracket. */
const CLASS: Uint8Array = (() => {
	const table = new Uint8Array(128);
	for (let code = 0; code <= 32; code++) table[code] = 1;
	for (const char of '._-,;:~|*"/\\=<>`^') table[char.charCodeAt(0)] = 1;
	for (const char of '([{') table[char.charCodeAt(0)] = 2;
	for (const char of ')]}') table[char.charCodeAt(0)] = 3;
	table[127] = 1;
	return table;
})();

const bracketKind = (code: number): number =>
	code === 91 || code === 93 ? 1 : code === 40 || code === 41 ? 2 : 3;

const charClass = (code: number): number => {
	if (code < 128) return CLASS[code] as number;
	// No-break space, ideographic space and the general-punctuation spaces separate words too.
	if (code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200b)) return 1;
	return 0;
};

const APOSTROPHES = /['’]/g;

const isAscii = (text: string): boolean => {
	for (let index = 0; index < text.length; index++) if (text.charCodeAt(index) > 0x7f) return false;
	return true;
};

/**
 * Split a name into words. Linear in the input length; never throws.
 *
 * @internal
 */
export function tokenize(input: string): Token[] {
	const tokens: Token[] = [];
	const length = input.length;
	const apostrophes = input.indexOf("'") !== -1 || input.indexOf('’') !== -1;
	// ASCII lower-cases letter by letter, so the whole name is lowered once and keys are sliced from it
	// (one string per word instead of two). Other text is lowered word by word: a final `Σ` reads its context.
	const lowered = isAscii(input) ? input.toLowerCase() : undefined;
	let depth = 0;
	let kind = 0;
	let group = -1;
	let groups = 0;
	let pendingGroupStart = false;
	let gapStart = 0;
	let index = 0;
	while (index < length) {
		const code = input.charCodeAt(index);
		const cls = charClass(code);
		if (cls === 0) {
			const start = index;
			while (index < length && charClass(input.charCodeAt(index)) === 0) index++;
			const lower =
				lowered === undefined ? input.slice(start, index).toLowerCase() : lowered.slice(start, index);
			tokens.push({
				key: apostrophes ? lower.replace(APOSTROPHES, '') : lower,
				start,
				end: index,
				gap: input.slice(gapStart, start),
				bracket: depth > 0 ? kind : 0,
				group: depth > 0 ? group : -1,
				groupStart: depth > 0 && pendingGroupStart,
			});
			pendingGroupStart = false;
			gapStart = index;
			continue;
		}
		if (cls === 2) {
			if (depth === 0) {
				kind = bracketKind(code);
				group = groups++;
				pendingGroupStart = true;
			}
			depth++;
		} else if (cls === 3 && depth > 0) {
			depth--;
			if (depth === 0) pendingGroupStart = false;
		}
		index++;
	}
	return tokens;
}
