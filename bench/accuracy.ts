/**
 * `pnpm bench:accuracy`: what `enrichInventory` does on a library, and how fast.
 *
 * By default it runs on core's trap library (remakes, sequels, French titles, one-word and numeric titles,
 * home videos, episodes) with the in-memory TMDB-like provider of core's tests, then on that library
 * repeated 200 times (same titles, many files) to time the per-row cost. It prints rows on the right id,
 * on a wrong id and unmatched, searches per unique title, and the time.
 *
 * Against a TMDB-compatible server (a fake one, or the real API with a token):
 *   VM_TMDB_BASE_URL=http://127.0.0.1:8080/3 VM_TMDB_TOKEN=… VM_ENRICH_LIBRARY=library.json pnpm bench:accuracy
 * where library.json is an array (or `{ items: [...] }`) of rows `{ path, expected?: number | null }`
 * (`expected_tmdb_id` is read too). Rows without an expected id only count in the totals.
 * With `--fake-tmdb`, it runs a library made for provider-tmdb's fake server (its test fixtures) through
 * `createTmdbProvider`, and also counts the HTTP search requests the server received.
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

const { VM_ENRICH_LANGUAGE, VM_ENRICH_LIBRARY, VM_TMDB_BASE_URL, VM_TMDB_TOKEN } = process.env;
const language = VM_ENRICH_LANGUAGE ?? 'fr-FR';

/** Files for the catalogue of provider-tmdb's fake server (its test fixtures), with the right ids. */
const FAKE_TMDB_LIBRARY: readonly Row[] = [
	{ path: 'Films/The Matrix (1999)/The.Matrix.1999.1080p.BluRay.x264-GRP.mkv', expected: 603 },
	{ path: 'Films/The Matrix (1999)/The.Matrix.1999.2160p.UHD.REMUX.mkv', expected: 603 },
	{ path: 'Films/Matrix.1999.MULTi.TRUEFRENCH.720p.WEB-DL.mkv', expected: 603 },
	{ path: 'Films/Matrix.Reloaded.2003.FRENCH.1080p.mkv', expected: 604 },
	{ path: 'Films/The.Matrix.Revolutions.2003.720p.mkv', expected: 605 },
	{ path: 'Films/Dune.1984.1080p.BluRay.mkv', expected: 841 },
	{ path: 'Films/Dune.2021.2160p.WEB-DL.DV.mkv', expected: 438631 },
	{ path: 'Films/Dune.2021.MULTi.VFF.1080p.mkv', expected: 438631 },
	{ path: 'Films/Dune.Part.Two.2024.1080p.mkv', expected: 693134 },
	{ path: 'Films/Dune.mkv', expected: null },
	{ path: "Films/Le.Fabuleux.Destin.d'Amelie.Poulain.2001.FRENCH.1080p.mkv", expected: 194 },
	{ path: 'Films/Amélie (2001)/Amelie.2001.VOSTFR.DVDRip.cd1.avi', expected: 194 },
	{ path: 'Films/Amélie (2001)/Amelie.2001.VOSTFR.DVDRip.cd2.avi', expected: 194 },
	{ path: 'Films/Intouchables.2011.FRENCH.720p.mkv', expected: 77338 },
	{ path: 'Films/The.Intouchables.2012.1080p.mkv', expected: 77338 },
	{ path: 'Films/Le.Diner.De.Cons.1998.FRENCH.DVDRip.avi', expected: 9421 },
	{ path: 'Films/Le Dîner de cons (1998) {tmdb-9421}/Le.Diner.De.Cons.1998.720p.mkv', expected: 9421 },
	{ path: 'Films/Heat.1995.1080p.BluRay.mkv', expected: 949 },
	{ path: 'Films/Heat.1986.DVDRip.avi', expected: 40010 },
	{ path: 'Films/RoboCop.1987.1080p.mkv', expected: 5548 },
	{ path: 'Films/RoboCop.2014.MULTi.1080p.mkv', expected: 97020 },
	{ path: 'Films/Fight.Club.1999.10th.Anniversary.1080p.mkv', expected: 550 },
	{ path: 'Films/Fight Club [imdbid-tt0137523]/fight.club.mkv', expected: 550 },
	{ path: 'Films/La.Haine.1995.REMASTERED.1080p.mkv', expected: 406 },
	{ path: 'Films/Hate.1995.VOSTFR.mkv', expected: 406 },
	{ path: 'Videos/Anniversaire de Lea 2019.mp4', expected: null },
	{ path: 'Videos/VID_20190612_184512.mp4', expected: null },
	{ path: 'Videos/Vacances 2018/Plage.mp4', expected: null },
	{ path: 'Series/Breaking Bad/Season 1/Breaking.Bad.S01E01.720p.mkv', expected: 1396 },
	{ path: 'Series/Breaking Bad/Season 1/Breaking.Bad.S01E02.720p.mkv', expected: 1396 },
	{ path: 'Series/Game of Thrones/Season 1/Game.of.Thrones.S01E01.1080p.mkv', expected: 1399 },
	{ path: 'Series/Le Trone de Fer/Saison 2/Le.Trone.De.Fer.S02E01.FRENCH.mkv', expected: 1399 },
	{ path: 'Series/Le Bureau des Legendes/Le.Bureau.des.Legendes.S01E01.FRENCH.mkv', expected: 62687 },
	{ path: 'Series/The Office (US)/Season 1/The.Office.US.S01E01.mkv', expected: 2316 },
	{ path: 'Series/The Office/The.Office.S01E01.mkv', expected: null },
	{ path: 'Series/Dark/Season 1/Dark.S01E01.MULTi.1080p.mkv', expected: 70523 },
];

interface Setup {
	readonly label: string;
	readonly rows: Row[];
	readonly provider: () => Promise<MetadataProvider>;
	readonly httpSearches?: () => number;
	readonly close?: () => Promise<void>;
}

async function loadSetup(): Promise<Setup> {
	if (process.argv.includes('--fake-tmdb')) {
		const { startFakeTmdb } = await import('../packages/provider-tmdb/test/helpers/fake-tmdb-server.ts');
		const { createTmdbProvider } = await import('../packages/provider-tmdb/src/index.ts');
		const accessToken = 'bench-token';
		const fake = await startFakeTmdb({ accessToken });
		return {
			label: `provider-tmdb's fake server (${fake.url}) through createTmdbProvider`,
			rows: [...FAKE_TMDB_LIBRARY],
			provider: async () => createTmdbProvider({ accessToken, baseUrl: fake.url }),
			httpSearches: () =>
				[...fake.measures.byPath]
					.filter(([path]) => path.includes('/search/'))
					.reduce((sum, [, n]) => sum + n, 0),
			close: () => fake.close(),
		};
	}
	const file = VM_ENRICH_LIBRARY;
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
		if (typeof item.path !== 'string')
			throw new TypeError(`${file}: items[${index}].path should be a string.`);
		const expected = 'expected' in item ? item.expected : item.expected_tmdb_id;
		return typeof expected === 'number' || expected === null
			? { path: item.path, expected }
			: { path: item.path };
	});
	const { createTmdbProvider } = await import('../packages/provider-tmdb/src/index.ts');
	const baseUrl = VM_TMDB_BASE_URL;
	const accessToken = VM_TMDB_TOKEN;
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
		return `${parsed.kind === 'episode' ? 'series' : 'movie'}|${normalizeTitle(parsed.title)}|${parsed.year ?? ''}|${parsed.country ?? ''}`;
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
	const got = item.tmdb_id ?? null;
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
if (setup.httpSearches !== undefined) {
	const http = setup.httpSearches();
	console.log(
		`  HTTP search requests ${http} (${(http / Math.max(uniqueTitles, 1)).toFixed(2)} per unique title)`,
	);
}
console.log(`  ${elapsed.toFixed(0)} ms`);
await setup.close?.();
for (const line of wrongRows) console.log(line);

if (VM_ENRICH_LIBRARY === undefined && !process.argv.includes('--fake-tmdb')) {
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
