import { isAscii, isDigitCode, isLowerCase } from '../ascii-text.js';
import type { InventoryItem } from '../inventory.js';
import type { FileKind } from '../media.js';
import { sameNumber } from '../normalize-title.js';
import { folderKey } from '../parse/extras-folders.js';
import { looseKey, sameLetters } from '../parse/loose-key.js';
import { type BatchMedia, isExtraFile } from '../parse/media-result.js';
import { FRENCH_DUBS, isBroadcastSource } from '../parse/tags.js';
import type { Hdr, Resolution, Source } from '../parse/types.js';
import { hashKey } from '../parse/word-table.js';
import { asFilm, bareNumberFilms } from './bare-number-films.js';
import { agreesWithFolder, type FolderMember, folderFilm, isGenericTitle } from './folder-film.js';
import { endsWordAt, groupingTitle } from './grouping-title.js';
import {
	type Heuristic,
	Heuristics,
	joinedEntry,
	type NormEntry,
	type TitleBase,
	unnumbered,
} from './heuristics.js';
import {
	episodeSuffix,
	type IdIdentity,
	imdbIdentity,
	numericId,
	pathIdIdentity,
	rowIdIdentity,
	slug,
} from './identity-keys.js';
import { ownerDir, splitPath, stemOf } from './path-parts.js';
import { joinShowNames } from './show-names.js';
import { partSignature } from './stack-parts.js';
import type { GroupOptions, MediaGroup, MediaGroupIds, MediaVersion } from './types.js';
import {
	composeLabel,
	describeLanguages,
	type LabelInput,
	namesFile,
	versionLabels,
} from './version-label.js';
import { compareVersions } from './version-order.js';

/** `groupingTitle`, memoized for one call. */
type Title = (text: string) => string;

/** The entry of `groupingTitle(text)`, memoized for one call. */
type TitleOf<I> = (text: string) => NormEntry<I>;

/** Parses one name: a file's whole path, or a folder's name. @internal */
export type ParseName = (path: string) => BatchMedia;

/**
 * One input row and everything grouping learns about it, made by {@link newRow} only.
 *
 * One object literal with every field set up front, not `new` of a class: one shape for all rows (the
 * hot loops stay monomorphic), and an allocation site V8 can pretenure. Rows live to the end of the
 * call; allocated in the old generation they are not copied out of the young one by the next scavenge
 * (class instances never are pretenured).
 */
interface Row<T extends InventoryItem> {
	readonly item: T;
	readonly parsed: BatchMedia;
	/**
	 * The folder holding the file, `\` turned into `/`. Consecutive rows of one folder share one string:
	 * one slice (and one hash, as a map key) per folder, not per file.
	 */
	readonly dir: string;
	/**
	 * Where the file name starts in `item.path`; -1 when the path needs {@link splitPath} (a `\`…). The
	 * name and stem are sliced when read ({@link nameOf}, {@link stemOfRow}), not kept: few rows need
	 * them, and three strings per row kept alive to the end of the call were a fifth of what it holds.
	 */
	readonly nameAt: number;
	/** The entry of `groupingTitle(parsed.title)`, or of the same title spaced otherwise (see `joinSpacings`). */
	entry: NormEntry<Card<T>>;
	/**
	 * {@link Row.entry}'s `norm`, kept on the row as the folder rule reads rows as `FolderTitle`s
	 * (`agreesWithFolder`).
	 */
	norm: string;
	heuristic: Heuristic<Card<T>> | undefined;
	/** The title as written, for display (with the country when the path gives one). */
	display: string;
	/** The entry of `groupingTitle(display)` when already known (cards sort by it), else undefined. */
	displayEntry: NormEntry<Card<T>> | undefined;
	/** The normalized title without the country, when the path gives one (`office` for `office us`). */
	plain: string | undefined;
	/** {@link providerHeuristic}, once computed: null for none. */
	provider: Heuristic<Card<T>> | null | undefined;
	/** The provider's title (`tmdb_title`…) when {@link Row.provider} is set. */
	providerTitle: string;
	/** The identity the cascade gave this film or episode file. */
	identity: Card<T> | undefined;
}

const newRow = <T extends InventoryItem>(
	item: T,
	parsed: BatchMedia,
	dir: string,
	nameAt: number,
	entry: NormEntry<Card<T>>,
): Row<T> => ({
	item,
	parsed,
	dir,
	nameAt,
	entry,
	norm: entry.norm,
	heuristic: undefined,
	display: '',
	displayEntry: undefined,
	plain: undefined,
	provider: undefined,
	providerTitle: '',
	identity: undefined,
});

/** A row's file name with its extension. */
const nameOf = <T extends InventoryItem>(row: Row<T>): string =>
	row.nameAt >= 0 ? row.item.path.slice(row.nameAt) : splitPath(row.item.path).name;

/** A row's file name without its extension. */
const stemOfRow = <T extends InventoryItem>(row: Row<T>): string => stemOf(nameOf(row), row.parsed.container);

/**
 * One card being built. An identity of the cascade (a provider id, an IMDb tag or a heuristic) is
 * itself the card of its files without an edition, so that the usual card is one object; with
 * separate editions, its edition cards hang from it. Extras whose film is not in the inventory get
 * cards of their own, without rows.
 */
interface Card<T extends InventoryItem> {
	readonly key: string;
	readonly kind: FileKind;
	readonly edition: string | undefined;
	/** Its first film or episode file; undefined until it has one. */
	first: Row<T> | undefined;
	/** All its film or episode files once it has two (most cards hold one: no list for them). */
	rows: Row<T>[] | undefined;
	/** Its extras; undefined until it has one (most cards have none). */
	extras: Row<T>[] | undefined;
	/** Edition cards of this identity, when editions are separate. */
	editions: Card<T>[] | undefined;
	/** The IMDb key the id rows of this identity carry; null once they carry two. */
	imdb: string | null | undefined;
	/** The TMDB or TheTVDB id its key is made of (`tmdb:movie:603`), read by `groupIds`. */
	tmdb: number | undefined;
	tvdb: number | undefined;
}

/** A card without files yet: one object literal, pretenured by V8 as rows are (see {@link Row}). */
const newCard = <T extends InventoryItem>(
	key: string,
	kind: FileKind,
	edition: string | undefined,
): Card<T> => ({
	key,
	kind,
	edition,
	first: undefined,
	rows: undefined,
	extras: undefined,
	editions: undefined,
	imdb: undefined,
	tmdb: undefined,
	tvdb: undefined,
});

/** Keeps the TMDB or TheTVDB id of the identity the card's key is made of. */
const setId = <T extends InventoryItem>(card: Card<T>, identity: IdIdentity): void => {
	if (identity.provider === 'tmdb') card.tmdb = identity.id as number;
	else if (identity.provider === 'tvdb') card.tvdb = identity.id as number;
};

const addRow = <T extends InventoryItem>(card: Card<T>, row: Row<T>): void => {
	// `[first, row]`, not `[]` + push: a first push reserves 16 slots.
	if (card.first === undefined) card.first = row;
	else if (card.rows === undefined) card.rows = [card.first, row];
	else card.rows.push(row);
};

const addExtra = <T extends InventoryItem>(card: Card<T>, row: Row<T>): void => {
	if (card.extras === undefined) card.extras = [row];
	else card.extras.push(row);
};

/**
 * Groups rows whose paths are already parsed (`parsed[i]` is the parse of `items[i].path`). The
 * engine behind {@link groupInventory}; `parseName` parses a folder name when the folder rule needs it.
 *
 * @internal
 */
export function groupRows<T extends InventoryItem>(
	items: readonly T[],
	parsed: readonly BatchMedia[],
	options: GroupOptions,
	parseName: ParseName,
): MediaGroup<T>[] {
	const heuristics = new Heuristics<Card<T>>();
	// Titles repeat (every copy of a film, every episode of a show), mostly in consecutive rows: a row
	// that repeats the title of the one before reuses its entry. Other titles are normalized again, not
	// memoized by their written form: in the bench library 40,637 of 40,695 such lookups missed, and the
	// map cost more than normalizing (two lookups, a set and the table's growth, per distinct title).
	// A title leads to the entry of its normalized form, which holds its heuristic bases and sorts its
	// cards: no other lookup by the normalized string per row, nor per card.
	let lastText: string | undefined;
	let lastEntry: NormEntry<Card<T>> | undefined;
	const titleOf = (text: string): NormEntry<Card<T>> => {
		if (text !== lastText || lastEntry === undefined) {
			lastEntry = heuristics.entry(groupingTitle(text));
			lastText = text;
		}
		return lastEntry;
	};
	const title = (text: string): string => titleOf(text).norm;
	const rows: Row<T>[] = new Array(items.length);
	const features: Row<T>[] = [];
	const extras: Row<T>[] = [];
	let previous: Row<T> | undefined;
	for (let index = 0; index < items.length; index++) {
		const row = toRow(items[index] as T, parsed[index] as BatchMedia, titleOf, previous);
		rows[index] = row;
		previous = row;
		(isExtraFile(row.parsed) ? extras : features).push(row);
	}
	if (heuristics.joinSpacings()) {
		lastText = undefined;
		for (let index = 0; index < rows.length; index++) {
			const row = rows[index] as Row<T>;
			const entry = joinedEntry(row.entry);
			if (entry !== row.entry) {
				row.entry = entry;
				row.norm = entry.norm;
			}
		}
	}
	readBareNumbersAsFilms(rows, features, titleOf);

	// The film and episode files of each folder: the folder rule reads its films, extras its only identity.
	// Files of one folder usually follow one another (and then share one `dir` string): each run of them
	// is one lookup and one slice of `features`, sized exactly (a list grown by `push` from one element
	// reserves 17 slots).
	const byDir = new Map<string, Row<T>[]>();
	for (let start = 0; start < features.length; ) {
		const { dir } = features[start] as Row<T>;
		let end = start + 1;
		while (end < features.length && (features[end] as Row<T>).dir === dir) end++;
		const members = byDir.get(dir);
		if (members === undefined) byDir.set(dir, features.slice(start, end));
		else for (let index = start; index < end; index++) members.push(features[index] as Row<T>);
		start = end;
	}
	joinShowNames(byDir, rows, parseName, titleOf);
	folderFilms(byDir, parseName, title, heuristics);
	// Loops over rows are indexed, not `for…of`: each runs once per call, often before the JIT has
	// optimized it, and an unoptimized `for…of` allocates an iterator result per row.
	for (let index = 0; index < rows.length; index++) {
		const row = rows[index] as Row<T>;
		if (row.heuristic === undefined) setHeuristic(row, titleOf, heuristics);
	}
	adoptCountries(rows, features, heuristics);
	joinAbsoluteEpisodes(rows, heuristics);
	collectYears(features, titleOf, heuristics);

	// Identity cascade. Tier 1: provider ids (row, then path). Tier 2: IMDb tags. Tier 3: heuristics.
	// Each identity is one Card, found once by its key; rows, aliases and folders then point at it, so
	// that its kind, rows and IMDb tag are fields, not lookups in maps keyed by strings. Id and IMDb
	// identities are found by key here; heuristic ones live on their (interned) heuristic.
	const identities = new Map<string, Card<T>>();
	// The usual id, a TMDB movie, by number and only here: no key string hashed per row or per card.
	const tmdbMovies = new Map<number, Card<T>>();
	const movieOf = (id: number): Card<T> => {
		let card = tmdbMovies.get(id);
		if (card === undefined) {
			card = newCard<T>(`tmdb:movie:${id}`, 'movie', undefined);
			card.tmdb = id;
			cardList.push(card);
			tmdbMovies.set(id, card);
		}
		return card;
	};
	// Every identity, in order of creation: each gets rows, edition cards or both.
	const cardList: Card<T>[] = [];
	const identityOf = (key: string, kind: FileKind): Card<T> => {
		let identity = identities.get(key);
		if (identity === undefined) {
			identity = newCard<T>(key, kind, undefined);
			cardList.push(identity);
			identities.set(key, identity);
		}
		return identity;
	};
	const ownOf = (heuristic: Heuristic<Card<T>>): Card<T> => {
		if (heuristic.own === undefined) {
			heuristic.own = newCard<T>(heuristics.key(heuristic), heuristic.kind, undefined);
			cardList.push(heuristic.own);
		}
		return heuristic.own;
	};
	// IMDb key → the one identity found under it, or null once two different ones were. Heuristic
	// aliases are kept the same way on the heuristic itself.
	const imdbAliases = new Map<string, Card<T> | null>();
	const registerHeuristics = (row: Row<T>, identity: Card<T>): void => {
		const heuristic = row.heuristic as Heuristic<Card<T>>;
		addAlias(heuristic, identity);
		const adopted = heuristics.adoptYear(heuristic);
		if (adopted !== heuristic) addAlias(adopted, identity);
		const provider = providerHeuristic(row, titleOf, heuristics);
		if (provider !== undefined) {
			addAlias(provider, identity);
			const adoptedProvider = heuristics.adoptYear(provider);
			if (adoptedProvider !== provider) addAlias(adoptedProvider, identity);
		}
	};

	const imdbRows = new Map<string, Row<T>[]>();
	const titleRows: Row<T>[] = [];
	for (let index = 0; index < features.length; index++) {
		const row = features[index] as Row<T>;
		const movieId = tmdbMovieId(row.item);
		let identity: Card<T>;
		if (movieId !== undefined) identity = movieOf(movieId);
		else {
			const strong = idIdentityOf(row);
			if (strong === undefined) {
				const imdb = imdbOf(row);
				if (imdb === undefined) titleRows.push(row);
				else pushTo(imdbRows, imdb.key, row);
				continue;
			}
			identity =
				tmdbMovieOf(strong) === undefined
					? identityOf(strong.key, strong.kind)
					: movieOf(strong.id as number);
			setId(identity, strong);
		}
		const imdb = imdbOf(row);
		row.identity = identity;
		registerHeuristics(row, identity);
		if (imdb !== undefined) {
			addOnly(imdbAliases, imdb.key, identity);
			const known = identity.imdb;
			if (known === undefined) identity.imdb = imdb.key;
			else if (known !== null && known !== imdb.key) identity.imdb = null;
		}
	}
	// An IMDb-tagged film joins the id card its tag, or else its rows' titles, point to without doubt,
	// unless that card carries another IMDb id.
	for (const [imdbKey, members] of imdbRows) {
		let joined = imdbAliases.get(imdbKey) ?? undefined;
		if (joined === undefined) {
			const candidates = new Set<Card<T>>();
			for (const row of members) {
				const heuristic = row.heuristic as Heuristic<Card<T>>;
				const candidate = onlyOf(heuristics.adoptYear(heuristic), heuristic);
				if (candidate !== undefined) candidates.add(candidate);
			}
			const candidate = candidates.size === 1 ? (candidates.values().next().value as Card<T>) : undefined;
			const other = candidate?.imdb;
			if (candidate !== undefined && (other === undefined || other === imdbKey)) joined = candidate;
		}
		const identity = joined ?? identityOf(imdbKey, (members[0] as Row<T>).parsed.kind);
		for (const row of members) row.identity = identity;
	}
	for (const members of imdbRows.values()) {
		for (const row of members) registerHeuristics(row, row.identity as Card<T>);
	}
	// A film written without its subtitle (`Les.Visiteurs.2.1998`) joins the only film of that year
	// written with one (`Les Visiteurs 2 - Les Couloirs du temps (1998)`): its card stands for both titles.
	const subtitled = subtitledFilms(features, titleOf, heuristics);
	const subtitledOf = (short: Heuristic<Card<T>>): Card<T> | undefined => {
		const full = subtitled.get(short);
		if (full === undefined || full === null) return undefined;
		const adopted = heuristics.adoptYear(full);
		const identity = onlyOf(adopted, full) ?? ownOf(adopted);
		// Extras titled by the short form find the card there too (see `attachExtras`).
		short.own ??= identity;
		return identity;
	};
	for (let index = 0; index < titleRows.length; index++) {
		const row = titleRows[index] as Row<T>;
		const heuristic = row.heuristic as Heuristic<Card<T>>;
		const adopted = heuristics.adoptYear(heuristic);
		row.heuristic = adopted;
		row.identity = onlyOf(adopted, heuristic) ?? subtitledOf(adopted) ?? ownOf(adopted);
	}

	// Cards: one per identity, or per identity and edition.
	const separate = options.editions === 'separate';
	for (let index = 0; index < features.length; index++) {
		const row = features[index] as Row<T>;
		const identity = row.identity as Card<T>;
		const edition = separate ? row.parsed.edition : undefined;
		if (edition === undefined) {
			addRow(identity, row);
			continue;
		}
		const key = `${identity.key}:edition-${slug(title(edition))}`;
		identity.editions ??= [];
		let card = identity.editions.find((candidate) => candidate.key === key);
		if (card === undefined) {
			card = newCard<T>(key, identity.kind, edition);
			card.tmdb = identity.tmdb;
			card.tvdb = identity.tvdb;
			identity.editions.push(card);
		}
		addRow(card, row);
	}

	const orphans = attachExtras(extras, byDir, { identities, tmdbMovies, imdbAliases, heuristics });

	const groups: MediaGroup<T>[] = [];
	// `sortTitles[i]` is the entry of the normalized title of `groups[i]`, the first sort field.
	const sortTitles: NormEntry<Card<T>>[] = [];
	const add = (card: Card<T>): void => {
		groups.push(toGroup(card, sortTitles, titleOf));
	};
	for (let index = 0; index < cardList.length; index++) {
		const identity = cardList[index] as Card<T>;
		if (identity.first !== undefined) add(identity);
		if (identity.editions !== undefined) for (const card of identity.editions) add(card);
	}
	for (const card of orphans) add(card);
	return sortGroups(groups, sortTitles, heuristics);
}

/**
 * The film each title written without its subtitle stands for: the heuristic of `Les Visiteurs 2`
 * (1998) → that of the only film of 1998 written `Les Visiteurs 2 - …` (null once two are). A film's
 * title is split at its first ` - `, as the parser writes a Plex-style `Title - Subtitle (Year)`. A
 * film numbered in its saga stands for its title without the number too: `Harry Potter 1 - Harry
 * Potter à l'école des sorciers` for `Harry Potter à l'école des sorciers`, `Le Hobbit 1 - Un voyage
 * inattendu` for `Le Hobbit Un voyage inattendu`, as release names write them.
 * Only a title that release names alone write (each of its files tells a resolution or a source:
 * `Les.Visiteurs.2.1998.FRENCH.DVDRip`) is read so: release names drop subtitles, while a file its
 * owner named `Rocky (1976).mkv` is that film, whatever `Rocky - Commentary (1976).mkv` is.
 */
const subtitledFilms = <T extends InventoryItem>(
	features: readonly Row<T>[],
	titleOf: TitleOf<Card<T>>,
	heuristics: Heuristics<Card<T>>,
): Map<Heuristic<Card<T>>, Heuristic<Card<T>> | null> => {
	const films = new Map<Heuristic<Card<T>>, Heuristic<Card<T>> | null>();
	for (let index = 0; index < features.length; index++) {
		const row = features[index] as Row<T>;
		const heuristic = row.heuristic as Heuristic<Card<T>>;
		if (heuristic.kind !== 'movie' || heuristic.year === undefined) continue;
		const cut = row.display.indexOf(' - ');
		if (cut <= 0) continue;
		const written = row.display.slice(0, cut);
		const short = titleOf(written);
		if (short.norm === '' || short === row.entry) continue;
		addOnly(films, heuristics.intern('movie', short, heuristic.year, ''), heuristic);
		// A film numbered in its saga (`Harry Potter 1 - Harry Potter à l'école des sorciers`) is released
		// under its title without the number.
		const numbered = SAGA_NUMBER.exec(written);
		if (numbered === null) continue;
		// The subtitle alone when it names the saga itself, else the saga's name and the subtitle
		// (`Le.Seigneur.Des.Anneaux.La.Communaute.De.L.Anneau` for `Le Seigneur des Anneaux 1 - La Communauté…`).
		const saga = numbered[1] as string;
		const subtitle = row.display.slice(cut + 3);
		const released = titleOf(
			startsWithWords(groupingTitle(subtitle), groupingTitle(saga)) ? subtitle : `${saga} ${subtitle}`,
		);
		if (released !== row.entry && released !== short)
			addOnly(films, heuristics.intern('movie', released, heuristic.year, ''), heuristic);
	}
	addShortenedFilms(features, films);
	addGroupPrefixedFilms(features, films, heuristics);
	if (films.size === 0) return films;
	for (let index = 0; index < features.length; index++) {
		const row = features[index] as Row<T>;
		const { resolution, source } = row.parsed;
		if (resolution === undefined && source === undefined)
			films.delete(heuristics.adoptYear(row.heuristic as Heuristic<Card<T>>));
	}
	return films;
};

/** A title ending with a number of one or two digits (`Harry Potter 1`), the words before it captured. */
const SAGA_NUMBER = /^(\S.*?)\s+\d{1,2}$/;

/** Whether the normalized title `norm` starts with the words of `start`. */
const startsWithWords = (norm: string, start: string): boolean =>
	start !== '' && norm.startsWith(start) && endsWordAt(norm, start.length);

/**
 * The other way round: a release name that writes a subtitle without a dash
 * (`Les.Tuche.3.Liberte.Egalite.Fraternite.2018.1080p`) stands for the film of its year that a name
 * its owner wrote (a year, no resolution nor source: `Les Tuche 3 (2018).mkv`) titles by its first
 * words, two at least; the longest such title when several do. Not a sequel: the words after the
 * short title must not start with a number (`Paris 36`).
 *
 * Each release name's title is read once: the hash of its first words (`hashKey`'s) is folded in
 * character by character and looked up at each space, so that no prefix is sliced. A lookup by first
 * word with a scan of its titles was 8% of grouping in the bench library, whose 2,030 owner-named films
 * share a few first words.
 */
const addShortenedFilms = <T extends InventoryItem>(
	features: readonly Row<T>[],
	films: Map<Heuristic<Card<T>>, Heuristic<Card<T>> | null>,
): void => {
	// Owner-named films of two words or more, by the hash of their normalized title.
	const named = new Map<number, Heuristic<Card<T>>[]>();
	for (let index = 0; index < features.length; index++) {
		const row = features[index] as Row<T>;
		const heuristic = row.heuristic as Heuristic<Card<T>>;
		if (heuristic.kind !== 'movie' || row.parsed.year === undefined || namesRelease(row)) continue;
		if (heuristic.norm.indexOf(' ') <= 0) continue;
		const hash = hashKey(heuristic.norm);
		const list = named.get(hash);
		if (list === undefined) named.set(hash, [heuristic]);
		else if (!list.includes(heuristic)) list.push(heuristic);
	}
	if (named.size === 0) return;
	for (let index = 0; index < features.length; index++) {
		const row = features[index] as Row<T>;
		const heuristic = row.heuristic as Heuristic<Card<T>>;
		if (heuristic.kind !== 'movie' || heuristic.year === undefined || !namesRelease(row)) continue;
		const { norm, year } = heuristic;
		let short: Heuristic<Card<T>> | undefined;
		let hash = 0;
		let words = 1;
		for (let at = 0; at < norm.length; at++) {
			const code = norm.charCodeAt(at);
			if (code === 32 && words++ >= 2 && !isDigitCode(norm.charCodeAt(at + 1))) {
				const candidates = named.get(hash);
				if (candidates !== undefined)
					for (const candidate of candidates)
						if (candidate.year === year && candidate.norm.length === at && norm.startsWith(candidate.norm))
							short = candidate;
			}
			hash = (Math.imul(hash, 31) + code) | 0;
		}
		if (short !== undefined) addOnly(films, heuristic, short);
	}
};

/**
 * A release file its group named in lower case with its name in front
 * (`blow-how.to.be.single.2016.1080p.bluray.x264.mkv`, as some groups name the files in their release
 * folders) stands for the film of its year titled without that first word, when the inventory has one
 * of two words or more (`How To Be Single (2016)`, `The.Right.Stuff.1983.720p` for
 * `ulshd-the.right.stuff.1983…`): out of its folder, the parser cannot tell the group from the title.
 * Not a title of one word (`spider-man` is no group's file of the film `Man`).
 */
const addGroupPrefixedFilms = <T extends InventoryItem>(
	features: readonly Row<T>[],
	films: Map<Heuristic<Card<T>>, Heuristic<Card<T>> | null>,
	heuristics: Heuristics<Card<T>>,
): void => {
	for (let index = 0; index < features.length; index++) {
		const row = features[index] as Row<T>;
		const heuristic = row.heuristic as Heuristic<Card<T>>;
		// Most titles are written with capitals: passed over on their first letter.
		const first = row.parsed.title.charCodeAt(0);
		if (first < 0x61 || first > 0x7a || heuristic.kind !== 'movie' || heuristic.year === undefined) continue;
		if (!namesRelease(row) || !isLowerCase(row.parsed.title)) continue;
		const prefixed = GROUP_PREFIX.exec(nameOf(row));
		const { norm } = heuristic;
		const cut = norm.indexOf(' ');
		if (prefixed === null || cut < 0 || norm.slice(0, cut) !== prefixed[1]) continue;
		// Keyed as a title of its own: without its leading article (`the right stuff` → `right stuff`).
		const rest = groupingTitle(norm.slice(cut + 1));
		if (!rest.includes(' ')) continue;
		for (let film = heuristics.find(rest)?.film?.first; film !== undefined; film = film.next)
			if (film.year === heuristic.year) addOnly(films, heuristic, film);
	}
};

/** A lower-case file name led by a word glued to the next one by a dash (`blow-how.to…`), the word captured. */
const GROUP_PREFIX = /^([a-z][a-z0-9]{1,9})-[a-z0-9]/;

/** Records that `heuristic` points to `identity`, or that it is ambiguous once it points to two. */
const addAlias = <I>(heuristic: Heuristic<I>, identity: I): void => {
	const known = heuristic.alias;
	if (known === undefined) heuristic.alias = identity;
	else if (known !== null && known !== identity) heuristic.alias = null;
};

/** The one identity the adopted heuristic, else the row's own, points to. */
const onlyOf = <I>(adopted: Heuristic<I>, heuristic: Heuristic<I>): I | undefined =>
	adopted.alias ?? (adopted === heuristic ? undefined : heuristic.alias) ?? undefined;

/** Records `value` under `key`, or null once a different value was recorded there. */
const addOnly = <K, V>(map: Map<K, V | null>, key: K, value: V): void => {
	const known = map.get(key);
	if (known === undefined) map.set(key, value);
	else if (known !== null && known !== value) map.set(key, null);
};

const pushTo = <K, V>(map: Map<K, V[]>, key: K, value: V): void => {
	const list = map.get(key);
	if (list === undefined) map.set(key, [value]);
	else list.push(value);
};

/** Whether a parsed file is an extra: a trailer, sample… or a file that is not video. */
const toRow = <T extends InventoryItem>(
	item: T,
	parsed: BatchMedia,
	title: TitleOf<Card<T>>,
	previous: Row<T> | undefined,
): Row<T> => {
	const { path } = item;
	// `splitPath` without its object, for the common path that has no `\` and no trailing separator.
	const last = path.length - 1;
	const end = last > 0 && (path[last] === '/' || path[last] === '\\') ? -1 : path.lastIndexOf('/');
	if (end > 0 && !path.includes('\\')) {
		// The folder of the row before, when it is this one (compared in place, not sliced).
		const shared = previous?.dir;
		const dir =
			shared !== undefined && shared.length === end && path.startsWith(shared) ? shared : path.slice(0, end);
		return newRow(item, parsed, dir, end + 1, title(parsed.title));
	}
	return newRow(item, parsed, splitPath(path).dir, -1, title(parsed.title));
};

/**
 * Replaces in `rows` and `features` the film and episode rows that {@link bareNumberFilms} reads as
 * films (`Apollo 13.mkv`) by rows of those films.
 */
const readBareNumbersAsFilms = <T extends InventoryItem>(
	rows: Row<T>[],
	features: Row<T>[],
	titleOf: TitleOf<Card<T>>,
): void => {
	const indexes = bareNumberFilms(
		features.length,
		(index) => (features[index] as Row<T>).parsed,
		(index) => (features[index] as Row<T>).entry,
	);
	if (indexes.size === 0) return;
	const films = new Map<Row<T>, Row<T>>();
	for (const index of indexes) {
		const row = features[index] as Row<T>;
		const film = asFilm(row.parsed);
		const replaced = newRow(row.item, film, row.dir, row.nameAt, titleOf(film.title));
		films.set(row, replaced);
		features[index] = replaced;
	}
	for (let index = 0; index < rows.length; index++) {
		const film = films.get(rows[index] as Row<T>);
		if (film !== undefined) rows[index] = film;
	}
};

/** The row's `tmdb_id` when it makes a movie identity (`tmdb:movie:<id>`, see `rowIdIdentity`). */
const tmdbMovieId = (item: InventoryItem): number | undefined =>
	item.tmdb_type === 'series' ? undefined : numericId(item.tmdb_id);

/** The TMDB id of an id identity that is a TMDB movie (key `tmdb:movie:<id>`), else undefined. */
const tmdbMovieOf = (identity: IdIdentity): number | undefined =>
	identity.provider === 'tmdb' && identity.kind === 'movie' ? (identity.id as number) : undefined;

const idIdentityOf = <T extends InventoryItem>(row: Row<T>): IdIdentity | undefined => {
	const { item, parsed } = row;
	const { ids } = parsed;
	if (
		ids.tmdb === undefined &&
		ids.tvdb === undefined &&
		numericId(item.tmdb_id) === undefined &&
		numericId(item.tvdb_id) === undefined
	) {
		return undefined;
	}
	const fallback = keyFallback(row);
	return keyedAsHeuristic(row, rowIdIdentity(item, parsed, fallback) ?? pathIdIdentity(parsed, fallback));
};

const imdbOf = <T extends InventoryItem>(row: Row<T>): IdIdentity | undefined =>
	row.parsed.ids.imdb === undefined
		? undefined
		: keyedAsHeuristic(row, imdbIdentity(row.parsed, keyFallback(row)));

/**
 * The season {@link joinAbsoluteEpisodes} read an episode numbered without one in (1), or undefined
 * when it did not: the row's heuristic then has a season its parse lacks.
 */
const joinedSeason = <T extends InventoryItem>(row: Row<T>): number | undefined =>
	row.parsed.kind === 'episode' &&
	row.parsed.season === undefined &&
	(row.heuristic as Heuristic<Card<T>>).suffix.startsWith('s01e')
		? 1
		: undefined;

/**
 * Whether {@link countFromFirst} read a row's season and episode as a number counted from the show's
 * first episode (its heuristic `e312` where its parse says S03E12).
 */
const countedFromFirst = <T extends InventoryItem>(row: Row<T>): boolean =>
	row.parsed.season !== undefined &&
	row.heuristic !== undefined &&
	ABSOLUTE_SUFFIX.test(row.heuristic.suffix);

/**
 * An id identity of an episode that {@link joinAbsoluteEpisodes} numbered otherwise than its parse,
 * keyed as its heuristic is: read in season 1 (`tmdb:series:1429:s01e02`, not `…:e02`: the show's files
 * of S01E02 are on that card), or counted from the show's first episode (`…:e312`, not `…:s03e12`).
 */
const keyedAsHeuristic = <T extends InventoryItem>(
	row: Row<T>,
	identity: IdIdentity | undefined,
): IdIdentity | undefined => {
	if (
		identity === undefined ||
		identity.kind !== 'episode' ||
		(joinedSeason(row) === undefined && !countedFromFirst(row))
	)
		return identity;
	const { suffix } = row.heuristic as Heuristic<Card<T>>;
	const parsed = episodeSuffix(row.parsed, '');
	return identity.key.endsWith(`:${parsed}`)
		? { ...identity, key: `${identity.key.slice(0, -parsed.length)}${suffix}` }
		: identity;
};

/**
 * The name an episode key of the row falls back to (`x-<name>`, see `episodeSuffix`), else `''`: its
 * episode title (`Christmas Special`), else its file stem, as its heuristic's (see `setHeuristic`), so
 * that an id card and a heuristic one key a special alike.
 */
const keyFallback = <T extends InventoryItem>(row: Row<T>): string =>
	needsFallback(row.parsed) ? (row.parsed.episodeTitle ?? stemOfRow(row)) : '';

/** Whether an episode key of this parse falls back to a name: no episode number, no air date. */
const needsFallback = (parsed: BatchMedia): boolean =>
	parsed.episodes?.[0] === undefined && parsed.date === undefined;

/** Film folders: gives each film file of a folder that stands for one film that film's heuristic. */
const folderFilms = <T extends InventoryItem>(
	byDir: Map<string, Row<T>[]>,
	parseName: ParseName,
	title: Title,
	heuristics: Heuristics<Card<T>>,
): void => {
	// `forEach`, not `for…of`: this runs once per call, often before it is optimized, and an unoptimized
	// `for…of` allocates a result object per step.
	byDir.forEach((all, dir) => {
		if (dir === '') return;
		if (!dir.endsWith('/')) respellShow(dir, all, parseName, title);
		const members = movieRows(all);
		if (members.length === 0) return;
		const name = dir.endsWith('/') ? splitPath(dir).name : dir.slice(dir.lastIndexOf('/') + 1);
		// Most folders agree with their files: decided without the files' stems, which rows do not keep.
		if (agreesWithFolder(name, members, title)) {
			respellFromFolder(name, members, parseName, title);
			return;
		}
		const film = folderFilm(name, members.map(toMember), parseName, title);
		if (film === undefined) return;
		const entry = heuristics.entry(film.norm);
		const heuristic = heuristics.intern('movie', entry, film.year, '');
		for (let index = 0; index < members.length; index++) {
			const row = members[index] as Row<T>;
			row.heuristic = heuristic;
			row.display = film.display;
			row.displayEntry = entry;
		}
	});
};

/**
 * Scene names drop accents and punctuation (`Le Dîner de cons (1998)/Le.Diner.De.Cons.1998.1080p.mkv`)
 * and capitalize every word (`Jeux interdits (1952)/Jeux.Interdits.1952.mkv`): the files of a folder
 * that agrees with them show the folder's spelling of their title. An accented folder respells its
 * ASCII files; otherwise a file written as scene names are, when the folder spells it better (see
 * {@link spellsBetter}). One folder parse, for such folders only; the card and its key are unchanged.
 */
const respellFromFolder = <T extends InventoryItem>(
	name: string,
	members: readonly Row<T>[],
	parseName: ParseName,
	title: Title,
): void => {
	// Most folders are written as plainly as their files, or hold files that write accents (only an
	// ASCII title is respelled): passed over without a parse.
	const first = members[0] as Row<T>;
	if (!mayRespell(name) || !isAscii(first.parsed.title)) return;
	// A Plex-style `Title (Year)` name is its title and year: read without a parse, which cost 6% of
	// grouping in the bench library, whose every sixth folder writes an `L'`. A name whose words the
	// parser would trim (`Heat FRENCH (1995)`) then names another title, and respells nothing.
	const plain = isDigitCode(name.charCodeAt(0)) && NUMBERED_FOLDER.test(name) ? null : PLEX_FOLDER.exec(name);
	const written = plain === null ? parseName(name).title : (plain[1] as string);
	const accented = !isAscii(written);
	// A respelling keeps the letters (see `spellsBetter`); an accented one, the normalized title.
	if (accented && title(written) !== first.norm) return;
	for (let index = 0; index < members.length; index++) {
		const row = members[index] as Row<T>;
		const { title: own } = row.parsed;
		if (accented ? isAscii(own) : isPlainOrInitials(own) && spellsBetter(written, own)) row.display = written;
	}
};

/** A folder named `Title (Year)`, its title captured: no bracket nor comma (`Matrix, The`) in it. */
const PLEX_FOLDER = /^([^()[\]{},]*[^()[\]{},\s]) \((?:19|20)\d\d\)$/;

/**
 * A folder name that starts with a film's number in its collection (`3 - Le Retour du roi (2003)`):
 * the parser reads it, as {@link PLEX_FOLDER} would take the number into the title. Tried only on a
 * name that starts with a digit (a lookahead in `PLEX_FOLDER` made every folder pay for it).
 */
const NUMBERED_FOLDER = /^\d{1,2}(?: - |\. )/;

/**
 * Whether a folder's name may spell its files' titles better: it writes more, cases some word low, or
 * writes an acronym in capitals (`BAC Nord (2020)`). Only a name with spaces, as owners write them, is
 * read for capitals: a release folder's tags are in capitals (`Heat.1995.TRUEFRENCH.1080p.BluRay`), and
 * parsing each of them cost 10% of grouping the bench library.
 */
const mayRespell = (name: string): boolean =>
	writesMore(name) || !capitalizesWords(name) || (name.includes(' ') && writesCapitals(name));

/**
 * Scene names drop accents and capitals (`Le.Bureau.Des.Legendes.S01E01.1080p`): the episodes of a show
 * whose folder writes their title with them (`Le Bureau des légendes/Saison 1/`) show the folder's
 * spelling, on every card of the show alike. The folder is the episodes' own or the one above it (over a
 * season folder, a season's release folder or a folder that spells the title no better), the nearest
 * that spells a row's title better; the card and its key are unchanged.
 */
const respellShow = <T extends InventoryItem>(
	dir: string,
	all: readonly Row<T>[],
	parseName: ParseName,
	title: Title,
): void => {
	// Most folders hold no scene-named episode, and most of the others are written as plainly as their
	// files (season folders are): both are passed over without a parse, which was 8% of grouping when
	// every episode folder and its parent had one.
	let scene = false;
	for (let index = 0; index < all.length && !scene; index++) scene = isSceneEpisode(all[index] as Row<T>);
	if (!scene) return;
	let end = dir.length;
	for (let depth = 0; depth < 2 && end > 0; depth++) {
		const cut = dir.lastIndexOf('/', end - 1);
		const name = dir.slice(cut + 1, end);
		end = cut;
		if (!mayRespell(name)) continue;
		const written = parseName(name).title;
		if (written === '') continue;
		const norm = title(written);
		for (let index = 0; index < all.length; index++) {
			const row = all[index] as Row<T>;
			// A display set here is the nearer folder's spelling (episodes get theirs later, in `setHeuristic`).
			if (row.norm !== norm || row.display !== '' || !isSceneEpisode(row)) continue;
			if (spellsBetter(written, row.parsed.title)) row.display = written;
		}
	}
};

/**
 * An episode whose title is written as scene names write titles (letters, digits and spaces only, and
 * the dots of initials).
 */
const isSceneEpisode = <T extends InventoryItem>(row: Row<T>): boolean =>
	row.parsed.kind === 'episode' && row.norm !== '' && isPlainOrInitials(row.parsed.title);

/**
 * Whether `written`, a folder's title, spells the title `plain` (letters, digits and spaces only, as a
 * scene name gives it) better: the same letters, with accents or punctuation (see {@link writesMore}),
 * or cased by its owner (see {@link casedByOwner}, {@link writesCapitals}).
 */
const spellsBetter = (written: string, plain: string): boolean =>
	written !== plain &&
	!isLowerCase(written) &&
	(writesMore(written) || casedByOwner(written, plain)) &&
	sameLetters(written, plain);

/**
 * Whether a folder's title `written` is cased as its owner writes titles, where the scene name `plain`
 * capitalizes every word: some later word in lower case, some capital kept (`Jeux interdits` for
 * `Jeux Interdits`, `Le Bureau des légendes`). Weaker than {@link casesWords}, which tells two files
 * apart: a folder is the owner's own naming, made once for the film or show. The letters are compared
 * by {@link spellsBetter}.
 */
const casedByOwner = (written: string, plain: string): boolean =>
	capitalizesWords(plain) && (!capitalizesWords(written) || writesCapitals(written)) && !isLowerCase(written);

/**
 * Whether `text` writes a word of two letters or more in capitals among words that are not (`BAC Nord`,
 * `Mission Impossible - MI5`): an acronym its owner cased, which scene names capitalize as a word
 * (`Bac.Nord`). A title all in capitals (`HEAT`) has none.
 */
const writesCapitals = (text: string): boolean => {
	let lower = false;
	let capitals = false;
	let run = 0;
	for (let index = 0; index <= text.length; index++) {
		const code = index === text.length ? 0x20 : text.charCodeAt(index);
		if (code >= 0x41 && code <= 0x5a) {
			run = run >= 0 ? run + 1 : run;
			continue;
		}
		if (code >= 0x61 && code <= 0x7a) {
			lower = true;
			run = -1;
			continue;
		}
		if (run >= 2) capitals = true;
		run = 0;
	}
	return capitals && lower;
};

const toMember = <T extends InventoryItem>(row: Row<T>): FolderMember => new RowMember(row);

/**
 * A film file as the folder rule reads it, its stem sliced only when read: the rule reads few stems,
 * and none in a flat collection folder, whose every film file is a member.
 */
class RowMember<T extends InventoryItem> implements FolderMember {
	readonly parsed: BatchMedia;
	readonly norm: string;
	readonly #row: Row<T>;

	constructor(row: Row<T>) {
		this.parsed = row.parsed;
		this.norm = row.norm;
		this.#row = row;
	}

	get stem(): string {
		return stemOfRow(this.#row);
	}
}

/** The film files of a folder's film and episode files, in order (the list itself when all are films). */
const movieRows = <T extends InventoryItem>(rows: Row<T>[]): Row<T>[] => {
	for (let index = 0; index < rows.length; index++) {
		if ((rows[index] as Row<T>).parsed.kind !== 'movie')
			return rows.filter((row) => row.parsed.kind === 'movie');
	}
	return rows;
};

/** The identity all the film and episode files of a folder share, if they share one. */
const onlyIdentity = <T extends InventoryItem>(rows: readonly Row<T>[] | undefined): Card<T> | undefined => {
	if (rows === undefined) return undefined;
	const identity = (rows[0] as Row<T>).identity;
	for (let index = 1; index < rows.length; index++) {
		if ((rows[index] as Row<T>).identity !== identity) return undefined;
	}
	return identity;
};

/** A row's own heuristic (and display title), from its parse. */
const setHeuristic = <T extends InventoryItem>(
	row: Row<T>,
	titleOf: TitleOf<Card<T>>,
	heuristics: Heuristics<Card<T>>,
): void => {
	const { parsed } = row;
	let { entry } = row;
	// The folder's accented spelling, when `respellFromFolder` gave one (same normalized title).
	let display = row.display === '' ? parsed.title : row.display;
	let displayEntry = entry;
	if (entry.norm === '') {
		const stem = stemOfRow(row);
		displayEntry = titleOf(stem);
		entry = displayEntry.norm === '' ? heuristics.entry(stem.toLowerCase()) : displayEntry;
		display = stem;
	}
	const suffix = parsed.kind === 'episode' ? episodeSuffix(parsed, keyFallback(row)) : '';
	if (parsed.country === undefined) {
		row.heuristic = heuristics.intern(parsed.kind, entry, parsed.year, suffix);
		row.display = display;
		row.displayEntry = displayEntry;
		return;
	}
	// The Office (US) and The Office (UK) are two shows.
	const country = parsed.country.toLowerCase();
	row.heuristic = heuristics.intern(
		parsed.kind,
		heuristics.entry(`${entry.norm} ${country}`),
		parsed.year,
		suffix,
	);
	// Shown as the title is known: `The Office (UK)`, as TheTVDB and every library write it, not the ISO
	// code `GB` the parser gives (which the key keeps).
	row.display = `${display} (${parsed.country === 'GB' ? 'UK' : parsed.country})`;
	row.plain = entry.norm;
};

/**
 * A title without a country takes the country of the only variant of that title the inventory has
 * (`The.Office.S01E01` joins The Office (US) when there is no other Office), and stays apart when
 * there are several.
 */
const adoptCountries = <T extends InventoryItem>(
	rows: readonly Row<T>[],
	features: readonly Row<T>[],
	heuristics: Heuristics<Card<T>>,
): void => {
	const countries = new Map<string, string | null>();
	for (let index = 0; index < features.length; index++) {
		const row = features[index] as Row<T>;
		if (row.plain === undefined) continue;
		const { kind, norm } = row.heuristic as Heuristic<Card<T>>;
		addOnly(countries, `${kind}|${row.plain}`, norm);
	}
	if (countries.size === 0) return;
	for (let index = 0; index < rows.length; index++) {
		const row = rows[index] as Row<T>;
		const heuristic = row.heuristic as Heuristic<Card<T>>;
		if (row.plain !== undefined) continue;
		const qualified = countries.get(`${heuristic.kind}|${heuristic.norm}`);
		if (typeof qualified === 'string') {
			row.heuristic = heuristics.intern(
				heuristic.kind,
				heuristics.entry(qualified),
				heuristic.year,
				heuristic.suffix,
			);
		}
	}
};

/**
 * An episode numbered without its season (`[HorribleSubs] Shingeki no Kyojin - 02 [1080p]`, anime's
 * absolute numbering) is that episode of season 1 when the show has season 1 files up to that number
 * or beyond (`Shingeki no Kyojin S01E02`): both count from the show's first episode, so they agree
 * within season 1, the only season they can be checked in. A number past the show's season 1 files
 * stays apart (`One Piece - 1000`; episode 26 of a show whose season 1 files end at 25).
 */
const joinAbsoluteEpisodes = <T extends InventoryItem>(
	rows: readonly Row<T>[],
	heuristics: Heuristics<Card<T>>,
): void => {
	countFromFirst(rows, heuristics);
	// The last season 1 episode of each show that has absolute-numbered files, once computed.
	const lastOfSeason1 = new Map<NormEntry<Card<T>>, number>();
	for (let index = 0; index < rows.length; index++) {
		const row = rows[index] as Row<T>;
		const heuristic = row.heuristic as Heuristic<Card<T>>;
		const { suffix } = heuristic;
		// `s01e02`, the usual suffix, is passed over on its first letter.
		if (heuristic.kind !== 'episode' || suffix.charCodeAt(0) !== 101 || !ABSOLUTE_SUFFIX.test(suffix))
			continue;
		const entry = heuristic.base.title;
		let last = lastOfSeason1.get(entry);
		if (last === undefined) {
			last = 0;
			for (const key of (entry.episodes as Map<string, TitleBase<Card<T>>>).keys()) {
				const season1 = SEASON_1_SUFFIX.exec(key);
				if (season1 !== null) last = Math.max(last, Number(season1[1]));
			}
			lastOfSeason1.set(entry, last);
		}
		if (Number(suffix.slice(1)) <= last)
			row.heuristic = heuristics.intern('episode', entry, heuristic.year, `s01${suffix}`);
	}
};

/**
 * A show that numbers some files from its first episode, past 99 (`[Grp] Naruto Shippuden - 312 [1080p]`,
 * `e312`) or in three digits (`Naruto Shippuden - 098`, which no season and episode writes), numbers
 * its other files so too: a bare three-digit number its parse read as a season and an episode
 * (`Naruto Shippuden - 312.mkv`, `s03e12`, as scene names write `lost.101`) is that absolute number.
 * Only a number the file name writes as a word of its own (not `S03E12`).
 */
const countFromFirst = <T extends InventoryItem>(
	rows: readonly Row<T>[],
	heuristics: Heuristics<Card<T>>,
): void => {
	let counted: Set<NormEntry<Card<T>>> | undefined;
	for (let index = 0; index < rows.length; index++) {
		const row = rows[index] as Row<T>;
		const { suffix, kind, base } = row.heuristic as Heuristic<Card<T>>;
		if (kind !== 'episode' || suffix.charCodeAt(0) !== 101 || !ABSOLUTE_SUFFIX.test(suffix)) continue;
		if (!COUNTED_SUFFIX.test(suffix) && !writesDigits(stemOfRow(row), suffix.slice(1).padStart(3, '0')))
			continue;
		counted ??= new Set();
		counted.add(base.title);
	}
	if (counted === undefined) return;
	for (let index = 0; index < rows.length; index++) {
		const row = rows[index] as Row<T>;
		const heuristic = row.heuristic as Heuristic<Card<T>>;
		if (heuristic.kind !== 'episode' || !counted.has(heuristic.base.title)) continue;
		const number = packedNumber(row);
		if (number !== undefined)
			row.heuristic = heuristics.intern('episode', heuristic.base.title, heuristic.year, `e${number}`);
	}
};

/** The key suffix of an episode counted from the show's first, past 99 (`e312`). */
const COUNTED_SUFFIX = /^e[1-9]\d{2,}$/;

/**
 * The three digits a row's file name writes for its season and episode (`312` for S03E12 in
 * `Naruto Shippuden - 312`), or undefined when it marks them otherwise (`S03E12`, `3x12`, `Saison 3`,
 * Spanish `Cap.312`) or is a scene release of a broadcast, which packs them so (`lost.101.hdtv`).
 */
const packedNumber = <T extends InventoryItem>(row: Row<T>): number | undefined => {
	const { season, episodes, source } = row.parsed;
	const episode = episodes?.[0];
	if (
		season === undefined ||
		season < 1 ||
		season > 9 ||
		episode === undefined ||
		episodes?.length !== 1 ||
		isBroadcastSource(source)
	)
		return undefined;
	const number = season * 100 + episode;
	const stem = stemOfRow(row);
	return writesDigits(stem, String(number)) && !MARKED_EPISODE.test(stem) ? number : undefined;
};

/** Whether `text` writes `digits` as a number of its own (no digit right before or after). */
const writesDigits = (text: string, digits: string): boolean => {
	const at = text.indexOf(digits);
	return (
		at >= 0 && !isDigitCode(text.charCodeAt(at - 1)) && !isDigitCode(text.charCodeAt(at + digits.length))
	);
};

/** A season and episode marked as such in a name: `S03E12`, `s3e12`, `3x12`, `Saison 3`, `Cap.312`. */
const MARKED_EPISODE = /s\d{1,2}[ ._-]?e\d|\d{1,2}x\d{2}|season|saison|temporada|series|cap[ ._]?\d/i;

/** The key suffix of an episode numbered without a season (`e02`, see `episodeSuffix`). */
const ABSOLUTE_SUFFIX = /^e\d+$/;

/** The key suffix of an episode of season 1, its number captured (`s01e02`). */
const SEASON_1_SUFFIX = /^s01e(\d+)$/;

/** For each film title (or show episode), the one year the inventory gives it, or null for several. */
const collectYears = <T extends InventoryItem>(
	features: readonly Row<T>[],
	titleOf: TitleOf<Card<T>>,
	heuristics: Heuristics<Card<T>>,
): void => {
	const add = (heuristic: Heuristic<Card<T>>): void => {
		const { year, base } = heuristic;
		if (year === undefined) return;
		if (base.year === undefined) base.year = year;
		else if (base.year !== null && base.year !== year) base.year = null;
	};
	for (let index = 0; index < features.length; index++) {
		const row = features[index] as Row<T>;
		add(row.heuristic as Heuristic<Card<T>>);
		const provider = providerHeuristic(row, titleOf, heuristics);
		if (provider !== undefined) add(provider);
	}
};

/**
 * The identity the provider fields of a row describe (`tmdb_title` + `tmdb_year`…), computed once per
 * row (after its own heuristic is known), with the provider's title in `row.providerTitle`.
 */
const providerHeuristic = <T extends InventoryItem>(
	row: Row<T>,
	normalize: TitleOf<Card<T>>,
	heuristics: Heuristics<Card<T>>,
): Heuristic<Card<T>> | undefined => {
	if (row.provider === undefined) row.provider = computeProviderHeuristic(row, normalize, heuristics) ?? null;
	return row.provider ?? undefined;
};

const computeProviderHeuristic = <T extends InventoryItem>(
	row: Row<T>,
	normalize: TitleOf<Card<T>>,
	heuristics: Heuristics<Card<T>>,
): Heuristic<Card<T>> | undefined => {
	const { item } = row;
	const usesTvdb = numericId(item.tmdb_id) === undefined && numericId(item.tvdb_id) !== undefined;
	const title = usesTvdb ? item.tvdb_title : item.tmdb_title;
	if (typeof title !== 'string' || numericId(usesTvdb ? item.tvdb_id : item.tmdb_id) === undefined)
		return undefined;
	const entry = normalize(title);
	if (entry.norm === '') return undefined;
	const heuristic = row.heuristic as Heuristic<Card<T>>;
	const year = usesTvdb ? item.tvdb_year : item.tmdb_year;
	row.providerTitle = title;
	return heuristics.intern(
		heuristic.kind,
		entry,
		typeof year === 'number' && Number.isSafeInteger(year) ? year : undefined,
		heuristic.suffix,
	);
};

interface ExtraContext<T extends InventoryItem> {
	/** Id and IMDb identities of the film and episode files, by key. */
	readonly identities: Map<string, Card<T>>;
	/** TMDB movie identities (not in {@link identities}), by id. */
	readonly tmdbMovies: Map<number, Card<T>>;
	/** IMDb key → the one identity found under it, null for several. */
	readonly imdbAliases: Map<string, Card<T> | null>;
	readonly heuristics: Heuristics<Card<T>>;
}

/**
 * Extras go, in this order, to: the card of their own provider id; the id card their IMDb tag or title
 * (+ year) points to without doubt; the card of their title (+ year), as a title names its film more
 * surely than a flat folder's only film does (`Films/Heat.1995.Bande.Annonce.VF.mkv` next to another
 * film); the only film or episode of the folder they belong to (`Sample/`, `Trailers/`… count as their
 * parent), for extras whose title no card has. Anything left gets a card of its own, without versions,
 * so that every row is still returned: keyed by its own identity, or `extras:<folder>` when it has no
 * title. Returns those cards of their own.
 */
const attachExtras = <T extends InventoryItem>(
	extras: readonly Row<T>[],
	byDir: ReadonlyMap<string, readonly Row<T>[]>,
	context: ExtraContext<T>,
): Iterable<Card<T>> => {
	if (extras.length === 0) return [];
	const { identities, tmdbMovies, imdbAliases, heuristics } = context;
	const known = (key: string | undefined): Card<T> | undefined =>
		key === undefined ? undefined : identities.get(key);
	const knownStrong = (strong: IdIdentity | undefined): Card<T> | undefined => {
		if (strong === undefined) return undefined;
		const movie = tmdbMovieOf(strong);
		return movie === undefined ? identities.get(strong.key) : tmdbMovies.get(movie);
	};
	const orphans = new Map<string, Card<T>>();

	for (let index = 0; index < extras.length; index++) {
		const row = extras[index] as Row<T>;
		const strong = idIdentityOf(row);
		const imdb = imdbOf(row);
		const heuristic = row.heuristic as Heuristic<Card<T>>;
		const titled = !isGenericTitle(row.norm);
		const adopted = heuristics.adoptYear(heuristic);
		const dir = ownerDir(row.dir);
		const inDir = onlyIdentity(byDir.get(dir));
		// Every alias points to an identity of film or episode files, so an alias needs no `known`.
		const identity =
			knownStrong(strong) ??
			(imdb === undefined ? undefined : (imdbAliases.get(imdb.key) ?? known(imdb.key))) ??
			(titled ? (onlyOf(adopted, heuristic) ?? adopted.own) : undefined) ??
			inDir;
		if (identity !== undefined) {
			const owner =
				identity.first === undefined ? minBy(identity.editions as Card<T>[], (card) => card.key) : identity;
			addExtra(owner, row);
			continue;
		}
		const key = strong?.key ?? imdb?.key ?? (titled ? heuristics.key(adopted) : `extras:${dir || '.'}`);
		let card = orphans.get(key);
		if (card === undefined) {
			const kind = strong?.kind ?? imdb?.kind ?? heuristic.kind;
			card = newCard<T>(key, kind, undefined);
			if (strong !== undefined) setId(card, strong);
			orphans.set(key, card);
		}
		addExtra(card, row);
	}
	return orphans.values();
};

const minBy = <V>(values: readonly V[], by: (value: V) => string): V => {
	let best = values[0] as V;
	for (const value of values) if (by(value) < by(best)) best = value;
	return best;
};

/**
 * A copy being built: its first row (and all its parts when split), the version returned, and what
 * ordering and labels read, in one shape for all copies (unlike the returned versions, whose fields
 * are only present when known).
 */
class BuiltVersion<T extends InventoryItem> implements LabelInput {
	readonly first: Row<T>;
	/** Its parts in part order; undefined for a copy in one file without a part number (no list per file). */
	readonly stack: Row<T>[] | undefined;
	readonly version: MediaVersion<T>;
	readonly resolution: Resolution | undefined;
	readonly source: Source | undefined;
	readonly hdr: Hdr | undefined;
	readonly edition: string | undefined;
	readonly size: number | undefined;
	readonly parts: number;
	readonly lonePart: number | undefined;
	readonly discs: number;
	readonly episodes: readonly number[] | undefined;

	constructor(
		stack: Row<T>[] | undefined,
		version: MediaVersion<T>,
		first: Row<T>,
		size: number | undefined,
		discs: number,
	) {
		const { parsed } = first;
		const parts = stack === undefined ? 1 : stack.length;
		this.discs = discs;
		this.episodes = parsed.episodes;
		this.first = first;
		this.stack = stack;
		this.version = version;
		this.resolution = parsed.resolution;
		this.source = parsed.source;
		this.hdr = parsed.hdr;
		this.edition = parsed.edition;
		this.size = size;
		this.parts = parts;
		// One disc of a set (`Disc 2/VIDEO_TS/`) says its number, as a lone part does.
		this.lonePart = parts === 1 || discs === 1 ? parsed.part : undefined;
	}

	/** Read only by labels of copies that read the same otherwise (see `versionLabels`). */
	get releaseGroup(): string | undefined {
		return this.first.parsed.releaseGroup;
	}

	/** Read only by labels that need it (see `versionLabel`). */
	get fileName(): string {
		return this.discs > 0 ? placeOf(this.first, true, 0) : nameOf(this.first);
	}

	/** Read only by labels that need it (see `versionLabels`). */
	get languages(): string {
		return languagesOf(this.first);
	}

	/** Read only by labels of copies whose file names are the same (see `versionLabels`). */
	place(depth: number): string {
		return placeOf(this.first, this.discs > 0, depth);
	}
}

/**
 * A copy's name (its file's, or for a disc structure the folder that holds it, a disc-set folder such
 * as `Disc 2` aside) under `depth` of the folders above it, joined by `/`: `Backup/Heat (1995)` at
 * depth 1 for `Backup/Heat (1995)/VIDEO_TS/`.
 */
const placeOf = <T extends InventoryItem>(row: Row<T>, disc: boolean, depth: number): string => {
	let folders: string[];
	if (!disc) {
		folders = row.dir === '' ? [] : row.dir.split('/');
		folders.push(nameOf(row));
	} else {
		const root = discRoot(row) ?? '';
		// A structure at the top of the path (`VIDEO_TS/…`) is named by its own folder.
		folders = root === '' ? row.dir.split('/').slice(0, 1) : root.split('/');
		if (folders.length > 1 && DISC_FOLDER.exec(folders[folders.length - 1] as string)?.index === 0)
			folders.pop();
	}
	return folders.slice(Math.max(folders.length - 1 - depth, 0)).join('/');
};

/** A split copy: the parts of one file stack, or the pieces and clips of one disc structure (`discs` > 0). */
const toVersion = <T extends InventoryItem>(parts: Row<T>[], discs: number): BuiltVersion<T> => {
	let size: number | undefined = 0;
	const items: T[] = new Array(parts.length);
	for (let index = 0; index < parts.length; index++) {
		const part = parts[index] as Row<T>;
		items[index] = part.item;
		size = addSize(size, part.item.size);
	}
	const first = parts[0] as Row<T>;
	return new BuiltVersion(parts, mediaVersion(items, first.parsed, size), first, size, discs);
};

/** {@link toVersion} of a copy in one file without a part number. */
const singleVersion = <T extends InventoryItem>(row: Row<T>): BuiltVersion<T> => {
	const size = addSize(0, row.item.size);
	return new BuiltVersion(undefined, mediaVersion([row.item], row.parsed, size), row, size, 0);
};

/** A running total of part sizes: undefined once a part has no finite numeric size. */
const addSize = (total: number | undefined, size: unknown): number | undefined =>
	total !== undefined && typeof size === 'number' && Number.isFinite(size) ? total + size : undefined;

/**
 * The version of a card's only file, labelled: nothing to order or tell apart, so no
 * {@link BuiltVersion} (this is most cards).
 */
const loneVersion = <T extends InventoryItem>(row: Row<T>): MediaVersion<T> => {
	const { parsed } = row;
	const version = mediaVersion([row.item], parsed, addSize(0, row.item.size));
	const { resolution, source, hdr, edition } = parsed;
	const named = namesFile(resolution, source, hdr, edition);
	const languages = named ? languagesOf(row) : '';
	const fallback = !named ? '' : languages === '' ? nameOf(row) : languages;
	const discs = discKey(row) === undefined ? 0 : 1;
	version.label = composeLabel(
		resolution,
		source,
		hdr,
		edition,
		1,
		parsed.part,
		discs,
		parsed.episodes,
		fallback,
		languages === '',
		false,
	);
	return version;
};

/** A copy's languages as its label writes them (see `describeLanguages`), its French dub told. */
const languagesOf = <T extends InventoryItem>(row: Row<T>): string => {
	const { languages, subtitleLanguages } = row.parsed;
	const dub = languages?.includes('fr') === true ? frenchDub(row.parsed) : undefined;
	return describeLanguages(languages, subtitleLanguages, dub);
};

/**
 * The French dub a copy's name or release folder tells, as French releases write it: `VFF` (France, also
 * written `TRUEFRENCH`), `VFQ` (Quebec, or `Version Québécoise`), `VFB` (Belgium), `VFI`
 * (international), `VF2` (both VFF and VFQ, also when the name writes the two). Read by the parser
 * with the languages (see `FRENCH_DUBS`); undefined when the path tells none or several others.
 */
const frenchDub = (parsed: BatchMedia): string | undefined => {
	const found = parsed.dubs;
	if (found === undefined) return undefined;
	const single = FRENCH_DUBS.find((_, bit) => found === 1 << bit);
	if (single !== undefined) return single;
	// VFF, VFQ and VF2 together are VF2; any other mix tells no one dub.
	return (found & ~0b111) === 0 ? 'VF2' : undefined;
};

/** The returned version: the copy's files, its total size and the quality its first file gives. */
const mediaVersion = <T extends InventoryItem>(
	items: T[],
	first: BatchMedia,
	size: number | undefined,
): MediaVersion<T> => {
	const { resolution, source, hdr, edition } = first;
	// The usual copy (resolution, source and size known, no edition) as one literal, so that its fields
	// sit in the object instead of in a property store grown field by field; same fields, same order.
	if (resolution !== undefined && source !== undefined && edition === undefined && size !== undefined) {
		return hdr === undefined
			? { items, label: '', resolution, source, size }
			: { items, label: '', resolution, source, hdr, size };
	}
	const version: MediaVersion<T> = { items, label: '' };
	if (resolution !== undefined) version.resolution = resolution;
	if (source !== undefined) version.source = source;
	if (hdr !== undefined) version.hdr = hdr;
	if (edition !== undefined) version.edition = edition;
	if (size !== undefined) version.size = size;
	return version;
};

/**
 * Which split copy a part belongs to: its folder and name with the part number blanked out and its
 * container (`Heat cd1.avi` + `Heat cd2.avi`), or, when the number is in the folder's name instead
 * (`CD1/heat.avi` + `CD2/heat.avi`), the folder above and the blanked folder name.
 */
const stackKey = <T extends InventoryItem>(row: Row<T>, part: number): string => {
	const container = row.parsed.container ?? '';
	const stem = stemOfRow(row);
	const lower = stem.toLowerCase();
	const own = partSignature(stem, part);
	if (own === lower) {
		const { dir: parent, name: folder } = splitPath(row.dir);
		const inFolder = partSignature(folder, part);
		if (inFolder !== folder.toLowerCase()) return `${parent}\u0000${inFolder}/${lower}\u0000${container}`;
	}
	return `${row.dir}\u0000${own}\u0000${container}`;
};

/**
 * The copy a video file of a DVD or Blu-ray folder structure belongs to, else undefined: the pieces
 * of one DVD title set (`VIDEO_TS/VTS_01_1.VOB`, `VTS_01_2.VOB`…; `VTS_02_*` is another video) or
 * the streams of one `BDMV/STREAM/` folder, together with those of the film's other discs when the
 * folder above is named for its disc (`Heat (1995)/Disc 2/VIDEO_TS/`). Pieces sort by disc (the part
 * the parser gives them), then by path.
 */
const discKey = <T extends InventoryItem>(row: Row<T>): string | undefined => {
	let root = discRoot(row);
	if (root === undefined) return undefined;
	const set = row.parsed.container === 'vob' ? stemOfRow(row).slice(0, 6).toLowerCase() : 'bdmv';
	// `Disc 2/VIDEO_TS/`: the discs of one film are one copy. Not `Part 2/`, which is as often a sequel's
	// title (`Deathly Hallows Part 2/VIDEO_TS/`) as a disc.
	const { part } = row.parsed;
	const { dir: parent, name } = splitPath(root);
	const disc = DISC_FOLDER.exec(name);
	if (disc !== null && part !== undefined && Number(disc[2]) === part) {
		root = `${parent}/${name.slice(0, disc.index).toLowerCase()}${disc[1]?.toLowerCase()}`;
	}
	return `${root}\u0000${set}`;
};

/**
 * The folder that holds the DVD or Blu-ray structure a video file belongs to (`Heat (1995)` for
 * `Heat (1995)/VIDEO_TS/VTS_01_1.VOB` and `Heat (1995)/BDMV/STREAM/00000.m2ts`), else undefined.
 */
const discRoot = <T extends InventoryItem>(row: Row<T>): string | undefined => {
	const { container } = row.parsed;
	if (container !== 'vob' && container !== 'm2ts') return undefined;
	const { dir } = row;
	const slash = dir.lastIndexOf('/');
	// Folder names read by the parser's keys, as it reads them to tell a disc structure's files.
	const folder = folderKey(dir.slice(slash + 1));
	if (container === 'vob' && folder === 'videots') return dir.slice(0, Math.max(slash, 0));
	if (container !== 'm2ts' || folder !== 'stream' || slash <= 0) return undefined;
	const above = dir.lastIndexOf('/', slash - 1);
	return folderKey(dir.slice(above + 1, slash)) === 'bdmv' ? dir.slice(0, Math.max(above, 0)) : undefined;
};

/** How many discs a disc structure's stack spans: one folder (`VIDEO_TS/`, `STREAM/`) per disc, in disc order. */
const discCount = <T extends InventoryItem>(stack: readonly Row<T>[]): number => {
	let discs = 1;
	for (let index = 1; index < stack.length; index++)
		if ((stack[index] as Row<T>).dir !== (stack[index - 1] as Row<T>).dir) discs++;
	return discs;
};

/** A folder named for one disc of a set: `Disc 2`, `DVD1`, `Disque 2`, `Heat (1995) - CD 2`. */
const DISC_FOLDER = /(^|[\s._-])(?:disc|disk|disque|dvd|cd)[\s._-]*(\d{1,2})$/i;

/** Copies of one card: parts of one split copy stacked in part order, best copy first. */
const buildVersions = <T extends InventoryItem>(rows: readonly Row<T>[]): BuiltVersion<T>[] => {
	let stacks: Map<string, Row<T>[]> | undefined;
	// Sized up front (at most one copy per row): a list grown by `push` from empty reserves 16 slots.
	const versions: BuiltVersion<T>[] = new Array(rows.length);
	let count = 0;
	for (let index = 0; index < rows.length; index++) {
		const row = rows[index] as Row<T>;
		const { part } = row.parsed;
		const disc = discKey(row);
		if (part === undefined && disc === undefined) {
			versions[count++] = singleVersion(row);
			continue;
		}
		stacks ??= new Map();
		const signature = disc ?? stackKey(row, part as number);
		const stack = stacks.get(signature);
		if (stack === undefined) stacks.set(signature, [row]);
		else stack.push(row);
	}
	if (stacks !== undefined) {
		for (const stack of stacks.values()) {
			sortSmall(stack, (a, b) => (a.parsed.part ?? 0) - (b.parsed.part ?? 0) || compareRows(a, b));
			// A disc structure's stack (few cards have one) counts its discs.
			const discs = discKey(stack[0] as Row<T>) === undefined ? 0 : discCount(stack);
			versions[count++] = toVersion(stack, discs);
		}
		versions.length = count;
	}
	sortSmall(versions, compareBuilt);
	const labels = versionLabels(versions);
	for (let index = 0; index < versions.length; index++) {
		(versions[index] as BuiltVersion<T>).version.label = labels[index] as string;
	}
	return versions;
};

const compareBuilt = <T extends InventoryItem>(a: BuiltVersion<T>, b: BuiltVersion<T>): number =>
	compareVersions(a, b) || compareEditions(a.edition, b.edition) || compareRows(a.first, b.first);

/**
 * `values.sort(compare)` (stable, so the same order), by insertion in place for short lists: most
 * cards have a few copies and a show a few episodes per title, and each `Array#sort` call allocates
 * close to 1 KB of work space, even for three elements.
 */
const sortSmall = <V>(values: V[], compare: (a: V, b: V) => number): void => {
	if (values.length > 16) {
		values.sort(compare);
		return;
	}
	for (let index = 1; index < values.length; index++) {
		const value = values[index] as V;
		let at = index;
		while (at > 0 && compare(values[at - 1] as V, value) > 0) {
			values[at] = values[at - 1] as V;
			at--;
		}
		values[at] = value;
	}
};

const compareEditions = (a: string | undefined, b: string | undefined): number =>
	a === b ? 0 : a === undefined ? -1 : b === undefined ? 1 : compareStrings(a, b);

const compareStrings = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Total order on rows: path, then size, then the rest of the row; equal rows are interchangeable. */
const compareRows = <T extends InventoryItem>(a: Row<T>, b: Row<T>): number => {
	if (a === b) return 0;
	const byPath = compareStrings(a.item.path, b.item.path);
	if (byPath !== 0) return byPath;
	const sizeA = typeof a.item.size === 'number' ? a.item.size : -1;
	const sizeB = typeof b.item.size === 'number' ? b.item.size : -1;
	return sizeA !== sizeB
		? sizeA < sizeB
			? -1
			: 1
		: compareStrings(fingerprint(a.item), fingerprint(b.item));
};

/** The row as sorted JSON, for ordering rows that share a path; `''` when it cannot be serialized. */
const fingerprint = (item: InventoryItem): string => {
	try {
		return JSON.stringify(item, (_key, value: unknown) =>
			value !== null && typeof value === 'object' && !Array.isArray(value)
				? Object.fromEntries(Object.entries(value).sort(([x], [y]) => compareStrings(x, y)))
				: typeof value === 'bigint'
					? String(value)
					: value,
		);
	} catch {
		return '';
	}
};

/** The rows of a card without any (never written to: sorting an empty list moves nothing). */
const NO_ROWS: Row<never>[] = [];

/** The card as returned; pushes the entry of its normalized title to `sortTitles`. */
const toGroup = <T extends InventoryItem>(
	card: Card<T>,
	sortTitles: NormEntry<Card<T>>[],
	titleOf: TitleOf<Card<T>>,
): MediaGroup<T> => {
	let versions: MediaVersion<T>[];
	let ordered: readonly Row<T>[];
	const { first } = card;
	const rows = card.rows ?? (first === undefined ? NO_ROWS : [first]);
	if (rows.length === 1) {
		versions = [loneVersion(rows[0] as Row<T>)];
		ordered = rows;
	} else {
		const built = buildVersions(rows);
		versions = built.map((version) => version.version);
		ordered = built.length === 1 ? rowsOf(built[0] as BuiltVersion<T>) : orderedRows(built, rows.length);
	}
	const cardExtras = card.extras ?? NO_ROWS;
	sortSmall(cardExtras, compareRows);
	const lead = ordered[0] ?? (cardExtras[0] as Row<T>);
	const heuristic = lead.heuristic as Heuristic<Card<T>>;
	const provider = firstProvider(ordered);
	const { key, kind } = card;
	// Shown: the provider's title, else the one the best copy writes (see `displayRow`).
	const shownRow = provider ?? displayRow(ordered, card) ?? lead;
	const shown = provider === undefined ? shownRow.display : provider.providerTitle;
	const shownEntry = provider === undefined ? shownRow.displayEntry : provider.provider?.base.title;
	sortTitles.push(shownEntry ?? titleOf(shown));
	const ids = groupIds(card, ordered.length > 0 ? ordered : cardExtras);
	// Most cards have no extras: a fresh empty list, not one mapped from an empty list.
	const extras = cardExtras.length === 0 ? [] : cardExtras.map((row) => row.item);
	const year = provider?.provider?.year ?? heuristic.year ?? lead.parsed.year;
	const counted = kind === 'episode' && countedFromFirst(lead);
	const season = kind === 'episode' && !counted ? (lead.parsed.season ?? joinedSeason(lead)) : undefined;
	const episode =
		kind !== 'episode'
			? undefined
			: counted
				? Number((lead.heuristic as Heuristic<Card<T>>).suffix.slice(1))
				: lead.parsed.episodes?.[0];
	// The usual cards as one literal each (fields in the object, not in a store grown field by field);
	// same fields in the same order as the general case below.
	if (card.edition === undefined && (season === undefined) === (episode === undefined)) {
		if (season === undefined) {
			return year === undefined
				? { key, kind, title: shown, ids, versions, extras }
				: { key, kind, title: shown, ids, versions, extras, year };
		}
		return year === undefined
			? { key, kind, title: shown, ids, versions, extras, season, episode: episode as number }
			: { key, kind, title: shown, ids, versions, extras, year, season, episode: episode as number };
	}
	const group: MediaGroup<T> = { key, kind, title: shown, ids, versions, extras };
	if (year !== undefined) group.year = year;
	if (season !== undefined) group.season = season;
	if (episode !== undefined) group.episode = episode;
	if (card.edition !== undefined) group.edition = card.edition;
	return group;
};

/** The rows of all versions, best version first. */
const orderedRows = <T extends InventoryItem>(built: readonly BuiltVersion<T>[], count: number): Row<T>[] => {
	const rows: Row<T>[] = new Array(count);
	let index = 0;
	for (let at = 0; at < built.length; at++) {
		const { first, stack } = built[at] as BuiltVersion<T>;
		if (stack === undefined) rows[index++] = first;
		else for (let part = 0; part < stack.length; part++) rows[index++] = stack[part] as Row<T>;
	}
	return rows;
};

/** The rows of one copy, in part order. */
const rowsOf = <T extends InventoryItem>(version: BuiltVersion<T>): readonly Row<T>[] =>
	version.stack ?? [version.first];

/**
 * The best copy whose title is written with capitals, else the best copy (`heat.1995…` is all lower
 * case); of those, first the copies whose own title is the `card`'s, over copies another title joined
 * to it (`Les Tuche 3 (2018).mkv` over `Les.Tuche.3.Liberte.Egalite.Fraternite.2018.1080p`, see
 * {@link addShortenedFilms}). The best copy that writes that title with a subtitle after it
 * (`Les Visiteurs 2 - Les Couloirs du temps` for `Les Visiteurs 2`, accents aside), if any; else, when
 * that title is written as scene names write titles, in letters, digits and spaces only (`Qu est ce qu
 * on a fait au Bon Dieu`), the best copy that writes the same title with its accents and punctuation
 * instead (`Qu'est-ce qu'on a fait au Bon Dieu`, see {@link writesMore}) or, when the shown title
 * capitalizes every word, cased by hand (`Le Comte de Monte-Cristo`, see {@link casesWords},
 * {@link writesCapitals}); or, when the shown copy is a release name, a copy its owner named with its
 * year that writes the same words in full (`Kill Bill Volume 1` for `Kill Bill Vol 1`, see
 * {@link spellsOut}), writes a number in letters where the release writes digits (`Rocky IV` for
 * `Rocky 4`, see {@link writesNumbers}), splits a word the release glues (`Spider-Man` for
 * `Spiderman`, see {@link splitsWords}) or writes as many words with accents or punctuation in
 * another order (`Harry Potter et les Reliques de la Mort - 1ère partie` for `… Partie 1`, see
 * {@link sameWordCount}): the title as its readers write it.
 */
const displayRow = <T extends InventoryItem>(rows: readonly Row<T>[], card: Card<T>): Row<T> | undefined => {
	let shown: Row<T> | undefined;
	for (const row of rows)
		if (!isLowerCase(row.display)) {
			shown = row;
			break;
		}
	shown ??= rows[0];
	if (shown === undefined || rows.length === 1) return shown;
	// Most cards hold copies of their own title only: the shown one is (one string compared, the card's
	// key being its heuristic's, the same string). The key of a title joined to another is not built.
	const { key } = card;
	if (shown.heuristic?.key !== key)
		for (const row of rows)
			if (row.heuristic?.key === key && !isLowerCase(row.display)) {
				shown = row;
				break;
			}
	// A copy written with the subtitle the shown one leaves out (`Les Visiteurs 2 - Les Couloirs du temps`),
	// in words (not `Superman: Red Son - tt10985510`), its title spelled alike or with the accents the
	// scene drops (`Les Bronzés 3 - Amis pour la vie` for `Les Bronzes 3`).
	// Most copies of a card write its title alike: they are neither (`===` on the shared string, no scan).
	const subtitled = `${shown.display} - `;
	for (const row of rows) {
		if (row.display === shown.display) continue;
		const subtitle = subtitleAt(row.display, subtitled);
		if (subtitle > 0 && !isLowerCase(row.display) && WORD.test(row.display.slice(subtitle))) return row;
	}
	if (!isPlainWords(shown.display)) return shown;
	const entry = shown.displayEntry ?? shown.entry;
	// A scene name capitalizes every word (`Le Comte De Monte Cristo`): a copy that writes the small words
	// in lower case (`Le Comte de Monte-Cristo`) is written as readers write the title.
	const capitalized = capitalizesWords(shown.display);
	// A copy named by hand with its year (`Kill Bill Volume 1 (2003).mkv`: a year, no resolution nor
	// source) that spells out the words a release name abbreviates (`Kill.Bill.Vol.1.2003.1080p`) writes
	// the title its owner chose.
	const release = namesRelease(shown);
	for (const row of rows) {
		const { display } = row;
		if (display === shown.display || (row.displayEntry ?? row.entry) !== entry || isLowerCase(display))
			continue;
		if (release && !namesRelease(row) && row.parsed.year !== undefined) {
			const spellings = wordSpellings(display, shown.display);
			if (
				spellsOut(spellings) ||
				writesNumbers(spellings) ||
				splitsWords(display, shown.display) ||
				numbersInSaga(display, shown.display) ||
				(writesMore(display) && sameWordCount(display, shown.display))
			)
				return row;
		}
		if (
			(writesMore(display) || (capitalized && (casesWords(display) || writesCapitals(display)))) &&
			sameLetters(display, shown.display)
		)
			return row;
	}
	return shown;
};

/**
 * Whether `split` writes the letters of `glued` in more words of two letters or more (`Spider-Man` for
 * `Spiderman`; not `S.W.A.T` for `SWAT`, which initials write alike).
 */
const splitsWords = (split: string, glued: string): boolean => {
	const words = looseKey(split).split(' ');
	return (
		words.length > looseKey(glued).split(' ').length &&
		words.every((word) => word.length > 1) &&
		sameLetters(split, glued)
	);
};

/**
 * Whether `full` writes the word that numbers a film in its saga, which `short` leaves out (`Le Parrain,
 * 2e partie` for `Le Parrain 2`, `John Wick : Chapitre 3 - Parabellum` for `John Wick 3 Parabellum`).
 */
const numbersInSaga = (full: string, short: string): boolean => {
	const norm = groupingTitle(full);
	const plain = unnumbered(norm);
	return plain !== norm && plain === groupingTitle(short);
};

/** {@link wordSpellings}: some word of `full` is longer than its word of `short` (`Volume` for `Vol`). */
const SPELLED_LONGER = 1;
/** {@link wordSpellings}: some word of `full` writes in letters the number `short` writes in digits. */
const NUMBER_IN_LETTERS = 2;
/** {@link wordSpellings}: some word of `full` differs from its word of `short` otherwise. */
const OTHER_SPELLING = 4;

/**
 * How `full` writes the words of `short`, when it writes the same words: as many, each of `short`
 * starting its word of `full` (accents, case and punctuation aside) or writing its number otherwise
 * (`3` for `Trois`, `5eme` for `Cinquième`, `4` for `IV`, `1` for `I`). The flags of the differences
 * ({@link SPELLED_LONGER}, {@link NUMBER_IN_LETTERS}, {@link OTHER_SPELLING}); -1 when the words are not
 * the same: `L'Dernier Metro` is another title than `Le Dernier Metro`, not a longer spelling.
 */
const wordSpellings = (full: string, short: string): number => {
	const long = looseKey(full).split(' ');
	const words = looseKey(short).split(' ');
	if (long.length !== words.length) return -1;
	let found = 0;
	for (let index = 0; index < words.length; index++) {
		const word = words[index] as string;
		const spelled = long[index] as string;
		if (spelled === word) continue;
		const number = sameNumber(spelled, word);
		if (!number && !spelled.startsWith(word)) return -1;
		if (spelled.length > word.length) found |= SPELLED_LONGER;
		found |= number && isDigitCode(word.charCodeAt(0)) ? NUMBER_IN_LETTERS : OTHER_SPELLING;
	}
	return found;
};

/**
 * Whether a copy writes a release's words in full, one at least longer (`Kill Bill Volume 1` for
 * `Kill Bill Vol 1`), from the {@link wordSpellings} of the two.
 */
const spellsOut = (spellings: number): boolean => spellings > 0 && (spellings & SPELLED_LONGER) !== 0;

/**
 * Whether a copy writes a release's words, some number among them in letters where the release writes
 * it in digits (`Nymphomaniac Vol. I` for `Nymphomaniac Vol 1`, `Rocky IV` for `Rocky 4`), and nothing
 * else otherwise, from the {@link wordSpellings} of the two.
 */
const writesNumbers = (spellings: number): boolean =>
	spellings > 0 && (spellings & NUMBER_IN_LETTERS) !== 0 && (spellings & OTHER_SPELLING) === 0;

/**
 * Whether two spellings of one title (one key) have as many words: then neither drops a leading article
 * the other writes (`Les Bronzés font du ski` and `Bronzés font du ski`).
 */
const sameWordCount = (a: string, b: string): boolean => wordCount(a) === wordCount(b);

/** The number of words of a title's {@link looseKey}. */
const wordCount = (title: string): number => looseKey(title).split(' ').length;

/** Whether a row's name tells a resolution or a source, as release names do. */
const namesRelease = <T extends InventoryItem>(row: Row<T>): boolean =>
	row.parsed.resolution !== undefined || row.parsed.source !== undefined;

/** Whether every word of `text` after the first starts with a capital or a digit (`Le Comte De Monte Cristo`). */
const capitalizesWords = (text: string): boolean => {
	for (let index = text.indexOf(' '); index >= 0; index = text.indexOf(' ', index + 1)) {
		const code = text.charCodeAt(index + 1);
		if (code >= 0x61 && code <= 0x7a) return false;
	}
	return true;
};

/**
 * Whether the words of `text` after the first start some with a capital and some with a lower-case
 * letter (`Le Comte de Monte-Cristo`, `Harry Potter and the Goblet of Fire`): a title cased by hand, not
 * a name capitalized word by word nor written in lower case.
 */
const casesWords = (text: string): boolean => {
	let lower = false;
	let upper = false;
	for (let index = 1; index < text.length; index++) {
		const before = text.charCodeAt(index - 1);
		if (before !== 0x20 && before !== 0x2d) continue;
		const code = text.charCodeAt(index);
		if (code >= 0x61 && code <= 0x7a) lower = true;
		else if (code >= 0x41 && code <= 0x5a) upper = true;
	}
	return lower && upper;
};

/** A word of two letters or more. */
const WORD = /(?:^|\s)\p{L}{2,}(?:\s|$)/u;

/**
 * Where the subtitle starts in `display` when it is `subtitled` (a title and ` - `) then a subtitle, the
 * title spelled alike or with other accents and punctuation ({@link sameLetters}); -1 otherwise.
 */
const subtitleAt = (display: string, subtitled: string): number => {
	if (display.startsWith(subtitled)) return subtitled.length;
	const title = subtitled.slice(0, -3);
	for (let dash = display.indexOf(' - '); dash > 0; dash = display.indexOf(' - ', dash + 1))
		if (sameLetters(display.slice(0, dash), title)) return dash + 3;
	return -1;
};

/**
 * Whether `text`, a title, writes what scene names leave out: accents, apostrophes, `&`, `:`, `,`, `!`,
 * `?` or a spaced dash (`Star Wars - Episode IV - A New Hope`). Not a glued dash: a name's glued suffix
 * leaves one in a title (`Iron Man-3d`) more often than a title has one the scene drops.
 */
const writesMore = (text: string): boolean => {
	if (text.includes(' - ')) return true;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (
			code > 0x7f ||
			code === 0x27 ||
			code === 0x26 ||
			code === 0x3a ||
			code === 0x2c ||
			code === 0x21 ||
			code === 0x3f
		)
			return true;
	}
	return false;
};

/** Whether `text` is ASCII letters, digits and spaces only, as a title read from a scene name is. */
const isPlainWords = (text: string): boolean => plainFrom(text, false);

/**
 * {@link isPlainWords}, initials written with their dots allowed (`Marvels Agents of S.H.I.E.L.D`, as
 * the parser keeps them from `Marvels.Agents.of.S.H.I.E.L.D`).
 */
const isPlainOrInitials = (text: string): boolean => plainFrom(text, true);

const plainFrom = (text: string, initials: boolean): boolean => {
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (
			code !== 32 &&
			!(code >= 48 && code <= 57) &&
			!(code >= 65 && code <= 90) &&
			!(code >= 97 && code <= 122) &&
			!(initials && code === 0x2e && initialBefore(text, index))
		)
			return false;
	}
	return true;
};

/** Whether the dot at `index` closes a one-letter word (`S.` in `S.H.I.E.L.D`). */
const initialBefore = (text: string, index: number): boolean => {
	const letter = text.charCodeAt(index - 1);
	const before = index < 2 ? 32 : text.charCodeAt(index - 2);
	return (
		((letter >= 65 && letter <= 90) || (letter >= 97 && letter <= 122)) && (before === 32 || before === 0x2e)
	);
};

/**
 * The best copy whose provider fields give a title (and year). Reads {@link Row.provider}, which
 * `collectYears` computed for every film and episode row.
 */
const firstProvider = <T extends InventoryItem>(rows: readonly Row<T>[]): Row<T> | undefined => {
	for (const row of rows) if (row.provider) return row;
	return undefined;
};

const groupIds = <T extends InventoryItem>(card: Card<T>, rows: readonly Row<T>[]): MediaGroupIds => {
	// The usual card: at most a TMDB id, no TheTVDB nor IMDb id on the card or its rows. One literal, not
	// an empty object grown by a field (same fields, same order as the general case below).
	let usual = card.tmdb !== undefined || card.tvdb === undefined;
	let tmdb = card.tmdb;
	for (let index = 0; usual && index < rows.length; index++) {
		const { item, parsed } = rows[index] as Row<T>;
		if (
			numericId(item.tvdb_id) !== undefined ||
			parsed.ids.tvdb !== undefined ||
			parsed.ids.imdb !== undefined
		)
			usual = false;
		else tmdb ??= numericId(item.tmdb_id) ?? parsed.ids.tmdb;
	}
	if (usual) return tmdb === undefined ? {} : { tmdb };
	const ids: MediaGroupIds = {};
	if (card.tmdb !== undefined) ids.tmdb = card.tmdb;
	else if (card.tvdb !== undefined) ids.tvdb = card.tvdb;
	for (const row of rows) {
		if (ids.tmdb === undefined) {
			const tmdb = numericId(row.item.tmdb_id) ?? row.parsed.ids.tmdb;
			if (tmdb !== undefined) ids.tmdb = tmdb;
		}
		if (ids.tvdb === undefined) {
			const tvdb = numericId(row.item.tvdb_id) ?? row.parsed.ids.tvdb;
			if (tvdb !== undefined) ids.tvdb = tvdb;
		}
		if (ids.imdb === undefined && row.parsed.ids.imdb !== undefined) ids.imdb = row.parsed.ids.imdb;
	}
	return ids;
};

/**
 * Cards in a fixed order: normalized title (`sortTitles[i]`, the entry of the one of `groups[i]`),
 * then year (none first), season, episode, then key (which also orders a film's edition cards).
 *
 * Cards are bucketed by title entry (`buckets[entry.id]`: no map keyed by strings) and only the
 * distinct titles are sorted as strings (a show's episodes and a film's editions share one); each
 * bucket then sorts on numbers and keys. Same order as one stable sort on all five fields, for fewer
 * string comparisons.
 */
const sortGroups = <T extends InventoryItem>(
	groups: MediaGroup<T>[],
	sortTitles: readonly NormEntry<Card<T>>[],
	heuristics: Heuristics<Card<T>>,
): MediaGroup<T>[] => {
	// A title's bucket is its card itself while it has one (most titles), a list from the second on.
	const buckets: (MediaGroup<T> | MediaGroup<T>[] | undefined)[] = new Array(heuristics.size);
	const titles: NormEntry<Card<T>>[] = [];
	for (let index = 0; index < groups.length; index++) {
		const group = groups[index] as MediaGroup<T>;
		const entry = sortTitles[index] as NormEntry<Card<T>>;
		const bucket = buckets[entry.id];
		if (bucket === undefined) {
			buckets[entry.id] = group;
			titles.push(entry);
		} else if (Array.isArray(bucket)) bucket.push(group);
		else buckets[entry.id] = [bucket, group];
	}
	// Entries are one per normalized title: ordering the titles orders them. The strings sort with the
	// default order (`compareStrings`' UTF-16 order) without a call into JS per comparison, and each is
	// then found back by its entry: 38k titles sorted through a comparator on entries took ~70 ms.
	const norms: string[] = new Array(titles.length);
	for (let at = 0; at < titles.length; at++) norms[at] = (titles[at] as NormEntry<Card<T>>).norm;
	norms.sort();
	let index = 0;
	for (let at = 0; at < norms.length; at++) {
		const bucket = buckets[heuristics.entry(norms[at] as string).id] as MediaGroup<T> | MediaGroup<T>[];
		if (!Array.isArray(bucket)) {
			groups[index++] = bucket;
			continue;
		}
		sortSmall(bucket, compareInTitle);
		spellShowAlike(bucket);
		for (let inBucket = 0; inBucket < bucket.length; inBucket++) {
			groups[index++] = bucket[inBucket] as MediaGroup<T>;
		}
	}
	return groups;
};

/**
 * Gives the episode cards of one normalized title (one show's episodes, most often) one spelling: the
 * best one a card of them shows, over a release's on another card (`Le Bureau Des Legendes` from
 * `Downloads/Le.Bureau.Des.Legendes.S02E03…` shows as `Le Bureau des légendes`, as the show's folder
 * writes it on its other cards). Best is with accents or punctuation (see {@link writesMore}), then
 * cased by hand (see {@link casesWords}); of several, the one most cards show, then the first in
 * code-unit order, so that the cards' order does not matter. Only a title written less well is
 * replaced, by one that has as many words (`Bronzés` never replaces `Les Bronzes`), and never a film's.
 */
const spellShowAlike = <T extends InventoryItem>(cards: readonly MediaGroup<T>[]): void => {
	// Each spelling written well and how many cards show it; most buckets hold one (a show's cards).
	let counts: Map<string, number> | undefined;
	let bestScore = 0;
	for (const card of cards) {
		if (card.kind !== 'episode') continue;
		const score = spellingScore(card.title);
		if (score === 0 || score < bestScore) continue;
		if (score > bestScore) {
			bestScore = score;
			counts = new Map();
		}
		counts?.set(card.title, (counts.get(card.title) ?? 0) + 1);
	}
	if (counts === undefined) return;
	let best = '';
	let bestCount = 0;
	for (const [title, count] of counts)
		if (count > bestCount || (count === bestCount && compareStrings(title, best) < 0)) {
			best = title;
			bestCount = count;
		}
	const words = wordCount(best);
	for (const card of cards)
		if (card.kind === 'episode' && spellingScore(card.title) < bestScore && wordCount(card.title) === words)
			card.title = best;
};

/** How well a title is written: 2 with accents or punctuation, 1 cased by hand, 0 in scene words. */
const spellingScore = (title: string): number =>
	isLowerCase(title) ? 0 : writesMore(title) ? 2 : casesWords(title) ? 1 : 0;

/** Order of two cards of one normalized title. */
const compareInTitle = <T extends InventoryItem>(a: MediaGroup<T>, b: MediaGroup<T>): number =>
	(a.year ?? -1) - (b.year ?? -1) ||
	(a.season ?? -1) - (b.season ?? -1) ||
	(a.episode ?? -1) - (b.episode ?? -1) ||
	compareStrings(a.key, b.key);
