import { normalizeTitle } from '../normalize-title.js';

/** Similarity of two titles that are equal once spaces are removed (`WALL·E` / `Walle`). */
const COMPACT_EQUAL = 0.97;
/** Similarity of two titles that are equal once small linking words are removed (`Fast & Furious` / `Fast Furious`). */
const LINK_WORDS_EQUAL = 0.93;
/**
 * Ceiling of a fuzzy (non-equal) similarity. Kept under the review threshold so that a title that only
 * looks like the query is never accepted silently.
 */
const FUZZY_CEILING = 0.88;

/** Words release names often drop or spell differently; ignored by the third comparison only. */
const LINK_WORDS: ReadonlySet<string> = new Set([
	'a',
	'an',
	'and',
	'the',
	'of',
	'et',
	'de',
	'des',
	'du',
	'd',
	'l',
	'le',
	'la',
	'les',
]);

const bigrams = (text: string): Map<string, number> => {
	const counts = new Map<string, number>();
	for (let index = 0; index < text.length - 1; index += 1) {
		const pair = text.slice(index, index + 2);
		counts.set(pair, (counts.get(pair) ?? 0) + 1);
	}
	return counts;
};

/** Dice coefficient of two multisets. */
const dice = (a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number => {
	let sizeA = 0;
	let sizeB = 0;
	let shared = 0;
	for (const count of a.values()) sizeA += count;
	for (const [key, count] of b) {
		sizeB += count;
		shared += Math.min(count, a.get(key) ?? 0);
	}
	return sizeA + sizeB === 0 ? 0 : (2 * shared) / (sizeA + sizeB);
};

const tokens = (text: string): Map<string, number> => {
	const counts = new Map<string, number>();
	for (const word of text.split(' ')) counts.set(word, (counts.get(word) ?? 0) + 1);
	return counts;
};

/**
 * Ceiling of a fuzzy similarity between titles whose numbers differ (`Halloween` / `Halloween II`,
 * `Kill Bill Vol 1` / `Vol 2`, `Blade Runner` / `Blade Runner 2049`): a sequel is another film.
 */
const OTHER_NUMBERS_CEILING = 0.5;

/** The numbers of a normalized title (roman numerals already read as numbers), sorted. */
const numbers = (text: string): string =>
	text
		.split(' ')
		.filter((word) => /^\d+$/.test(word))
		.sort()
		.join(' ');

const withoutLinkWords = (text: string): string =>
	text
		.split(' ')
		.filter((word) => !LINK_WORDS.has(word))
		.join('');

/**
 * How alike two titles are, from 0 (nothing in common) to 1 (the same once normalized with
 * {@link normalizeTitle}). Equality is tried first (exact, then without spaces, then without small
 * linking words such as `and`/`of`/`de`); other pairs get a fuzzy score (the mean of a word Dice and a
 * letter-pair Dice) capped at 0.88, so a title that merely resembles the query always needs review, and
 * at 0.5 when their numbers differ (`Halloween` / `Halloween II`: a sequel is another film).
 *
 * @example
 * ```ts
 * import { titleSimilarity } from '@vm/core';
 * titleSimilarity('Le Dîner de cons', 'Le.Diner.De.Cons'); // 1
 * titleSimilarity('WALL·E', 'Walle'); // 0.97
 * titleSimilarity('The Matrix', 'The Matrix Reloaded') < 0.7; // true
 * ```
 */
export function titleSimilarity(a: string, b: string): number {
	const left = normalizeTitle(a);
	const right = normalizeTitle(b);
	if (left === '' || right === '') return 0;
	if (left === right) return 1;
	const compactLeft = left.replaceAll(' ', '');
	const compactRight = right.replaceAll(' ', '');
	if (compactLeft === compactRight) return COMPACT_EQUAL;
	const essentialLeft = withoutLinkWords(left);
	if (essentialLeft !== '' && essentialLeft === withoutLinkWords(right)) return LINK_WORDS_EQUAL;
	const letters = dice(bigrams(compactLeft), bigrams(compactRight));
	const words = dice(tokens(left), tokens(right));
	const fuzzy = FUZZY_CEILING * ((letters + words) / 2);
	return numbers(left) === numbers(right) ? fuzzy : Math.min(fuzzy, OTHER_NUMBERS_CEILING);
}
