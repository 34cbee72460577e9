/**
 * `@vm/adapter-http`: the Video Manager's HTTP endpoints as web-standard handlers.
 * `GET /api/tmdb/search?query=Matrix&year=1999` → `{"tmdb_id":603,"title":"The Matrix","year":"1999"}`.
 *
 * @packageDocumentation
 */

export { toNodeListener } from './node-listener.js';
export type {
	BestMatch,
	BestMatchSearcher,
	FetchHandler,
	TmdbSearchHandlerOptions,
} from './search-handler.js';
export { createTmdbSearchHandler } from './search-handler.js';
