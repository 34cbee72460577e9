/**
 * A `/search/movie` result, a `/find` `movie_results` item, or (with more fields) `/movie/{id}`. Every
 * field is `unknown`: answers are checked field by field before they become candidates.
 *
 * @example
 * ```ts
 * import type { TmdbMovie } from '@vm/provider-tmdb';
 * const matrix: TmdbMovie = { id: 603, title: 'The Matrix', original_title: 'The Matrix', release_date: '1999-03-30' };
 * ```
 */
export interface TmdbMovie {
	/** TMDB film id. */
	readonly id?: unknown;
	/** Title in the requested language (the original when there is no translation). */
	readonly title?: unknown;
	/** Title in the original language. */
	readonly original_title?: unknown;
	/** `YYYY-MM-DD`, or `""` when unknown. */
	readonly release_date?: unknown;
	/** TMDB's popularity figure. */
	readonly popularity?: unknown;
	/** Present with `append_to_response=alternative_titles`. */
	readonly alternative_titles?: {
		/** `[{ iso_3166_1, title, type }]`. */
		readonly titles?: unknown;
	};
}

/**
 * A `/search/tv` result, a `/find` `tv_results` item, or (with more fields) `/tv/{id}`.
 *
 * @example
 * ```ts
 * import type { TmdbSeries } from '@vm/provider-tmdb';
 * const show: TmdbSeries = { id: 1396, name: 'Breaking Bad', original_name: 'Breaking Bad', first_air_date: '2008-01-20' };
 * ```
 */
export interface TmdbSeries {
	/** TMDB series id. */
	readonly id?: unknown;
	/** Name in the requested language. */
	readonly name?: unknown;
	/** Name in the original language. */
	readonly original_name?: unknown;
	/** `YYYY-MM-DD`, or `""` when unknown. */
	readonly first_air_date?: unknown;
	/** TMDB's popularity figure. */
	readonly popularity?: unknown;
	/** Present with `append_to_response=alternative_titles`. */
	readonly alternative_titles?: {
		/** TV alternative titles use `results`, not `titles`. */
		readonly results?: unknown;
	};
}

/**
 * A page of search results (20 per page).
 *
 * @example
 * ```ts
 * import type { TmdbMovie, TmdbPage } from '@vm/provider-tmdb';
 * const empty: TmdbPage<TmdbMovie> = { page: 1, results: [], total_pages: 1, total_results: 0 };
 * ```
 */
export interface TmdbPage<T> {
	/** Page number, from 1. */
	readonly page?: unknown;
	/** The results of this page. */
	readonly results?: readonly T[];
	/** Number of pages (some answers say 0 for none). */
	readonly total_pages?: unknown;
	/** Number of results over all pages. */
	readonly total_results?: unknown;
}

/**
 * `/find/{external_id}`: five arrays, all empty on a miss (the provider reads two).
 *
 * @example
 * ```ts
 * import type { TmdbFindResult } from '@vm/provider-tmdb';
 * const miss: TmdbFindResult = { movie_results: [], tv_results: [] };
 * ```
 */
export interface TmdbFindResult {
	/** Films known under that id. */
	readonly movie_results?: readonly TmdbMovie[];
	/** Series known under that id. */
	readonly tv_results?: readonly TmdbSeries[];
}

/** TMDB's error envelope: `{ success: false, status_code, status_message }`. */
export interface TmdbErrorBody {
	/** `false` on errors (sometimes absent). */
	readonly success?: unknown;
	/** TMDB's own code: 7 invalid key, 34 not found, 25 rate limit… */
	readonly status_code?: unknown;
	/** TMDB's text. */
	readonly status_message?: unknown;
}
