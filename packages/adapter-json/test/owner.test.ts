import { chown, stat, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { type FileSystem, loadInventory, nodeFileSystem, saveInventory } from '../src/index.js';
import { systemError } from './helpers/faulty-fs.js';
import { useTempDir } from './helpers/temp-dir.js';

const temp = useTempDir();
const isRoot = process.getuid?.() === 0;
const SEED = `${JSON.stringify({ items: [{ path: 'seed.mkv' }] })}\n`;

/** Node's fs whose handles record each `chown` and answer it with `answer`. */
const recordingChown = (calls: [number, number][], answer: () => Promise<void>): FileSystem => ({
	...nodeFileSystem,
	open: async (path, flags, mode) => {
		const handle = await nodeFileSystem.open(path, flags, mode);
		return {
			...handle,
			chown: (uid, gid) => {
				calls.push([uid, gid]);
				return answer();
			},
		};
	},
});

/** `fs` whose `stat` says another user (1234:2345) owns every file. */
const ownedByOther = (fs: FileSystem): FileSystem => ({
	...fs,
	stat: async (path) => ({ ...(await fs.stat(path)), isFile: () => true, uid: 1234, gid: 2345 }),
});

describe('saveInventory keeps the owner of the file it replaces', () => {
	it.skipIf(!isRoot)('for real: a save by root leaves the file to its owner (runs as root)', async () => {
		const file = temp.path('inventory.json');
		await writeFile(file, SEED, { mode: 0o640 });
		await chown(file, 1234, 2345);
		const inventory = await loadInventory(file);
		inventory.items.push({ path: 'added.mkv' });
		await saveInventory(file, inventory);
		const after = await stat(file);
		expect([after.uid, after.gid, after.mode & 0o777]).toEqual([1234, 2345, 0o640]);
	});

	it("gives the temp file the old file's owner and group", async () => {
		const file = temp.path('inventory.json');
		await writeFile(file, SEED);
		const calls: [number, number][] = [];
		const fs = ownedByOther(recordingChown(calls, () => Promise.resolve()));
		await saveInventory(file, await loadInventory(file), { fs });
		expect(calls).toEqual([[1234, 2345]]);
	});

	it('saves anyway, as the saver, where it may not give the file away (EPERM)', async () => {
		const file = temp.path('inventory.json');
		await writeFile(file, SEED);
		const calls: [number, number][] = [];
		const fs = ownedByOther(recordingChown(calls, () => Promise.reject(systemError('EPERM', 'fchown'))));
		const inventory = await loadInventory(file);
		inventory.items.push({ path: 'added.mkv' });
		await saveInventory(file, inventory, { fs });
		expect(calls).toHaveLength(1);
		expect((await loadInventory(file)).items.map((row) => row.path)).toEqual(['seed.mkv', 'added.mkv']);
	});

	it('stops on any other chown failure, leaving the old file untouched', async () => {
		const file = temp.path('inventory.json');
		await writeFile(file, SEED);
		const fs = ownedByOther(recordingChown([], () => Promise.reject(systemError('EIO', 'fchown'))));
		const inventory = await loadInventory(file);
		inventory.items.push({ path: 'added.mkv' });
		const error = await saveInventory(file, inventory, { fs }).catch((caught: unknown) => caught);
		expect(error).toMatchObject({ code: 'FILE_WRITE_FAILED', errno: 'EIO' });
		expect((error as Error).message).toContain('keeping the owner failed');
		expect(await temp.list()).toEqual(['inventory.json']);
	});

	it('needs no chown when the saver owns the file already', async () => {
		const file = temp.path('inventory.json');
		await writeFile(file, SEED);
		const calls: [number, number][] = [];
		await saveInventory(file, await loadInventory(file), {
			fs: recordingChown(calls, () => Promise.resolve()),
		});
		expect(calls).toEqual([]);
	});

	it('saves through a file system whose handles cannot chown', async () => {
		const file = temp.path('inventory.json');
		await writeFile(file, SEED);
		const fs = ownedByOther({
			...nodeFileSystem,
			open: async (path, flags, mode) => {
				const { chown: _dropped, ...handle } = await nodeFileSystem.open(path, flags, mode);
				return handle;
			},
		});
		const inventory = await loadInventory(file);
		inventory.items.push({ path: 'added.mkv' });
		await saveInventory(file, inventory, { fs });
		expect((await loadInventory(file)).items).toHaveLength(2);
	});
});
