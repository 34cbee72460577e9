/**
 * `pnpm bench:enrich`: what `enrichInventory` does on a library, and how fast.
 *
 * By default it runs on core's trap library (remakes, sequels, French titles, one-word and numeric titles,
 * home videos, episodes) with the in-memory TMDB-like provider of core's tests, then on that library
 * repeated 200 times (same titles, many files) to time the per-row cost. It prints rows on the right id,
 * on a wrong id and unmatched, searches per unique title, and the time.
 *
 * Against a TMDB-compatible server (a fake one, or the real API with a token):
 *   VM_TMDB_BASE_URL=http://127.0.0.1:8080/3 VM_TMDB_TOKEN=… VM_ENRICH_LIBRARY=library.json pnpm bench:enrich
 * where library.json is an array (or `{ items: [...] }`) of rows `{ path, expected?: number | null }`
 * (`expected_tmdb_id` is read too). Rows without an expected id only count in the totals.
 * Not a test: the timings depend on the machine.
 */
import { readFileSync } from 'node:fs';
import {
	enrichInventory,
	type InventoryItem,
	type MetadataProvider,
	normalizeTitle,
	parseMediaPath,
} from '../packages/core/src/index.ts';
import { createMemoryProvider } from '../packages/core/test/helpers/memory-provider.ts';
import { TRAP_CATALOGUE } from '../packages/core/test/helpers/trap-catalogue.ts';
import { TRAP_LIBRARY } from '../packages/core/test/helpers/trap-library.ts';

interface Row {
	readonly path: string;
	readonly expected?: number | null;
}

const env = process.env;
const language = env['VM_ENRICH_LANGUAGE'] ?? 'fr-FR';

async function loadSetup(): Promise<{
	label: string;
	rows: Row[];
	provider: () => Promise<MetadataProvider>;
}> {
	const file = env['VM_ENRICH_LIBRARY'];
	if (file === undefined) {
		return {
			label: 'trap library, in-memory provider',
			rows: [...TRAP_LIBRARY],
			provider: async () => createMemoryProvider({ name: 'tmdb', entries: TRAP_CATALOGUE }),
		};
	}
	const raw = JSON.parse(readFileSync(file, 'utf8')) as unknown;
	const list = (Array.isArray(raw) ? raw : (raw as { items?: unknown }).items) as
		| Record<string, unknown>[]
		| undefined;
	if (!Array.isArray(list)) throw new TypeError(`${file}: expected an array of rows or { items: [...] }.`);
	const rows = list.map((item, index) => {
		if (typeof item['path'] !== 'string')
			throw new TypeError(`${file}: items[${index}].path should be a string.`);
		const expected = item['expected'] ?? item['expected_tmdb_id'];
		return typeof expected === 'number' || expected === null
			? { path: item['path'], expected }
			: { path: item['path'] };
	});
	const { createTmdbProvider } = await import('../packages/provider-tmdb/src/index.ts');
	const baseUrl = env['VM_TMDB_BASE_URL'];
	const accessToken = env['VM_TMDB_TOKEN'];
	if (accessToken === undefined)
		throw new TypeError('Set VM_TMDB_TOKEN (a TMDB read access token) to use VM_ENRICH_LIBRARY.');
	return {
		label: `${file}, TMDB at ${baseUrl ?? 'the default URL'}`,
		rows,
		provider: async () => createTmdbProvider({ accessToken, ...(baseUrl === undefined ? {} : { baseUrl }) }),
	};
}

const setup = await loadSetup();
const inventory: InventoryItem[] = setup.rows.map(({ path }) => ({ path }));
const uniqueTitles = new Set(
	inventory.map((row) => {
		const parsed = parseMediaPath(row.path);
		return `${parsed.kind === 'episode' ? 'series' : 'movie'}|${normalizeTitle(parsed.title)}|${parsed.year ?? ''}`;
	}),
).size;

const started = performance.now();
const { items, stats } = await enrichInventory(inventory, { providers: await setup.provider(), language });
const elapsed = performance.now() - started;

let right = 0;
let wrong = 0;
let missed = 0;
let judged = 0;
const wrongRows: string[] = [];
items.forEach((item, index) => {
	const expected = setup.rows[index]?.expected;
	if (expected === undefined) return;
	judged += 1;
	const got = item['tmdb_id'] ?? null;
	if (got === expected) right += 1;
	else if (got === null) missed += 1;
	else {
		wrong += 1;
		wrongRows.push(`  wrong: ${item.path} → ${String(got)} (expected ${String(expected)})`);
	}
});

const percent = (part: number, whole: number): string => `${((100 * part) / Math.max(whole, 1)).toFixed(1)}%`;
console.log(`enrichInventory on ${setup.label} (language ${language})`);
console.log(`  rows ${items.length}, unique titles ${uniqueTitles}`);
console.log(
	`  right ${right}/${judged} (${percent(right, judged)}), wrong ${wrong}, expected-id rows left unmatched ${missed}`,
);
console.log(
	`  matched ${stats.matched}, unmatched ${stats.unmatched}, failed ${stats.failed}, review ${stats.review.length}`,
);
console.log(
	`  searches ${stats.searches} (${(stats.searches / Math.max(uniqueTitles, 1)).toFixed(2)} per unique title), lookups ${stats.lookups}, cache hits ${stats.cacheHits}`,
);
console.log(`  ${elapsed.toFixed(0)} ms`);
for (const line of wrongRows) console.log(line);

if (env['VM_ENRICH_LIBRARY'] === undefined) {
	const many: InventoryItem[] = Array.from({ length: 200 }, () => inventory).flat();
	const provider = createMemoryProvider({ name: 'tmdb', entries: TRAP_CATALOGUE });
	const start = performance.now();
	const big = await enrichInventory(many, { providers: provider, language });
	const ms = performance.now() - start;
	console.log(
		`\n${many.length} rows (the library ×200): ${ms.toFixed(0)} ms, ${Math.round(many.length / (ms / 1000))} rows/s, ` +
			`${big.stats.searches} searches, ${big.stats.cacheHits} cache hits`,
	);
	const rerunStart = performance.now();
	const rerun = await enrichInventory(big.items, { providers: provider, language });
	console.log(
		`rerun over the enriched rows: ${(performance.now() - rerunStart).toFixed(0)} ms, ${rerun.stats.searches + rerun.stats.lookups} provider calls`,
	);
}
