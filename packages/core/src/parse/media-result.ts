/**
 * The last step of the path parser: a file's merged {@link NameInfo} turned into its
 * {@link ParsedMedia}, sparse ({@link toParsedMedia}) or dense ({@link finishDense}).
 *
 * @packageDocumentation
 * @internal
 */
import type { FileKind } from '../media.js';
import { NOT_VIDEO } from './containers.js';
import type { NameInfo } from './parse-name.js';
import type { ParsedMedia, PathIds } from './types.js';

/**
 * The fields of a {@link ParsedMedia} that only describe a copy and that grouping never reads (audio
 * and video codecs, alternative title, odd picture height, edition list and season range). A batch
 * result leaves them out, so that their arrays and strings die young instead of being copied out of
 * the young generation with the 100k results `groupInventory` keeps: groupInventory B/A cpu 0.88–0.97
 * at 100k rows (one run of five at 1.16, this machine being noisy). Its languages, which labels read,
 * are lists shared between results instead (see {@link finishDense}).
 *
 * @internal
 */
export type UnreadByGrouping =
	| 'alternativeTitle'
	| 'seasons'
	| 'height'
	| 'videoCodec'
	| 'audio'
	| 'editions';

/**
 * The keys of {@link UnreadByGrouping}, for code that compares a batch result with a full one.
 *
 * @internal
 */
export const UNREAD_BY_GROUPING: readonly UnreadByGrouping[] = [
	'alternativeTitle',
	'seasons',
	'height',
	'videoCodec',
	'audio',
	'editions',
];

/**
 * What a batch result of `createPathParser` carries: a {@link ParsedMedia} without the fields
 * grouping never reads (grouping takes this type, so that the compiler refuses a read of one of them),
 * and the parser's `bareNumber` (see `NameInfo`), which grouping weighs against the whole library.
 * `parseMediaPath`'s results, which lack it, group as if it were unset.
 *
 * @internal
 */
export type BatchMedia = Omit<ParsedMedia, UnreadByGrouping | 'languages' | 'subtitleLanguages'> & {
	readonly bareNumber?: boolean | undefined;
	/** The French dubs the path writes, one bit each (see `FRENCH_DUBS`): labels tell them. */
	readonly dubs?: number | undefined;
	/** Shared between results (see {@link finishDense}): never to be changed. */
	readonly languages?: readonly string[] | undefined;
	readonly subtitleLanguages?: readonly string[] | undefined;
};

/**
 * Whether a file is an extra (a trailer, a sample…) or not a video (subtitles, artwork…): it goes to a
 * card's extras, never to its versions.
 *
 * @internal
 */
export const isExtraFile = (parsed: BatchMedia): boolean => {
	const { container } = parsed;
	return parsed.extra !== undefined || (container !== undefined && NOT_VIDEO.has(container));
};

/**
 * The `ids` of a dense result whose path tags none. Shared by those results rather than an empty
 * object each (one object and 56 bytes kept per row less): grouping, their only reader, never writes
 * to a result or its ids, and frozen, a write could not go unnoticed. `parseMediaPath` gives each
 * result its own object, as its callers may change it.
 *
 * @internal
 */
export const NO_IDS: PathIds = Object.freeze({});

/**
 * A file's merged name `info` as a {@link ParsedMedia}, with the path's `ids`, whether it is an
 * `episodic` file (episodes, a date, or a season on a non-generic name), the path's `{edition-…}` tag
 * (which wins over the names' editions) and the `container` its extension names. Positional arguments:
 * this runs once per file, and a bag of them would be one more object each time. Only the fields that
 * have a value, in the documented key order, so that a result prints and compares as it always has:
 * what `parseMediaPath` returns.
 *
 * @internal
 */
export function toParsedMedia(
	info: NameInfo,
	ids: PathIds,
	episodic: boolean,
	pathEdition: string | undefined,
	container: string | undefined,
): ParsedMedia {
	let { title } = info;
	let alternativeTitle: string | undefined;
	if (info.subtitle !== undefined && title !== '') {
		// `Mission Impossible - Fallout (2018)`: a film's subtitle is its title's; a show keeps guessit's split.
		if (!episodic && info.keepSubtitle === true) title = `${title} - ${info.subtitle}`;
		else alternativeTitle = info.subtitle;
	}
	const kind: FileKind = episodic ? 'episode' : 'movie';
	const edition = pathEdition ?? info.edition;
	const editions =
		pathEdition === undefined && info.editions !== undefined && info.editions.length > 1
			? info.editions
			: undefined;
	const parsed: ParsedMedia = { kind, title, ids };
	if (alternativeTitle !== undefined) parsed.alternativeTitle = alternativeTitle;
	if (info.year !== undefined) parsed.year = info.year;
	if (episodic) {
		if (info.season !== undefined) parsed.season = info.season;
		if (info.seasons !== undefined) parsed.seasons = info.seasons;
		if (info.episodes !== undefined) parsed.episodes = info.episodes;
		if (info.episodeTitle !== undefined) parsed.episodeTitle = info.episodeTitle;
		if (info.date !== undefined) parsed.date = info.date;
	}
	// The picture height is given only for a non-standard one.
	if (info.resolution !== undefined) parsed.resolution = info.resolution;
	else if (info.height !== undefined) parsed.height = info.height;
	if (info.source !== undefined) parsed.source = info.source;
	if (info.videoCodec !== undefined) parsed.videoCodec = info.videoCodec;
	if (info.hdr !== undefined) parsed.hdr = info.hdr;
	if (info.audio !== undefined) parsed.audio = info.audio;
	if (info.releaseGroup !== undefined) parsed.releaseGroup = info.releaseGroup;
	if (edition !== undefined) parsed.edition = edition;
	if (editions !== undefined) parsed.editions = editions;
	if (info.part !== undefined) parsed.part = info.part;
	if (info.extra !== undefined) parsed.extra = info.extra;
	if (info.languages !== undefined) parsed.languages = info.languages;
	if (info.subtitleLanguages !== undefined) parsed.subtitleLanguages = info.subtitleLanguages;
	if (info.country !== undefined) parsed.country = info.country;
	if (container !== undefined) parsed.container = container;
	return parsed;
}

/**
 * {@link toParsedMedia} for `groupInventory`'s own parser: the same arguments, and the same values as
 * the sparse result, in a dense object of the fields grouping reads (every one present, `undefined`
 * when the path does not give it): none of {@link UnreadByGrouping}, and the parser's `bareNumber` and
 * `dubs`.
 *
 * Every dense result has one hidden class, so grouping's many `parsed.x` reads stay monomorphic.
 * Grouping only reads fields (no `in`, key listing or spread), so it cannot tell the two layouts
 * apart; under `exactOptionalPropertyTypes` the compiler can, hence the cast.
 * It is a copy, not the file's {@link NameInfo} finished in place as it had been: the 21 fields
 * `groupInventory` keeps to the end of its call take 192 bytes a row, where the info's 32 took 280,
 * and the info the copy leaves dies young, where it costs nothing to collect. At 1M rows the call
 * keeps 88 MB less and runs 182 scavenges instead of 202 (one call each); at 100k rows
 * groupInventory B/A cpu 0.92 (median of each process's best, 10 process pairs × 5 calls), while at
 * 1M rows the difference was within the noise (3 pairs × 3 calls: 1.01).
 *
 * @internal
 */
export function finishDense(
	info: NameInfo,
	ids: PathIds,
	episodic: boolean,
	pathEdition: string | undefined,
	container: string | undefined,
): BatchMedia {
	const { title, subtitle } = info;
	return {
		kind: episodic ? 'episode' : 'movie',
		// `Mission Impossible - Fallout (2018)`: a film's subtitle is its title's (a show's is its
		// alternative title, which a batch result leaves out).
		title:
			subtitle !== undefined && title !== '' && !episodic && info.keepSubtitle === true
				? `${title} - ${subtitle}`
				: title,
		ids,
		year: info.year,
		season: episodic ? info.season : undefined,
		episodes: episodic ? info.episodes : undefined,
		episodeTitle: episodic ? info.episodeTitle : undefined,
		date: episodic ? info.date : undefined,
		resolution: info.resolution,
		source: info.source,
		hdr: info.hdr,
		releaseGroup: info.releaseGroup,
		edition: pathEdition ?? info.edition,
		part: info.part,
		extra: info.extra,
		languages: sharedList(info.languages),
		dubs: info.dubs,
		subtitleLanguages: sharedList(info.subtitleLanguages),
		country: info.country,
		container,
		bareNumber: info.bareNumber,
	} as BatchMedia;
}

/** The lists of language codes batch results share, by their codes joined with `,`. */
const LANGUAGE_LISTS = new Map<string, string[]>();

/**
 * The one frozen list of these language codes that every batch result giving them shares: a library
 * tags a few combinations (`fr`, `mul`, `fr,en`…), and a list per result, kept to the end of a
 * `groupInventory` call, cost 5–12% of it in copying by the garbage collector. Past 1,000 distinct
 * lists (a table of codes bounds them, so never in practice) a list is kept as it is.
 */
const sharedList = (list: string[] | undefined): string[] | undefined => {
	if (list === undefined) return undefined;
	const key = list.length === 1 ? (list[0] as string) : list.join(',');
	const shared = LANGUAGE_LISTS.get(key);
	if (shared !== undefined) return shared;
	if (LANGUAGE_LISTS.size < 1_000) LANGUAGE_LISTS.set(key, Object.freeze(list) as string[]);
	return list;
};
