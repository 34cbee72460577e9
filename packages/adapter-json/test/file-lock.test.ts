import { spawn } from 'node:child_process';
import { readFile, utimes, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
	type FileSystem,
	InventoryChangedError,
	isFileAccessError,
	loadInventory,
	nodeFileSystem,
	saveInventory,
} from '../src/index.js';
import { useBundledChild } from './helpers/bundled-child.js';
import { systemError } from './helpers/faulty-fs.js';
import { useTempDir } from './helpers/temp-dir.js';

const temp = useTempDir();
const child = useBundledChild('append-loop.ts');
const SEED = `${JSON.stringify({ items: [{ path: 'seed.mkv' }] })}\n`;

const seeded = async (): Promise<string> => {
	const file = temp.path('inventory.json');
	await writeFile(file, SEED);
	return file;
};
const lockOf = (): string => temp.path('.inventory.json.lock');
const paths = async (file: string): Promise<string[]> =>
	(JSON.parse(await readFile(file, 'utf8')) as { items: { path: string }[] }).items.map((row) => row.path);

describe('saveInventory takes the file lock', () => {
	it('two saves racing in one process: one lands, the other gets InventoryChangedError', async () => {
		const file = await seeded();
		const [first, second] = await Promise.all([loadInventory(file), loadInventory(file)]);
		first.items.push({ path: 'first.mkv' });
		second.items.push({ path: 'second.mkv' });
		const results = await Promise.allSettled([saveInventory(file, first), saveInventory(file, second)]);
		expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected']);
		expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(InventoryChangedError);
		expect(await paths(file)).toEqual(['seed.mkv', 'first.mkv']);
		expect(await temp.list()).toEqual(['inventory.json']);
	});

	it('waits for a live process that holds the lock, then fails with FILE_LOCKED naming it', async () => {
		const file = await seeded();
		await writeFile(lockOf(), '424242\n');
		const inventory = await loadInventory(file);
		inventory.items.push({ path: 'mine.mkv' });
		const error = await saveInventory(file, inventory, {
			isProcessAlive: (pid) => pid === 424242,
			lockTimeoutMs: 60,
		}).catch((caught: unknown) => caught);
		expect(isFileAccessError(error)).toBe(true);
		expect(error).toMatchObject({ code: 'FILE_LOCKED', file });
		expect((error as Error).message).toBe(
			`[adapter-json] cannot write ${file}: another process (pid 424242) is saving it and still holds its lock file ${lockOf()} after 60 ms. Try again; if no such process is running, delete ${lockOf()}.`,
		);
		// Nothing written, and the other process's lock left alone.
		expect(await readFile(file, 'utf8')).toBe(SEED);
		expect(await readFile(lockOf(), 'utf8')).toBe('424242\n');
	});

	it('saves once the other process releases the lock', async () => {
		const file = await seeded();
		await writeFile(lockOf(), '424242\n');
		let released = false;
		const release = setTimeout(() => {
			released = true;
			void nodeFileSystem.unlink(lockOf());
		}, 50);
		const inventory = await loadInventory(file);
		inventory.items.push({ path: 'mine.mkv' });
		await saveInventory(file, inventory, { isProcessAlive: () => true, lockTimeoutMs: 30_000 });
		clearTimeout(release);
		expect(released).toBe(true);
		expect(await paths(file)).toEqual(['seed.mkv', 'mine.mkv']);
		expect(await temp.list()).toEqual(['inventory.json']);
	});

	it('replaces the lock of a dead process, and of a lock naming no one for seconds', async () => {
		const file = await seeded();
		const inventory = await loadInventory(file);
		await writeFile(lockOf(), '424242\n');
		inventory.items.push({ path: 'after-dead-owner.mkv' });
		await saveInventory(file, inventory, { isProcessAlive: () => false, lockTimeoutMs: 0 });
		await writeFile(lockOf(), '');
		const old = new Date(Date.now() - 60_000);
		await utimes(lockOf(), old, old);
		inventory.items.push({ path: 'after-empty-lock.mkv' });
		await saveInventory(file, inventory, { isProcessAlive: () => true, lockTimeoutMs: 0 });
		expect(await paths(file)).toEqual(['seed.mkv', 'after-dead-owner.mkv', 'after-empty-lock.mkv']);
		expect(await temp.list()).toEqual(['inventory.json']);
	});

	it('waits for a fresh lock that names no one yet (its owner is writing its pid)', async () => {
		const file = await seeded();
		await writeFile(lockOf(), '');
		const error = await saveInventory(file, await loadInventory(file), { lockTimeoutMs: 30 }).catch(
			(caught: unknown) => caught,
		);
		expect(error).toMatchObject({ code: 'FILE_LOCKED' });
		expect((error as Error).message).toContain('another process is saving it');
	});

	it('works where hard links are not supported (FAT, some network shares)', async () => {
		const noLinks: FileSystem = {
			...nodeFileSystem,
			link: () => Promise.reject(systemError('EPERM', 'link')),
		};
		const file = await seeded();
		const [first, second] = await Promise.all([loadInventory(file), loadInventory(file)]);
		first.items.push({ path: 'first.mkv' });
		second.items.push({ path: 'second.mkv' });
		const results = await Promise.allSettled([
			saveInventory(file, first, { fs: noLinks }),
			saveInventory(file, second, { fs: noLinks }),
		]);
		expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected']);
		expect(await paths(file)).toEqual(['seed.mkv', 'first.mkv']);
		expect(await temp.list()).toEqual(['inventory.json']);
	});

	it.each([-1, Number.NaN, Number.POSITIVE_INFINITY, '100'])(
		'rejects lockTimeoutMs %s, naming it',
		async (value) => {
			const file = await seeded();
			await expect(
				saveInventory(file, await loadInventory(file), { lockTimeoutMs: value as number }),
			).rejects.toThrow(/options\.lockTimeoutMs/);
			expect(await temp.list()).toEqual(['inventory.json']);
		},
	);
});

describe('writers in several processes', () => {
	it('3 processes × 12 load-add-save cycles: every row lands, none is lost', {
		timeout: 60_000,
	}, async () => {
		const file = await seeded();
		const writers = ['a', 'b', 'c'];
		const outputs = await Promise.all(
			writers.map(
				(writer) =>
					new Promise<string>((resolve, reject) => {
						const process_ = spawn(process.execPath, [child.path, file, writer, '12'], {
							stdio: ['ignore', 'pipe', 'pipe'],
						});
						let output = '';
						let errors = '';
						process_.stdout.on('data', (chunk: Buffer) => {
							output += chunk.toString();
						});
						process_.stderr.on('data', (chunk: Buffer) => {
							errors += chunk.toString();
						});
						process_.on('exit', (code) =>
							code === 0 ? resolve(output) : reject(new Error(`writer ${writer} exited ${code}: ${errors}`)),
						);
					}),
			),
		);
		const rows = await paths(file);
		expect(rows).toHaveLength(1 + writers.length * 12);
		for (const writer of writers)
			for (let index = 0; index < 12; index++) expect(rows).toContain(`${writer}/${index}.mkv`);
		expect(await temp.list()).toEqual(['inventory.json']);
		const conflicts = outputs.map((output) => Number(/conflicts (\d+)/.exec(output)?.[1]));
		console.info(`lock test: 36 saves by 3 processes, ${conflicts.join(' + ')} refused and redone`);
	});
});
