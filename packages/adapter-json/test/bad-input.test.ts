import { chmod, mkdir, readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
	FileAccessError,
	type FileSystem,
	isAdapterJsonError,
	isFileAccessError,
	loadInventory,
	loadSettings,
	nodeFileSystem,
	saveInventory,
	saveSettings,
} from '../src/index.js';
import { diskFullAfter, failing, systemError } from './helpers/faulty-fs.js';
import { useTempDir } from './helpers/temp-dir.js';

const temp = useTempDir();
const isRoot = process.getuid?.() === 0;

const ORIGINAL = `${JSON.stringify({ version: 1, items: Array.from({ length: 3000 }, (_, index) => ({ path: `Films/f${index}.mkv`, size: index })) }, null, 2)}\n`;

/** Write the original, load it, change it, try to save with `fs`; return the error. */
async function failedSave(fs: FileSystem, options: { backup?: boolean } = {}): Promise<unknown> {
	const file = temp.path('inventory.json');
	await writeFile(file, ORIGINAL);
	const inventory = await loadInventory(file);
	inventory.items.push({ path: 'Films/new.mkv' });
	return saveInventory(file, inventory, { ...options, fs }).then(
		() => expect.unreachable('saveInventory should have failed'),
		(error: unknown) => error,
	);
}

async function expectOriginalUntouched(): Promise<void> {
	expect(await readFile(temp.path('inventory.json'), 'utf8')).toBe(ORIGINAL);
	expect(await temp.list()).toEqual(['inventory.json']);
}

describe('bad input, nothing lost: malformed files', () => {
	const malformed: [string, string][] = [
		['truncated JSON', ORIGINAL.slice(0, 5000)],
		['truncated to nothing', ''],
		['a wrong type', ORIGINAL.replace('"size": 7\n', '"size": "7"\n')],
		['duplicate paths', ORIGINAL.replace('Films/f9.mkv', 'Films/f8.mkv')],
		['binary garbage', '\u0000\u0001\u0002'],
		['a wrong root', '"inventory"'],
	];

	it.each(malformed)('%s: a clear error, and the file is left as it was', async (_label, text) => {
		const file = temp.path('inventory.json');
		await writeFile(file, text);
		const error = await loadInventory(file).catch((caught: unknown) => caught);
		expect(isAdapterJsonError(error)).toBe(true);
		expect((error as Error).message).toMatch(/^\[adapter-json\] .*inventory\.json: /);
		expect(await readFile(file, 'utf8')).toBe(text);
		expect(await temp.list()).toEqual(['inventory.json']);
	});

	it('names the row and field of a wrong type deep in a big file', async () => {
		const file = temp.path('inventory.json');
		await writeFile(file, ORIGINAL.replace('"size": 2999', '"size": "big"'));
		await expect(loadInventory(file)).rejects.toThrow(
			`${file}: items[2999].size must be a non-negative integer, got "big".`,
		);
	});

	it('a truncated file gives the line and column of the end', async () => {
		const file = temp.path('inventory.json');
		await writeFile(file, '{\n  "items": [\n    {"path": "a"');
		await expect(loadInventory(file)).rejects.toMatchObject({ code: 'JSON_SYNTAX', line: 3, column: 17 });
	});
});

describe('bad input, nothing lost: the file system fails during a save', () => {
	it.each([10, 4096, 65_536, 150_000])(
		'disk full after %i bytes: FILE_WRITE_FAILED/ENOSPC, original untouched, no temp left',
		async (bytes) => {
			const error = await failedSave(diskFullAfter(bytes));
			expect(error).toBeInstanceOf(FileAccessError);
			expect(error).toMatchObject({ code: 'FILE_WRITE_FAILED', errno: 'ENOSPC' });
			expect((error as Error).message).toBe(
				`[adapter-json] cannot write ${temp.path('inventory.json')}: writing failed: no space left on device (ENOSPC). The previous file is untouched.`,
			);
			expect((error as Error).cause).toMatchObject({ code: 'ENOSPC' });
			await expectOriginalUntouched();
		},
	);

	it('disk quota exceeded, with a backup requested: no .bak, original untouched', async () => {
		const error = await failedSave(diskFullAfter(100, 'EDQUOT'), { backup: true });
		expect(error).toMatchObject({ errno: 'EDQUOT' });
		expect((error as Error).message).toContain('disk quota exceeded (EDQUOT)');
		await expectOriginalUntouched();
	});

	// Paths a fault applies to, made fresh for each case: every path; or the save's own temp file, the
	// second `.tmp` opened (the first holds the lock file's content before it is linked into place).
	const anything = () => (): boolean => true;
	const saveTemp = () => {
		let temps = 0;
		return (path: string): boolean => path.endsWith('.tmp') && ++temps === 2;
	};
	it.each([
		['open', 'EACCES', anything, 'creating the lock file failed: permission denied (EACCES)'],
		['open', 'EROFS', anything, 'creating the lock file failed: read-only file system (EROFS)'],
		['open', 'EACCES', saveTemp, 'creating the temp file failed: permission denied (EACCES)'],
		['open', 'EMFILE', saveTemp, 'creating the temp file failed: too many open files (EMFILE)'],
		[
			'rename',
			'EACCES',
			anything,
			'renaming the temp file over the target failed: permission denied (EACCES)',
		],
		['rename', 'EBUSY', anything, 'renaming the temp file over the target failed: system error (EBUSY)'],
	] as const)('%s fails with %s: a clear error, original untouched', async (name, code, when, text) => {
		const error = await failedSave(failing(name, code, when()));
		expect(isFileAccessError(error)).toBe(true);
		expect(error).toMatchObject({ code: 'FILE_WRITE_FAILED', errno: code });
		expect((error as Error).message).toContain(text);
		await expectOriginalUntouched();
	});

	it('fsync fails (EIO): original untouched', async () => {
		const fs: FileSystem = {
			...nodeFileSystem,
			async open(path, flags, mode) {
				const handle = await nodeFileSystem.open(path, flags, mode);
				return flags === 'wx'
					? { ...handleMethods(handle), sync: () => Promise.reject(systemError('EIO', 'fsync')) }
					: handle;
			},
		};
		const error = await failedSave(fs);
		expect(error).toMatchObject({ errno: 'EIO' });
		expect((error as Error).message).toContain('fsync failed: input/output error (EIO)');
		await expectOriginalUntouched();
	});

	it('chmod fails: original untouched', async () => {
		const fs: FileSystem = {
			...nodeFileSystem,
			async open(path, flags, mode) {
				const handle = await nodeFileSystem.open(path, flags, mode);
				return { ...handleMethods(handle), chmod: () => Promise.reject(systemError('EPERM', 'fchmod')) };
			},
		};
		const error = await failedSave(fs);
		expect((error as Error).message).toContain('setting the mode failed: operation not permitted (EPERM)');
		await expectOriginalUntouched();
	});

	it('the .bak cannot be made: the save stops before replacing the file', async () => {
		const fs: FileSystem = {
			...failing('link', 'EPERM'),
			copyFile: () => Promise.reject(systemError('ENOSPC', 'copyfile')),
		};
		const error = await failedSave(fs, { backup: true });
		expect((error as Error).message).toContain(
			'keeping the .bak copy failed: no space left on device (ENOSPC)',
		);
		await expectOriginalUntouched();
	});

	it('the .bak cannot be renamed into place: its temp copy is removed too', async () => {
		let renames = 0;
		const fs: FileSystem = {
			...nodeFileSystem,
			rename: (from, to) =>
				++renames === 1 ? Promise.reject(systemError('EACCES', 'rename')) : nodeFileSystem.rename(from, to),
		};
		const error = await failedSave(fs, { backup: true });
		expect(error).toMatchObject({ errno: 'EACCES' });
		await expectOriginalUntouched();
	});

	it('a failure that is not a system error is reported with its message', async () => {
		const fs: FileSystem = {
			...nodeFileSystem,
			rename: () => Promise.reject(new Error('quota service down')),
		};
		const error = await failedSave(fs);
		expect(error).toMatchObject({ code: 'FILE_WRITE_FAILED', errno: undefined });
		expect((error as Error).message).toContain(
			'renaming the temp file over the target failed: quota service down',
		);
		await expectOriginalUntouched();
	});

	it('stat of the target fails: nothing is written', async () => {
		const file = temp.path('inventory.json');
		await writeFile(file, ORIGINAL);
		const inventory = await loadInventory(file);
		const error = await saveInventory(file, inventory, { fs: failing('stat', 'EACCES') }).catch(
			(caught: unknown) => caught,
		);
		expect(error).toMatchObject({ code: 'FILE_WRITE_FAILED', errno: 'EACCES' });
		expect((error as Error).message).toContain('stat failed: permission denied (EACCES)');
		await expectOriginalUntouched();
	});
});

describe('bad input, nothing lost: the path is wrong', () => {
	it('a directory instead of a file: NOT_A_FILE on load and on save, the directory is untouched', async () => {
		const target = temp.path('inventory.json');
		await mkdir(target);
		await writeFile(temp.path('inventory.json/inside'), 'keep');
		await expect(loadInventory(target)).rejects.toMatchObject({ code: 'NOT_A_FILE' });
		const error = await saveInventory(target, [], { force: true }).catch((caught: unknown) => caught);
		expect(error).toMatchObject({ code: 'NOT_A_FILE' });
		expect((error as Error).message).toBe(
			`[adapter-json] cannot write ${target}: it is not a regular file (a directory?).`,
		);
		expect(await readFile(temp.path('inventory.json/inside'), 'utf8')).toBe('keep');
		expect(await temp.list()).toEqual(['inventory.json']);
	});

	it('a missing folder: a real ENOENT when creating the lock file', async () => {
		const error = await saveInventory(temp.path('missing/inventory.json'), []).catch(
			(caught: unknown) => caught,
		);
		expect(error).toMatchObject({ code: 'FILE_WRITE_FAILED', errno: 'ENOENT' });
		expect((error as Error).message).toContain(
			'creating the lock file failed: no such file or directory (ENOENT)',
		);
	});

	it('no read permission (simulated: EACCES from readFile): FILE_READ_FAILED', async () => {
		const file = temp.path('inventory.json');
		await writeFile(file, ORIGINAL);
		const error = await loadInventory(file, { fs: failing('readFile', 'EACCES') }).catch(
			(caught: unknown) => caught,
		);
		expect(error).toMatchObject({ code: 'FILE_READ_FAILED', errno: 'EACCES', file });
		expect((error as Error).message).toBe(`[adapter-json] cannot read ${file}: permission denied (EACCES).`);
		await expectOriginalUntouched();
	});

	it('a read failure without errno is still wrapped', async () => {
		const fs: FileSystem = {
			...nodeFileSystem,
			readFile: () => Promise.reject(new Error('stale NFS handle')),
		};
		await expect(loadInventory(temp.path('x.json'), { fs })).rejects.toMatchObject({
			code: 'FILE_READ_FAILED',
			errno: undefined,
			message: `[adapter-json] cannot read ${temp.path('x.json')}: stale NFS handle.`,
		});
	});

	// Root bypasses permission bits, so these two only run as a normal user. The simulated tests above,
	// and the real ENOTDIR / EISDIR / ENOENT failures, still run as root.
	it.skipIf(isRoot)('no read permission for real (skipped as root: root reads a 000 file)', async () => {
		const file = temp.path('inventory.json');
		await writeFile(file, ORIGINAL);
		await chmod(file, 0o000);
		await expect(loadInventory(file)).rejects.toMatchObject({ code: 'FILE_READ_FAILED', errno: 'EACCES' });
		await chmod(file, 0o644);
		await expectOriginalUntouched();
	});

	it.skipIf(isRoot)('a read-only folder for real (skipped as root: root writes anywhere)', async () => {
		const file = temp.path('inventory.json');
		await writeFile(file, ORIGINAL);
		const inventory = await loadInventory(file);
		await chmod(temp.dir, 0o555);
		try {
			await expect(saveInventory(file, inventory)).rejects.toMatchObject({
				code: 'FILE_WRITE_FAILED',
				errno: 'EACCES',
			});
		} finally {
			await chmod(temp.dir, 0o755);
		}
		await expectOriginalUntouched();
	});
});

describe('bad input, nothing lost: settings', () => {
	it('a failed settings save leaves the old settings file untouched', async () => {
		const file = temp.path('settings.json');
		const original = '{\n  "language": "fr-FR"\n}\n';
		await writeFile(file, original);
		const error = await saveSettings(file, { language: 'en-US' }, { fs: diskFullAfter(5) }).catch(
			(caught: unknown) => caught,
		);
		expect(error).toMatchObject({ code: 'FILE_WRITE_FAILED', errno: 'ENOSPC' });
		expect(await readFile(file, 'utf8')).toBe(original);
		expect(await temp.list()).toEqual(['settings.json']);
	});

	it('a truncated settings file: line and column, no content quoted', async () => {
		const file = temp.path('settings.json');
		await writeFile(file, '{\n  "tmdb_api_key": "0123456789abcdef0123');
		const error = await loadSettings(file).catch((caught: unknown) => caught);
		expect(error).toMatchObject({ code: 'JSON_SYNTAX', line: 2, column: 40 });
		expect((error as Error).message).not.toContain('0123456789');
		expect((error as Error).cause).toBeUndefined();
	});
});

function handleMethods(handle: Awaited<ReturnType<FileSystem['open']>>) {
	return {
		write: (data: Uint8Array) => handle.write(data),
		sync: () => handle.sync(),
		chmod: (mode: number) => handle.chmod(mode),
		close: () => handle.close(),
	};
}
