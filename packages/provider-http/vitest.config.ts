import { defineProject } from 'vitest/config';
import { setupFiles, workspaceAliases } from '../../vitest.shared.ts';

export default defineProject({
	resolve: { alias: workspaceAliases },
	test: {
		include: ['test/**/*.test.ts'],
		setupFiles,
		typecheck: { enabled: true, include: ['test/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
	},
});
