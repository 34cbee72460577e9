/**
 * `pnpm bench:parse`: accuracy per field and throughput of `parseMediaPath` against the peers
 * `parse-torrent-title` and `@ctrl/video-filename-parser`, on the guessit corpus (see bench/corpus.ts).
 *
 * Scoring follows guessit's own runner: a field is scored only on the cases whose `expected` lists it;
 * values compare as sets (a single value equals a one-element list); languages compare by ISO code.
 * Titles compare after folding, the same for every parser: lower case, accents removed, apostrophes
 * dropped, every other non-letter/digit run read as one space, `&` read as `and`. Where guessit splits a
 * `Part N` out of the title into `part`, the title plus `Part N` (or `Part` + roman N) is accepted too. `1080i` counts as
 * `1080p` (no parser here reports interlacing), and a `WxH` size counts as `Hp`. ctrl gets the parser its users must pick: movie mode
 * for the movie file, TV mode for the episode file.
 *
 * Flags: `--misses <field>` prints vm's misses for that field; `--file movies|episodes` limits them.
 */
import { filenameParse } from '@ctrl/video-filename-parser';
import ptt from 'parse-torrent-title';
import { parseMediaPath } from '../packages/core/src/index.ts';
import { type CorpusCase, readCorpus } from './corpus.ts';

type Kind = 'movie' | 'episode';

/** What each parser is scored on, in one shape. */
interface Scored {
	title?: string;
	year?: number;
	season?: number[];
	episode?: number[];
	resolution?: string;
	edition?: string[];
	part?: number[];
	language?: string[];
	kind?: Kind;
}

const FIELDS = [
	'title',
	'year',
	'season',
	'episode',
	'resolution',
	'edition',
	'part',
	'language',
	'kind',
] as const;
type Field = (typeof FIELDS)[number];

const LANGUAGE_CODES: Record<string, string> = {
	catalan: 'ca',
	czech: 'cs',
	german: 'de',
	english: 'en',
	spanish: 'es',
	spa: 'es',
	french: 'fr',
	hindi: 'hi',
	hungarian: 'hu',
	italian: 'it',
	jp: 'ja',
	japanese: 'ja',
	multi: 'mul',
	'multiple languages': 'mul',
	norwegian: 'no',
	portuguese: 'pt',
	russian: 'ru',
	ukrainian: 'uk',
	dutch: 'nl',
	flemish: 'nl',
	korean: 'ko',
	chinese: 'zh',
	mandarin: 'zh',
	cantonese: 'zh',
	polish: 'pl',
	swedish: 'sv',
	danish: 'da',
	finnish: 'fi',
	turkish: 'tr',
	greek: 'el',
	hebrew: 'he',
	vietnamese: 'vi',
	hungarian_: 'hu',
};

const languageCode = (value: string): string => {
	const lower = value.toLowerCase();
	return LANGUAGE_CODES[lower] ?? lower;
};

const EDITION_LABELS: Record<string, string> = {
	"director's cut": "Director's Cut",
	'special edition': 'Special',
	'fan edit': 'Fan',
	'anniversary edition': 'Anniversary',
};

const editionLabel = (value: string): string => EDITION_LABELS[value.toLowerCase()] ?? value;

const foldTitle = (title: string): string =>
	title
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replaceAll('&', ' and ')
		.replace(/['’`]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();

const list = (value: unknown): unknown[] =>
	Array.isArray(value) ? value : value === undefined ? [] : [value];

const sameSet = (expected: unknown[], actual: unknown[] | undefined): boolean => {
	if (actual === undefined) return false;
	const a = new Set(expected.map(String));
	const b = new Set(actual.map(String));
	return a.size === b.size && [...a].every((value) => b.has(value));
};

const ROMAN = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

/** The title, and the title with guessit's `part` put back (`Part 3` or `Part III`, as a title writes it). */
function expectedTitles(expected: Readonly<Record<string, unknown>>): string[] {
	const title = String(expected.title);
	const titles = [foldTitle(title)];
	for (const part of list(expected.part)) {
		titles.push(foldTitle(`${title} Part ${part}`));
		const roman = ROMAN[Number(part)];
		if (roman !== undefined && roman !== '') titles.push(foldTitle(`${title} Part ${roman}`));
	}
	return titles;
}

function matches(field: Field, expected: Readonly<Record<string, unknown>>, actual: Scored): boolean {
	switch (field) {
		case 'title':
			return actual.title !== undefined && expectedTitles(expected).includes(foldTitle(actual.title));
		case 'year':
			return actual.year === expected.year;
		case 'season':
			return sameSet(list(expected.season), actual.season);
		case 'episode':
			return sameSet(list(expected.episode), actual.episode);
		case 'resolution':
			// guessit writes non-standard sizes `WxH`; a parser that reads the height H gets it.
			return sameSet(
				list(expected.screen_size).map((value) =>
					String(value)
						.replace(/i$/, 'p')
						.replace(/^\d+x(\d+)$/, '$1p'),
				),
				actual.resolution === undefined ? undefined : [actual.resolution],
			);
		case 'edition':
			return sameSet(list(expected.edition), actual.edition?.map(editionLabel));
		case 'part':
			return sameSet(list(expected.part), actual.part);
		case 'language':
			return sameSet(
				list(expected.language).map((value) => languageCode(String(value))),
				actual.language,
			);
		case 'kind':
			return actual.kind === expected.type;
	}
}

const GUESSIT_KEYS: Record<Field, string> = {
	title: 'title',
	year: 'year',
	season: 'season',
	episode: 'episode',
	resolution: 'screen_size',
	edition: 'edition',
	part: 'part',
	language: 'language',
	kind: 'type',
};

// --- adapters ---------------------------------------------------------------------------------

function vm(input: string): Scored {
	const parsed = parseMediaPath(input);
	const scored: Scored = { title: parsed.title, kind: parsed.kind };
	if (parsed.year !== undefined) scored.year = parsed.year;
	if (parsed.season !== undefined) scored.season = parsed.seasons ?? [parsed.season];
	if (parsed.episodes !== undefined) scored.episode = parsed.episodes;
	// `height` carries the picture heights outside the Resolution enum (1440p, 540p…).
	if (parsed.resolution !== undefined) scored.resolution = parsed.resolution;
	else if (parsed.height !== undefined) scored.resolution = `${parsed.height}p`;
	if (parsed.edition !== undefined) scored.edition = parsed.editions ?? [parsed.edition];
	if (parsed.part !== undefined) scored.part = [parsed.part];
	if (parsed.languages !== undefined) scored.language = parsed.languages;
	return scored;
}

const PTT_EDITIONS: Record<string, string> = {
	extended: 'Extended',
	unrated: 'Unrated',
	theatrical: 'Theatrical',
	uncut: 'Uncut',
	remastered: 'Remastered',
	criterion: 'Criterion',
};

const heightOf = (value: string): string | undefined => {
	const lower = value.toLowerCase();
	if (lower === '4k' || lower === 'uhd') return '2160p';
	return lower.replace(/i$/, 'p');
};

function ptTorrentTitle(input: string): Scored {
	const parsed = ptt.parse(input) as ptt.DefaultParserResult & Record<string, unknown>;
	const scored: Scored = { title: parsed.title };
	if (parsed.year !== undefined) scored.year = parsed.year;
	const seasons = parsed.seasonlist ?? (parsed.season === undefined ? undefined : [parsed.season]);
	const episodes = parsed.episodelist ?? (parsed.episode === undefined ? undefined : [parsed.episode]);
	if (seasons !== undefined) scored.season = seasons;
	if (episodes !== undefined) scored.episode = episodes;
	scored.kind = seasons !== undefined || episodes !== undefined ? 'episode' : 'movie';
	if (parsed.resolution !== undefined) {
		const height = heightOf(parsed.resolution);
		if (height !== undefined) scored.resolution = height;
	}
	const editions = Object.keys(PTT_EDITIONS).filter((key) => parsed[key] === true);
	if (editions.length > 0) scored.edition = editions.map((key) => PTT_EDITIONS[key] as string);
	const languages = parsed.languagelist ?? (parsed.language === undefined ? undefined : [parsed.language]);
	if (languages !== undefined) scored.language = languages.map(languageCode);
	return scored;
}

const CTRL_EDITIONS: Record<string, string> = {
	extended: 'Extended',
	unrated: 'Unrated',
	theatrical: 'Theatrical',
	directors: "Director's Cut",
	remastered: 'Remastered',
	imax: 'IMAX',
	fanEdit: 'Fan',
	limited: 'Limited',
};

function ctrl(input: string, kind: Kind): Scored {
	const parsed = filenameParse(input, kind === 'episode');
	const scored: Scored = { title: parsed.title, kind: 'isTv' in parsed ? 'episode' : 'movie' };
	if (parsed.year !== null) scored.year = Number(parsed.year);
	if ('isTv' in parsed) {
		if (parsed.seasons.length > 0) scored.season = parsed.seasons;
		if (parsed.episodeNumbers.length > 0) scored.episode = parsed.episodeNumbers;
	}
	if (parsed.resolution !== undefined) {
		const height = heightOf(String(parsed.resolution));
		if (height !== undefined) scored.resolution = height;
	}
	const edition = parsed.edition as Record<string, unknown>;
	const editions = Object.keys(CTRL_EDITIONS).filter((key) => edition[key] === true);
	if (editions.length > 0) scored.edition = editions.map((key) => CTRL_EDITIONS[key] as string);
	if (parsed.languages.length > 0)
		scored.language = parsed.languages.map((language) => languageCode(String(language)));
	return scored;
}

// --- run ----------------------------------------------------------------------------------------

interface Parser {
	readonly name: string;
	readonly run: (input: string, kind: Kind) => Scored;
	readonly raw: (input: string, kind: Kind) => unknown;
}

const PARSERS: readonly Parser[] = [
	{ name: 'vm', run: (input) => vm(input), raw: (input) => parseMediaPath(input) },
	{ name: 'parse-torrent-title', run: (input) => ptTorrentTitle(input), raw: (input) => ptt.parse(input) },
	{
		name: '@ctrl/video-filename-parser',
		run: (input, kind) => ctrl(input, kind),
		raw: (input, kind) => filenameParse(input, kind === 'episode'),
	},
];

const FILES: readonly (readonly [Kind, string])[] = [
	['movie', 'guessit-movies.jsonl'],
	['episode', 'guessit-episodes.jsonl'],
];

const argument = (flag: string): string | undefined => {
	const index = process.argv.indexOf(flag);
	return index >= 0 ? process.argv[index + 1] : undefined;
};

const pct = (hits: number, total: number): string =>
	total === 0 ? '   n/a' : `${((100 * hits) / total).toFixed(1)}%`.padStart(6);

function accuracy(cases: readonly CorpusCase[], kind: Kind): void {
	const misses = argument('--misses') as Field | undefined;
	const onlyFile = argument('--file');
	const rows: string[][] = [['field', 'cases', ...PARSERS.map((parser) => parser.name)]];
	const results = PARSERS.map((parser) => cases.map((item) => parser.run(item.input, kind)));
	for (const field of FIELDS) {
		const key = GUESSIT_KEYS[field];
		const scored = cases.map((item, index) => ({ item, index })).filter(({ item }) => key in item.expected);
		const row = [field, String(scored.length)];
		for (const [parserIndex] of PARSERS.entries()) {
			const hits = scored.filter(({ item, index }) =>
				matches(field, item.expected, (results[parserIndex] as Scored[])[index] as Scored),
			).length;
			row.push(pct(hits, scored.length));
		}
		rows.push(row);
		if (misses === field && (onlyFile === undefined || kind.startsWith(onlyFile.replace(/s$/, '')))) {
			for (const { item, index } of scored) {
				const actual = (results[0] as Scored[])[index] as Scored;
				if (!matches(field, item.expected, actual))
					console.log(
						`MISS ${item.id}\n  ${item.input}\n  want ${JSON.stringify(item.expected[key])}  got ${JSON.stringify(actual[field])}`,
					);
			}
		}
	}
	const widths = (rows[0] as string[]).map((_, column) =>
		Math.max(...rows.map((row) => (row[column] ?? '').length)),
	);
	for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  '));
}

/**
 * Names per second. The parsers take turns in short timed slices (round-robin, after a warm-up), and each
 * keeps its best slice: on a shared machine this compares them under the same load.
 */
function throughput(all: readonly (readonly [string, Kind])[]): void {
	console.log('\nthroughput (names/s, best of 7 interleaved 400 ms slices, both files):');
	const best = PARSERS.map(() => 0);
	for (const parser of PARSERS)
		for (let round = 0; round < 3; round++) for (const [input, kind] of all) parser.raw(input, kind);
	for (let slice = 0; slice < 7; slice++) {
		for (const [index, parser] of PARSERS.entries()) {
			let count = 0;
			const started = performance.now();
			let elapsed = 0;
			while (elapsed < 400) {
				for (const [input, kind] of all) parser.raw(input, kind);
				count += all.length;
				elapsed = performance.now() - started;
			}
			best[index] = Math.max(best[index] ?? 0, (count / elapsed) * 1000);
		}
	}
	for (const [index, parser] of PARSERS.entries())
		console.log(
			`  ${parser.name.padEnd(30)} ${Math.round(best[index] ?? 0)
				.toLocaleString('en-US')
				.padStart(10)}`,
		);
	const ratio = (best[0] ?? 0) / (best[1] ?? 1);
	console.log(`  vm / parse-torrent-title: ${ratio.toFixed(2)}x`);
}

const all: [string, Kind][] = [];
for (const [kind, file] of FILES) {
	const cases = readCorpus(file);
	console.log(`\n${file} (${cases.length} cases, accuracy per field):`);
	accuracy(cases, kind);
	for (const item of cases) all.push([item.input, kind]);
}
if (!process.argv.includes('--no-speed')) throughput(all);
