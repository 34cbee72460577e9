/**
 * The last step of the path parser: a file's merged {@link NameInfo} turned into its
 * {@link ParsedMedia}, in one of two layouts (see {@link toParsedMedia}).
 *
 * @packageDocumentation
 * @internal
 */
import type { FileKind } from '../media.js';
import type { NameInfo } from './parse-name.js';
import type { ParsedMedia, PathIds } from './types.js';

/**
 * A {@link ParsedMedia} with every field present, `undefined` when the path does not give it. Under
 * `exactOptionalPropertyTypes` this is not a `ParsedMedia` for the compiler, though it reads the same:
 * `parsed.x` is `undefined` in both when the field is absent.
 */
type DenseParsedMedia = { [Key in keyof ParsedMedia]-?: ParsedMedia[Key] | undefined };

/**
 * A file's merged name `info` as a {@link ParsedMedia}, with the path's `ids`, whether it is an
 * `episodic` file (episodes, a date, or a season on a non-generic name), the path's `{edition-…}` tag
 * (which wins over the names' editions) and the `container` its extension names. Positional arguments:
 * this runs once per file, and a bag of them would be one more object each time.
 *
 * Sparse (`dense` false, what `parseMediaPath` returns): only the fields that have a value, in the
 * documented key order, so that a result prints and compares as it always has.
 *
 * Dense (`dense` true, for `groupInventory`'s own parser): every field, `undefined` when absent, set in
 * one object literal. Every result then has one hidden class, so grouping's many `parsed.x` reads stay
 * monomorphic, and the object is made in one step instead of grown field by field (each added field
 * moved the sparse object to a new hidden class, and most went to a separate property store). Grouping
 * only reads fields (no `in`, key listing or spread), so it cannot tell the two layouts apart. The
 * price is memory: 431 bytes kept per parsed row of the bench library against 334 sparse (25 slots
 * where most rows fill 11).
 *
 * @internal
 */
export function toParsedMedia(
	info: NameInfo,
	ids: PathIds,
	episodic: boolean,
	pathEdition: string | undefined,
	container: string | undefined,
	dense: boolean,
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
	// The picture height is given only for a non-standard one.
	const height = info.resolution === undefined ? info.height : undefined;
	if (dense) {
		const row: DenseParsedMedia = {
			kind,
			title,
			ids,
			alternativeTitle,
			year: info.year,
			season: episodic ? info.season : undefined,
			seasons: episodic ? info.seasons : undefined,
			episodes: episodic ? info.episodes : undefined,
			episodeTitle: episodic ? info.episodeTitle : undefined,
			date: episodic ? info.date : undefined,
			resolution: info.resolution,
			height,
			source: info.source,
			videoCodec: info.videoCodec,
			hdr: info.hdr,
			audio: info.audio,
			releaseGroup: info.releaseGroup,
			edition,
			editions,
			part: info.part,
			extra: info.extra,
			languages: info.languages,
			subtitleLanguages: info.subtitleLanguages,
			country: info.country,
			container,
		};
		// The one place the dense layout meets the declared type: see above for why it reads the same.
		return row as unknown as ParsedMedia;
	}
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
	if (info.resolution !== undefined) parsed.resolution = info.resolution;
	else if (height !== undefined) parsed.height = height;
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
