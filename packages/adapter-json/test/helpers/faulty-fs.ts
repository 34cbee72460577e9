import type { FileHandleLike, FileSystem } from '../../src/index.js';
import { nodeFileSystem } from '../../src/index.js';

/** An `Error` shaped like Node's system errors. */
export const systemError = (code: string, syscall = 'write'): NodeJS.ErrnoException =>
	Object.assign(new Error(`${code}: simulated ${syscall} failure`), { code, syscall });

/**
 * Node's fs, except that writes to temp files fail with `code` once `afterBytes` bytes were written:
 * a disk that fills up mid-save.
 */
export function diskFullAfter(afterBytes: number, code = 'ENOSPC'): FileSystem {
	return {
		...nodeFileSystem,
		async open(path, flags, mode) {
			const handle = await nodeFileSystem.open(path, flags, mode);
			if (flags !== 'wx') return handle;
			let written = 0;
			const faulty: FileHandleLike = {
				async write(data) {
					const size = data.length;
					if (written + size > afterBytes) {
						// A partial write reaches the disk before the failure, as on a real full disk.
						await handle.write(data.subarray(0, Math.max(0, afterBytes - written)));
						throw systemError(code);
					}
					written += size;
					return handle.write(data);
				},
				sync: () => handle.sync(),
				chmod: (newMode) => handle.chmod(newMode),
				close: () => handle.close(),
			};
			return faulty;
		},
	};
}

/** Node's fs with one function replaced by one that fails with a system error. */
export function failing(
	name: keyof FileSystem,
	code: string,
	when: (path: string) => boolean = () => true,
): FileSystem {
	const real = nodeFileSystem[name] as (path: string, ...rest: unknown[]) => Promise<unknown>;
	return {
		...nodeFileSystem,
		[name]: (path: string, ...rest: unknown[]) =>
			when(path) ? Promise.reject(systemError(code, name)) : real(path, ...rest),
	};
}
