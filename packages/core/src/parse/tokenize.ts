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

/** A {@link Token} the scratch space reuses from name to name: the same fields, writable. */
type PooledToken = { -readonly [Field in keyof Token]: Token[Field] };

/**
 * Work space of {@link tokenize}, owned by one parser (never shared between parsers): the token objects
 * and the list of one name are reused for the next name, so that a name allocates only its strings.
 * The tokens a call returns are therefore valid until the next call with the same scratch.
 *
 * @internal
 */
export interface TokenScratch {
	/** The list the last call returned. */
	readonly tokens: Token[];
	/** Every token object made so far, reused in order. */
	readonly pool: PooledToken[];
}

/**
 * A new, empty {@link TokenScratch}.
 *
 * @internal
 */
export const createTokenScratch = (): TokenScratch => ({ tokens: [], pool: [] });

/**
 * Split a name into words. Linear in the input length; never throws. The list and its tokens belong
 * to `scratch` and are overwritten by its next call: read them before tokenizing another name.
 *
 * @internal
 */
export function tokenize(input: string, scratch: TokenScratch = createTokenScratch()): Token[] {
	const tokens = scratch.tokens;
	const pool = scratch.pool;
	let count = 0;
	const length = input.length;
	const apostrophes = input.indexOf("'") !== -1 || input.indexOf('’') !== -1;
	// The whole name is lowered once and keys are sliced from it (one string per word instead of two).
	// That equals lowering word by word unless a character lowers to two (`İ`, the only one: the length
	// changes) or reads its context (`Σ`, the only one: final sigma); then words are lowered one by one.
	const whole = input.toLowerCase();
	const lowered = whole.length === length && input.indexOf('Σ') === -1 ? whole : undefined;
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
			const key = apostrophes ? lower.replace(APOSTROPHES, '') : lower;
			const gap = input.slice(gapStart, start);
			const inside = depth > 0;
			let token = pool[count];
			if (token === undefined) {
				token = { key, start, end: index, gap, bracket: 0, group: -1, groupStart: false };
				pool.push(token);
			} else {
				token.key = key;
				token.start = start;
				token.end = index;
				token.gap = gap;
			}
			token.bracket = inside ? kind : 0;
			token.group = inside ? group : -1;
			token.groupStart = inside && pendingGroupStart;
			tokens[count++] = token;
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
	// The list ends at this name's last word: readers stop at `length` or at an `undefined` entry.
	if (tokens.length !== count) tokens.length = count;
	return tokens;
}
