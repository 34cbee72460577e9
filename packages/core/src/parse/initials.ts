/**
 * A show's initials, as episodes are sometimes named (`GOT.S08E06`, `PBLV.E4500`).
 *
 * @packageDocumentation
 * @internal
 */
import { looseKey } from './loose-key.js';

/** Articles a show's initials may leave out (`BDL` for `Le Bureau des Légendes`). */
const INITIALS_ARTICLES: ReadonlySet<string> = new Set(['the', 'le', 'la', 'les', 'l']);

/** One word of letters only. */
const LETTERS_ONLY = /^\p{L}+$/u;

/**
 * The initials of `show`'s words (two or more) in lower case, its leading article counted and, when it
 * has one, left out: `['got']` for `Game of Thrones`, `['twd', 'wd']` for `The Walking Dead`,
 * `['lbdl', 'bdl']` for `Le Bureau des Légendes`. None for a one-word show. Accents aside.
 *
 * @internal
 */
export const initialsOf = (show: string): readonly string[] => {
	if (!show.includes(' ')) return [];
	const words = looseKey(show).split(' ');
	if (words.length < 2) return [];
	const initials = words.map((word) => word.charAt(0)).join('');
	return INITIALS_ARTICLES.has(words[0] as string) ? [initials, initials.slice(1)] : [initials];
};

/**
 * Whether `title` may be a show's initials: one word of `min` to eight letters (a show's initials are
 * seldom longer, and most episodes write their show in full, longer than that).
 *
 * @internal
 */
export const mayBeInitials = (title: string, min: number): boolean =>
	title.length >= min && title.length <= 8 && LETTERS_ONLY.test(title);
