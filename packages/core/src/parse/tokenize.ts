/**
 * Splitting a name into words, kept as parallel arrays in a reused {@link TokenScratch}.
 *
 * @packageDocumentation
 * @internal
 */

import { hashKey } from './word-table.js';

/**
 * Class table for ASCII: 0 = word character, 1 = separator, 2 = opening bracket, 3 = closing bracket,
 * 4 = apostrophe and 5 = `+` (word characters noted on the way: one table read tells a plain letter
 * from everything the tokenizer must look at).
 */
const CLASS: Uint8Array = (() => {
	const table = new Uint8Array(128);
	for (let code = 0; code <= 32; code++) table[code] = 1;
	for (const char of '._-,;:~|*"/\\=<>`^') table[char.charCodeAt(0)] = 1;
	for (const char of '([{') table[char.charCodeAt(0)] = 2;
	for (const char of ')]}') table[char.charCodeAt(0)] = 3;
	table[127] = 1;
	table[39] = 4;
	table[43] = 5;
	return table;
})();

const bracketKind = (code: number): number =>
	code === 91 || code === 93 ? 1 : code === 40 || code === 41 ? 2 : 3;

/** Class of a character past ASCII: the no-break, ideographic and general-punctuation spaces separate words. */
const wideClass = (code: number): number =>
	code === 0xa0 || code === 0x3000 || (code >= 0x2000 && code <= 0x200b) ? 1 : 0;

const APOSTROPHES = /['’]/g;

/** `flags` bit: the word is the first of its bracket group. */
export const GROUP_START = 1;
/** `flags` bit: the separators before the word hold a `-`. */
export const GAP_DASH = 2;
/** `flags` bit: the word holds a `+` (tags glued with `+`: `VO+VFF`). */
const PLUS = 4;

/**
 * The words of one name as parallel arrays (index = word), owned by one parser and overwritten by its
 * next name. Arrays, not one object per word: a name's words are written once and read many times by
 * index, and the typed arrays are reused whole (measured: tokenizing the 100k bench names took ~10% less
 * CPU than with pooled word objects and sliced gap strings). Entries past `count` are stale: readers stop
 * at `count`.
 * The text between two words (their gap) is not sliced: it is read in place from `text`, from
 * `ends[index - 1]` (0 for the first word) to `starts[index]`.
 *
 * @internal
 */
export interface TokenScratch {
	/** The name last tokenized. */
	text: string;
	/**
	 * `text` as a flat string with the same separators at the same offsets (its lowered copy, or `text`
	 * itself when lowering changed its length): gaps and character classes are read there, because
	 * `text` is often a slice of a path, slower to read a code unit at a time.
	 */
	flat: string;
	/** How many words it has. */
	count: number;
	/** Lower case, apostrophes removed: the key used for table lookups. */
	readonly keys: string[];
	/** Offset of each word's first character. */
	starts: Int32Array;
	/** Offset just past each word's last character. */
	ends: Int32Array;
	/** Bracket each word sits in: 0 none, 1 `[]`, 2 `()`, 3 `{}`. */
	brackets: Uint8Array;
	/** Index of the bracket group each word belongs to (-1 outside brackets). */
	groups: Int32Array;
	/** {@link GROUP_START}, {@link GAP_DASH} and {@link PLUS} bits. */
	flags: Uint8Array;
	/** Each key's {@link hashKey}, computed while the word is read (see `word-table.ts`). */
	hashes: Int32Array;
	/**
	 * Room for what the parser notes on each word (its marks), reused from name to name like the words:
	 * the parser writes every slot of a name (a mark or nothing) as it marks it. Typed by the parser, not here.
	 */
	readonly marks: unknown[];
}

/**
 * Room for this many words in a new scratch. 16 keeps every array at most 64 bytes, which V8 allocates
 * in its heap like a plain object; a larger typed array gets a separately allocated buffer, and
 * `parseMediaPath` (which grouping calls per folder) makes a scratch per call: with room for 32 words,
 * `groupInventory` on the 100k bench rows took ~5–10% more CPU. A longer name grows the arrays once.
 */
const INITIAL_WORDS = 16;

/**
 * A new, empty {@link TokenScratch}.
 *
 * @internal
 */
export const createTokenScratch = (): TokenScratch => ({
	text: '',
	flat: '',
	count: 0,
	keys: [],
	starts: new Int32Array(INITIAL_WORDS),
	ends: new Int32Array(INITIAL_WORDS),
	brackets: new Uint8Array(INITIAL_WORDS),
	groups: new Int32Array(INITIAL_WORDS),
	flags: new Uint8Array(INITIAL_WORDS),
	hashes: new Int32Array(INITIAL_WORDS),
	marks: [],
});

/** Twice the room, the words so far kept: a name longer than any before it. */
const grow = (scratch: TokenScratch): void => {
	const size = scratch.starts.length * 2;
	const wider = <Array extends Int32Array | Uint8Array>(from: Array, to: Array): Array => {
		to.set(from);
		return to;
	};
	scratch.starts = wider(scratch.starts, new Int32Array(size));
	scratch.ends = wider(scratch.ends, new Int32Array(size));
	scratch.brackets = wider(scratch.brackets, new Uint8Array(size));
	scratch.groups = wider(scratch.groups, new Int32Array(size));
	scratch.flags = wider(scratch.flags, new Uint8Array(size));
	scratch.hashes = wider(scratch.hashes, new Int32Array(size));
};

/**
 * Split a name into words. Linear in the input length; never throws. The words are written into
 * `scratch` (returned) and overwritten by its next call: read them before tokenizing another name.
 *
 * @internal
 */
export function tokenize(input: string, scratch: TokenScratch = createTokenScratch()): TokenScratch {
	const keys = scratch.keys;
	let count = 0;
	const length = input.length;
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
	let dash = false;
	let index = 0;
	// Characters are classed from the lowered copy when it lines up with the input: a flat string, read
	// faster than the input (often a slice of a path); lowering changes no character's class.
	const source = lowered ?? input;
	while (index < length) {
		const code = source.charCodeAt(index);
		const cls = code < 128 ? (CLASS[code] as number) : wideClass(code);
		if (cls === 0 || cls >= 4) {
			const start = index;
			// Apostrophes and `+` are noted on the way (most words have none: no replace for them), and the
			// key's hash is folded in (apostrophes are not part of the key).
			let apostrophe = false;
			let plus = false;
			let hash = 0;
			for (; index < length; index++) {
				const inner = source.charCodeAt(index);
				if (inner < 128) {
					const innerClass = CLASS[inner] as number;
					if (innerClass !== 0) {
						if (innerClass < 4) break;
						if (innerClass === 4) {
							apostrophe = true;
							continue;
						}
						plus = true;
					}
				} else if (wideClass(inner) !== 0) break;
				else if (inner === 0x2019) {
					apostrophe = true;
					continue;
				}
				hash = (Math.imul(hash, 31) + inner) | 0;
			}
			if (count === scratch.starts.length) grow(scratch);
			if (lowered === undefined) {
				// Words lowered one by one (`İ`, `Σ`): the scan read the input, so the key is hashed once made.
				const lower = input.slice(start, index).toLowerCase();
				const key = apostrophe ? lower.replace(APOSTROPHES, '') : lower;
				keys[count] = key;
				hash = hashKey(key);
			} else {
				const lower = lowered.slice(start, index);
				keys[count] = apostrophe ? lower.replace(APOSTROPHES, '') : lower;
			}
			scratch.hashes[count] = hash;
			scratch.starts[count] = start;
			scratch.ends[count] = index;
			const inside = depth > 0;
			scratch.brackets[count] = inside ? kind : 0;
			scratch.groups[count] = inside ? group : -1;
			scratch.flags[count] =
				(inside && pendingGroupStart ? GROUP_START : 0) | (dash ? GAP_DASH : 0) | (plus ? PLUS : 0);
			count++;
			pendingGroupStart = false;
			dash = false;
			continue;
		}
		if (code === 45) dash = true;
		else if (cls === 2) {
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
	scratch.text = input;
	scratch.flat = source;
	scratch.count = count;
	return scratch;
}

/** {@link hashKey} of word `index`'s key. */
export const hashAt = (words: TokenScratch, index: number): number => words.hashes[index] as number;
/** Lookup key of word `index` (lower case, apostrophes removed). */
export const keyAt = (words: TokenScratch, index: number): string => words.keys[index] as string;
/** Offset of word `index`'s first character. */
export const startAt = (words: TokenScratch, index: number): number => words.starts[index] as number;
/** Offset just past word `index`'s last character. */
export const endAt = (words: TokenScratch, index: number): number => words.ends[index] as number;
/** Bracket word `index` sits in: 0 none, 1 `[]`, 2 `()`, 3 `{}`. */
export const bracketAt = (words: TokenScratch, index: number): number => words.brackets[index] as number;
/** Bracket group of word `index` (-1 outside brackets). */
export const groupAt = (words: TokenScratch, index: number): number => words.groups[index] as number;
/** Word `index` is the first of its bracket group. */
export const startsGroup = (words: TokenScratch, index: number): boolean =>
	((words.flags[index] as number) & GROUP_START) !== 0;

/** Word `index` holds a `+`. */
export const hasPlus = (words: TokenScratch, index: number): boolean =>
	((words.flags[index] as number) & PLUS) !== 0;

/** Where the separators before word `index` start. */
const gapFrom = (words: TokenScratch, index: number): number =>
	index === 0 ? 0 : (words.ends[index - 1] as number);

/** How many separator characters come before word `index`. */
export const gapLength = (words: TokenScratch, index: number): number =>
	(words.starts[index] as number) - gapFrom(words, index);

/** The separators before word `index`, sliced (rarely needed: the tests below read them in place). */
export const gapOf = (words: TokenScratch, index: number): string =>
	words.text.slice(gapFrom(words, index), words.starts[index]);

/** The separators before word `index` are exactly `text`. */
export const gapIs = (words: TokenScratch, index: number, text: string): boolean =>
	gapLength(words, index) === text.length && words.flat.startsWith(text, gapFrom(words, index));

/** The first separator before word `index` (NaN when there is none). */
export const gapCode = (words: TokenScratch, index: number): number =>
	words.flat.charCodeAt(gapFrom(words, index));

/** The separators before word `index` hold a `-`. */
export const hasDash = (words: TokenScratch, index: number): boolean =>
	((words.flags[index] as number) & GAP_DASH) !== 0;

/** A gap that joins two words of one multi-word tag: a single `.`, `-`, `_` or space. */
export const joins = (words: TokenScratch, index: number): boolean => {
	if (gapLength(words, index) !== 1) return false;
	const code = gapCode(words, index);
	return code === 46 || code === 45 || code === 32 || code === 95;
};

/** A short gap without a dash: `.`, ` `, `. ` (or none). */
export const shortGap = (words: TokenScratch, index: number): boolean =>
	gapLength(words, index) <= 2 && !hasDash(words, index);

/** A title split: ` - `, `_-_`, `.-.`, `--` (a dash with another separator), not the dash of `Spider-Man`. */
export const isSplit = (words: TokenScratch, index: number): boolean =>
	gapLength(words, index) >= 2 && hasDash(words, index);
