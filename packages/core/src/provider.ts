import type { MediaKind } from './media.js';

/**
 * Options every provider call accepts.
 *
 * @example
 * ```ts
 * import type { RequestOptions } from '@vm/core';
 * const options: RequestOptions = { signal: AbortSignal.timeout(5_000) };
 * ```
 */
export interface RequestOptions {
	/** Aborts the call; the promise then rejects with the signal's reason. */
	readonly signal?: AbortSignal;
	/**
	 * BCP 47 language for returned titles (`fr-FR`), for calls that take no query (`getById`,
	 * `findByExternalId`). A provider that cannot localize ignores it.
	 */
	readonly language?: string;
}

/**
 * A title search, as the enricher sends it to a provider.
 *
 * @example
 * ```ts
 * import type { SearchQuery } from '@vm/core';
 * const query: SearchQuery = { kind: 'movie', title: 'Le Dîner de cons', year: 1998, language: 'fr-FR' };
 * ```
 */
export interface SearchQuery {
	/** Film or series. */
	readonly kind: MediaKind;
	/** The title as parsed from the file name (not normalized: providers tokenize it themselves). */
	readonly title: string;
	/** Release year (first air year for a series), when known. */
	readonly year?: number;
	/** BCP 47 language for returned titles, such as `fr-FR`. */
	readonly language?: string;
}

/**
 * One possible identity returned by a provider.
 *
 * @example
 * ```ts
 * import type { Candidate } from '@vm/core';
 * const matrix: Candidate = { id: 603, kind: 'movie', title: 'Matrix', originalTitle: 'The Matrix', year: 1999, popularity: 80.1 };
 * ```
 */
export interface Candidate {
	/** The provider's numeric id. */
	readonly id: number;
	/** Film or series. */
	readonly kind: MediaKind;
	/** Title in the requested language (or the original when there is no translation). */
	readonly title: string;
	/** Title in the original language. */
	readonly originalTitle?: string;
	/** Other known titles (translations, alternative titles, AKAs). */
	readonly aliases?: readonly string[];
	/** Release year (first air year for a series). */
	readonly year?: number;
	/** The provider's popularity figure: only ever used to break ties. */
	readonly popularity?: number;
}

/**
 * Kinds of external id a provider may resolve.
 *
 * @example
 * ```ts
 * import type { ExternalIdSource } from '@vm/core';
 * const source: ExternalIdSource = 'imdb';
 * ```
 */
export type ExternalIdSource = 'imdb' | 'tmdb' | 'tvdb';

/**
 * The plugin seam: a metadata database that can identify films and/or series.
 *
 * `name` is the inventory field prefix (`tmdb` writes `tmdb_id`, `tmdb_type`, `tmdb_title`, `tmdb_year`).
 * A provider throws core's typed errors ({@link ProviderError} and its subclasses) so callers can tell
 * "stop now" (bad credentials) from "skip this title" (a flaky network).
 *
 * @example
 * ```ts
 * import type { MetadataProvider } from '@vm/core';
 * const empty: MetadataProvider = { name: 'local', kinds: ['movie'], search: async () => [] };
 * ```
 */
export interface MetadataProvider {
	/** Inventory field prefix: lower-case letters, digits and `_`. */
	readonly name: string;
	/** What this provider can identify. */
	readonly kinds: readonly MediaKind[];
	/** Candidates for a title, best guesses first (the caller re-ranks them). */
	search(query: SearchQuery, options?: RequestOptions): Promise<Candidate[]>;
	/** One identity by the provider's own id; `undefined` when there is none. */
	getById?(kind: MediaKind, id: number, options?: RequestOptions): Promise<Candidate | undefined>;
	/** Identities known under another database's id (e.g. IMDb `tt0133093`); empty when none. */
	findByExternalId?(source: ExternalIdSource, id: string, options?: RequestOptions): Promise<Candidate[]>;
}
