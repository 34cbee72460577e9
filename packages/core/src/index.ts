/**
 * `@vm/core`: parse video file names, match metadata candidates and group an inventory into one card
 * per film or episode. Pure: no file system, network, timers or environment.
 *
 * @packageDocumentation
 */

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
export type { InventoryItem } from './inventory.js';
export type { FileKind, MediaKind } from './media.js';
export { normalizeTitle } from './normalize-title.js';
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
