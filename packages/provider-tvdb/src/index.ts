/**
 * `@vm/provider-tvdb`: TheTVDB v4 as a vm metadata provider. Lazy single-flight login with token renewal,
 * series and movie search with translated titles and aliases, external-id lookup, and episode lookup in
 * the aired, DVD or absolute order. HTTP plumbing (rate limit, retries, cache, redaction) comes from
 * `@vm/provider-http`; errors are `@vm/core`'s typed provider errors.
 *
 * @packageDocumentation
 */

export type { TvdbProvider, TvdbProviderStats } from './create-tvdb-provider.js';
export { createTvdbProvider } from './create-tvdb-provider.js';
export type { GetEpisodeOptions, TvdbEpisode, TvdbEpisodeOrder } from './episode.js';
export { toTvdbLanguage } from './language.js';
export type { TvdbProviderOptions } from './options.js';
