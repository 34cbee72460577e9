/**
 * `@vm/core`: parse video file names, match metadata candidates and group an inventory into one card
 * per film or episode. Pure: no file system, network, timers or environment.
 *
 * @packageDocumentation
 */

export { enrichInventory } from './enrich/enrich-inventory.js';
export type {
	EnrichFailure,
	EnrichOptions,
	EnrichProgress,
	EnrichResult,
	EnrichStats,
	ReviewEntry,
} from './enrich/types.js';
export type {
	ProviderErrorCode,
	ProviderErrorOptions,
	ProviderRateLimitErrorOptions,
} from './errors/provider-error.js';
export {
	ProviderAuthError,
	ProviderError,
	ProviderNotFoundError,
	ProviderRateLimitError,
	ProviderRequestError,
	ProviderResponseError,
	ProviderUnavailableError,
} from './errors/provider-error.js';
export {
	isProviderAuthError,
	isProviderError,
	isProviderNotFoundError,
	isProviderRateLimitError,
	isProviderUnavailableError,
} from './errors/type-guards.js';
export { groupInventory } from './group/group-inventory.js';
export type { GroupOptions, MediaGroup, MediaGroupIds, MediaVersion } from './group/types.js';
export type { VersionQuality } from './group/version-order.js';
export { compareVersions } from './group/version-order.js';
export type { InventoryItem } from './inventory.js';
export type { Match, MatchOptions, MatchQuery } from './match/pick-best-match.js';
export { DEFAULT_MIN_CONFIDENCE, pickBestMatch, REVIEW_CONFIDENCE } from './match/pick-best-match.js';
export { titleSimilarity } from './match/title-similarity.js';
export type { FileKind, MediaKind } from './media.js';
export { normalizeTitle } from './normalize-title.js';
export type { ParseOptions } from './parse/parse-media-path.js';
export { DEFAULT_MAX_YEAR, parseMediaPath } from './parse/parse-media-path.js';
export type {
	AudioCodec,
	ExtraType,
	Hdr,
	ParsedMedia,
	PathIds,
	Resolution,
	Source,
	VideoCodec,
} from './parse/types.js';
export type {
	Candidate,
	ExternalIdSource,
	MetadataProvider,
	RequestOptions,
	SearchQuery,
} from './provider.js';
