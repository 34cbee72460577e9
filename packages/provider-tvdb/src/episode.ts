import type { RequestOptions } from '@vm/core';
import type { TvdbEpisodeRecord } from './tvdb-types.js';
import { field, readArray, readCount, readId, readNumber, readObject, readText } from './values.js';

/**
 * How episodes are numbered:
 * - `default`: the aired order (TheTVDB's `default` season type);
 * - `dvd`: the DVD order;
 * - `absolute`: one running number across seasons, as anime fansub releases use (`[Group] Show - 30.mkv`).
 *
 * @example
 * ```ts
 * import type { TvdbEpisodeOrder } from '@vm/provider-tvdb';
 * const order: TvdbEpisodeOrder = 'absolute';
 * ```
 */
export type TvdbEpisodeOrder = 'default' | 'absolute' | 'dvd';

/**
 * One episode, as {@link TvdbProvider.getEpisode} returns it.
 *
 * @example
 * ```ts
 * import type { TvdbEpisode } from '@vm/provider-tvdb';
 * const episode: TvdbEpisode = { id: 5271040, seriesId: 267440, order: 'absolute', seasonNumber: 2, number: 5, absoluteNumber: 30, name: 'Historia' };
 * ```
 */
export interface TvdbEpisode {
	/** TheTVDB episode id. */
	readonly id: number;
	/** TheTVDB series id. */
	readonly seriesId: number;
	/** The order the episode was looked up in. */
	readonly order: TvdbEpisodeOrder;
	/**
	 * Season number: in the DVD order for `dvd`, else in the aired order (an `absolute` lookup resolves to
	 * the aired season). `0` holds specials.
	 */
	readonly seasonNumber: number;
	/** Episode number within {@link TvdbEpisode.seasonNumber}. */
	readonly number: number;
	/** Running number across seasons, when TheTVDB has one (or when it was looked up by it). */
	readonly absoluteNumber?: number;
	/** Episode title (in the requested language when a translation was found). */
	readonly name?: string;
	/** First air date, `yyyy-mm-dd`, local to the show's country. */
	readonly aired?: string;
	/** Runtime in minutes. */
	readonly runtime?: number;
}

/**
 * Options of {@link TvdbProvider.getEpisode}.
 *
 * @example
 * ```ts
 * import type { GetEpisodeOptions } from '@vm/provider-tvdb';
 * const options: GetEpisodeOptions = { order: 'absolute', language: 'fr-FR' };
 * ```
 */
export interface GetEpisodeOptions extends RequestOptions {
	/**
	 * How `season` and `episode` are numbered. With `absolute`, `season` is ignored and `episode` is the
	 * running number.
	 * @default 'default'
	 */
	readonly order?: TvdbEpisodeOrder;
	/**
	 * BCP 47 language of the episode title (`fr-FR`). Falls back to the untranslated list when TheTVDB has no
	 * translated list for it (it answers 404 for some shows and languages).
	 * @default the provider's `language`
	 */
	readonly language?: string;
}

/** The `season-type` path segment for an order (absolute numbers are resolved in the aired list). */
export function seasonTypeFor(order: TvdbEpisodeOrder): 'default' | 'dvd' {
	return order === 'dvd' ? 'dvd' : 'default';
}

/** The `episodes` array of one page of `/series/{id}/episodes/{season-type}[/{lang}]`. */
export function readEpisodes(data: unknown): readonly unknown[] {
	return readArray(field(data, 'episodes'));
}

/** Maps an `EpisodeBaseRecord`; `undefined` when it has no id or numbers (TheTVDB's "ghost" episodes). */
export function mapEpisode(raw: unknown, order: TvdbEpisodeOrder, seriesId: number): TvdbEpisode | undefined {
	const record = readObject(raw) as TvdbEpisodeRecord | undefined;
	if (record === undefined) return undefined;
	const id = readId(record.id);
	const seasonNumber = readCount(record.seasonNumber);
	const number = readCount(record.number);
	if (id === undefined || seasonNumber === undefined || number === undefined) return undefined;
	const absoluteNumber = readCount(record.absoluteNumber);
	const name = readText(record.name);
	const aired = readText(record.aired);
	const runtime = readNumber(record.runtime);
	return {
		id,
		seriesId: readId(record.seriesId) ?? seriesId,
		order,
		seasonNumber,
		number,
		...(absoluteNumber === undefined || absoluteNumber === 0 ? {} : { absoluteNumber }),
		...(name === undefined ? {} : { name }),
		...(aired === undefined ? {} : { aired }),
		...(runtime === undefined ? {} : { runtime }),
	};
}

/**
 * Finds the episode with running number `absolute` in the aired list of a whole series. TheTVDB's
 * `absoluteNumber` wins when the list carries it; otherwise episodes of seasons 1 and up (specials never
 * count) are numbered in season/episode order.
 *
 * @param episodes - Every episode of the series in the aired order, specials included.
 * @param absolute - The running number (1-based).
 */
export function findAbsoluteEpisode(
	episodes: readonly TvdbEpisode[],
	absolute: number,
): TvdbEpisode | undefined {
	const regular = episodes.filter((episode) => episode.seasonNumber > 0);
	if (regular.some((episode) => episode.absoluteNumber !== undefined)) {
		return regular.find((episode) => episode.absoluteNumber === absolute);
	}
	const ordered = [...regular].sort((a, b) => a.seasonNumber - b.seasonNumber || a.number - b.number);
	const found = ordered[absolute - 1];
	return found === undefined ? undefined : { ...found, absoluteNumber: absolute };
}
