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
	const elided =
		title.includes("'") || title.includes('’') || title.includes('‘')
			? title.replace(ELISION, '$1$2 ')
			: title;
	const norm = normalizeTitle(elided);
	// Every match of ET ends the text or comes before a space: a cheaper test than `includes('et')`,
	// true of many more words (`secret`, `street`).
	return norm.endsWith('et') || norm.includes('et ') ? norm.replace(ET, '$1and') : norm;
}

/** The word `et` (after `normalizeTitle`, words are split by single spaces). */
const ET = /(^| )et(?= |$)/g;
