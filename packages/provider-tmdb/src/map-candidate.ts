import { type Candidate, type MediaKind, ProviderResponseError } from '@vm/core';
import type { TmdbMovie, TmdbSeries } from './tmdb-types.js';

const nonEmpty = (value: unknown): string | undefined =>
	typeof value === 'string' && value.trim() !== '' ? value : undefined;

/**
 * The year of a TMDB date (`"1999-03-30"`); `undefined` for `""`, `null` or anything unreadable.
 *
 * @example
 * ```ts
 * yearOf('1999-03-30'); // 1999
 * yearOf(''); // undefined
 * ```
 */
export function yearOf(date: unknown): number | undefined {
	if (typeof date !== 'string') return undefined;
	const match = /^(\d{4})-\d{2}-\d{2}$/.exec(date);
	return match === null ? undefined : Number(match[1]);
}

/** Titles out of an `alternative_titles` list (`titles` for films, `results` for series). */
function aliasesOf(list: unknown, exclude: readonly (string | undefined)[]): string[] {
	if (!Array.isArray(list)) return [];
	const skip = new Set(exclude.filter((title): title is string => title !== undefined));
	const aliases: string[] = [];
	for (const item of list) {
		const title = nonEmpty((item as { title?: unknown } | null)?.title);
		if (title === undefined || skip.has(title)) continue;
		skip.add(title);
		aliases.push(title);
	}
	return aliases;
}

function build(
	kind: MediaKind,
	id: unknown,
	title: unknown,
	originalTitle: unknown,
	date: unknown,
	popularity: unknown,
	aliasList: unknown,
): Candidate | undefined {
	if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0) return undefined;
	const original = nonEmpty(originalTitle);
	const shown = nonEmpty(title) ?? original;
	if (shown === undefined) return undefined;
	const year = yearOf(date);
	const aliases = aliasesOf(aliasList, [shown, original]);
	return {
		id,
		kind,
		title: shown,
		...(original === undefined ? {} : { originalTitle: original }),
		...(aliases.length === 0 ? {} : { aliases }),
		...(year === undefined ? {} : { year }),
		...(typeof popularity === 'number' && Number.isFinite(popularity) && popularity >= 0
			? { popularity }
			: {}),
	};
}

/**
 * A TMDB film (search result, `/find` item or details with `alternative_titles`) as a core
 * `Candidate`; `undefined` when it has no usable id or title.
 *
 * @example
 * ```ts
 * movieCandidate({ id: 603, title: 'Matrix', original_title: 'The Matrix', release_date: '1999-03-30' });
 * // → { id: 603, kind: 'movie', title: 'Matrix', originalTitle: 'The Matrix', year: 1999 }
 * ```
 */
export function movieCandidate(movie: TmdbMovie): Candidate | undefined {
	return build(
		'movie',
		movie.id,
		movie.title,
		movie.original_title,
		movie.release_date,
		movie.popularity,
		movie.alternative_titles?.titles,
	);
}

/**
 * A TMDB series as a core `Candidate` (alternative titles come from `alternative_titles.results`).
 *
 * @example
 * ```ts
 * seriesCandidate({ id: 1396, name: 'Breaking Bad', first_air_date: '2008-01-20' });
 * // → { id: 1396, kind: 'series', title: 'Breaking Bad', year: 2008 }
 * ```
 */
export function seriesCandidate(series: TmdbSeries): Candidate | undefined {
	return build(
		'series',
		series.id,
		series.name,
		series.original_name,
		series.first_air_date,
		series.popularity,
		series.alternative_titles?.results,
	);
}

/**
 * Maps a list of TMDB items, dropping malformed ones; a list that is not an array is a
 * `ProviderResponseError`.
 *
 * @example
 * ```ts
 * candidatesOf([{ id: 603, title: 'The Matrix' }], movieCandidate, 'GET /search/movie'); // one candidate
 * ```
 */
export function candidatesOf<T>(
	list: unknown,
	map: (item: T) => Candidate | undefined,
	where: string,
): Candidate[] {
	if (!Array.isArray(list)) {
		throw new ProviderResponseError(`Expected a list of results from ${where}, got ${typeof list}`, {
			provider: 'tmdb',
		});
	}
	const candidates: Candidate[] = [];
	for (const item of list as unknown[]) {
		if (typeof item !== 'object' || item === null) continue;
		const candidate = map(item as T);
		if (candidate !== undefined) candidates.push(candidate);
	}
	return candidates;
}
