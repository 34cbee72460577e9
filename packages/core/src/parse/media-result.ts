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
 * result leaves them `undefined`, so that their arrays and strings die young instead of being copied
 * out of the young generation with the 100k results `groupInventory` keeps: groupInventory B/A cpu
 * 0.88–0.97 at 100k rows (one run of five at 1.16, this machine being noisy). Its languages, which
 * labels read, are lists shared between results instead (see {@link finishDense}).
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
 * {@link toParsedMedia} for `groupInventory`'s own parser, done in place: the file's `info` becomes
 * its result, dense (every field present, `undefined` when the path does not give it), and is
 * returned. The same arguments, and the same values as the sparse result, but for the fields of
 * {@link UnreadByGrouping}, always `undefined` here.
 *
 * A dense result has one hidden class (that of every {@link NameInfo}), so grouping's many `parsed.x`
 * reads stay monomorphic, and no field is added to it, which would move it to a new hidden class (most
 * to a separate property store). Grouping only reads fields (no `in`, key listing or spread), so it
 * cannot tell the two layouts apart; under `exactOptionalPropertyTypes` the compiler can, hence the
 * cast. The parser's own fields are cleared, so that the object holds nothing a `ParsedMedia` lacks
 * but `bareNumber`.
 * Finishing in place rather than copying into a 25-field literal made one object per row instead of
 * two: path parser B/A cpu 0.9 (see the commit).
 *
 * `info` must be the file's own: never a folder's info, which the files of a directory share.
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
	// `Mission Impossible - Fallout (2018)`: a film's subtitle is its title's (a show's is its alternative
	// title, which a batch result leaves out).
	if (subtitle !== undefined && title !== '' && !episodic && info.keepSubtitle === true)
		info.title = `${title} - ${subtitle}`;
	info.kind = episodic ? 'episode' : 'movie';
	info.ids = ids;
	if (!episodic) {
		info.season = undefined;
		info.episodes = undefined;
		info.episodeTitle = undefined;
		info.date = undefined;
	}
	if (pathEdition !== undefined) info.edition = pathEdition;
	info.container = container;
	// What grouping never reads (see UnreadByGrouping), then the parser's own fields.
	info.alternativeTitle = undefined;
	info.seasons = undefined;
	info.height = undefined;
	info.videoCodec = undefined;
	info.audio = undefined;
	info.editions = undefined;
	info.languages = sharedList(info.languages);
	info.subtitleLanguages = sharedList(info.subtitleLanguages);
	info.absolute = undefined;
	info.leadingNumber = undefined;
	info.subtitle = undefined;
	info.keepSubtitle = undefined;
	info.camera = undefined;
	return info as unknown as BatchMedia;
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
