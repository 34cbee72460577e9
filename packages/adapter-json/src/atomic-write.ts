import { createHash, randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { FileAccessError } from './errors/adapter-json-error.js';
import { isAdapterJsonError } from './errors/type-guards.js';
import {
	describeFsError,
	errnoOf,
	type FileHandleLike,
	type FileStats,
	type FileSystem,
} from './file-system.js';

/** Options of {@link writeFileAtomic}. */
export interface AtomicWriteOptions {
	/** The file system to use. */
	readonly fs: FileSystem;
	/** Mode of a newly created file; `undefined` lets the umask decide (0o666 & ~umask). */
	readonly newFileMode: number | undefined;
	/** Keep the previous version as `<file>.bak`. */
	readonly backup: boolean;
	/** Is a process alive? Decides whether a leftover temp file of another process may be removed. */
	readonly isProcessAlive?: (pid: number) => boolean;
	/**
	 * Remove the temp files of dead savers first (see {@link removeStaleTempFiles}); false when the
	 * caller just did, under the file's lock.
	 */
	readonly removeStale: boolean;
}

/** What was written: byte count and SHA-256 of the bytes, and the file's mtime after the rename. */
export interface WrittenFile {
	readonly size: number;
	readonly sha256: string;
	readonly mtimeMs: number;
}

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `.inventory.json.<pid>.<random hex>.tmp`: hidden, next to the target, tagged with the writer's pid. */
export function tempPath(file: string): string {
	return join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

/** The default liveness probe: signal 0 checks existence; EPERM means alive but not ours. */
export function isProcessAlive(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return errnoOf(error) === 'EPERM';
	}
}

/**
 * Remove temp files of `file` left behind by processes that died mid-save (killed, crashed, power cut).
 * Temp files of live processes, including this one, are left alone. Best effort: errors are ignored.
 */
export async function removeStaleTempFiles(
	file: string,
	fs: FileSystem,
	alive: (pid: number) => boolean = isProcessAlive,
): Promise<string[]> {
	const pattern = new RegExp(`^\\.${escapeRegExp(basename(file))}\\.(\\d+)\\.[0-9a-f]+\\.tmp$`);
	const removed: string[] = [];
	let names: string[];
	try {
		names = await fs.readdir(dirname(file));
	} catch {
		return removed;
	}
	for (const name of names) {
		const pid = Number(pattern.exec(name)?.[1]);
		if (!Number.isInteger(pid) || pid === process.pid || alive(pid)) continue;
		try {
			await fs.unlink(join(dirname(file), name));
			removed.push(name);
		} catch {
			// Someone else removed it first, or we may not: not our problem here.
		}
	}
	return removed;
}

/** Stat a path; `undefined` when it does not exist. */
export async function statIfExists(fs: FileSystem, file: string): Promise<FileStats | undefined> {
	try {
		return await fs.stat(file);
	} catch (error) {
		if (errnoOf(error) === 'ENOENT') return undefined;
		throw error;
	}
}

const writeFailed = (file: string, action: string, error: unknown): FileAccessError => {
	const errno = errnoOf(error);
	return new FileAccessError(
		`cannot write ${file}: ${action} failed: ${describeFsError(error)}. The previous file is untouched.`,
		errno === undefined
			? { file, code: 'FILE_WRITE_FAILED', cause: error }
			: { file, code: 'FILE_WRITE_FAILED', errno, cause: error },
	);
};

/**
 * Replace `file` with `chunks`, atomically: write a temp file in the same folder, `fsync` it, give it the
 * old file's mode (and owner and group, where this process may set them), optionally keep the old version as `<file>.bak`, `rename` the temp over the target,
 * then `fsync` the folder where the platform allows it. A crash at any point leaves either the old or
 * the new complete file (plus, at worst, a temp file that the next save removes).
 */
export async function writeFileAtomic(
	file: string,
	chunks: Iterable<string>,
	options: AtomicWriteOptions,
): Promise<WrittenFile> {
	const { fs } = options;
	let existing: FileStats | undefined;
	try {
		existing = await statIfExists(fs, file);
	} catch (error) {
		throw writeFailed(file, 'stat', error);
	}
	if (existing !== undefined && !existing.isFile()) {
		throw new FileAccessError(`cannot write ${file}: it is not a regular file (a directory?).`, {
			file,
			code: 'NOT_A_FILE',
		});
	}
	if (options.removeStale) await removeStaleTempFiles(file, fs, options.isProcessAlive);

	const mode = existing === undefined ? options.newFileMode : existing.mode & 0o7777;
	const temp = tempPath(file);
	const hash = createHash('sha256');
	let size = 0;
	let handle: FileHandleLike | undefined;
	let step = 'creating the temp file';
	try {
		handle = await fs.open(temp, 'wx', mode ?? 0o666);
		step = 'writing';
		// Serialize the next chunk while the previous one is being written (fs writes run off-thread).
		let pending: Promise<unknown> = Promise.resolve();
		for (const chunk of chunks) {
			const bytes = Buffer.from(chunk, 'utf8');
			hash.update(bytes);
			size += bytes.length;
			await pending;
			pending = handle.write(bytes);
			pending.catch(() => undefined); // observed below; never an unhandled rejection
		}
		await pending;
		step = 'setting the mode';
		if (mode !== undefined) await handle.chmod(mode);
		if (existing !== undefined) {
			step = 'keeping the owner';
			await keepOwner(handle, existing);
		}
		step = 'fsync';
		await handle.sync();
		step = 'closing';
		const closing = handle;
		handle = undefined;
		await closing.close();
		if (options.backup && existing !== undefined) {
			step = 'keeping the .bak copy';
			await keepBackup(fs, file);
		}
		step = 'renaming the temp file over the target';
		await fs.rename(temp, file);
	} catch (error) {
		await handle?.close().catch(() => undefined);
		await fs.unlink(temp).catch(() => undefined);
		// The content itself could not be produced (e.g. a value JSON cannot hold): not a file-system error.
		throw isAdapterJsonError(error) ? error : writeFailed(file, step, error);
	}
	await syncDirectory(fs, dirname(file));
	const written = await statIfExists(fs, file).catch(() => undefined);
	return { size, sha256: hash.digest('hex'), mtimeMs: written?.mtimeMs ?? Number.NaN };
}

/** System errors of a `chown` this process may not make, or a file system without owners (FAT). */
const OWNER_REFUSED: ReadonlySet<string> = new Set(['EPERM', 'EINVAL', 'ENOSYS', 'ENOTSUP', 'EOPNOTSUPP']);

/**
 * Give the temp file the replaced file's owner and group, so that a save by another user (a service
 * running as root, say) does not take the file away from its owner. Where this process may not
 * (an ordinary user cannot give a file away), the file stays the saver's: nothing else is lost.
 */
async function keepOwner(handle: FileHandleLike, existing: FileStats): Promise<void> {
	const { uid, gid } = existing;
	if (handle.chown === undefined || uid === undefined || gid === undefined) return;
	if (uid === process.getuid?.() && gid === process.getgid?.()) return;
	try {
		await handle.chown(uid, gid);
	} catch (error) {
		const errno = errnoOf(error);
		if (errno === undefined || !OWNER_REFUSED.has(errno)) throw error;
	}
}

/** `<file>.bak` ← the current file: a hard link (instant, no copy) or, where links fail, a copy. */
async function keepBackup(fs: FileSystem, file: string): Promise<void> {
	const temp = tempPath(file);
	try {
		await fs.link(file, temp);
	} catch {
		await fs.copyFile(file, temp);
	}
	try {
		await fs.rename(temp, `${file}.bak`);
	} catch (error) {
		await fs.unlink(temp).catch(() => undefined);
		throw error;
	}
}

/** Make the rename durable. Windows and some file systems refuse to open or fsync a folder: ignore it. */
async function syncDirectory(fs: FileSystem, directory: string): Promise<void> {
	let handle: FileHandleLike | undefined;
	try {
		handle = await fs.open(directory, 'r');
		await handle.sync();
	} catch {
		// EISDIR / EPERM / EINVAL: no directory fsync here; the rename itself is still atomic.
	} finally {
		await handle?.close().catch(() => undefined);
	}
}
