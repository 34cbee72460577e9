import { normalizeTitle } from '../normalize-title.js';

/** A French (or Italian) elided word: `l'`, `d'`, `qu'`… standing alone before a letter. */
const ELISION = /(^|[^\p{L}\p{N}])([cdjlmnst]|qu)['’‘](?=\p{L})/giu;

/**
 * The title part of a grouping key: {@link normalizeTitle}, after an elided article or preposition
 * is cut from its word (`L'Auberge` → `L Auberge`, `d'Amélie` → `d Amélie`), so that the scene's
 * `L.Auberge.Espagnole` and `Le.Fabuleux.Destin.d.Amelie.Poulain` meet the written titles, and with
 * the French `et` read as `and`, as `normalizeTitle` reads `&` (`Astérix & Obélix` = `Asterix et
 * Obelix`). English `'s` stays glued (`Ocean's` = `Oceans`).
 *
 * @internal
 */
export function groupingTitle(title: string): string {
	const elided = hasApostrophe(title) ? title.replace(ELISION, '$1$2 ') : title;
	const norm = normalizeTitle(elided);
	return hasEtEnd(norm) ? norm.replace(ET, '$1and') : norm;
}

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
 * Whether `norm` ends with `et` or holds `et `: every match of {@link ET} does, and the test is
 * cheaper than `includes('et')`, true of many more words (`secret`, `street`). One scan for both.
 */
const hasEtEnd = (norm: string): boolean => {
	for (let index = norm.indexOf('et'); index >= 0; index = norm.indexOf('et', index + 1)) {
		const next = index + 2;
		if (next === norm.length || norm.charCodeAt(next) === 0x20) return true;
	}
	return false;
};

/** The word `et` (after `normalizeTitle`, words are split by single spaces). */
const ET = /(^| )et(?= |$)/g;
