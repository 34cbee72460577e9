import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';

export interface TempDir {
	/** The current test's folder. */
	readonly dir: string;
	/** A path inside it. */
	path(name: string): string;
	/** Its entries, sorted. */
	list(): Promise<string[]>;
}

/** A fresh temp folder for each test, removed afterwards. */
export function useTempDir(): TempDir {
	let dir = '';
	beforeEach(async () => {
		dir = await mkdtemp(join(tmpdir(), 'vm-adapter-json-'));
	});
	afterEach(async () => {
		await rm(dir, { recursive: true, force: true });
	});
	return {
		get dir() {
			return dir;
		},
		path: (name) => join(dir, name),
		list: async () => (await readdir(dir)).sort(),
	};
}
