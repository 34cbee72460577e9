import { defineConfig } from 'tsup';

export default defineConfig({
	// `testing/index` is the `@vm/core/testing` subpath (the provider contract suite; vitest stays external).
	entry: { index: 'src/index.ts', 'testing/index': 'src/testing/index.ts' },
	format: ['esm'],
	dts: true,
	clean: true,
	sourcemap: true,
	target: 'node20',
	tsconfig: 'tsconfig.build.json',
	external: ['vitest'],
});
