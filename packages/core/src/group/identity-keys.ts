import type { InventoryItem } from '../inventory.js';
import type { FileKind, MediaKind } from '../media.js';
import { normalizeTitle } from '../normalize-title.js';
import type { BatchMedia } from '../parse/media-result.js';

/** An id-based identity and the kind of card it makes. @internal */
export interface IdIdentity {
	readonly key: string;
	readonly kind: FileKind;
	readonly provider: 'tmdb' | 'tvdb' | 'imdb';
	readonly id: number | string;
}

/** `dark knight` → `dark-knight`. @internal */
export const slug = (norm: string): string => (norm.includes(' ') ? norm.replaceAll(' ', '-') : norm);

const pad = (value: number): string => (value < 10 ? `0${value}` : String(value));

/**
 * Episode part of a key: `s01e01` (first episode of a multi-episode file), `e12` without a season, the
 * air date of a daily show, else `x-<slug of the fallback>`, the episode title or else the file name,
 * normalized as titles are (`x-christmas-special` for the special `Christmas Special`): a key reads in
 * lower-case words, and two spellings of one name are one card. The season, when known, comes first (`s02-x-christmas-special`):
 * two seasons' specials of one name are two episodes.
 *
 * @internal
 */
export function episodeSuffix(parsed: BatchMedia, fallback: string): string {
	const first = parsed.episodes?.[0];
	if (first !== undefined)
		return parsed.season === undefined ? `e${pad(first)}` : `s${pad(parsed.season)}e${pad(first)}`;
	if (parsed.date !== undefined) return parsed.date;
	// A name of no letter or digit (`---`) keeps its characters, lower-cased: it still needs a key.
	const norm = normalizeTitle(fallback);
	const name = `x-${slug(norm === '' ? fallback.toLowerCase() : norm)}`;
	return parsed.season === undefined ? name : `s${pad(parsed.season)}-${name}`;
}

/** A usable provider id: a positive integer, or a string of digits. @internal */
export function numericId(value: unknown): number | undefined {
	if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? value : undefined;
	if (typeof value === 'string' && /^\d{1,15}$/.test(value)) {
		const id = Number(value);
		return id > 0 ? id : undefined;
	}
	return undefined;
}

const idIdentity = (
	provider: 'tmdb' | 'tvdb',
	id: number,
	type: MediaKind,
	parsed: BatchMedia,
	fallback: string,
): IdIdentity =>
	type === 'series'
		? { key: `${provider}:series:${id}:${episodeSuffix(parsed, fallback)}`, kind: 'episode', provider, id }
		: { key: `${provider}:movie:${id}`, kind: 'movie', provider, id };

const kindToType = (kind: FileKind): MediaKind => (kind === 'episode' ? 'series' : 'movie');

/**
 * Identity from the row's own provider ids: `tmdb_id` with `tmdb_type` (absent = movie), else
 * `tvdb_id` with `tvdb_type` (absent = what the path says: an episode means a series).
 *
 * @internal
 */
export function rowIdIdentity(
	item: InventoryItem,
	parsed: BatchMedia,
	fallback: string,
): IdIdentity | undefined {
	const tmdb = numericId(item.tmdb_id);
	if (tmdb !== undefined) {
		return idIdentity('tmdb', tmdb, item.tmdb_type === 'series' ? 'series' : 'movie', parsed, fallback);
	}
	const tvdb = numericId(item.tvdb_id);
	if (tvdb !== undefined) {
		const type =
			item.tvdb_type === 'series' || item.tvdb_type === 'movie' ? item.tvdb_type : kindToType(parsed.kind);
		return idIdentity('tvdb', tvdb, type, parsed, fallback);
	}
	return undefined;
}

/** Identity from a TMDB or TheTVDB tag in the path (`{tmdb-603}`, `[tvdbid-81189]`). @internal */
export function pathIdIdentity(parsed: BatchMedia, fallback: string): IdIdentity | undefined {
	const type = kindToType(parsed.kind);
	if (parsed.ids.tmdb !== undefined) return idIdentity('tmdb', parsed.ids.tmdb, type, parsed, fallback);
	if (parsed.ids.tvdb !== undefined) return idIdentity('tvdb', parsed.ids.tvdb, type, parsed, fallback);
	return undefined;
}

/** Identity from an IMDb tag in the path: `imdb:tt0133093`, `imdb:tt0903747:s01e01`. @internal */
export function imdbIdentity(parsed: BatchMedia, fallback: string): IdIdentity | undefined {
	const imdb = parsed.ids.imdb;
	if (imdb === undefined) return undefined;
	return parsed.kind === 'episode'
		? { key: `imdb:${imdb}:${episodeSuffix(parsed, fallback)}`, kind: 'episode', provider: 'imdb', id: imdb }
		: { key: `imdb:${imdb}`, kind: 'movie', provider: 'imdb', id: imdb };
}
