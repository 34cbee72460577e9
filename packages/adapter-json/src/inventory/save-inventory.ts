import type { InventoryItem } from '@vm/core';
import { isProcessAlive as defaultIsProcessAlive, writeFileAtomic } from '../atomic-write.js';
import { InventoryChangedError, JsonValidationError } from '../errors/adapter-json-error.js';
import { withFileLock } from '../file-lock.js';
import { type FileSystem, nodeFileSystem } from '../file-system.js';
import {
	DEFAULT_LAYOUT,
	type Inventory,
	type InventorySource,
	type InventoryStamp,
	NO_LITERALS,
} from './inventory.js';
import { readFileIfExists, sha256 } from './load-inventory.js';
import { serializeInventory } from './serialize-inventory.js';
import { validateRows } from './validate-inventory.js';

/**
 * Options of {@link saveInventory}.
 *
 * @example
 * ```ts
 * import type { SaveInventoryOptions } from '@vm/adapter-json';
 * const options: SaveInventoryOptions = { backup: true };
 * ```
 */
export interface SaveInventoryOptions {
	/**
	 * Write even if the file changed on disk since it was loaded (or exists although it was not loaded).
	 * @default false
	 */
	readonly force?: boolean;
	/**
	 * Keep the previous version as `<file>.bak` (a hard link, or a copy where links are not supported).
	 * @default false
	 */
	readonly backup?: boolean;
	/**
	 * The file system (inject one to simulate a full disk or a crash).
	 * @default nodeFileSystem
	 */
	readonly fs?: FileSystem;
	/**
	 * Is a process alive? Decides whether a temp file left by another process (named with its pid) is stale
	 * and may be removed.
	 * @default `process.kill(pid, 0)` succeeds or fails with EPERM
	 */
	readonly isProcessAlive?: (pid: number) => boolean;
	/**
	 * How long to wait while another process saves the same file (holds its `.<file>.lock`), in
	 * milliseconds, before failing with a `FileAccessError` `FILE_LOCKED`.
	 * @default 10000
	 */
	readonly lockTimeoutMs?: number;
}

const DEFAULT_LOCK_TIMEOUT_MS = 10_000;

const ARRAY_SOURCE: InventorySource = Object.freeze({
	shape: 'array',
	itemsPosition: 0,
	stamp: undefined,
	layout: DEFAULT_LAYOUT,
	literals: NO_LITERALS,
});

async function assertUnchanged(
	file: string,
	fs: FileSystem,
	stamp: InventoryStamp | undefined,
): Promise<void> {
	const bytes = await readFileIfExists(fs, file);
	if (stamp === undefined) {
		if (bytes === undefined) return;
		throw new InventoryChangedError(
			`${file} exists but was not loaded (or was created since it was loaded as missing): refusing to overwrite it. Load it, apply your changes, and save again; or pass \`force: true\`.`,
			{ file },
		);
	}
	if (bytes === undefined) {
		throw new InventoryChangedError(
			`${file} was deleted or moved since it was loaded: refusing to recreate it. Pass \`force: true\` to write it anyway.`,
			{ file },
		);
	}
	if (bytes.length !== stamp.size || sha256(bytes) !== stamp.sha256) {
		throw new InventoryChangedError(
			`${file} changed on disk since it was loaded (${stamp.size} → ${bytes.length} bytes, different content): another process saved it. Reload it, reapply your changes, and save again; or pass \`force: true\` to overwrite.`,
			{ file },
		);
	}
}

/**
 * Write an inventory back, atomically (temp file in the same folder, fsync, rename; the file mode is
 * kept). An {@link Inventory} from {@link loadInventory} is written in the shape, key order and layout it
 * was read in, number literals included; a bare array of rows is written as a bare array. Rows are
 * validated first: nothing is written if one is invalid.
 *
 * Lost-update guard: unless `force`, the save is refused with an {@link InventoryChangedError}
 * (`INVENTORY_CHANGED_ON_DISK`) when the file on disk is not the one loaded (compared by size and
 * SHA-256), or when it exists but no loaded inventory vouches for it (a bare array). After a save, the
 * inventory's stamp is updated, so it can be saved again. The check and the write run under the file's
 * lock (`.<file>.lock` next to it, plus a queue per file in this process), so two saves that race —
 * two requests of one app, or the app and a script — never both pass the check: the second gets the
 * `InventoryChangedError`. A lock left by a dead process is replaced; a live one is waited for up to
 * `lockTimeoutMs`.
 *
 * @returns the stamp of the file as written.
 * @throws {@link JsonValidationError}, {@link InventoryChangedError}, {@link FileAccessError}
 * (`FILE_WRITE_FAILED` with `errno`, e.g. `ENOSPC`; `NOT_A_FILE`; `FILE_LOCKED`). On any error the
 * previous file is untouched.
 *
 * @example
 * ```ts
 * import { loadInventory, saveInventory } from '@vm/adapter-json';
 * const inventory = await loadInventory('inventory.json');
 * for (const row of inventory.items) row.tmdb_id ??= null;
 * await saveInventory('inventory.json', inventory, { backup: true });
 * ```
 */
export async function saveInventory(
	file: string,
	inventory: Inventory | readonly InventoryItem[],
	options: SaveInventoryOptions = {},
): Promise<InventoryStamp> {
	const fs = options.fs ?? nodeFileSystem;
	const isArray = Array.isArray(inventory);
	const items: readonly InventoryItem[] = isArray ? inventory : (inventory as Inventory).items;
	const fields = isArray ? {} : (inventory as Inventory).fields;
	const source = isArray ? ARRAY_SOURCE : (inventory as Inventory).source;
	if (source.shape === 'array' && Object.keys(fields).length > 0) {
		throw new JsonValidationError(
			`${file}: the inventory is a bare array of rows, which has no place for top-level fields (${Object.keys(
				fields,
			)
				.map((key) => JSON.stringify(key))
				.join(
					', ',
				)}); set \`source\` to \`{ ...source, shape: 'object' }\` to write \`{ "items": [...] }\` instead.`,
			{
				file,
				code: 'INVALID_INVENTORY',
				issues: [{ at: '(root)', message: 'a bare array cannot hold top-level fields' }],
			},
		);
	}
	validateRows(items, file, source.shape === 'array' ? '' : 'items');
	const lockTimeoutMs = options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
	if (
		typeof lockTimeoutMs !== 'number' ||
		!(lockTimeoutMs >= 0) ||
		lockTimeoutMs === Number.POSITIVE_INFINITY
	) {
		throw new TypeError(
			`saveInventory: options.lockTimeoutMs must be a finite number of milliseconds ≥ 0, got ${String(lockTimeoutMs)}`,
		);
	}
	const isProcessAlive = options.isProcessAlive ?? defaultIsProcessAlive;
	// The check and the write happen under the file's lock: a save of another process (or of this one)
	// cannot land between them, so no save is lost without an InventoryChangedError.
	const written = await withFileLock(file, { fs, isProcessAlive, waitMs: lockTimeoutMs }, async () => {
		if (options.force !== true) await assertUnchanged(file, fs, source.stamp);
		return writeFileAtomic(file, serializeInventory(items, fields, source, file), {
			fs,
			newFileMode: undefined,
			backup: options.backup === true,
			isProcessAlive,
			// Taking the lock removed them.
			removeStale: false,
		});
	});
	const stamp: InventoryStamp = { size: written.size, sha256: written.sha256, mtimeMs: written.mtimeMs };
	if (!isArray) (inventory as Inventory).source = { ...source, stamp };
	return stamp;
}
