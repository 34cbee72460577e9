/**
 * `pnpm bench:group`: time of `groupInventory` on generated libraries of 10k, 100k and 1M rows, with
 * the time per 10k rows at each size (flat = no quadratic step). Not a test: numbers depend on the
 * machine and its load.
 *
 * The library mixes what a French collection holds: `Title (Year)/` folders with scene-named copies in
 * several qualities, split copies (`cd1`/`cd2`), editions, `Sample/` folders and trailers, loose files
 * in a flat `Films/` folder, remakes (same title, other year), year-less copies, and TV episodes in
 * `Show/Saison N/` folders. About half of the rows carry a TMDB id, as after an enrichment run.
 *
 * Columns: `groupInventory` as a caller runs it (parse + group); `parseMediaPath` alone over the same
 * paths; grouping alone (the internal `groupRows` on rows parsed beforehand), so that each cost
 * shows; and plain `Map` work of the same size without vm (`mapWork`), for how much the machine itself
 * slows per row as the data outgrows its caches.
 * The rows are read back from their JSON, as `groupInventory`'s callers have them (from an inventory
 * file or an HTTP body): the generator's template strings would otherwise reach the parser as trees of
 * joined strings, which it flattens on first read, a copy no caller pays for (about 1 s of a first
 * run's 11 at 1M rows).
 * Each cell is the best of several runs (`--runs`, default 5 up to 100k rows, 3 above), so that a
 * busy machine weighs less on it; the first run of `groupInventory` at each size, which at 1M rows
 * also grows the heap to 1.7 GB, is printed too (`first`), as a caller calling once pays it. The JIT
 * is warmed up on every measured path first, so that the smallest size does not pay for compilation.
 * No forced full GC between runs: it drops the type feedback of the shapes that died with the
 * previous run and makes every run pay for re-learning it, which no caller sees.
 * Flags: `--sizes 10000,100000` to choose the sizes, `--runs 5` for the number of runs per cell.
 */
import { groupRows } from '../packages/core/src/group/group-rows.ts';
import {
	groupInventory,
	type InventoryItem,
	type ParsedMedia,
	parseMediaPath,
} from '../packages/core/src/index.ts';

const WORDS = [
	'Amour',
	'Nuit',
	'Soleil',
	'Dernier',
	'Secret',
	'Ville',
	'Ombre',
	'Mer',
	'Guerre',
	'Château',
	'Étoile',
	'Voyage',
	'Silence',
	'Lumière',
	'Heat',
	'Storm',
	'River',
	'Ghost',
	'Iron',
	'Garden',
];
const ARTICLES = ['', 'Le ', 'La ', 'Les ', "L'", 'The '];
const QUALITIES = [
	'2160p.UHD.BluRay.REMUX.HDR.HEVC',
	'1080p.BluRay.x264',
	'1080p.WEB-DL.DDP5.1.H.264',
	'720p.HDTV.x264',
	'MULTi.1080p.WEBRip.x265',
	'DVDRip.XviD',
];
const LANGUAGES = ['FRENCH', 'TRUEFRENCH', 'MULTi', 'VOSTFR', 'VFF'];

/** Small seeded generator (mulberry32), so every run sees the same library. */
const random = (seed: number): (() => number) => {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
};

/** A library of at least `size` rows (cut to `size`). */
export function generateLibrary(size: number, seed = 42): InventoryItem[] {
	const next = random(seed);
	const pick = <V>(values: readonly V[]): V => values[Math.floor(next() * values.length)] as V;
	const items: InventoryItem[] = [];
	const add = (path: string, tmdb: number | undefined): void => {
		const item: InventoryItem = { path, size: Math.floor(next() * 40e9) };
		if (tmdb !== undefined && next() < 0.5) item.tmdb_id = tmdb;
		else if (next() < 0.1) item.tmdb_id = null;
		items.push(item);
	};
	let film = 0;
	while (items.length < size) {
		film++;
		if (film % 10 === 0) {
			// A show: one season folder, a few episodes, sometimes two copies of one.
			const show = `${pick(WORDS)} ${pick(WORDS)} ${film}`;
			const season = 1 + Math.floor(next() * 5);
			for (let episode = 1; episode <= 8; episode++) {
				const name = `${show.replaceAll(' ', '.')}.S${String(season).padStart(2, '0')}E${String(episode).padStart(2, '0')}`;
				add(
					`Séries/${show}/Saison ${season}/${name}.${pick(LANGUAGES)}.${pick(QUALITIES)}-GRP.mkv`,
					undefined,
				);
				if (next() < 0.2) add(`Séries/${show}/Saison ${season}/${name}.720p.HDTV.x264-TEAM.mkv`, undefined);
			}
			continue;
		}
		const title = `${pick(ARTICLES)}${pick(WORDS)} ${pick(WORDS)} ${Math.floor(film / 7)}`;
		const year = 1950 + Math.floor(next() * 75);
		const scene = title.replaceAll("'", '.').replaceAll(' ', '.');
		const tmdb = 1000 + film;
		const layout = next();
		if (layout < 0.55) {
			const folder = `Films/${title} (${year})`;
			const copies = 1 + Math.floor(next() * 3);
			for (let copy = 0; copy < copies; copy++) {
				const edition = next() < 0.1 ? '.Directors.Cut' : '';
				add(`${folder}/${scene}.${year}${edition}.${pick(LANGUAGES)}.${pick(QUALITIES)}-GRP.mkv`, tmdb);
			}
			if (next() < 0.2) add(`${folder}/${title} (${year})-trailer.mkv`, undefined);
			if (next() < 0.05) add(`${folder}/Sample/sample.mkv`, undefined);
		} else if (layout < 0.75) {
			const release = `Films/${scene}.${year}.${pick(LANGUAGES)}.${pick(QUALITIES)}-GRP`;
			if (next() < 0.15) {
				add(`${release}/${scene.toLowerCase()}.cd1.avi`, tmdb);
				add(`${release}/${scene.toLowerCase()}.cd2.avi`, tmdb);
			} else {
				add(`${release}/${scene.toLowerCase()}-grp.mkv`, tmdb);
			}
			if (next() < 0.3) add(`${release}/Sample/grp-sample.mkv`, undefined);
		} else {
			add(`Films/${title} (${year}) ${pick(QUALITIES).split('.')[0]}.mkv`, tmdb);
			if (next() < 0.2) add(`Films/${scene}.${pick(QUALITIES)}.mkv`, undefined);
			if (next() < 0.1) add(`Films/${title} (${year + 30}).mkv`, undefined);
		}
	}
	return items.slice(0, size);
}

/** Wall-clock and CPU milliseconds (user + system, all threads of this process, GC included). */
const time = (run: () => unknown): { wall: number; cpu: number } => {
	const cpu = process.cpuUsage();
	const start = performance.now();
	run();
	const used = process.cpuUsage(cpu);
	return { wall: performance.now() - start, cpu: (used.user + used.system) / 1000 };
};

/** The best (lowest CPU) of `runs` runs, with the first run's CPU. */
const best = (runs: number, run: () => unknown): { wall: number; cpu: number; firstCpu: number } => {
	let fastest = time(run);
	const firstCpu = fastest.cpu;
	for (let index = 1; index < runs; index++) {
		const next = time(run);
		if (next.cpu < fastest.cpu) fastest = next;
	}
	return { ...fastest, firstCpu };
};

const runsFlag = process.argv.indexOf('--runs');
const runsOf = (size: number): number =>
	runsFlag === -1 ? (size > 100_000 ? 3 : 5) : Number(process.argv[runsFlag + 1]);

const sizesFlag = process.argv.indexOf('--sizes');
const sizes =
	sizesFlag === -1
		? [10_000, 100_000, 1_000_000]
		: (process.argv[sizesFlag + 1] ?? '').split(',').map((value) => Number(value));

/**
 * A yardstick for the machine's speed right now: 100k map insertions of fresh keys and small objects,
 * one regular expression each, and a sort. Scale the numbers below by it when comparing runs.
 */
const yardstick = time(() => {
	const map = new Map<string, { index: number }>();
	const keys: string[] = [];
	for (let index = 0; index < 100_000; index++) {
		const key = `title:film-${index}:${1950 + (index % 70)}`;
		map.set(key, { index });
		keys.push(key.replace(/[^a-z0-9]+/g, ' '));
	}
	keys.sort();
});
console.log(`yardstick (100k map inserts + regex + sort): ${yardstick.cpu.toFixed(0)} ms CPU`);

/**
 * The same machine's cost of plain `Map` work at each size, with no vm code: per row, a fresh string key
 * set with a small object kept, then every key read back. A `groupInventory` row does several such
 * lookups, so its cost per row can only be as flat as this one's: on a 2-core machine with a 480 MiB L3
 * it cost 1.9 ms per 10k rows at 10k, 6.4 at 100k and 12.6 at 1M (CPU, best of 5 or 3 runs), as the
 * table and its keys outgrow the caches (and the 10k run never leaves the young generation).
 */
const mapWork = (size: number): number => {
	const map = new Map<string, { index: number }>();
	const keys: string[] = [];
	for (let index = 0; index < size; index++) {
		const key = `title:film-${index}:${1950 + (index % 70)}`;
		map.set(key, { index });
		keys.push(key);
	}
	let found = 0;
	for (let index = keys.length - 1; index >= 0; index -= 1)
		found += map.get(keys[index] as string)?.index ?? 0;
	return found;
};

/** A generated library as callers hold it: read back from its JSON (see the header). */
const asRead = (items: InventoryItem[]): InventoryItem[] =>
	JSON.parse(JSON.stringify(items)) as InventoryItem[];

// Warm up the JIT on every measured path first, on rows of the shapes measured.
const warmup = asRead(generateLibrary(5_000, 7));
for (let index = 0; index < 5; index++) {
	mapWork(5_000);
	groupInventory(warmup);
	groupRows(
		warmup,
		warmup.map((item) => parseMediaPath(item.path)),
		{},
		parseMediaPath,
	);
}

const pad = (text: string, width: number): string => text.padStart(width);
const cell = (ms: { wall: number; cpu: number }, size: number): string =>
	`${pad(ms.wall.toFixed(0), 7)} ${pad(ms.cpu.toFixed(0), 7)} ${pad(((ms.cpu / size) * 10_000).toFixed(1), 6)}`;
console.log(
	'ms: wall-clock, CPU (this process), CPU per 10k rows; the CPU figures hold better on a shared machine.',
);
console.log(
	"'plain Map': CPU per 10k rows of the same number of plain Map sets and gets, no vm code (see mapWork).",
);
console.log(
	"'first': CPU per 10k rows of the first groupInventory run at that size, which a caller calling once pays.",
);
console.log(
	`${'rows'.padEnd(8)} ${'cards'.padEnd(7)} | ${pad('groupInventory: wall cpu /10k first', 36)} | ${pad('parse only: wall cpu /10k', 26)} | ${pad('grouping only: wall cpu /10k', 29)} | plain Map`,
);
for (const size of sizes) {
	const items = asRead(generateLibrary(size));
	const runs = runsOf(size);
	let cards = 0;
	const total = best(runs, () => {
		cards = groupInventory(items).length;
	});
	let parsed: ParsedMedia[] = [];
	const parse = best(runs, () => {
		parsed = items.map((item) => parseMediaPath(item.path));
	});
	const group = best(runs, () => groupRows(items, parsed, {}, parseMediaPath));
	parsed = []; // not kept alive under the plain Map work
	const plain = best(runs, () => mapWork(size));
	console.log(
		`${String(size).padEnd(8)} ${String(cards).padEnd(7)} | ${pad(cell(total, size), 30)} ${pad(((total.firstCpu / size) * 10_000).toFixed(1), 5)} | ${pad(cell(parse, size), 26)} | ${pad(cell(group, size), 29)} | ${pad(((plain.cpu / size) * 10_000).toFixed(1), 9)}`,
	);
}
