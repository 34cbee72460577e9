import { createHash } from 'node:crypto';
import type { InventoryItem } from '@vm/core';
import { FileAccessError, JsonValidationError } from '../errors/adapter-json-error.js';
import { describeFsError, errnoOf, type FileSystem, nodeFileSystem } from '../file-system.js';
import { describeValue } from '../json/describe-value.js';
import { readJsonValue } from '../json/json-reader.js';
import type { NumberLiteral } from '../json/number-literals.js';
import { scanNumberLiterals } from '../json/number-literals.js';
import { parseJsonFile } from '../json/parse-json-file.js';
import { DEFAULT_LAYOUT, type Inventory, type InventoryLayout, NO_LITERALS } from './inventory.js';
import { validateRows } from './validate-inventory.js';

/**
 * Options of {@link loadInventory}.
 *
 * @example
 * ```ts
 * import type { LoadInventoryOptions } from '@vm/adapter-json';
 * const options: LoadInventoryOptions = { fs: (await import('@vm/adapter-json')).nodeFileSystem };
 * ```
 */
export interface LoadInventoryOptions {
	/**
	 * The file system (inject one to simulate failures).
	 * @default nodeFileSystem
	 */
	readonly fs?: FileSystem;
}

/** Read a file's bytes; `undefined` when it does not exist. Other failures become a {@link FileAccessError}. */
export async function readFileIfExists(fs: FileSystem, file: string): Promise<Uint8Array | undefined> {
	try {
		return await fs.readFile(file);
	} catch (error) {
		const errno = errnoOf(error);
		if (errno === 'ENOENT') return undefined;
		if (errno === 'EISDIR') {
			throw new FileAccessError(`cannot read ${file}: it is a directory, not a file.`, {
				file,
				code: 'NOT_A_FILE',
				errno,
				cause: error,
			});
		}
		throw new FileAccessError(
			`cannot read ${file}: ${describeFsError(error)}.`,
			errno === undefined
				? { file, code: 'FILE_READ_FAILED', cause: error }
				: { file, code: 'FILE_READ_FAILED', errno, cause: error },
		);
	}
}

/** SHA-256 of some bytes, lowercase hex. */
export const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function detectLayout(text: string, bom: boolean, firstRowStart: number | undefined): InventoryLayout {
	const newline = text.indexOf('\n');
	let indent = '';
	if (newline !== -1) {
		let end = newline + 1;
		while (text[end] === ' ' || text[end] === '\t') end++;
		indent = text.slice(newline + 1, end);
	}
	let rowPerLine = DEFAULT_LAYOUT.rowPerLine;
	if (firstRowStart !== undefined) {
		const end = readJsonValue(text, firstRowStart);
		rowPerLine = !text.slice(firstRowStart, end).includes('\n');
	}
	let last = text.length - 1;
	while (last > 0 && /\s/.test(text[last] as string)) last--;
	return {
		indent,
		lineBreaks: newline !== -1 && newline < last,
		rowPerLine,
		eol: text.includes('\r\n') ? '\r\n' : '\n',
		bom,
		finalNewline: text.endsWith('\n'),
	};
}

/**
 * Read an inventory file: a bare JSON array of rows, or an object whose `items` array holds them (other
 * top-level fields are kept in `fields`). UTF-8 with or without BOM. A missing file gives an empty
 * inventory (`{ items: [] }`, object shape) whose stamp says "absent".
 *
 * Every row is validated: an object with a non-empty string `path` (unique across rows), and the fields
 * core's `InventoryItem` declares with the right types; any other field is carried untouched.
 *
 * @throws {@link JsonSyntaxError} (`JSON_SYNTAX`) with line and column; {@link JsonValidationError}
 * (`INVALID_INVENTORY`, `DUPLICATE_PATH`) naming the row index and field; {@link FileAccessError}
 * (`NOT_A_FILE`, `FILE_READ_FAILED`).
 *
 * @example
 * ```ts
 * import { loadInventory } from '@vm/adapter-json';
 * const inventory = await loadInventory('inventory.json');
 * console.log(`${inventory.items.length} files`);
 * ```
 */
export async function loadInventory(file: string, options: LoadInventoryOptions = {}): Promise<Inventory> {
	const fs = options.fs ?? nodeFileSystem;
	const bytes = await readFileIfExists(fs, file);
	if (bytes === undefined) {
		return {
			items: [],
			fields: {},
			source: {
				shape: 'object',
				itemsPosition: 0,
				stamp: undefined,
				layout: DEFAULT_LAYOUT,
				literals: NO_LITERALS,
			},
		};
	}
	const stats = await fs.stat(file).catch(() => undefined);
	const stamp = { size: bytes.length, sha256: sha256(bytes), mtimeMs: stats?.mtimeMs ?? Number.NaN };
	const { text, value, bom } = parseJsonFile(bytes, file);

	let rows: unknown[];
	let fields: Record<string, unknown> = {};
	let itemsPosition = 0;
	const shape = Array.isArray(value) ? 'array' : 'object';
	if (Array.isArray(value)) {
		rows = value;
	} else if (
		typeof value === 'object' &&
		value !== null &&
		Array.isArray((value as { items?: unknown }).items)
	) {
		const { items, ...rest } = value as { items: unknown[] };
		rows = items;
		fields = rest;
		itemsPosition = Object.keys(value).indexOf('items');
	} else {
		const at = typeof value === 'object' && value !== null ? 'items' : '(root)';
		const got = at === 'items' ? (value as { items?: unknown }).items : value;
		throw new JsonValidationError(
			`${file}: expected a JSON array of rows or an object with an \`items\` array; ${at} is ${describeValue(got)}.`,
			{
				file,
				code: 'INVALID_INVENTORY',
				issues: [{ at, message: `must be an array, got ${describeValue(got)}` }],
			},
		);
	}
	validateRows(rows, file, shape === 'array' ? '' : 'items');
	const items = rows as InventoryItem[];

	const scan = scanNumberLiterals(text, shape === 'array');
	const rowLiterals = new Map<string, NumberLiteral[]>();
	if (scan.rows.size > 0 && scan.rowStarts.length === items.length) {
		for (const [index, literals] of scan.rows) {
			const row = items[index];
			if (row !== undefined && literals.length > 0) rowLiterals.set(row.path, literals);
		}
	}
	return {
		items,
		fields,
		source: {
			shape,
			itemsPosition,
			stamp,
			layout: detectLayout(text, bom, scan.firstRowStart),
			literals: { rows: rowLiterals, fields: scan.fields },
		},
	};
}
