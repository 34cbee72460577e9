import { spawnSync } from 'node:child_process';
import { chmod, readFile, stat, utimes, writeFile } from 'node:fs/promises';
import type { InventoryItem } from '@vm/core';
import { describe, expect, it } from 'vitest';
import {
	type FileSystem,
	InventoryChangedError,
	isInventoryChangedError,
	isJsonValidationError,
	loadInventory,
	nodeFileSystem,
	saveInventory,
} from '../src/index.js';
import { useTempDir } from './helpers/temp-dir.js';

const temp = useTempDir();

async function roundTrip(text: string, change?: (items: InventoryItem[]) => void): Promise<string> {
	const file = temp.path('inventory.json');
	await writeFile(file, text);
	const inventory = await loadInventory(file);
	change?.(inventory.items);
	await saveInventory(file, inventory);
	return readFile(file, 'utf8');
}

describe('saveInventory: writes back what it read', () => {
	it('creates a new file as `{ "items": [...] }`, one compact row per line, and reads it back', async () => {
		const file = temp.path('inventory.json');
		const inventory = await loadInventory(file);
		inventory.items.push({ path: 'a.mkv', size: 1 }, { path: 'b.mkv', tmdb_id: null });
		const stamp = await saveInventory(file, inventory);
		const text = await readFile(file, 'utf8');
		expect(text).toBe(
			'{\n  "items": [\n    {"path":"a.mkv","size":1},\n    {"path":"b.mkv","tmdb_id":null}\n  ]\n}\n',
		);
		expect(stamp.size).toBe(Buffer.byteLength(text));
		expect(inventory.source.stamp).toEqual(stamp);
		expect((await loadInventory(file)).source.stamp).toMatchObject({
			size: stamp.size,
			sha256: stamp.sha256,
		});
	});

	it('writes an unchanged file in its own layout byte for byte', async () => {
		const texts = [
			'{\n  "items": [\n    {"path":"a.mkv","size":1}\n  ]\n}\n',
			'[\n\t{"path":"a.mkv","size":1},\n\t{"path":"b.mkv"}\n]',
			'[{"path":"a.mkv","size":1},{"path":"b.mkv"}]',
			'\uFEFF{\r\n  "version": 3,\r\n  "items": [\r\n    {"path":"a.mkv"}\r\n  ],\r\n  "note": "x"\r\n}\r\n',
			`${JSON.stringify({ meta: { by: 'scanner', tags: ['a', 'b'] }, items: [{ path: 'a', x: { y: [1, { z: null }] } }] }, null, 2)}\n`,
			`${JSON.stringify([{ path: 'a', size: 1 }, { path: 'b' }], null, 4)}`,
			'{"items":[],"v":1}',
			'[\n{"path":"a"},\n{"path":"b"}\n]\n',
			'{\n"v": 1,\n"items": [\n{"path":"a"}\n]\n}',
			'[{"path":"a"}]\n',
			'[]',
			'{\n  "items": []\n}\n',
		];
		for (const text of texts) expect(await roundTrip(text)).toBe(text);
	});

	it('keeps row order, unknown fields and the position of items among the top-level keys', async () => {
		const text = JSON.stringify({ a: 1, items: [{ path: 'z' }, { path: 'a', app: { keep: true } }], b: [2] });
		const saved = await roundTrip(text, (items) => items.push({ path: 'm' }));
		expect(saved).toBe(
			'{"a":1,"items":[{"path":"z"},{"path":"a","app":{"keep":true}},{"path":"m"}],"b":[2]}',
		);
	});

	it('writes a bare array back as a bare array', async () => {
		const saved = await roundTrip('[{"path":"a"}]', (items) => {
			(items[0] as InventoryItem).tmdb_id = 603;
		});
		expect(JSON.parse(saved)).toEqual([{ path: 'a', tmdb_id: 603 }]);
	});

	it('writes new fields after the existing ones, and drops `undefined` as JSON does', async () => {
		const file = temp.path('inventory.json');
		await writeFile(file, '{"items":[{"path":"a","size":5}]}');
		const inventory = await loadInventory(file);
		Object.assign(inventory.fields, { added: true });
		Object.assign(inventory.items[0] as InventoryItem, { size: undefined });
		await saveInventory(file, inventory);
		expect(await readFile(file, 'utf8')).toBe('{"items":[{"path":"a"}],"added":true}');
	});
});

describe('saveInventory: byte-for-value', () => {
	// JSON.parse turns every number into a double, so these literals would change on a naive round trip.
	const lossy = [
		'9007199254740993',
		'12345678901234567890',
		'1e21',
		'1E5',
		'-0',
		'-0.0',
		'1.50',
		'1e400',
		'0.1e1',
		'2.0',
	];

	it.each(lossy)('keeps the number literal %s exactly, in rows and in other fields', async (literal) => {
		const text = `{"count":${literal},"items":[{"path":"a","n":${literal},"deep":{"list":[0,${literal}]}}]}`;
		expect(await roundTrip(text)).toBe(text);
	});

	it('keeps literals of a row that moved (they are keyed by the row path)', async () => {
		const saved = await roundTrip('[{"path":"a","n":1e21},{"path":"b","n":-0}]', (items) => items.reverse());
		expect(saved).toBe('[{"path":"b","n":-0},{"path":"a","n":1e21}]');
	});

	it('writes the new value when a preserved number was changed', async () => {
		const saved = await roundTrip('[{"path":"a","size":9007199254740993,"x":1.50}]', (items) => {
			(items[0] as InventoryItem).size = 42;
		});
		expect(saved).toBe('[{"path":"a","size":42,"x":1.50}]');
	});

	it('keeps the last literal of a duplicated key, as JSON.parse does', async () => {
		expect(await roundTrip('[{"path":"a","n":1.50,"n":2.50}]')).toBe('[{"path":"a","n":2.50}]');
		expect(await roundTrip('[{"path":"a","n":1.50,"n":3}]')).toBe('[{"path":"a","n":3}]');
	});

	it('writes equal strings, not equal bytes: escapes become characters, lone surrogates stay escaped', async () => {
		const saved = await roundTrip('[{"path":"Am\\u00e9lie \\"\\/\\t.mkv","s":"\\ud800"}]');
		expect(saved).toBe('[{"path":"Amélie \\"/\\t.mkv","s":"\\ud800"}]');
		expect(JSON.parse(saved)).toEqual(JSON.parse('[{"path":"Am\\u00e9lie \\"\\/\\t.mkv","s":"\\ud800"}]'));
	});

	it('keeps literals in pretty-printed rows and nested fields', async () => {
		const text =
			'{\n  "m": {\n    "a": [\n      1e21\n    ]\n  },\n  "items": [\n    {\n      "path": "a",\n      "n": -0,\n      "o": {}\n    }\n  ]\n}';
		expect(await roundTrip(text)).toBe(text);
	});

	it('finds literals after long stretches without any number: thousands of string-only rows, a 4 MB string', async () => {
		const rows = Array.from({ length: 3000 }, (_, index) => `{"path":"f${index}.mkv","tags":["a","b"]}`);
		const text = `{"items":[${rows.join(',')},{"path":"last","big":"${'x\\n'.repeat(2_000_000)}","n":1e21}],"tail":-0}`;
		expect(await roundTrip(text)).toBe(text);
	});

	it('does not confuse strings that look like numbers, or escaped quotes, with literals', async () => {
		const text = '[{"path":"a\\\\","t":"1e21 \\" -0","n":1e21}]';
		expect(await roundTrip(text)).toBe(text);
	});
});

describe('saveInventory: lost-update guard', () => {
	it('refuses when another process saved the file since it was loaded, unless force', async () => {
		const file = temp.path('inventory.json');
		await writeFile(file, '[{"path":"a"}]');
		const mine = await loadInventory(file);
		const theirs = await loadInventory(file);
		theirs.items.push({ path: 'theirs' });
		await saveInventory(file, theirs);
		mine.items.push({ path: 'mine' });
		const error = await saveInventory(file, mine).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(InventoryChangedError);
		expect(isInventoryChangedError(error)).toBe(true);
		expect(error).toMatchObject({ code: 'INVENTORY_CHANGED_ON_DISK', file });
		expect((error as Error).message).toContain('changed on disk since it was loaded');
		expect(JSON.parse(await readFile(file, 'utf8'))).toEqual([{ path: 'a' }, { path: 'theirs' }]);
		await saveInventory(file, mine, { force: true });
		expect(JSON.parse(await readFile(file, 'utf8'))).toEqual([{ path: 'a' }, { path: 'mine' }]);
	});

	it('detects a same-size change within the same second (by hash, not mtime)', async () => {
		const file = temp.path('inventory.json');
		await writeFile(file, '[{"path":"a"}]');
		const { mtime } = await stat(file);
		const inventory = await loadInventory(file);
		await writeFile(file, '[{"path":"b"}]');
		await utimes(file, mtime, mtime);
		await expect(saveInventory(file, inventory)).rejects.toThrow(InventoryChangedError);
	});

	it('allows a save after a mere touch (same bytes, new mtime)', async () => {
		const file = temp.path('inventory.json');
		await writeFile(file, '[{"path":"a"}]');
		const inventory = await loadInventory(file);
		await utimes(file, new Date(2001, 1, 1), new Date(2001, 1, 1));
		await expect(saveInventory(file, inventory)).resolves.toMatchObject({ size: 14 });
	});

	it('lets the same inventory be saved again and again (the stamp follows each save)', async () => {
		const file = temp.path('inventory.json');
		const inventory = await loadInventory(file);
		for (let round = 0; round < 3; round++) {
			inventory.items.push({ path: `f${round}` });
			await saveInventory(file, inventory);
		}
		expect((await loadInventory(file)).items).toHaveLength(3);
	});

	it('refuses to recreate a file deleted since it was loaded', async () => {
		const file = temp.path('inventory.json');
		await writeFile(file, '[]');
		const inventory = await loadInventory(file);
		await nodeFileSystem.unlink(file);
		await expect(saveInventory(file, inventory)).rejects.toThrow(/was deleted or moved since it was loaded/);
		await saveInventory(file, inventory, { force: true });
		expect(await readFile(file, 'utf8')).toBe('[]');
	});

	it('refuses to overwrite a file created after it was loaded as missing', async () => {
		const file = temp.path('inventory.json');
		const inventory = await loadInventory(file);
		await writeFile(file, '[{"path":"someone else"}]');
		await expect(saveInventory(file, inventory)).rejects.toThrow(/exists but was not loaded/);
	});

	it('refuses to overwrite an existing file with a bare array of rows, unless force', async () => {
		const file = temp.path('inventory.json');
		await saveInventory(file, [{ path: 'a' }]);
		expect(await readFile(file, 'utf8')).toBe('[\n  {"path":"a"}\n]\n');
		await expect(saveInventory(file, [{ path: 'b' }])).rejects.toThrow(InventoryChangedError);
		await saveInventory(file, [{ path: 'b' }], { force: true });
		expect(JSON.parse(await readFile(file, 'utf8'))).toEqual([{ path: 'b' }]);
	});
});

describe('saveInventory: file mode, backup, temp files', () => {
	it('keeps the mode of an existing file', async () => {
		const file = temp.path('inventory.json');
		await writeFile(file, '[]');
		await chmod(file, 0o640);
		const inventory = await loadInventory(file);
		await saveInventory(file, inventory);
		expect((await stat(file)).mode & 0o777).toBe(0o640);
	});

	it('keeps the previous version as .bak when asked', async () => {
		const file = temp.path('inventory.json');
		await writeFile(file, '[{"path":"v1"}]');
		const inventory = await loadInventory(file);
		inventory.items[0] = { path: 'v2' };
		await saveInventory(file, inventory, { backup: true });
		expect(await readFile(`${file}.bak`, 'utf8')).toBe('[{"path":"v1"}]');
		inventory.items[0] = { path: 'v3' };
		await saveInventory(file, inventory, { backup: true });
		expect(await readFile(`${file}.bak`, 'utf8')).toBe('[{"path":"v2"}]');
		expect(await readFile(file, 'utf8')).toBe('[{"path":"v3"}]');
		expect(await temp.list()).toEqual(['inventory.json', 'inventory.json.bak']);
	});

	it('copies the .bak where hard links are refused', async () => {
		const file = temp.path('inventory.json');
		await writeFile(file, '[{"path":"v1"}]');
		const inventory = await loadInventory(file);
		const noLinks: FileSystem = {
			...nodeFileSystem,
			link: () => Promise.reject(Object.assign(new Error('no links'), { code: 'EPERM' })),
		};
		await saveInventory(file, inventory, { backup: true, fs: noLinks });
		expect(await readFile(`${file}.bak`, 'utf8')).toBe('[{"path":"v1"}]');
	});

	it('makes no .bak for a new file', async () => {
		await saveInventory(temp.path('inventory.json'), [{ path: 'a' }], { backup: true });
		expect(await temp.list()).toEqual(['inventory.json']);
	});

	it('removes temp files of dead processes, keeps those of live ones and its own', async () => {
		const dead = spawnSync(process.execPath, ['-e', '']).pid as number;
		const names = {
			dead: `.inventory.json.${dead}.0a1b.tmp`,
			alive: `.inventory.json.${process.ppid}.0a1b.tmp`,
			mine: `.inventory.json.${process.pid}.0a1b.tmp`,
			other: `.other.json.${dead}.0a1b.tmp`,
		};
		for (const name of Object.values(names)) await writeFile(temp.path(name), 'partial');
		await saveInventory(temp.path('inventory.json'), [{ path: 'a' }]);
		expect(await temp.list()).toEqual([names.alive, names.mine, names.other, 'inventory.json'].sort());
	});

	it('uses the injected liveness probe', async () => {
		await writeFile(temp.path('.inventory.json.1.ff.tmp'), 'partial');
		await saveInventory(temp.path('inventory.json'), [], { isProcessAlive: () => false });
		expect(await temp.list()).toEqual(['inventory.json']);
	});

	it('still saves where the folder cannot be fsynced (Windows, some network file systems)', async () => {
		const noDirSync: FileSystem = {
			...nodeFileSystem,
			open: (path, flags, mode) =>
				flags === 'r'
					? Promise.reject(Object.assign(new Error('EISDIR'), { code: 'EISDIR' }))
					: nodeFileSystem.open(path, flags, mode),
		};
		await saveInventory(temp.path('inventory.json'), [{ path: 'a' }], { fs: noDirSync });
		expect(await readFile(temp.path('inventory.json'), 'utf8')).toBe('[\n  {"path":"a"}\n]\n');
	});

	it('writes thousands of rows in chunks, in order', async () => {
		const file = temp.path('inventory.json');
		const rows = Array.from({ length: 4501 }, (_, index) => ({ path: `f${index}.mkv`, size: index }));
		const inventory = await loadInventory(file);
		inventory.items = rows;
		await saveInventory(file, inventory);
		expect((await loadInventory(file)).items).toEqual(rows);
	});

	it('refuses top-level fields on a bare-array inventory rather than drop them, and writes them once the shape is object', async () => {
		const file = temp.path('inventory.json');
		await writeFile(file, '[{"path":"a"}]');
		const inventory = await loadInventory(file);
		Object.assign(inventory.fields, { version: 2 });
		await expect(saveInventory(file, inventory)).rejects.toThrow(
			/bare array of rows, which has no place for top-level fields \("version"\)/,
		);
		expect(await readFile(file, 'utf8')).toBe('[{"path":"a"}]');
		inventory.source = { ...inventory.source, shape: 'object', itemsPosition: 1 };
		await saveInventory(file, inventory);
		expect(await readFile(file, 'utf8')).toBe('{"version":2,"items":[{"path":"a"}]}');
	});

	it('names a row or field JSON cannot hold (a BigInt, a cycle), and leaves the file and no temp behind', async () => {
		const file = temp.path('inventory.json');
		await writeFile(file, '{"items":[{"path":"a"},{"path":"b"}]}');
		const inventory = await loadInventory(file);
		Object.assign(inventory.items[1] as InventoryItem, { added: 10n });
		const error = await saveInventory(file, inventory).catch((caught: unknown) => caught);
		expect(isJsonValidationError(error)).toBe(true);
		expect((error as Error).message).toMatch(/: items\[1\] cannot be written as JSON: .*BigInt/);
		expect((error as Error).cause).toBeInstanceOf(TypeError);
		inventory.items[1] = { path: 'b' };
		const cycle: { self?: unknown } = {};
		cycle.self = cycle;
		Object.assign(inventory.fields, { cycle });
		await expect(saveInventory(file, inventory)).rejects.toThrow(
			/: cycle cannot be written as JSON: .*circular/,
		);
		expect(await readFile(file, 'utf8')).toBe('{"items":[{"path":"a"},{"path":"b"}]}');
		expect(await temp.list()).toEqual(['inventory.json']);
	});

	it('validates every row before writing anything', async () => {
		const file = temp.path('inventory.json');
		await writeFile(file, '{"items":[{"path":"a"}]}');
		const inventory = await loadInventory(file);
		inventory.items.push({ path: 'a' }, { path: 'b', size: -3 });
		const error = await saveInventory(file, inventory).catch((caught: unknown) => caught);
		expect(isJsonValidationError(error)).toBe(true);
		expect((error as Error).message).toBe(
			`[adapter-json] ${file}: items[1].path duplicates items[0].path ("a"); items[2].size must be a non-negative integer, got -3.`,
		);
		expect(await readFile(file, 'utf8')).toBe('{"items":[{"path":"a"}]}');
	});
});
