/**
 * What a metadata database identifies: a film, or a TV series (episodes are identified as their series).
 *
 * @example
 * ```ts
 * import type { MediaKind } from '@vm/core';
 * const kind: MediaKind = 'series';
 * ```
 */
export type MediaKind = 'movie' | 'series';

/**
 * What a single file holds once parsed: a film, or one (or more) episodes of a series.
 *
 * @example
 * ```ts
 * import type { FileKind } from '@vm/core';
 * const kind: FileKind = 'episode';
 * ```
 */
export type FileKind = 'movie' | 'episode';
