/**
 * `@vm/provider-tmdb`: a TMDB v3 `MetadataProvider` for vm (films and series): search, details with
 * alternative titles, external ids, and the Video Manager's `searchBest`. Rate-limited, retrying,
 * cached, and it never leaks the key or token.
 *
 * @packageDocumentation
 */

export type { TmdbProvider } from './create-tmdb-provider.js';
export { createTmdbProvider } from './create-tmdb-provider.js';
export { movieCandidate, seriesCandidate, yearOf } from './map-candidate.js';
export type { TmdbProviderOptions } from './options.js';
export type { TmdbBestMatch } from './search-best.js';
export type { TmdbFindResult, TmdbMovie, TmdbPage, TmdbSeries } from './tmdb-types.js';
