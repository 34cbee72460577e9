import type { InventoryItem } from '../inventory.js';
import type { BatchMedia } from '../parse/media-result.js';
import { createPathParser } from '../parse/parse-media-path.js';
import { groupRows } from './group-rows.js';
import type { GroupOptions, MediaGroup } from './types.js';

const describe = (value: unknown): string =>
	value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value;

const normalizeOptions = (options: GroupOptions | undefined): GroupOptions => {
	if (options === undefined) return {};
	if (options === null || typeof options !== 'object') {
		throw new TypeError(`groupInventory: options must be an object, got ${describe(options)}`);
	}
	const { editions } = options;
	if (editions !== undefined && editions !== 'versions' && editions !== 'separate') {
		throw new TypeError(
			`groupInventory: options.editions must be 'versions' or 'separate', got ${JSON.stringify(editions) ?? describe(editions)}`,
		);
	}
	return editions === undefined ? {} : { editions };
};

/**
 * Groups inventory rows into cards: one per film or episode, with every copy of it as a version
 * (best first) and its trailers, samples and featurettes as extras. Pure and deterministic.
 *
 * Identity, first match wins:
 * 1. a provider id on the row: `tmdb_id` with `tmdb_type` (absent = movie), else `tvdb_id` (its
 *    `tvdb_type`, or the path's kind). Rows with different ids never share a card. `null` ids count
 *    as no id;
 * 2. a `{tmdb-…}` / `[tvdbid-…]` tag in the path, then an `{imdb-tt…}` tag;
 * 3. heuristics: a folder holding one film's files gives them its title and year (generic names such
 *    as `movie.mkv` included); otherwise the normalized title (`normalizeTitle`: accents, case,
 *    separators and a leading article never split a film; French elisions and `et`/`&` fold too) and
 *    year, plus the country the name gives (The Office US / UK); an episode by show, season and first
 *    episode (or air date). Different years stay apart (Dune 1984 / 2021); a year-less file takes the
 *    year of the only film of its title, and stays apart when there are several (same for countries).
 *
 * A file without an id whose tag or heuristic identity is that of rows carrying exactly one id joins
 * that id's card. Files of a split copy (`cd1`, `pt2`, `disc1` in the same folder and name) form one
 * version in part order. Editions are versions unless `options.editions` is `'separate'`.
 *
 * Extras (trailers, samples, featurettes…, and subtitle / artwork / `.nfo` files) go to the card of
 * their own id, else the id card their tag or title points to without doubt, else the card of their
 * title, else the only film or episode of their folder (`Sample/`, `Trailers/`… count as the folder
 * above). An extra whose film is not in the inventory gets a card of its own with no versions (key
 * `extras:<folder>` when it has no title), so that every row is returned.
 *
 * Guarantees: every input row appears exactly once (in a version or in `extras`), as the same object;
 * the same rows in any order give equal cards in the same order (sorted by normalized title, year,
 * season, episode, then key); any field besides `path` is carried untouched.
 *
 * @param items - Inventory rows. Each needs a string `path`; nothing else is checked.
 * @param options - See {@link GroupOptions}.
 * @returns The cards, sorted.
 * @throws TypeError when a row has no string `path` (the message names its index), or an option is invalid.
 *
 * @example
 * ```ts
 * import { groupInventory } from '@vm/core';
 * const cards = groupInventory([
 * 	{ path: 'Films/The Matrix (1999)/The.Matrix.1999.2160p.UHD.BluRay.REMUX.HDR.mkv', tmdb_id: 603 },
 * 	{ path: 'Films/The Matrix (1999)/The.Matrix.1999.1080p.WEB-DL.mkv' },
 * 	{ path: 'Films/The Matrix (1999)/Sample/sample.mkv' },
 * ]);
 * cards[0]?.key; // 'tmdb:movie:603'
 * cards[0]?.versions.map((version) => version.label); // ['2160p HDR', '1080p']
 * cards[0]?.extras.length; // 1
 * ```
 */
export function groupInventory<T extends InventoryItem>(
	items: readonly T[],
	options?: GroupOptions,
): MediaGroup<T>[] {
	if (!Array.isArray(items))
		throw new TypeError(`groupInventory: items must be an array, got ${describe(items)}`);
	const normalized = normalizeOptions(options);
	const parsed: BatchMedia[] = new Array(items.length);
	// One parser for the whole inventory: files of one folder read that folder once.
	const parsePath = createPathParser();
	for (let index = 0; index < items.length; index++) {
		const item: unknown = items[index];
		if (item === null || typeof item !== 'object') {
			throw new TypeError(
				`groupInventory: items[${index}] must be an object with a string path, got ${describe(item)}`,
			);
		}
		const path: unknown = (item as { path?: unknown }).path;
		if (typeof path !== 'string') {
			throw new TypeError(`groupInventory: items[${index}].path must be a string, got ${describe(path)}`);
		}
		parsed[index] = parsePath(path);
	}
	// Folder names the folder rule reads go through the same parser: its work space is already made.
	return groupRows(items, parsed, normalized, parsePath);
}
