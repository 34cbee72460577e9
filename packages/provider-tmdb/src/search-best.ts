/**
 * The Video Manager's `searchBest` answer: a TMDB id with the title and year (a string) it matched.
 *
 * @example
 * ```ts
 * import type { TmdbBestMatch } from '@vm/provider-tmdb';
 * const matrix: TmdbBestMatch = { tmdb_id: 603, title: 'The Matrix', year: '1999' };
 * ```
 */
export interface TmdbBestMatch {
	/** TMDB film id. */
	readonly tmdb_id: number;
	/** Title in the provider's language. */
	readonly title: string;
	/** Release year as a string (`''` when TMDB has no date). */
	readonly year: string;
}
