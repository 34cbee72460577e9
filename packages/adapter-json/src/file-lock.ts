import { basename, dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { removeStaleTempFiles, tempPath } from './atomic-write.js';
import { FileAccessError } from './errors/adapter-json-error.js';
import { describeFsError, errnoOf, type FileSystem } from './file-system.js';

/** Options of {@link withFileLock}. */
export interface FileLockOptions {
	readonly fs: FileSystem;
	/** Is a process alive? A lock file whose owner is dead is removed. */
	readonly isProcessAlive: (pid: number) => boolean;
	/** How long to wait for a lock another live process holds before giving up, in milliseconds. */
	readonly waitMs: number;
}

/**
 * A lock file older than this is stale whatever its content says: a save takes seconds, and the pid
 * it names may have been reused by an unrelated process since its owner died.
 */
const STALE_AFTER_MS = 5 * 60_000;

/** A lock file that names no pid (see {@link createLockFile}) is stale after this. */
const EMPTY_STALE_MS = 5_000;

/** How often a waiting save looks at the lock file again. */
const POLL_MS = 20;

/**
 * The saves of this process under way, per file (resolved path): each waits for the one before, so
 * that two saves in one process never both pass the on-disk check before either writes. The entry is
 * the end of the chain; it is removed when the last save of the file ends.
 */
const chains = new Map<string, Promise<void>>();

/** `.inventory.json.lock`: hidden, next to the file, holding the owner's pid. */
export const lockPathOf = (file: string): string => join(dirname(file), `.${basename(file)}.lock`);

/**
 * Run `task` while holding `file`'s lock: first in this process (saves of one file run one at a time),
 * then across processes, through a lock file created exclusively (`wx`) next to the file and removed
 * when `task` ends, whether it succeeds or throws. A lock file whose owner process is dead, or that is
 * older than 5 minutes, is stale and replaced. Another live process's lock is waited for up to
 * `waitMs`, then a {@link FileAccessError} `FILE_LOCKED` names the file, the owner's pid and the lock file.
 */
export async function withFileLock<T>(
	file: string,
	options: FileLockOptions,
	task: () => Promise<T>,
): Promise<T> {
	const key = resolve(file);
	const previous = chains.get(key) ?? Promise.resolve();
	let release = (): void => undefined;
	const done = new Promise<void>((resolveDone) => {
		release = resolveDone;
	});
	const end = previous.then(() => done);
	chains.set(key, end);
	try {
		await previous;
		const lock = await acquireLockFile(file, options);
		try {
			return await task();
		} finally {
			await options.fs.unlink(lock).catch(() => undefined);
		}
	} finally {
		release();
		if (chains.get(key) === end) chains.delete(key);
	}
}

async function acquireLockFile(file: string, options: FileLockOptions): Promise<string> {
	const { fs } = options;
	const lock = lockPathOf(file);
	const deadline = Date.now() + options.waitMs;
	// Temp files of dead savers go first: a saver killed while creating its lock leaves one, and
	// removed only by the write step, it would stay while the next saver waits or is killed in turn.
	await removeStaleTempFiles(file, fs, options.isProcessAlive);
	for (;;) {
		let created: boolean;
		try {
			created = await createLockFile(fs, file, lock);
		} catch (error) {
			const errno = errnoOf(error);
			throw new FileAccessError(
				`cannot write ${file}: creating the lock file failed: ${describeFsError(error)} (${lock}). The previous file is untouched.`,
				errno === undefined
					? { file, code: 'FILE_WRITE_FAILED', cause: error }
					: { file, code: 'FILE_WRITE_FAILED', errno, cause: error },
			);
		}
		if (created) return lock;
		const owner = await readOwner(fs, lock);
		if (owner === undefined) continue; // Released between our attempt and our look: try again.
		if (owner.stale || (owner.pid !== undefined && !options.isProcessAlive(owner.pid))) {
			await removeIfUnchanged(fs, lock, owner.text);
			continue;
		}
		if (Date.now() >= deadline) {
			const who = owner.pid === undefined ? 'another process' : `another process (pid ${owner.pid})`;
			throw new FileAccessError(
				`cannot write ${file}: ${who} is saving it and still holds its lock file ${lock} after ${options.waitMs} ms. Try again; if no such process is running, delete ${lock}.`,
				{ file, code: 'FILE_LOCKED' },
			);
		}
		await sleep(POLL_MS);
	}
}

/** `link` errors of file systems without hard links (FAT, exFAT, some network shares). */
const NO_LINKS: ReadonlySet<string> = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV']);

/**
 * Create the lock file holding this process's pid; false when it exists already. The pid is written
 * to a temp file that is then hard-linked as the lock, so that the lock never exists empty: a process
 * killed while creating it (the crash test does kill there) would leave a lock naming no one, which
 * only its age could clear. Where links are not supported, the lock is created (`wx`) and written in
 * two steps; a lock still empty after {@link EMPTY_STALE_MS} is then taken as stale.
 */
async function createLockFile(fs: FileSystem, file: string, lock: string): Promise<boolean> {
	const content = Buffer.from(`${process.pid}\n`, 'utf8');
	// Named like the save's temp files: one left by a killed process is removed by the next save.
	const temp = tempPath(file);
	await writeNew(fs, temp, content);
	try {
		await fs.link(temp, lock);
		return true;
	} catch (error) {
		const errno = errnoOf(error);
		if (errno === 'EEXIST') return false;
		if (errno === undefined || !NO_LINKS.has(errno)) throw error;
	} finally {
		await fs.unlink(temp).catch(() => undefined);
	}
	try {
		await writeNew(fs, lock, content);
		return true;
	} catch (error) {
		if (errnoOf(error) === 'EEXIST') return false;
		throw error;
	}
}

/** Create `path` (failing with EEXIST if it exists) holding `content`. */
async function writeNew(fs: FileSystem, path: string, content: Uint8Array): Promise<void> {
	const handle = await fs.open(path, 'wx', 0o644);
	try {
		await handle.write(content);
	} finally {
		await handle.close();
	}
}

interface LockOwner {
	/** The lock file's content, compared again before a stale lock is removed. */
	readonly text: string;
	/** The pid it names; undefined while its owner has not written it yet, or when it is garbled. */
	readonly pid: number | undefined;
	/** Older than {@link STALE_AFTER_MS}, or naming no pid and older than {@link EMPTY_STALE_MS}. */
	readonly stale: boolean;
}

/** Who holds the lock file; undefined when it no longer exists. */
async function readOwner(fs: FileSystem, lock: string): Promise<LockOwner | undefined> {
	try {
		const [bytes, stats] = await Promise.all([fs.readFile(lock), fs.stat(lock)]);
		const text = Buffer.from(bytes).toString('utf8');
		const pid = /^\d+\n$/.test(text) ? Number(text.trim()) : undefined;
		const age = Date.now() - stats.mtimeMs;
		return { text, pid, stale: age > STALE_AFTER_MS || (pid === undefined && age > EMPTY_STALE_MS) };
	} catch (error) {
		const errno = errnoOf(error);
		if (errno === 'ENOENT') return undefined;
		throw new FileAccessError(
			`cannot read the lock file ${lock}: ${describeFsError(error)}.`,
			errno === undefined
				? { file: lock, code: 'FILE_READ_FAILED', cause: error }
				: { file: lock, code: 'FILE_READ_FAILED', errno, cause: error },
		);
	}
}

/**
 * Remove a stale lock file, unless it changed since it was judged stale (another waiting process
 * replaced it first: that fresh lock is not ours to remove). What remains is the short window between
 * this second read and the unlink.
 */
async function removeIfUnchanged(fs: FileSystem, lock: string, text: string): Promise<void> {
	try {
		if (Buffer.from(await fs.readFile(lock)).toString('utf8') === text) await fs.unlink(lock);
	} catch {
		// Gone already: nothing to remove.
	}
}
