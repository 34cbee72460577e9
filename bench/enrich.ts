/**
 * `pnpm bench:enrich` (`node --import tsx bench/enrich.ts`): `enrichInventory` with the real TMDB provider against the
 * fake TMDB server limited to 40 requests per rolling second (it answers 429, code 25, beyond).
 *
 * It generates a library of 10,000 files over 2,000 unique titles (1,800 film titles, 100 of them
 * remakes of another's title with another year, and 200 series with episodes), serves a matching
 * catalogue, and prints the wall time against the floor (HTTP requests ÷ 40 per second), searches and
 * HTTP requests per unique title, the 429s the server sent, failures and accuracy.
 * Not a test: timings depend on the machine. Knobs: VM_BENCH_FILES, VM_BENCH_TITLES, VM_BENCH_RATE (the
 * server's limit), VM_BENCH_CLIENT_RATE (the provider's; default the server's).
 */
import { enrichInventory, type InventoryItem } from '../packages/core/src/index.ts';
import { createTmdbProvider } from '../packages/provider-tmdb/src/index.ts';
import {
	type FixtureMovie,
	type FixtureSeries,
	startFakeTmdb,
} from '../packages/provider-tmdb/test/helpers/fake-tmdb-server.ts';

const {
	VM_BENCH_FILES = '10000',
	VM_BENCH_TITLES = '2000',
	VM_BENCH_RATE = '40',
	VM_BENCH_CLIENT_RATE,
} = process.env;
const FILES = Number(VM_BENCH_FILES);
const TITLES = Number(VM_BENCH_TITLES);
const RATE = Number(VM_BENCH_RATE);
/** The provider's own limit: the server's by default; set it higher to watch 429s being absorbed. */
const CLIENT_RATE = Number(VM_BENCH_CLIENT_RATE ?? VM_BENCH_RATE);
const SERIES = Math.round(TITLES / 10);
const REMAKES = Math.round(TITLES / 20);
const TOKEN = 'bench-token-not-a-secret';

/** Mulberry32: reproducible libraries. */
function seeded(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

// Words that are no release tag, language or number, so the parser keeps them in titles.
const WORDS = `amber harbor silver lantern copper valley tide orchard falcon meadow ember granite willow
	river cobalt thunder velvet shadow marble crimson hollow summit lagoon prairie beacon quartz raven
	saffron tundra canyon harvest glacier ivory jasper kestrel lilac mistral nectar onyx pebble quill
	rosewood sable thistle umber vesper wren yarrow zephyr anchor bramble cinder drift echo fable garnet
	heron inlet juniper kelp larch mosaic nimbus opal pine quiver rook sorrel tamarind upland vale wick
	alder birch cedar dune fjord grove heath isle jetty knoll ledge mesa nook oasis pier quay ridge shoal
	trellis vista wharf arbor bayou cove delta estuary fen gulch hamlet islet kiln loch moor notch outpost
	plaza rampart spire turret viaduct bastion citadel dome forge gable harp jewel lute mural nave oracle
	parlor relic saga tapestry urn vault wand atlas banner chariot dagger emblem flare gauntlet helm`
	.split(/\s+/)
	.filter((word) => word !== '');

const random = seeded(2026);
const pickWord = (): string => WORDS[Math.floor(random() * WORDS.length)] ?? 'amber';
const capital = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);

/** Unique titles of 2 or 3 words. */
function uniqueTitles(count: number): string[] {
	const titles = new Set<string>();
	while (titles.size < count) {
		const words = random() < 0.6 ? [pickWord(), pickWord()] : [pickWord(), pickWord(), pickWord()];
		if (new Set(words).size !== words.length) continue;
		titles.add(words.map(capital).join(' '));
	}
	return [...titles];
}

interface LibraryTitle {
	readonly kind: 'movie' | 'series';
	readonly id: number;
	readonly title: string;
	readonly year: number;
}

const filmTitles = uniqueTitles(TITLES - SERIES - REMAKES + SERIES);
const seriesNames = filmTitles.splice(0, SERIES);
const films: LibraryTitle[] = filmTitles.map((title, index) => ({
	kind: 'movie',
	id: 200_000 + index,
	title,
	year: 1950 + Math.floor(random() * 74),
}));
// Remakes: same title, a year at least 5 apart.
for (let index = 0; index < REMAKES; index += 1) {
	const original = films[index * 7];
	if (original === undefined) break;
	const gap = 5 + (index % 20);
	const year = original.year + gap <= 2025 ? original.year + gap : original.year - gap;
	films.push({ kind: 'movie', id: 300_000 + index, title: original.title, year });
}
const shows: LibraryTitle[] = seriesNames.map((title, index) => ({
	kind: 'series',
	id: 400_000 + index,
	title,
	year: 1990 + Math.floor(random() * 34),
}));

const movies: FixtureMovie[] = films.map((film) => ({
	id: film.id,
	imdb_id: null,
	title: film.title,
	original_title: film.title,
	original_language: 'en',
	release_date: `${film.year}-06-01`,
	release_years: [film.year],
	popularity: Math.round(random() * 1000) / 10,
	translations: {},
	alternative_titles: [],
	external_ids: {},
	adult: false,
	video: false,
	genre_ids: [18],
	overview: '',
	poster_path: null,
	backdrop_path: null,
	vote_average: 7,
	vote_count: 100,
}));
const series: FixtureSeries[] = shows.map((show) => ({
	id: show.id,
	name: show.title,
	original_name: show.title,
	original_language: 'en',
	first_air_date: `${show.year}-09-01`,
	air_years: [show.year, show.year + 1],
	popularity: Math.round(random() * 1000) / 10,
	translations: {},
	alternative_titles: [],
	external_ids: {},
	seasons: {},
	adult: false,
	origin_country: ['US'],
	genre_ids: [18],
	overview: '',
	poster_path: null,
	backdrop_path: null,
	vote_average: 7,
	vote_count: 100,
}));

const FILM_FORMATS = [
	(t: string, y: number) => `Films/${t} (${y})/${t.replaceAll(' ', '.')}.${y}.1080p.BluRay.x264-GRP.mkv`,
	(t: string, y: number) => `Films/${t.replaceAll(' ', '.')}.${y}.MULTi.2160p.WEB-DL.DDP5.1.H265-TEAM.mkv`,
	(t: string, y: number) => `Films/${t.replaceAll(' ', '.')}.${y}.TRUEFRENCH.720p.WEB.H264-FR.mkv`,
	(t: string, y: number) => `Films/${t} ${y} VOSTFR 1080p.mkv`,
	(t: string, y: number) => `Films/${t} (${y}) [1080p].mp4`,
];

/** 10,000 rows spread over the titles (each title at least once), with the id each should get. */
const all: LibraryTitle[] = [...films, ...shows];
const rows: { path: string; expected: number; kind: 'movie' | 'series' }[] = [];
for (let index = 0; index < FILES; index += 1) {
	const entry = all[index % all.length];
	if (entry === undefined) continue;
	const copy = Math.floor(index / all.length);
	const path =
		entry.kind === 'movie'
			? (FILM_FORMATS[copy % FILM_FORMATS.length] ?? FILM_FORMATS[0])?.(entry.title, entry.year)
			: `Series/${entry.title}/Season 01/${entry.title.replaceAll(' ', '.')}.S01E${String(copy + 1).padStart(2, '0')}.1080p.WEB.mkv`;
	if (path !== undefined) rows.push({ path, expected: entry.id, kind: entry.kind });
}

const fake = await startFakeTmdb({
	accessToken: TOKEN,
	movies,
	series,
	rateLimit: { requestsPerSecond: RATE },
});
const tmdb = createTmdbProvider({
	accessToken: TOKEN,
	baseUrl: fake.url,
	rateLimit: { requestsPerSecond: CLIENT_RATE },
});
const inventory: InventoryItem[] = rows.map(({ path }) => ({ path }));

console.log(
	`enrichInventory + @vm/provider-tmdb (${CLIENT_RATE} requests/s) against the fake TMDB limited to ${RATE} requests/s: ` +
		`${inventory.length} files, ${all.length} unique titles (${films.length} films incl. ${REMAKES} remakes, ${shows.length} series)`,
);
const started = performance.now();
let lastReport = started;
const { items, stats } = await enrichInventory(inventory, {
	providers: tmdb,
	onProgress: (progress) => {
		const now = performance.now();
		if (now - lastReport < 10_000) return;
		lastReport = now;
		console.log(`  … ${progress.done}/${progress.total} rows after ${((now - started) / 1000).toFixed(0)} s`);
	},
});
const elapsedMs = performance.now() - started;
await fake.close();

const measures = fake.measures;
const answered = measures.requests - measures.rateLimited - measures.faults;
const floorMs = (answered / RATE) * 1000;
let right = 0;
let wrong = 0;
let unmatched = 0;
const misses: string[] = [];
for (const [index, item] of items.entries()) {
	const { tmdb_id: got } = item;
	if (got === rows[index]?.expected) {
		right += 1;
		continue;
	}
	if (got === null || got === undefined) unmatched += 1;
	else wrong += 1;
	if (misses.length < 5) misses.push(`    ${item.path} → ${String(got)} (expected ${rows[index]?.expected})`);
}
const perTitle = (count: number): string => (count / all.length).toFixed(2);

console.log(`  wall time            ${(elapsedMs / 1000).toFixed(1)} s`);
console.log(
	`  floor                ${(floorMs / 1000).toFixed(1)} s (${answered} answered requests ÷ ${RATE}/s) → ${(elapsedMs / floorMs).toFixed(3)}× the floor (target ≤ 1.2×)`,
);
console.log(
	`  searches             ${stats.searches} provider searches (${perTitle(stats.searches)} per unique title), ${stats.lookups} lookups`,
);
console.log(
	`  HTTP requests        ${measures.requests} (${perTitle(measures.requests)} per unique title); provider cache hits ${tmdb.stats.cacheHits}, shared in flight ${tmdb.stats.deduped}`,
);
console.log(
	`  429s seen            ${measures.rateLimited} (client counted ${tmdb.stats.rateLimited}), retries ${tmdb.stats.retries}`,
);
console.log(
	`  limits held          max in flight ${measures.maxInFlight}, max open connections ${measures.maxConnections}`,
);
console.log(`  failures             ${stats.failed} rows failed, ${stats.failures.length} failed lookups`);
console.log(
	`  accuracy             ${right}/${items.length} rows on the right id (${((100 * right) / items.length).toFixed(2)}%), wrong ${wrong}, unmatched ${unmatched}, review ${stats.review.length}`,
);
for (const miss of misses) console.log(miss);
