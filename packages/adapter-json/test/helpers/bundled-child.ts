import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';
import { afterAll, beforeAll } from 'vitest';

/**
 * A child-process script of `./helpers/`, bundled to plain JS once before the file's tests (dozens of
 * `node --import tsx` start-ups would cost seconds each) and removed after them. Read `path` inside
 * a test, once the bundle exists.
 */
export function useBundledChild(helper: string): { readonly path: string } {
	const source = fileURLToPath(new URL(`./${helper}`, import.meta.url));
	const name = helper.replace(/\.ts$/, '');
	let dir = '';
	beforeAll(async () => {
		dir = await mkdtemp(join(tmpdir(), 'vm-adapter-json-child-'));
		await build({
			entry: { [name]: source },
			outDir: dir,
			format: ['esm'],
			platform: 'node',
			target: 'node20',
			bundle: true,
			silent: true,
			config: false,
			dts: false,
			sourcemap: false,
		});
	}, 60_000);
	afterAll(async () => {
		await rm(dir, { recursive: true, force: true });
	});
	return {
		get path() {
			return join(dir, `${name}.js`);
		},
	};
}
