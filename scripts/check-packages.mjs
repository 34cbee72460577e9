#!/usr/bin/env node
// Checks what npm users get, not what the workspace sees: packs every package, lints each tarball
// (publint --strict, attw esm-only), installs all tarballs with plain npm into a scratch project
// outside the workspace, and proves that ESM import, CommonJS require (Node >= 20.19 require(esm))
// and TypeScript types (node16 and bundler resolution) all work for every package.
// Run after `pnpm build`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const pnpm = process.env.npm_execpath?.includes('pnpm')
	? [process.execPath, process.env.npm_execpath]
	: ['npx', '-y', 'pnpm@10'];

function run(command, args, options = {}) {
	try {
		return execFileSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
	} catch (error) {
		process.stderr.write(`${error.stdout ?? ''}${error.stderr ?? ''}`);
		throw new Error(`check-packages: \`${command} ${args.join(' ')}\` failed (exit ${error.status})`);
	}
}

const packages = readdirSync(join(root, 'packages'))
	.map((dir) => ({
		dir: join(root, 'packages', dir),
		manifest: JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')),
	}))
	.filter(({ manifest }) => !manifest.private);

const scratch = mkdtempSync(join(tmpdir(), 'vm-consumer-'));
const tarballs = join(scratch, 'tarballs');
mkdirSync(tarballs);

try {
	for (const { dir, manifest } of packages) {
		const before = new Set(readdirSync(tarballs));
		run(pnpm[0], [...pnpm.slice(1), 'pack', '--pack-destination', tarballs], { cwd: dir });
		const tarball = readdirSync(tarballs).find((file) => !before.has(file));
		if (!tarball) throw new Error(`check-packages: no tarball for ${manifest.name}`);
		const path = join(tarballs, tarball);
		run(bin('publint'), ['--strict', path], { cwd: dir });
		run(bin('attw'), ['--pack', '--profile', 'esm-only', '--format', 'table-flipped', '.'], { cwd: dir });
		console.log(`ok   ${manifest.name}: publint --strict, attw --profile esm-only`);
		manifest.tarball = path;
	}

	const project = join(scratch, 'project');
	mkdirSync(project);
	writeFileSync(
		join(project, 'package.json'),
		JSON.stringify({ name: 'vm-consumer', private: true, version: '0.0.0' }),
	);
	run(
		'npm',
		[
			'install',
			'--no-audit',
			'--no-fund',
			'--loglevel=error',
			...packages.map((p) => p.manifest.tarball),
			`typescript@${readDevVersion('typescript')}`,
			`@types/node@${readDevVersion('@types/node')}`,
		],
		{ cwd: project },
	);

	for (const { manifest } of packages) {
		const name = manifest.name;
		const esm = run(
			process.execPath,
			[
				'--input-type=module',
				'-e',
				`const m = await import(${JSON.stringify(name)}); console.log(JSON.stringify(Object.keys(m).sort()));`,
			],
			{ cwd: project },
		).trim();
		const cjs = run(
			process.execPath,
			[
				'--no-warnings',
				'-e',
				`const m = require(${JSON.stringify(name)}); console.log(JSON.stringify(Object.keys(m).filter((k) => k !== '__esModule' && k !== 'module.exports').sort()));`,
			],
			{ cwd: project },
		).trim();
		if (esm !== cjs)
			throw new Error(`check-packages: ${name} exports differ between import (${esm}) and require (${cjs})`);
		console.log(`ok   ${name}: import and require give ${JSON.parse(esm).length} exports`);
	}
	const core = run(
		process.execPath,
		[
			'--input-type=module',
			'-e',
			"import { normalizeTitle } from '@vm/core'; console.log(normalizeTitle('The Matrix'));",
		],
		{ cwd: project },
	).trim();
	const coreCjs = run(
		process.execPath,
		['--no-warnings', '-e', "console.log(require('@vm/core').normalizeTitle('Amélie'))"],
		{ cwd: project },
	).trim();
	if (core !== 'matrix' || coreCjs !== 'amelie')
		throw new Error(`check-packages: normalizeTitle gave ${core} / ${coreCjs}`);
	console.log('ok   @vm/core: normalizeTitle works through import and require');

	const imports = packages
		.map((p, i) => `import * as p${i} from ${JSON.stringify(p.manifest.name)};`)
		.join('\n');
	const uses = packages.map((_, i) => `p${i}`).join(', ');
	writeFileSync(
		join(project, 'check.ts'),
		`${imports}\nimport { normalizeTitle, type InventoryItem } from '@vm/core';\nconst key: string = normalizeTitle('Amélie');\nconst row: InventoryItem = { path: 'a.mkv', tmdb_id: 603 };\nexport const all = [${uses}, key, row];\n`,
	);
	for (const [module, moduleResolution] of [
		['node16', 'node16'],
		['esnext', 'bundler'],
		['nodenext', 'nodenext'],
	]) {
		const ext = module === 'esnext' ? 'ts' : 'mts';
		writeFileSync(join(project, `check.${ext}`), readFileSync(join(project, 'check.ts')));
		run(
			join(project, 'node_modules', '.bin', 'tsc'),
			[
				'--noEmit',
				'--strict',
				'--types',
				'node',
				'--module',
				module,
				'--moduleResolution',
				moduleResolution,
				`check.${ext}`,
			],
			{ cwd: project },
		);
		console.log(`ok   types resolve with module ${module} / moduleResolution ${moduleResolution}`);
	}
	console.log(`check-packages: ${packages.length} packages passed`);
} finally {
	rmSync(scratch, { recursive: true, force: true });
}

function readDevVersion(name) {
	return JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).devDependencies[name];
}
