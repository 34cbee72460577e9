import type { InventoryItem } from '../inventory.js';
import type { FileKind } from '../media.js';
import type { Hdr, Resolution, Source } from '../parse/types.js';

/**
 * Options of {@link groupInventory}.
 *
 * @example
 * ```ts
 * import type { GroupOptions } from '@vm/core';
 * const plexLike: GroupOptions = { editions: 'separate' };
 * ```
 */
export interface GroupOptions {
	/**
	 * What an edition (Director's Cut, Extended, Final Cut…) is. `'versions'`: one more version of the
	 * film's card, with the edition in its label (Jellyfin's choice). `'separate'`: a card of its own,
	 * keyed `…:edition-<slug>` (Plex's `{edition-…}` behaviour).
	 *
	 * @default 'versions'
	 */
	readonly editions?: 'versions' | 'separate';
}

/**
 * One complete copy of a film or episode: a single file, or the parts of a split copy (`cd1`, `cd2`…)
 * in part order.
 *
 * @example
 * ```ts
 * import type { MediaVersion } from '@vm/core';
 * const version: MediaVersion = {
 * 	items: [{ path: 'Films/Heat (1995)/Heat.1995.2160p.UHD.BluRay.REMUX.HDR.mkv' }],
 * 	resolution: '2160p',
 * 	source: 'remux',
 * 	hdr: 'hdr',
 * 	label: '2160p HDR',
 * };
 * ```
 */
export interface MediaVersion<T extends InventoryItem = InventoryItem> {
	/** The files of this copy, the input rows themselves, in part order (one item when not split). */
	items: T[];
	/** Picture height of the copy. */
	resolution?: Resolution;
	/** Where the picture came from. */
	source?: Source;
	/** HDR format. */
	hdr?: Hdr;
	/** Edition (Director's Cut, Extended…), as the parser normalized it. */
	edition?: string;
	/** Total size in bytes of the items, when every item has a numeric `size`. */
	size?: number;
	/** What a card shows, e.g. `2160p HDR · Director's Cut` or `1080p · 2 parts`. */
	label: string;
}

/**
 * Provider ids of a card: the id its key is made of, plus any other id its rows carry.
 *
 * @example
 * ```ts
 * import type { MediaGroupIds } from '@vm/core';
 * const ids: MediaGroupIds = { tmdb: 603, imdb: 'tt0133093' };
 * ```
 */
export interface MediaGroupIds {
	/** TMDB id (of the film, or of the series for an episode). */
	tmdb?: number;
	/** TheTVDB id (of the film, or of the series for an episode). */
	tvdb?: number;
	/** IMDb id, `tt` and digits. */
	imdb?: string;
}

/**
 * One card: one film or one episode, with every copy of it and its extras.
 *
 * @example
 * ```ts
 * import type { MediaGroup } from '@vm/core';
 * const card: MediaGroup = {
 * 	key: 'tmdb:movie:603',
 * 	kind: 'movie',
 * 	title: 'The Matrix',
 * 	year: 1999,
 * 	ids: { tmdb: 603 },
 * 	versions: [{ items: [{ path: 'The Matrix (1999)/The Matrix (1999).mkv', tmdb_id: 603 }], label: 'The Matrix (1999).mkv' }],
 * 	extras: [],
 * };
 * ```
 */
export interface MediaGroup<T extends InventoryItem = InventoryItem> {
	/**
	 * Stable, readable identity: `tmdb:movie:603`, `tmdb:series:1396:s01e01`, `tvdb:series:81189:s01e01`,
	 * `imdb:tt0133093`, or a heuristic `title:matrix:1999` / `title:breaking-bad:s01e01`. With
	 * `editions: 'separate'`, an edition card adds `:edition-directors-cut`. Extras whose film is not in
	 * the inventory get `extras:<folder>` when they carry no title.
	 */
	key: string;
	/** A film, or one episode of a series. */
	kind: FileKind;
	/** The film's title, or the series' name for an episode (provider title first, else from the path). */
	title: string;
	/** Release year (first-air year or year in the show's name for an episode), when known. */
	year?: number;
	/** Season number (episodes). */
	season?: number;
	/** Episode number (episodes; the first one for a multi-episode file). */
	episode?: number;
	/** The edition of this card, only with `editions: 'separate'`. */
	edition?: string;
	/** Provider ids of the card. */
	ids: MediaGroupIds;
	/**
	 * Every copy, best first (see {@link compareVersions}). Empty only for a card made of extras whose
	 * film is not in the inventory.
	 */
	versions: MediaVersion<T>[];
	/** Trailers, samples, featurettes… of this film or episode, by path. */
	extras: T[];
}
