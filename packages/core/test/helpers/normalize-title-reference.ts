/**
 * @packageDocumentation
 * The regex-chain `normalizeTitle()` as it was before its ASCII fast path: test-only reference.
 */
import { NUMBER_PARTS, NUMBER_WORDS } from '../../src/normalize-title.js';
import { spellLetters } from './letter-folds.js';

/** Leading articles dropped from a key (English, French, German, Spanish, Italian). */
const ARTICLES: ReadonlySet<string> = new Set([
	'the',
	'a',
	'an',
	'le',
	'la',
	'les',
	'l',
	'un',
	'une',
	'der',
	'die',
	'das',
	'ein',
	'eine',
	'el',
	'los',
	'las',
	'una',
	'il',
	'lo',
	'gli',
	'uno',
]);

/** Roman numerals read as numbers. `I` stays a word (`I, Robot`), as do `L`, `C`, `D` and `M`. */
const ROMAN: ReadonlyMap<string, string> = new Map(
	[
		'ii',
		'iii',
		'iv',
		'v',
		'vi',
		'vii',
		'viii',
		'ix',
		'x',
		'xi',
		'xii',
		'xiii',
		'xiv',
		'xv',
		'xvi',
		'xvii',
		'xviii',
		'xix',
		'xx',
	].map((numeral, index) => [numeral, String(index + 2)]),
);

/** Combining marks left by NFKD: accents, cedillas, umlauts… */
const MARKS = /\p{M}+/gu;

/**
 * A French or Italian elided word (`l'`, `d'`, `qu'`…) at the start of a word, before a letter. It is cut
 * from the word it leans on, so `L'Odyssée` reads as `l odyssee` like the scene's `L.Odyssee`.
 */
const ELISION = /(^|[^\p{L}\p{N}])([cdjlmnst]|qu)['’‘`´](?=\p{L})/gu;

/** Other apostrophes glue their word: `Ocean's` = `Oceans`. */
const APOSTROPHES = /['’‘`´]/g;

const SEPARATORS = /[^\p{L}\p{N}]+/gu;

/**
 * The previous `normalizeTitle()`, kept as the oracle the faster one is checked against: verbatim but
 * for what the definition gained later: the step that spells `œ`, `æ`, `ß`… in ASCII, `I` as 1 after a
 * word that numbers (`episode` among them), the first word kept out of the roman numerals, no elision
 * before a roman numeral, and no article dropped from one written twice first (`La La Land`).
 *
 * @example
 * ```ts
 * normalizeTitleReference('The Matrix'); // 'matrix'
 * ```
 */
export function normalizeTitleReference(title: string): string {
	const folded = spellLetters(title.normalize('NFKD').toLowerCase().normalize('NFKD').replace(MARKS, ''))
		.replace(ELISION, '$1$2 ')
		.replaceAll('&', ' and ')
		.replace(APOSTROPHES, '')
		.replace(SEPARATORS, ' ')
		.trim();
	if (folded === '') return '';
	const words = folded
		// Runs of one-letter words glue, unless into a conjunction, or two whose second is elided.
		// (A roman numeral after the second letter does not make it elided: the key reads it as digits.)
		.replace(/(?<![^ ])[a-z](?: [a-z])+(?![^ ])( [aeiouyh][^ ]*)?/g, (run, next: string | undefined) => {
			const letters = next === undefined ? run : run.slice(0, -next.length);
			const glued = letters.replaceAll(' ', '');
			const elided =
				glued.length === 2 &&
				next !== undefined &&
				'cdjlmnst'.includes(glued.charAt(1)) &&
				!ROMAN.has(next.slice(1));
			return glued === 'and' || glued === 'et' || elided ? run : glued + (next ?? '');
		})
		.split(' ');
	let first = 0;
	// An article written twice first is a word of the title: `La La Land` keeps both.
	const doubled = words.length > 1 && words[0] === words[1] && ARTICLES.has(words[0] as string);
	while (!doubled && first < words.length - 1 && ARTICLES.has(words[first] as string)) first++;
	// Roman numerals read as numbers, but for the first word kept: a letter there (`X-Men`).
	for (let index = first + 1; index < words.length; index++) {
		const roman = ROMAN.get(words[index] as string);
		if (roman !== undefined) words[index] = roman;
	}
	const kept = words.slice(first);
	if (kept.length < 2) return kept.join(' ');
	// Numbers in words read as digits but next to another part of a number; ordinals in digits as `5e`.
	return kept
		.map((word, index) => {
			const numbering = ['part', 'partie', 'chapter', 'chapitre', 'vol', 'volume', 'book', 'episode'];
			const digits =
				(word === 'one' || word === 'i') && numbering.includes(kept[index - 1] ?? '')
					? '1'
					: NUMBER_WORDS.get(word);
			if (digits === undefined) return word.replace(/^(\d{1,3})(?:e|eme|ieme|er|re|st|nd|rd|th)$/, '$1e');
			const compound = NUMBER_PARTS.has(kept[index - 1] ?? '') || NUMBER_PARTS.has(kept[index + 1] ?? '');
			return compound ? word : digits;
		})
		.join(' ');
}
