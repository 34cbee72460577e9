import type { InventoryItem } from '@vm/core';
import type { NumberLiteral } from '../json/number-literals.js';

/**
 * The file as it was loaded: its byte size, SHA-256 and modification time. `saveInventory` compares size
 * and hash with the file on disk to detect a change made by someone else (mtime is informational only).
 *
 * @example
 * ```ts
 * import type { InventoryStamp } from '@vm/adapter-json';
 * const stamp: InventoryStamp = { size: 2, sha256: '4f53cda1…', mtimeMs: 1_700_000_000_000 };
 * ```
 */
export interface InventoryStamp {
	/** Size in bytes. */
	readonly size: number;
	/** SHA-256 of the bytes, lowercase hex. */
	readonly sha256: string;
	/** Modification time when loaded or saved, in milliseconds since the epoch. */
	readonly mtimeMs: number;
}

/**
 * How the file was laid out, so that a save rewrites it the same way (and a diff shows only real changes).
 *
 * @example
 * ```ts
 * import type { InventoryLayout } from '@vm/adapter-json';
 * const layout: InventoryLayout = { indent: '  ', lineBreaks: true, rowPerLine: true, eol: '\n', bom: false, finalNewline: true };
 * ```
 */
export interface InventoryLayout {
	/** One level of indentation (`''`: none). */
	readonly indent: string;
	/** Line breaks between rows and fields (`false` for a minified file: everything on one line). */
	readonly lineBreaks: boolean;
	/** Each row on a single line (compact) rather than pretty-printed over several lines. */
	readonly rowPerLine: boolean;
	/** Line ending. */
	readonly eol: '\n' | '\r\n';
	/** The file started with a UTF-8 byte order mark. */
	readonly bom: boolean;
	/** The file ended with a line ending. */
	readonly finalNewline: boolean;
}

/**
 * Number literals that JSON.parse cannot reproduce, kept so that saving writes them back as they were.
 *
 * @example
 * ```ts
 * import type { InventoryLiterals } from '@vm/adapter-json';
 * const literals: InventoryLiterals = { rows: new Map([['a.mkv', [{ path: ['size'], text: '1e21', value: 1e21 }]]]), fields: [] };
 * ```
 */
export interface InventoryLiterals {
	/** Row `path` → that row's literals (paths relative to the row). Keyed by `path`, so reordering is fine. */
	readonly rows: ReadonlyMap<string, readonly NumberLiteral[]>;
	/** Literals of the other top-level fields (paths from the document root). */
	readonly fields: readonly NumberLiteral[];
}

/**
 * Everything `saveInventory` needs to write back what `loadInventory` read: the shape, the layout, the
 * number literals and the stamp of the file as loaded.
 *
 * @example
 * ```ts
 * import { loadInventory } from '@vm/adapter-json';
 * const { source } = await loadInventory('inventory.json');
 * console.log(source.shape, source.stamp?.sha256);
 * ```
 */
export interface InventorySource {
	/** `array`: the file is a bare array of rows; `object`: `{ "items": [...] }` with other top-level fields. */
	readonly shape: 'array' | 'object';
	/** For `object`: the position of `items` among the top-level keys. */
	readonly itemsPosition: number;
	/** The file as loaded (or last saved); `undefined` when it did not exist. */
	readonly stamp: InventoryStamp | undefined;
	/** How the file was laid out. */
	readonly layout: InventoryLayout;
	/** Number literals to write back unchanged. */
	readonly literals: InventoryLiterals;
}

/**
 * An inventory file in memory: its rows, its other top-level fields, and where it came from.
 *
 * @example
 * ```ts
 * import { loadInventory, saveInventory } from '@vm/adapter-json';
 * const inventory = await loadInventory('inventory.json');
 * inventory.items.push({ path: 'Films/Heat (1995)/Heat.1995.1080p.mkv' });
 * await saveInventory('inventory.json', inventory);
 * ```
 */
export interface Inventory {
	/** The rows, in file order. Mutate or replace freely. */
	items: InventoryItem[];
	/** Top-level fields other than `items` (object shape only), in file order. */
	fields: Record<string, unknown>;
	/** Where it came from; `saveInventory` updates the stamp after each successful save. */
	source: InventorySource;
}

/** The layout of a new file: `{ "items": [` then one compact row per line. */
export const DEFAULT_LAYOUT: InventoryLayout = Object.freeze({
	indent: '  ',
	lineBreaks: true,
	rowPerLine: true,
	eol: '\n',
	bom: false,
	finalNewline: true,
});

/** Nothing to preserve. */
export const NO_LITERALS: InventoryLiterals = Object.freeze({ rows: new Map(), fields: [] });
