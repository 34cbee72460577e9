import { fileURLToPath } from 'node:url';

const pkg = (name: string, entry = 'index.ts'): string =>
	fileURLToPath(new URL(`./packages/${name}/src/${entry}`, import.meta.url));

/**
 * Tests import sibling packages from source, so `pnpm test` needs no build first.
 * Subpaths are listed before their package so that the longest match wins.
 */
export const workspaceAliases: { find: RegExp; replacement: string }[] = [
	{ find: /^@vm\/core\/testing$/, replacement: pkg('core', 'testing/index.ts') },
	{ find: /^@vm\/core$/, replacement: pkg('core') },
	{ find: /^@vm\/provider-http$/, replacement: pkg('provider-http') },
	{ find: /^@vm\/provider-tmdb$/, replacement: pkg('provider-tmdb') },
	{ find: /^@vm\/provider-tvdb$/, replacement: pkg('provider-tvdb') },
	{ find: /^@vm\/adapter-json$/, replacement: pkg('adapter-json') },
	{ find: /^@vm\/adapter-http$/, replacement: pkg('adapter-http') },
];

/** Run before every test file: fast-check's seed (see the file). */
export const setupFiles: string[] = [fileURLToPath(new URL('./vitest.setup.ts', import.meta.url))];
