import { initialsOf, mayBeInitials } from '../parse/initials.js';
import type { BatchMedia } from '../parse/media-result.js';
import { joinedEntry, type NormEntry } from './heuristics.js';

/** What {@link joinShowNames} reads and rewrites of a grouping row. @internal */
export interface ShowRow<I> {
	readonly parsed: BatchMedia;
	/** The entry of the row's normalized title. */
	entry: NormEntry<I>;
	/** `entry.norm`. */
	norm: string;
	/** The title shown for the row; `''` until grouping sets one. */
	display: string;
}

/** An episode file whose name gives its show. */
const namesShow = <I>(row: ShowRow<I>): boolean => row.parsed.kind === 'episode' && row.norm !== '';

/** Whether a folder's episode files name two shows or more (most name one, or none). */
const namesShows = <I>(members: readonly ShowRow<I>[]): boolean => {
	let first: NormEntry<I> | undefined;
	for (let index = 0; index < members.length; index++) {
		const row = members[index] as ShowRow<I>;
		if (!namesShow(row)) continue;
		if (first === undefined) first = row.entry;
		else if (row.entry !== first) return true;
	}
	return false;
};

/**
 * The show a season folder (`Saison 1`, `Season 01`, `S01`, `Livre I`) stands in, as the folder above
 * it writes it; `''` for a folder of another name, or a season folder at the top of the path.
 */
const showOfSeason = (dir: string, parseName: (name: string) => BatchMedia): string => {
	const cut = dir.lastIndexOf('/');
	if (cut <= 0) return '';
	const own = parseName(dir.slice(cut + 1));
	if (own.title !== '' || own.season === undefined) return '';
	return parseName(dir.slice(dir.lastIndexOf('/', cut - 1) + 1, cut)).title;
};

/**
 * A show's episodes are often named two ways in one season folder: by its original title and its
 * French one (`Les Simpson/Saison 1/` holding `The.Simpsons.S01E01.mkv` and `Les.Simpson.S01E01.VF.mkv`),
 * or by a long title and a short one (`Frieren/Saison 1/` holding `Sousou.no.Frieren.S01E01` and
 * `Frieren.S01E01`). The folders say they are one show, as Jellyfin reads a season folder: when the
 * episode files of a season folder name two shows or more and one of them is the show the folder above
 * names, every episode file named otherwise is that show's, wherever it is (a copy in `Downloads/`
 * named `The.Simpsons.S01E02` too), and those of the folder show its name.
 *
 * Only season folders are read so: a folder named for a show may hold its spin-offs too (`Dexter/`
 * holding `Dexter.S01E01` and `Dexter.New.Blood.S01E01`), a season folder holds one show's season. A
 * name stays as it is when two folders join it to two different shows, or when it is itself the show
 * of such a folder (`Link/Saison 1/` holding `Link.S01E01` and `Other.S01E01`, next to a
 * `Chain/Saison 1/` holding `Chain.S01E01` and `Link.S01E02`): no one show for it, and no chain of
 * joins. Films are never joined, nor the files of a season folder that all name one show, nor those of
 * one whose show none of them names (a `Saison 1/` directly under `Séries/`).
 *
 * @internal
 */
export const joinShowNames = <I, R extends ShowRow<I>>(
	byDir: ReadonlyMap<string, readonly R[]>,
	rows: readonly R[],
	parseName: (name: string) => BatchMedia,
	titleOf: (text: string) => NormEntry<I>,
): void => {
	// Each joined title → the show it joins, or null once two folders join it to two shows.
	const joins = new Map<NormEntry<I>, NormEntry<I> | null>();
	// The shows those folders name, which join no other.
	const shows = new Set<NormEntry<I>>();
	// The rows of those folders named otherwise, and the show's name as their folder writes it.
	const named: R[] = [];
	const names: string[] = [];
	// `forEach`, not `for…of`, as grouping's other passes over folders (no result object per step).
	byDir.forEach((members, dir) => {
		if (dir === '' || dir.endsWith('/') || !namesShows(members)) return;
		const written = showOfSeason(dir, parseName);
		if (written === '') return;
		const show = joinedEntry(titleOf(written));
		if (!members.some((row) => namesShow(row) && row.entry === show)) return;
		shows.add(show);
		for (let index = 0; index < members.length; index++) {
			const row = members[index] as R;
			if (!namesShow(row) || row.entry === show) continue;
			const known = joins.get(row.entry);
			if (known === undefined) joins.set(row.entry, show);
			else if (known !== show) joins.set(row.entry, null);
			named.push(row);
			names.push(written);
		}
	});
	// A title of initials → the show's name as its files write it, for the rows joined by it.
	const spelled = new Map<NormEntry<I>, string>();
	joinInitials(rows, joins, spelled);
	// Most inventories: no season folder names a show two ways, no episode is named by initials.
	if (joins.size === 0) return;
	// Every show joined to is one of `shows`: none of them joins another, and no join is chained.
	for (const show of shows) if (joins.has(show)) joins.set(show, null);
	for (let index = 0; index < named.length; index++) {
		const row = named[index] as R;
		const show = joins.get(row.entry);
		if (show !== undefined && show !== null) row.display = names[index] as string;
	}
	for (let index = 0; index < rows.length; index++) {
		const row = rows[index] as R;
		if (!namesShow(row)) continue;
		const show = joins.get(row.entry);
		if (show === undefined || show === null) continue;
		// Initials are no title to show: the show's name is.
		row.display = spelled.get(row.entry) ?? row.display;
		row.entry = show;
		row.norm = show.norm;
	}
};

/** An episode title written as a show's initials would be: one word of three to eight capitals (`GOT`, `PBLV`). */
const writesInitials = (title: string): boolean => mayBeInitials(title, 3) && title === title.toUpperCase();

/**
 * Adds to `joins` the episodes named by the initials of a show the library has, wherever they are
 * (`Downloads/GOT.S08E06.VOSTFR.720p.mkv` for Game of Thrones), as the parser reads them in the show's
 * own folder: the title of three to eight capitals (`ER` and `Oz` are shows of their own), of exactly
 * one show of two words or more whose episodes are in the inventory, its leading article counted or
 * not (`TWD` or `WD` for The Walking Dead). Each title so joined gets the show's name as its files write
 * it in `spelled`.
 */
const joinInitials = <I, R extends ShowRow<I>>(
	rows: readonly R[],
	joins: Map<NormEntry<I>, NormEntry<I> | null>,
	spelled: Map<NormEntry<I>, string>,
): void => {
	let named: Set<NormEntry<I>> | undefined;
	for (let index = 0; index < rows.length; index++) {
		const row = rows[index] as R;
		if (!namesShow(row) || !writesInitials(row.parsed.title)) continue;
		named ??= new Set();
		named.add(row.entry);
	}
	if (named === undefined) return;
	// Each show's initials → its entry, or null once two shows have them; each show's name as written.
	const shows = new Map<string, NormEntry<I> | null>();
	const written = new Map<NormEntry<I>, string>();
	for (let index = 0; index < rows.length; index++) {
		const row = rows[index] as R;
		if (!namesShow(row) || written.has(row.entry)) continue;
		written.set(row.entry, row.parsed.title);
		for (const initials of initialsOf(row.parsed.title)) {
			const known = shows.get(initials);
			if (known === undefined) shows.set(initials, row.entry);
			else if (known !== row.entry) shows.set(initials, null);
		}
	}
	for (const entry of named) {
		const show = shows.get(entry.norm);
		if (show === undefined || show === null || joins.has(entry)) continue;
		joins.set(entry, show);
		spelled.set(entry, written.get(show) as string);
	}
};
