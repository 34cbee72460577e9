import * as fsPromises from 'node:fs/promises';

/**
 * The part of an open file this package uses (a subset of Node's `FileHandle`).
 *
 * @example
 * ```ts
 * import type { FileHandleLike } from '@vm/adapter-json';
 * const handle: FileHandleLike = await (await import('node:fs/promises')).open('x.json', 'w');
 * ```
 */
export interface FileHandleLike {
	/** Write all of `data` at the current position (looping over partial writes). */
	write(data: Uint8Array): Promise<unknown>;
	/** Flush the file's data and metadata to the device (`fsync`). */
	sync(): Promise<void>;
	/** Set the permission bits. */
	chmod(mode: number): Promise<void>;
	/** Set the owner and group (optional: without it, a replaced file belongs to whoever saves it). */
	chown?(uid: number, gid: number): Promise<void>;
	/** Close the handle. */
	close(): Promise<void>;
}

/**
 * What `stat` must report (a subset of Node's `Stats`).
 *
 * @example
 * ```ts
 * import type { FileStats } from '@vm/adapter-json';
 * const stats: FileStats = await (await import('node:fs/promises')).stat('inventory.json');
 * ```
 */
export interface FileStats {
	/** File type and permission bits. */
	readonly mode: number;
	/** Size in bytes. */
	readonly size: number;
	/** Last modification time, in milliseconds since the epoch. */
	readonly mtimeMs: number;
	/** Owner's user id (optional: kept across a save when given). */
	readonly uid?: number;
	/** Owner's group id (optional: kept across a save when given). */
	readonly gid?: number;
	/** True for a regular file. */
	isFile(): boolean;
}

/**
 * The file-system functions this package calls: Node's `fs/promises` by default. Inject your own (through
 * the `fs` option) to simulate a full disk, a refused permission, or a crash.
 *
 * @example
 * ```ts
 * import * as fs from 'node:fs/promises';
 * import { loadInventory, type FileSystem } from '@vm/adapter-json';
 * const readOnly: FileSystem = { ...fs, rename: async () => { throw Object.assign(new Error('read-only'), { code: 'EROFS' }); } };
 * await loadInventory('inventory.json', { fs: readOnly });
 * ```
 */
export interface FileSystem {
	/** Read a whole file. */
	readFile(path: string): Promise<Uint8Array>;
	/** Describe a file, following symbolic links. */
	stat(path: string): Promise<FileStats>;
	/** Open a file (`wx` for the temp file, `r` for a directory to fsync). */
	open(path: string, flags: string, mode?: number): Promise<FileHandleLike>;
	/** Rename, replacing the target atomically (POSIX `rename`). */
	rename(oldPath: string, newPath: string): Promise<void>;
	/** Delete a file. */
	unlink(path: string): Promise<void>;
	/** Create a hard link (used for the `.bak` copy, with `copyFile` as fallback). */
	link(existingPath: string, newPath: string): Promise<void>;
	/** Copy a file. */
	copyFile(source: string, destination: string): Promise<void>;
	/** List a directory's entry names. */
	readdir(path: string): Promise<string[]>;
}

/**
 * Node's `fs/promises`, as a {@link FileSystem}.
 *
 * @example
 * ```ts
 * import { nodeFileSystem, type FileSystem } from '@vm/adapter-json';
 * const failingRename: FileSystem = { ...nodeFileSystem, rename: () => Promise.reject(new Error('boom')) };
 * ```
 */
export const nodeFileSystem: FileSystem = {
	readFile: (path) => fsPromises.readFile(path),
	stat: (path) => fsPromises.stat(path),
	open: async (path, flags, mode) => {
		const handle = await fsPromises.open(path, flags, mode);
		return {
			async write(data) {
				for (let offset = 0; offset < data.length; ) {
					const { bytesWritten } = await handle.write(data, offset, data.length - offset);
					offset += bytesWritten;
				}
			},
			sync: () => handle.sync(),
			chmod: (newMode) => handle.chmod(newMode),
			chown: (uid, gid) => handle.chown(uid, gid),
			close: () => handle.close(),
		};
	},
	rename: (oldPath, newPath) => fsPromises.rename(oldPath, newPath),
	unlink: (path) => fsPromises.unlink(path),
	link: (existingPath, newPath) => fsPromises.link(existingPath, newPath),
	copyFile: (source, destination) => fsPromises.copyFile(source, destination),
	readdir: (path) => fsPromises.readdir(path),
};

/** The `code` of a Node system error (`ENOENT`…), if any. */
export function errnoOf(error: unknown): string | undefined {
	const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
	return typeof code === 'string' ? code : undefined;
}

const ERRNO_TEXT: Readonly<Record<string, string>> = {
	EACCES: 'permission denied',
	EPERM: 'operation not permitted',
	ENOSPC: 'no space left on device',
	EDQUOT: 'disk quota exceeded',
	EROFS: 'read-only file system',
	EISDIR: 'it is a directory',
	ENOTDIR: 'a parent is not a directory',
	ENOENT: 'no such file or directory',
	EMFILE: 'too many open files',
	EIO: 'input/output error',
};

/** A short human description of a file-system failure: `permission denied (EACCES)`. */
export function describeFsError(error: unknown): string {
	const errno = errnoOf(error);
	if (errno === undefined) return error instanceof Error ? error.message : String(error);
	return `${ERRNO_TEXT[errno] ?? 'system error'} (${errno})`;
}
