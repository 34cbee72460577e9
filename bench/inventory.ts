/**
 * Inventory I/O benchmark: load + validate + save 100,000 and 1,000,000 rows with @vm/adapter-json.
 * Targets (issue 8): 100k rows load + save < 1 s; 1M rows within 2 GiB of memory.
 *
 * Run: `node --import tsx bench/inventory.ts` (both sizes, each in its own child process so that memory
 * figures do not mix), or `node --import tsx bench/inventory.ts 250000` for one size.
 * Not a test: the figures depend on the machine and on what else runs on it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadInventory, saveInventory } from '../packages/adapter-json/src/index.ts';
import { sha256 } from '../packages/adapter-json/src/inventory/load-inventory.ts';
import { serializeInventory } from '../packages/adapter-json/src/inventory/serialize-inventory.ts';
import { validateRows } from '../packages/adapter-json/src/inventory/validate-inventory.ts';
import { scanNumberLiterals } from '../packages/adapter-json/src/json/number-literals.ts';
import { parseJsonFile } from '../packages/adapter-json/src/json/parse-json-file.ts';

const MiB = 1024 * 1024;
const mib = (bytes: number): string => `${(bytes / MiB).toFixed(0)} MiB`;

function makeRows(count: number): Record<string, unknown>[] {
	const rows: Record<string, unknown>[] = [];
	for (let index = 0; index < count; index++) {
		const show = index % 1000;
		rows.push(
			index % 3 === 0
				? {
						path: `Films/Le Fabuleux Destin d'Amélie Poulain ${index} (2001)/Amelie.${index}.2001.FRENCH.1080p.BluRay.x264.mkv`,
						size: 4_000_000_000 + index,
						tmdb_id: 194 + index,
						tmdb_title: `Le Fabuleux Destin d'Amélie Poulain ${index}`,
						tmdb_year: 2001,
						added_at: '2024-05-01T12:00:00Z',
					}
				: {
						path: `Séries/Engrenages ${show}/Saison ${(index % 8) + 1}/Engrenages.S0${(index % 8) + 1}E${index % 12}.${index}.VOSTFR.mkv`,
						size: 1_200_000_000 + index,
						tvdb_id: index % 7 === 0 ? null : 80_000 + show,
						tvdb_type: 'series',
						watched: index % 2 === 0,
					},
		);
	}
	return rows;
}

async function timed<T>(run: () => Promise<T>): Promise<[T, number]> {
	const start = performance.now();
	const result = await run();
	return [result, performance.now() - start];
}

async function benchOne(count: number): Promise<void> {
	const dir = await mkdtemp(join(tmpdir(), 'vm-bench-inventory-'));
	const file = join(dir, 'inventory.json');
	try {
		const fresh = await loadInventory(file);
		fresh.items = makeRows(count) as typeof fresh.items;
		Object.assign(fresh.fields, { version: 1, scanned_at: '2024-05-01T12:00:00Z' });
		await saveInventory(file, fresh);
		fresh.items = [];
		(globalThis as { gc?: () => void }).gc?.();

		const [inventory, loadMs] = await timed(() => loadInventory(file));
		const bytes = inventory.source.stamp?.size ?? 0;
		for (let index = 0; index < inventory.items.length; index += 10) {
			const row = inventory.items[index];
			if (row !== undefined) Object.assign(row, { checked: true });
		}
		const [, saveMs] = await timed(() => saveInventory(file, inventory));
		const heapAfter = process.memoryUsage().heapUsed;

		// Baseline on the same file: bare readFile + JSON.parse, and JSON.stringify + writeFile (no fsync).
		const [, parseMs] = await timed(async () => JSON.parse(await readFile(file, 'utf8')) as unknown);

		// Where loadInventory's time goes, phase by phase (same functions, called one by one).
		const phases: string[] = [];
		const phase = async <T>(label: string, run: () => T | Promise<T>): Promise<T> => {
			const [result, ms] = await timed(async () => run());
			phases.push(`${label} ${ms.toFixed(0)}`);
			return result;
		};
		const raw = await phase('read', () => readFile(file));
		await phase('sha256', () => sha256(raw));
		const { text, value } = await phase('utf8+JSON.parse', () => parseJsonFile(raw, file));
		const rows = (value as { items: unknown[] }).items;
		await phase('validate', () => validateRows(rows, file, 'items'));
		await phase('scan literals', () => scanNumberLiterals(text, false));
		await phase('serialize', () => {
			let length = 0;
			for (const chunk of serializeInventory(inventory.items, inventory.fields, inventory.source, file))
				length += chunk.length;
			return length;
		});
		const [, stringifyMs] = await timed(() => writeFile(join(dir, 'plain.json'), JSON.stringify(inventory)));

		const peakRss = process.resourceUsage().maxRSS * 1024;
		console.log(
			[
				`${count.toLocaleString('en-US')} rows (${mib(bytes)} file):`,
				`  load + validate ${loadMs.toFixed(0)} ms, save ${saveMs.toFixed(0)} ms, total ${(loadMs + saveMs).toFixed(0)} ms`,
				`  phases (ms): ${phases.join(', ')}`,
				`  baseline readFile+JSON.parse ${parseMs.toFixed(0)} ms, JSON.stringify+writeFile ${stringifyMs.toFixed(0)} ms`,
				`  peak RSS ${mib(peakRss)}, heap used after save ${mib(heapAfter)}`,
			].join('\n'),
		);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}

const requested = Number(process.argv[2]);
if (Number.isInteger(requested) && requested > 0) {
	await benchOne(requested);
} else {
	console.log(`node ${process.version}, each size in a fresh process`);
	for (const count of [100_000, 1_000_000]) {
		const child = spawnSync(
			process.execPath,
			['--import', 'tsx', fileURLToPath(import.meta.url), String(count)],
			{ stdio: 'inherit' },
		);
		if (child.status !== 0) process.exitCode = 1;
	}
}
