import { foldLetters, isAscii, isDigitCode, isElidedLetter, opensElision } from './ascii-text.js';
import { hashKey } from './parse/word-table.js';

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

const APOSTROPHE = 0x27;
const BACKTICK = 0x60;
const AMPERSAND = 0x26;

/** An ASCII letter (`\p{L}` restricted to ASCII; NFKD can leave upper case, as `㎁` gives `nA`). */
const isLetter = (code: number): boolean => (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a);

/** An ASCII letter or digit: what a word is made of. */
const isWordCode = (code: number): boolean => isLetter(code) || (code >= 0x30 && code <= 0x39);

const isApostrophe = (code: number): boolean => code === APOSTROPHE || code === BACKTICK;

/** Length of the elided word (`l'`, `qu'`…) starting at `index`, apostrophe excluded; 0 when there is none. */
const elisionLength = (text: string, index: number): number => {
	const code = text.charCodeAt(index);
	if (isElidedLetter(code)) {
		return isApostrophe(text.charCodeAt(index + 1)) && isLetter(text.charCodeAt(index + 2)) ? 1 : 0;
	}
	return code === 0x71 &&
		text.charCodeAt(index + 1) === 0x75 &&
		isApostrophe(text.charCodeAt(index + 2)) &&
		isLetter(text.charCodeAt(index + 3))
		? 2
		: 0;
};

/**
 * The words of ASCII text in one pass, as the Unicode chain reads it: an elided word ends its word,
 * apostrophes glue, `&` is the word `and`, anything else that is not a letter or digit separates. Runs
 * of word characters are sliced, not built char by char.
 */
const asciiWords = (text: string): string[] => {
	const words: string[] = [];
	let word = '';
	let start = -1;
	/** The apostrophe the last elision consumed: it cannot also open the next one (the regex's matches never overlap). */
	let elided = -2;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (isWordCode(code)) {
			if (start >= 0) continue;
			if (index - 1 !== elided) {
				const length = elisionLength(text, index);
				if (length > 0) {
					words.push(word + text.slice(index, index + length));
					word = '';
					elided = index + length;
					index = elided;
					continue;
				}
			}
			start = index;
			continue;
		}
		if (start >= 0) {
			word = word === '' ? text.slice(start, index) : word + text.slice(start, index);
			start = -1;
		}
		if (isApostrophe(code)) continue;
		if (word !== '') {
			words.push(word);
			word = '';
		}
		if (code === AMPERSAND) words.push('and');
	}
	if (start >= 0) word = word === '' ? text.slice(start) : word + text.slice(start);
	if (word !== '') words.push(word);
	return words;
};

/** The words of text that is still not ASCII after folding, through the Unicode-aware regex chain. */
const unicodeWords = (folded: string): string[] => {
	const text = folded
		.replace(ELISION, '$1$2 ')
		.replaceAll('&', ' and ')
		.replace(APOSTROPHES, '')
		.replace(SEPARATORS, ' ')
		.trim();
	return text === '' ? [] : text.split(' ');
};

/**
 * The matching and grouping key of a title: case-folded, accents removed, punctuation and separators
 * folded to single spaces, `&` read as `and`, apostrophes kept inside their word except after a French
 * elision (`L'Odyssée` = `Odyssée`), a leading article dropped (the/a/an, le/la/les/l'/un/une,
 * der/die/das, el/los/las, il/lo/gli…) unless it is the only word or written twice first (`La La
 * Land`), roman numerals II–XX read as numbers but as the first word (`X-Men`), and `I` too after a
 * word that numbers (`Vol. I`, `Episode I`), initials glued (`S.W.A.T.` = `SWAT`) and numbers written
 * in words read as digits in a title of two words or more (`Les Trois Frères` = `Les 3 frères`,
 * `Le Cinquième Élément` = `Le 5ème Élément`). Idempotent:
 * `normalizeTitle(normalizeTitle(x)) === normalizeTitle(x)`.
 *
 * @example
 * ```ts
 * import { normalizeTitle } from '@vm/core';
 * normalizeTitle('The Matrix'); // 'matrix'
 * normalizeTitle('Amélie'); // 'amelie'
 * normalizeTitle('Rocky II'); // 'rocky 2'
 * normalizeTitle("L'Odyssée de Pi"); // 'odyssee de pi'
 * normalizeTitle("Ocean's Eleven"); // 'oceans 11'
 * normalizeTitle('S.W.A.T.'); // 'swat'
 * ```
 */
export function normalizeTitle(title: string): string {
	if (isAscii(title)) return plainKey(title) ?? joinWords(asciiWords(title.toLowerCase()));
	const folded = foldLatin(title);
	if (folded !== undefined) return plainKey(folded) ?? joinWords(asciiWords(folded.toLowerCase()));
	const chain = foldLetters(title.normalize('NFKD').toLowerCase().normalize('NFKD').replace(MARKS, ''));
	return joinWords(isAscii(chain) ? asciiWords(chain) : unicodeWords(chain));
}

/**
 * The key of a title's words: initials glued, leading articles dropped (not the last word), roman
 * numerals read as numbers but for the first word kept, a letter there (`X-Men`, `V for Vendetta`, not
 * `10 men`), then numbers written in words read as digits.
 */
const joinWords = (words: string[]): string => {
	if (words.length === 0) return '';
	glueInitials(words);
	let first = 0;
	if (!doubledArticle(words))
		while (first < words.length - 1 && ARTICLES.has(words[first] as string)) first++;
	for (let index = first + 1; index < words.length; index++) {
		const roman = ROMAN.get(words[index] as string);
		if (roman !== undefined) words[index] = roman;
	}
	const kept = first === 0 ? words : words.slice(first);
	readNumbers(kept);
	return kept.join(' ');
};

/**
 * Whether a title starts with one article written twice (`La La Land`, `The The`): a word of the title,
 * not articles, so the key drops none (`la la land`), where `The A-Team` and `A-Team` both key as
 * `team`. (Dropping one would not do: keyed again, `la land` would lose the other.)
 */
const doubledArticle = (words: readonly string[]): boolean =>
	words.length > 1 && words[0] === words[1] && ARTICLES.has(words[0] as string);

/**
 * Numbers titles write in words or in digits, both ways (`Les Trois Frères` and `Les.3.Freres`,
 * `Le Cinquième Élément` and `Le.5eme.Element`, `The Hateful Eight` and `The.Hateful.8`): a cardinal
 * reads as its digits, an ordinal as its digits and `e` (`5e`, also for `5ème`, `5th`, `1er`).
 * `un`, `premier` and `second` stay words (articles, adjectives), as do `neuf` (also "new") and `one`
 * but after a word that numbers (`Part One`, see `readNumbers`).
 *
 * @internal
 */
export const NUMBER_WORDS: ReadonlyMap<string, string> = new Map([
	...['deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit'].map((word, index) => [
		word,
		String(index + 2),
	]),
	['dix', '10'],
	['onze', '11'],
	['douze', '12'],
	...['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map(
		(word, index) => [word, String(index + 2)],
	),
	...[
		'deuxieme',
		'troisieme',
		'quatrieme',
		'cinquieme',
		'sixieme',
		'septieme',
		'huitieme',
		'neuvieme',
		'dixieme',
		'onzieme',
		'douzieme',
		'treizieme',
	].map((word, index) => [word, `${index + 2}e`]),
	...[
		'third',
		'fourth',
		'fifth',
		'sixth',
		'seventh',
		'eighth',
		'ninth',
		'tenth',
		'eleventh',
		'twelfth',
		'thirteenth',
	].map((word, index) => [word, `${index + 3}e`]),
] as [string, string][]);

/**
 * Words of compound numbers: a number word next to one of these or to another number word is part of
 * a longer number (`Les Quatre Cents Coups`, `dix-sept`) and stays as written.
 *
 * @internal
 */
export const NUMBER_PARTS: ReadonlySet<string> = new Set([
	...NUMBER_WORDS.keys(),
	...['un', 'une', 'neuf', 'treize', 'quatorze', 'quinze', 'seize', 'vingt', 'vingts', 'trente'],
	...['quarante', 'cinquante', 'soixante', 'cent', 'cents', 'mille', 'one', 'thirteen', 'fourteen'],
	...['fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty', 'thirty', 'forty', 'fifty'],
	...['sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million'],
]);

/** An ordinal in digits: `5e`, `5eme`, `5ieme` (`5ème` once folded), `1er`, `1re`, `2nd`, `3rd`, `4th`. */
const DIGIT_ORDINAL = /^(\d{1,3})(?:e|eme|ieme|er|re|st|nd|rd|th)$/;

/**
 * Reads, in place, the numbers of a title of two words or more written in words as digits (see
 * {@link NUMBER_WORDS}); a one-word title stays as written (`Nine` and `9` are two films of 2009).
 */
const readNumbers = (words: string[]): void => {
	if (words.length < 2) return;
	for (let index = 0; index < words.length; index++) {
		const word = words[index] as string;
		const digits =
			(word === 'one' || word === 'i') && NUMBERING.has(words[index - 1] as string)
				? '1'
				: NUMBER_WORDS.get(word);
		if (digits !== undefined) {
			if (!NUMBER_PARTS.has(words[index - 1] as string) && !NUMBER_PARTS.has(words[index + 1] as string))
				words[index] = digits;
		} else words[index] = digitOrdinal(word);
	}
};

/**
 * Words that number what follows them: `one` or `I` after one of them is a number (`Part One`,
 * `Vol. I`, `Episode I`), not a pronoun.
 */
const NUMBERING: ReadonlySet<string> = new Set([
	'part',
	'partie',
	'chapter',
	'chapitre',
	'vol',
	'volume',
	'book',
	'episode',
]);

/** `5e` for an ordinal in digits (`5eme`, `5th`…), else the word itself. */
const digitOrdinal = (word: string): string => {
	if (!isDigitCode(word.charCodeAt(0)) || !isLetter(word.charCodeAt(word.length - 1))) return word;
	const ordinal = DIGIT_ORDINAL.exec(word);
	return ordinal === null ? word : `${ordinal[1]}e`;
};

/**
 * Whether two words of normalized text (lower case, no accents) write one number, in words, in roman
 * numerals or in digits (`trois` and `3`, `iv` and `4`, `cinquieme` and `5eme`), as a key reads them,
 * but for neighbours.
 *
 * @internal
 */
export const sameNumber = (a: string, b: string): boolean => {
	const digits = numberOf(a);
	return digits === numberOf(b) && isDigitCode(digits.charCodeAt(0));
};

/**
 * The digits a normalized word writes (`3` for `trois` or `iii`, `5e` for `5eme`), else the word; `1`
 * for `i` too, as {@link sameNumber} compares two spellings of one key, where `I` is 1 only after a
 * word that numbers (`Vol I` and `Vol 1`).
 */
const numberOf = (word: string): string =>
	NUMBER_WORDS.get(word) ?? ROMAN.get(word) ?? (word === 'i' ? '1' : digitOrdinal(word));

/**
 * Glues, in place, each run of two or more one-letter words (`S.W.A.T.`, `H.P.I`) into one word, as
 * titles also write them (`SWAT`, `HPI`); `L.A.` glues into the article `la`, dropped first as the
 * one of `LA Confidential` is. A run that would glue into a conjunction stays as it is: `E.T.` is no
 * `et`, which grouping keys drop; and so do two whose second is elided before the next word
 * (`À l'école`: see `elides`).
 */
const glueInitials = (words: string[]): void => {
	let write = 0;
	for (let read = 0; read < words.length; ) {
		let end = read;
		while (end < words.length && isInitial(words[end] as string)) end++;
		if (end - read >= 2 && !(end - read === 2 && elides(words[read + 1] as string, words[end]))) {
			const glued = words.slice(read, end).join('');
			if (!CONJUNCTIONS.has(glued)) {
				words[write++] = glued;
				read = end;
				continue;
			}
		}
		// A word that is no initial, a lone initial or a run kept apart: moved over as it is.
		const stop = Math.max(end, read + 1);
		while (read < stop) words[write++] = words[read++] as string;
	}
	words.length = write;
};

/**
 * Whether `letter`, the second of two one-letter words, is a French elision before `next` (`À l'école`
 * = `a l ecole`, `d'` or `l'` before a vowel or `h`): the two are words, not initials. Not before a
 * roman numeral (`ii`, `iv`), which the key reads as digits: read again, the key would glue the two.
 */
const elides = (letter: string, next: string | undefined): boolean =>
	next !== undefined &&
	isElidedLetter(letter.charCodeAt(0)) &&
	opensElision(next.charCodeAt(0)) &&
	!ROMAN.has(next);

/** A word of one ASCII letter: an initial when its neighbours are too. */
const isInitial = (word: string): boolean => word.length === 1 && isLetter(word.charCodeAt(0));

/** What a run of initials may not glue into: `E.T.` is no `et`. */
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'et']);

const SPACE = 0x20;

/**
 * The {@link hashKey}s of the {@link NUMBER_WORDS} (and `one` and `i`, numbers after a word that numbers),
 * which {@link plainKey} computes on the fly to send a title with one to the word-by-word path without
 * slicing its words (a hash that merely collides costs that path, nothing else).
 */
const NUMBER_HASHES: ReadonlySet<number> = new Set([...NUMBER_WORDS.keys(), 'one', 'i'].map(hashKey));

/** `[a-z0-9]`. */
const isKeyCode = (code: number): boolean => (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);

/**
 * The key of ASCII text that is `[A-Za-z0-9]` words joined by single spaces, with no roman numeral
 * (most titles: `The Guerre Amour 12`): only leading articles go, so the key is the rest lower-cased,
 * without the word list, its slices and its join (~1 µs a title; grouping keys every distinct title).
 * Undefined when the text needs the word-by-word path, or has no capital after its articles: the key
 * is always a fresh flat string, as the join made it (`toLowerCase` of text with a capital is one;
 * a slice of a longer string is not, and sorting or hashing such keys measured 2× slower).
 */
const plainKey = (text: string): string | undefined => {
	const { length } = text;
	let start = 0;
	/** Start of the key: the first word that is not a dropped article; -1 while not found. */
	let first = -1;
	let lastCapital = -1;
	/** Whether the current word is made of `i`, `v` and `x` only (it may be a numeral). */
	let numeral = true;
	/** Whether the previous word is a single letter (two in a row are initials, see `glueInitials`). */
	let initial = false;
	/** The current word's hash (see `NUMBER_HASHES`). */
	let hash = 0;
	/** The last leading article dropped. */
	let dropped = '';
	for (let index = 0; index <= length; index++) {
		let code = index === length ? SPACE : text.charCodeAt(index);
		if (code !== SPACE) {
			if (code >= 0x41 && code <= 0x5a) {
				code += 0x20;
				lastCapital = index;
			}
			if (!isKeyCode(code)) return undefined;
			if (code !== 0x69 && code !== 0x76 && code !== 0x78) numeral = false;
			hash = (Math.imul(hash, 31) + code) | 0;
			continue;
		}
		// Empty text, or a leading, trailing or doubled space.
		if (index === start) return undefined;
		if (numeral && ROMAN.has(text.slice(start, index).toLowerCase())) return undefined;
		if (index - start === 1 && isLetter(text.charCodeAt(start))) {
			if (initial) return undefined;
			initial = true;
		} else initial = false;
		// A number in words, or an ordinal in digits (`5eme`): read by `readNumbers`.
		if (NUMBER_HASHES.has(hash)) return undefined;
		if (isDigitCode(text.charCodeAt(start)) && isLetter(text.charCodeAt(index - 1))) return undefined;
		hash = 0;
		if (first < 0 && index === length && start === 0) first = 0;
		else if (first < 0) {
			const word = text.slice(start, index).toLowerCase();
			// An article written twice first is a word (see `doubledArticle`): nothing is dropped.
			if (start !== 0 && word === dropped && dropped === text.slice(0, start - 1).toLowerCase()) first = 0;
			else if (index === length || !ARTICLES.has(word)) first = start;
			else dropped = word;
		}
		start = index + 1;
		numeral = true;
	}
	if (lastCapital < first) return undefined;
	return (first === 0 ? text : text.slice(first)).toLowerCase();
};

/**
 * `fold(c)` = `foldLetters(c.normalize('NFKD').toLowerCase().normalize('NFKD').replace(MARKS, ''))`
 * for the characters U+0080–U+024F (Latin-1 and Latin Extended) whose fold is ASCII (`é` → `e`,
 * `ª` → `a`, `ĳ` → `ij`, `œ` → `oe`), undefined for the others. Computed once from that very chain.
 */
const LATIN_FOLDS: readonly (string | undefined)[] = Array.from({ length: 0x250 - 0x80 }, (_, offset) => {
	const fold = foldLetters(
		String.fromCharCode(0x80 + offset)
			.normalize('NFKD')
			.toLowerCase()
			.normalize('NFKD')
			.replace(MARKS, ''),
	);
	// A fold that lower-casing would change is left to the chain (the ASCII around it is lowered later).
	return isAscii(fold) && fold === fold.toLowerCase() ? fold : undefined;
});

/**
 * The fold chain of `normalizeTitle` (NFKD, lower case, NFKD, marks removed, `foldLetters`) for text
 * whose non-ASCII characters are all in {@link LATIN_FOLDS}, one character at a time, except that
 * ASCII letters keep their case (the caller lowers them, see {@link plainKey}); undefined for other
 * text. The chain works character by character on such text (decomposition never joins two
 * characters, the removed marks are the only ones reordered, and lower-casing these letters needs no
 * context), and the two ICU passes cost a French title ~3 µs.
 */
const foldLatin = (title: string): string | undefined => {
	let folded = '';
	let start = 0;
	for (let index = 0; index < title.length; index++) {
		const code = title.charCodeAt(index);
		if (code < 0x80) continue;
		const fold = code < 0x250 ? LATIN_FOLDS[code - 0x80] : undefined;
		if (fold === undefined) return undefined;
		folded += title.slice(start, index) + fold;
		start = index + 1;
	}
	return folded + title.slice(start);
};
