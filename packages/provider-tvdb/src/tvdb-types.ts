/**
 * The parts of TheTVDB v4 payloads this package reads. Every field is optional and loosely typed: the
 * service has changed shapes before, so mappers check each value before using it.
 *
 * @packageDocumentation
 */

/** `{"status":"success","data":…,"links"?:…}` or `{"status":"failure","message":…,"data":null}`. */
export interface TvdbEnvelope<T> {
	readonly status?: unknown;
	readonly message?: unknown;
	readonly data?: T | null;
	readonly links?: TvdbLinks | null;
}

/** Pagination links of list endpoints (snake_case, pages start at 0). */
export interface TvdbLinks {
	readonly prev?: string | null;
	readonly self?: string | null;
	readonly next?: string | null;
	readonly total_items?: number;
	readonly page_size?: number;
}

/** One entry of `remote_ids` (search) or `remoteIds` (records). */
export interface TvdbRemoteId {
	readonly id?: unknown;
	readonly type?: unknown;
	readonly sourceName?: unknown;
}

/** One item of `GET /search` (ids and years are strings there). */
export interface TvdbSearchResult {
	readonly id?: unknown;
	readonly objectID?: unknown;
	readonly tvdb_id?: unknown;
	readonly type?: unknown;
	readonly name?: unknown;
	readonly year?: unknown;
	readonly first_air_time?: unknown;
	readonly primary_language?: unknown;
	readonly aliases?: unknown;
	readonly translations?: unknown;
	readonly remote_ids?: unknown;
}

/** `SeriesBaseRecord` / `MovieBaseRecord`, as `/series/{id}`, `/movies/{id}` and `/search/remoteid` return them. */
export interface TvdbRecord {
	readonly id?: unknown;
	readonly name?: unknown;
	readonly year?: unknown;
	readonly firstAired?: unknown;
	readonly score?: unknown;
	readonly originalLanguage?: unknown;
	readonly aliases?: unknown;
	readonly nameTranslations?: unknown;
	readonly remoteIds?: unknown;
}

/** `GET /series/{id}/translations/{language}`. */
export interface TvdbTranslation {
	readonly name?: unknown;
	readonly language?: unknown;
	readonly aliases?: unknown;
}

/** `EpisodeBaseRecord`. */
export interface TvdbEpisodeRecord {
	readonly id?: unknown;
	readonly seriesId?: unknown;
	readonly name?: unknown;
	readonly aired?: unknown;
	readonly runtime?: unknown;
	readonly seasonNumber?: unknown;
	readonly number?: unknown;
	readonly absoluteNumber?: unknown;
}

/** `data` of `GET /series/{id}/episodes/{season-type}` (the translated route nests episodes the same way). */
export interface TvdbEpisodePage {
	readonly series?: TvdbRecord | null;
	readonly episodes?: unknown;
}
