import { isElidedLetter, opensElision } from '../ascii-text.js';
import { endAt, gapCode, gapLength, startAt, type TokenScratch } from './tokenize.js';

/**
 * Turning the words of a name back into a title: separators to spaces, trimmed, a sortable
 * `Title, The` put back in order. Plain index scans and linear regular expressions only.
 *
 * @packageDocumentation
 * @internal
 */

const ARTICLE_SUFFIXES: readonly string[] = [', the', ', a', ', an', ', le', ', la', ', les'];

/**
 * `Simpsons, The` → `The Simpsons`.
 *
 * @internal
 */
export const rotateArticle = (title: string): string => {
	const comma = title.lastIndexOf(', ');
	if (comma < 0 || title.length - comma > 5) return title;
	const tail = title.slice(comma).toLowerCase();
	if (!ARTICLE_SUFFIXES.includes(tail)) return title;
	return `${title.slice(comma + 2)} ${title.slice(0, comma)}`;
};

/** Trimmed from both ends of a title: ` -.,_:;~+`. */
const isTrimCode = (code: number): boolean =>
	code === 32 ||
	code === 45 ||
	code === 46 ||
	code === 44 ||
	code === 95 ||
	code === 58 ||
	code === 59 ||
	code === 126 ||
	code === 43;

const DOT_RUNS = /\.{2,}/g;
const SPACE_RUNS = / {2,}/g;

/**
 * The text between two words, as written: `_` (and `.` in dotted names) read as spaces, trimmed; with
 * `rotate`, a sortable `Title, The` put back in order ({@link rotateArticle}).
 *
 * @internal
 */
export function cleanTitle(words: TokenScratch, from: number, to: number, rotate = false): string {
	const first = startAt(words, from);
	const last = endAt(words, to - 1);
	const name = words.text;
	// Most titles are words joined by one `.`, ` `, `_` or `-` each (`Le.Amour.Château`, `La Ville Lumière`,
	// `le.ville.1305-grp`, a file named as its title; a lone `-` stays as written).
	// Words hold no separator, so such a title has no run of dots or spaces to fold, and the only
	// character to trim at its ends is a `+` a word may hold: the counts below, read from the gaps,
	// replace the five text scans and the trim loops of the general case (all title building was ~14% of a
	// name's parse in the profile).
	let dots = 0;
	let blanks = 0;
	let underscores = false;
	let simple = name.charCodeAt(first) !== 43 && name.charCodeAt(last - 1) !== 43;
	for (let index = from + 1; simple && index < to; index++) {
		const code = gapLength(words, index) === 1 ? gapCode(words, index) : -1;
		if (code === 46) dots++;
		else if (code === 32) blanks++;
		else if (code === 95) {
			blanks++;
			underscores = true;
		} else if (code !== 45) simple = false;
	}
	if (simple) {
		// No `, ` here (words hold no separator, every gap is one `.`, ` `, `_` or `-`): nothing to rotate, and
		// `rotateArticle`'s search for it was ~4% of a name's parse (it flattens the dotted title it reads).
		if (dots > 0 && (blanks === 0 || dots > blanks)) return spacedWords(words, from, to);
		const text = name.slice(first, last);
		return underscores ? text.replaceAll('_', ' ') : text;
	}
	let text = name.slice(first, last);
	if (text.indexOf('_') !== -1) text = text.replaceAll('_', ' ');
	if (text.indexOf('..') !== -1) text = text.replace(DOT_RUNS, ' ');
	if (text.indexOf('.') !== -1 && (text.indexOf(' ') === -1 || dottedWords(text))) text = dotsToSpaces(text);
	let begin = 0;
	let end = text.length;
	while (begin < end && isTrimCode(text.charCodeAt(begin))) begin++;
	while (end > begin && isTrimCode(text.charCodeAt(end - 1))) end--;
	if (begin > 0 || end < text.length) text = text.slice(begin, end);
	const title = text.indexOf('  ') === -1 ? text : collapseSpaces(text);
	return rotate ? rotateArticle(title) : title;
}

/**
 * {@link dotsToSpaces} of a title whose gaps are single `.`, ` `, `_` or `-` (underscores read as spaces), built
 * from the words: each gap is read once in the tokenizer's flat copy of the name, and the acronym test
 * reads the characters around a dot there too (reading them in the title, a slice of a slice of the
 * path, was ~1% of the path parser).
 */
const spacedWords = (words: TokenScratch, from: number, to: number): string => {
	const name = words.text;
	const flat = words.flat;
	const first = startAt(words, from);
	const last = endAt(words, to - 1);
	let out = '';
	let piece = first;
	for (let index = from + 1; index < to; index++) {
		const gap = startAt(words, index) - 1;
		const code = flat.charCodeAt(gap);
		if (code === 32 || code === 45) continue;
		if (
			code === 46 &&
			wordCharIn(flat, gap - 1, first, last) &&
			!wordCharIn(flat, gap - 2, first, last) &&
			wordCharIn(flat, gap + 1, first, last) &&
			!wordCharIn(flat, gap + 2, first, last) &&
			!elides(flat, gap + 1, last)
		)
			continue;
		out += `${name.slice(piece, gap)} `;
		piece = gap + 1;
	}
	return piece === first ? name.slice(first, last) : out + name.slice(piece, last);
};

/**
 * {@link isWordChar} of `text[index]`, false outside `[first, last)`. Read in the lowered name: lowering
 * keeps a character a word character or not (`K`, the Kelvin sign, lowers to `k`: both are).
 */
const wordCharIn = (text: string, index: number, first: number, last: number): boolean =>
	index >= first && index < last && isWordChar(text, index);

/**
 * Whether the single letter at `index` is a French elision before the word after it, not the end of
 * an acronym: `l`, `d`, `j`, `m`, `n`, `s`, `t` or `c`, then one separator and a word of two letters
 * or more starting with a vowel, an `h` or an accented letter (`A.L.Ecole` is `à l'École`,
 * `Episode.V.L.Empire` is `Episode V L'Empire`; `L.A.Confidential` and `U.S.Marshals` keep their acronym).
 */
const elides = (text: string, index: number, end: number): boolean => {
	if (index + 3 >= end || !isElidedLetter(text.charCodeAt(index) | 32)) return false;
	const separator = text.charCodeAt(index + 1);
	if (separator !== 46 && separator !== 32 && separator !== 95) return false;
	const code = text.charCodeAt(index + 2);
	const opens = code > 127 ? (code | 32) !== 0xe7 : opensElision(code | 32);
	return opens && isWordChar(text, index + 3);
};

/** More dots than spaces between words: `The.Title - Other.Words`. */
const dottedWords = (text: string): boolean => {
	let dots = 0;
	let spaces = 0;
	for (let index = 0; index < text.length; index++) {
		const char = text.charCodeAt(index);
		if (char === 46) dots++;
		else if (char === 32) spaces++;
	}
	return dots > spaces;
};

/**
 * Dots become spaces, except inside acronyms (`S.H.I.E.L.D`): a dot between two single letters stays.
 * The text between dots is sliced whole, not rebuilt a character at a time.
 */
const dotsToSpaces = (text: string): string => {
	let out = '';
	let from = 0;
	for (let index = text.indexOf('.'); index !== -1; index = text.indexOf('.', index + 1)) {
		const singleBefore = index >= 1 && isWordChar(text, index - 1) && !isWordChar(text, index - 2);
		const singleAfter = isWordChar(text, index + 1) && !isWordChar(text, index + 2);
		if (singleBefore && singleAfter && !elides(text, index + 1, text.length)) continue;
		out += `${text.slice(from, index)} `;
		from = index + 1;
	}
	return from === 0 ? text : out + text.slice(from);
};

const isWordChar = (text: string, index: number): boolean => {
	if (index < 0 || index >= text.length) return false;
	const code = text.charCodeAt(index);
	return code > 127 || (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
};

/** Runs of spaces become one. */
const collapseSpaces = (text: string): string => text.replace(SPACE_RUNS, ' ');
