import type { Candidate, MediaKind } from '@vm/core';
import type { TvdbRecord, TvdbTranslation } from './tvdb-types.js';
import {
	distinctTexts,
	field,
	readArray,
	readId,
	readNumber,
	readObject,
	readText,
	readYear,
} from './values.js';

/**
 * Maps a `SeriesBaseRecord` or `MovieBaseRecord` to a candidate. `name` is the primary-language title;
 * a translation (from `/series/{id}/translations/{lang}`), when given, becomes `title`. `score` is kept as
 * `popularity`, used only to break ties.
 *
 * @param record - The record (anything without an id and a name gives `undefined`).
 * @param kind - What the record is.
 * @param translation - The record's translation in the wanted language, when fetched.
 */
export function mapRecord(
	record: unknown,
	kind: MediaKind,
	translation?: TvdbTranslation,
): Candidate | undefined {
	const data = readObject(record) as TvdbRecord | undefined;
	if (data === undefined) return undefined;
	const id = readId(data.id);
	const name = readText(data.name);
	if (id === undefined || name === undefined) return undefined;
	const title = readText(translation?.name) ?? name;
	const names = [
		...readArray(translation?.aliases).flatMap((alias) => readText(alias) ?? []),
		...readArray(data.aliases).flatMap((alias) => readText(field(alias, 'name') ?? alias) ?? []),
	];
	const aliases = distinctTexts(names, [title, name]);
	const year = readYear(data.firstAired) ?? readYear(data.year);
	const popularity = readNumber(data.score);
	return {
		id,
		kind,
		title,
		...(title === name ? {} : { originalTitle: name }),
		...(aliases.length > 0 ? { aliases } : {}),
		...(year === undefined ? {} : { year }),
		...(popularity === undefined ? {} : { popularity }),
	};
}

/** The language codes a record has a translated name in (`nameTranslations`). */
export function translatedLanguages(record: unknown): readonly string[] {
	return readArray(field(record, 'nameTranslations')).flatMap((code) => readText(code) ?? []);
}
