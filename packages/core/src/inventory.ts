import type { MediaKind } from './media.js';

/**
 * One row of the inventory file: one video file on disk, plus what providers wrote about it.
 *
 * Provider fields are prefixed with the provider's `name` (`tmdb_id`, `tvdb_id`…). An id of `null`
 * means "looked up, no confident match", so a rerun skips the row. `tmdb_id` without `tmdb_type`
 * means a movie. Any other field belongs to the application and is carried untouched.
 *
 * @example
 * ```ts
 * import type { InventoryItem } from '@vm/core';
 * const row: InventoryItem = { path: 'Films/The Matrix (1999)/The.Matrix.1999.1080p.mkv', size: 8_000_000_000, tmdb_id: 603 };
 * ```
 */
export interface InventoryItem {
	/** The file's path, as the scanner recorded it (`/` or `\` separators). */
	path: string;
	/** Size in bytes, when known. */
	size?: number;
	/** TMDB id; `null` = looked up, no confident match. */
	tmdb_id?: number | null;
	/** What `tmdb_id` points at; absent means `movie`. */
	tmdb_type?: MediaKind;
	/** Title as TMDB knows it. */
	tmdb_title?: string;
	/** Year as TMDB knows it (release year, or first air year for a series). */
	tmdb_year?: number;
	/** TheTVDB id; `null` = looked up, no confident match. */
	tvdb_id?: number | null;
	/** What `tvdb_id` points at. */
	tvdb_type?: MediaKind;
	/** Title as TheTVDB knows it. */
	tvdb_title?: string;
	/** Year as TheTVDB knows it. */
	tvdb_year?: number;
	/** Any other field: the application's, carried untouched. */
	[field: string]: unknown;
}
