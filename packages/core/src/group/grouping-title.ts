import { normalizeTitle } from '../normalize-title.js';

/** A French (or Italian) elided word: `l'`, `d'`, `qu'`… standing alone before a letter. */
const ELISION = /(^|[^\p{L}\p{N}])([cdjlmnst]|qu)['’‘](?=\p{L})/giu;

/**
 * An apostrophe inside a word before two letters or more: `Ch'tis`, `Aujourd'hui`, `Jusqu'au`,
 * `Dell'amore`. French and Italian scene names write it as a dot (`Ch.tis`, `Aujourd.hui`), so the word
 * splits there. English contractions stay glued, as their scene names drop the apostrophe: one letter
 * after it (`Ocean's`, `Don't`, `I'd`), or `'re`, `'ve`, `'ll` (`We're`, `You've`, `Who'll`).
 */
const INNER_APOSTROPHE = /(?<=\p{L})['’‘](?=\p{L}{2})(?!(?:re|ve|ll)(?![\p{L}\p{N}]))/giu;

/**
 * The title part of a grouping key: {@link normalizeTitle}, after an elided article or preposition
 * is cut from its word (`L'Auberge` → `L Auberge`, `d'Amélie` → `d Amélie`), so that the scene's
 * `L.Auberge.Espagnole` and `Le.Fabuleux.Destin.d.Amelie.Poulain` meet the written titles, and
 * without the words `and` and `et` after the first (`normalizeTitle` reads `&` as `and`): scene names
 * write `Fast & Furious` as `Fast.and.Furious` or `Fast.Furious`, and `Astérix & Obélix` as
 * `Asterix.et.Obelix`, and all of them are one film. A first word stays, read as `and` (`Et Dieu…
 * créa la femme` = `& Dieu…`): what a title keeps never depends on what follows it, so `Title (Year)`
 * keys as `Title` then the year, as the folder rule's shortcuts expect. An apostrophe inside a word
 * splits it as the scene's dot does (`Ch'tis` = `Ch.tis`), but for English contractions, which stay
 * glued (`Ocean's` = `Oceans`), `volume` reads `vol` (`Kill Bill : Volume 1` = `Kill.Bill.Vol.1`)
 * and a `partie` after the first word reads `part` (`Dune : Partie 2` = `Dune.Part.Two`), numbered
 * after it when an ordinal comes before (`Dune : Deuxième Partie` = `Dune.Part.Two`).
 *
 * @internal
 */
export function groupingTitle(title: string): string {
	const elided = hasApostrophe(title)
		? title.replace(ELISION, '$1$2 ').replace(INNER_APOSTROPHE, ' ')
		: title;
	const norm = normalizeTitle(elided);
	const joined = hasConjunction(norm) ? norm.replace(CONJUNCTION, dropOrRead) : norm;
	const volume = hasWord(joined, ' volume') || (joined.startsWith('volume') && endsWordAt(joined, 6));
	const shortened = volume ? joined.replace(VOLUME, '$1vol') : joined;
	return hasWord(shortened, ' partie')
		? shortened.replace(ORDINAL_PARTIE, numberedPart).replace(PARTIE, ' part')
		: shortened;
}

/** The word `volume`, which titles also write `Vol.` (`Kill Bill : Volume 1` = `Kill.Bill.Vol.1`). */
const VOLUME = /(^| )volume(?= |$)/g;

/**
 * The word `partie` after a title's first word, which French titles write where English ones write
 * `part` (`Dune : Partie 2` = `Dune.Part.Two`). A first word stays: `Partie de campagne` keys as
 * written, as a title's first word never depends on what follows it.
 */
const PARTIE = / partie(?= |$)/g;

/**
 * An ordinal before `partie`: French titles number their parts so (`Dune : Deuxième Partie`,
 * `Les Reliques de la Mort - 1re partie`, `1ère partie`) where the scene and English titles write
 * `Partie.1`, `Part 2`. `normalizeTitle` has read the ordinal as digits and `e` (`2e`, `1e`) but for
 * `1ère` (`1ere`), and left `première` and `seconde` as words, as they are in other titles
 * (`Premier Contact`). Only before `partie`: the French `part` is also a share (`La Part des anges`).
 */
const ORDINAL_PARTIE = /(^| )(?:(\d+)e|(1ere|premiere|seconde|2nde)) partie(?= |$)/g;

/** `part` and the number of an {@link ORDINAL_PARTIE} match: `2e partie` → `part 2`. */
const numberedPart = (
	_match: string,
	space: string,
	digits: string | undefined,
	word: string | undefined,
): string => `${space}part ${digits ?? (word === '1ere' || word === 'premiere' ? '1' : '2')}`;

/**
 * Whether `text` holds `'`, `’` or `‘`: one scan, where three `includes` calls read the usual title (which
 * has none) three times.
 */
const hasApostrophe = (text: string): boolean => {
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code === 0x27 || code === 0x2019 || code === 0x2018) return true;
	}
	return false;
};

/**
 * Whether `norm` holds the word `and` or `et` after its first word, or starts with `et`: every match of
 * {@link CONJUNCTION} that changes it does, and the scan is cheaper than the regular expression on the
 * usual title, which has neither.
 */
const hasConjunction = (norm: string): boolean =>
	hasWord(norm, ' et') || hasWord(norm, ' and') || (norm.startsWith('et') && endsWordAt(norm, 2));

/** Whether a word of `norm` ends at `index`: a space or the end follows. @internal */
export const endsWordAt = (norm: string, index: number): boolean =>
	index === norm.length || norm.charCodeAt(index) === 0x20;

/** Whether `spaced` (a space, then a word) occurs in `norm` followed by a space or the end. */
const hasWord = (norm: string, spaced: string): boolean => {
	for (let index = norm.indexOf(spaced); index >= 0; index = norm.indexOf(spaced, index + 1))
		if (endsWordAt(norm, index + spaced.length)) return true;
	return false;
};

/** The word `and` or `et`, with the space before it (`normalizeTitle` splits words by single spaces). */
const CONJUNCTION = /(^| )(?:and|et)(?= |$)/g;

/** A conjunction after the first word is dropped; a first one reads `and`. */
const dropOrRead = (_match: string, _space: string, offset: number): string => (offset === 0 ? 'and' : '');
