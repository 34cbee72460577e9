/**
 * The parts of TMDB v3 answers this provider reads. Every field is optional: answers are checked
 * field by field before they become candidates.
 *
 * @packageDocumentation
 */

/** A `/search/movie` result, a `/find` `movie_results` item, or (with more fields) `/movie/{id}`. */
export interface TmdbMovie {
	readonly id?: unknown;
	readonly title?: unknown;
	readonly original_title?: unknown;
	readonly release_date?: unknown;
	readonly popularity?: unknown;
	readonly alternative_titles?: { readonly titles?: unknown };
}

/** A `/search/tv` result, a `/find` `tv_results` item, or (with more fields) `/tv/{id}`. */
export interface TmdbSeries {
	readonly id?: unknown;
	readonly name?: unknown;
	readonly original_name?: unknown;
	readonly first_air_date?: unknown;
	readonly popularity?: unknown;
	/** TV alternative titles use `results`, not `titles`. */
	readonly alternative_titles?: { readonly results?: unknown };
}

/** A search page. */
export interface TmdbPage<T> {
	readonly page?: unknown;
	readonly results?: readonly T[];
	readonly total_pages?: unknown;
	readonly total_results?: unknown;
}

/** `/find/{external_id}`. */
export interface TmdbFindResult {
	readonly movie_results?: readonly TmdbMovie[];
	readonly tv_results?: readonly TmdbSeries[];
}

/** TMDB's error envelope. */
export interface TmdbErrorBody {
	readonly success?: unknown;
	readonly status_code?: unknown;
	readonly status_message?: unknown;
}
