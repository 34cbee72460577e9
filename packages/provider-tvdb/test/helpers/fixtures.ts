import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));

type Json = Record<string, unknown>;

const readJson = (path: string): unknown => JSON.parse(readFileSync(`${FIXTURES}${path}`, 'utf8'));

const readDir = (dir: string): Map<string, unknown> =>
	new Map(
		readdirSync(`${FIXTURES}${dir}`)
			.filter((file) => file.endsWith('.json'))
			.map((file) => [file.slice(0, -'.json'.length), readJson(`${dir}/${file}`)]),
	);

/** Every fixture the fake TVDB server serves, read once per server. */
export interface TvdbFixtures {
	/** `/search` items, in TheTVDB's order (duplicates and other types included). */
	readonly search: readonly Json[];
	/** `SeriesBaseRecord`s by id. */
	readonly series: ReadonlyMap<string, Json>;
	/** `MovieBaseRecord`s by id. */
	readonly movies: ReadonlyMap<string, Json>;
	/** Translations by `series-<id>-<lang>` / `movie-<id>-<lang>`. */
	readonly translations: ReadonlyMap<string, Json>;
	/** `/search/remoteid/{id}` data arrays by external id. */
	readonly remoteIds: Readonly<Record<string, readonly Json[]>>;
	/** Episode lists by series id, then season type (`default`, `dvd`). */
	readonly episodes: ReadonlyMap<string, Readonly<Record<string, readonly Json[]>>>;
	/** Translated episode names by series id, then language, then episode id. */
	readonly episodeNames: ReadonlyMap<string, Readonly<Record<string, Readonly<Record<string, string>>>>>;
}

/** Loads `test/fixtures/`. */
export function loadFixtures(): TvdbFixtures {
	const episodeFiles = readDir('episodes');
	const episodes = new Map<string, Record<string, Json[]>>();
	const episodeNames = new Map<string, Record<string, Record<string, string>>>();
	for (const [name, value] of episodeFiles) {
		if (name.endsWith('-translations')) {
			episodeNames.set(
				name.slice(0, -'-translations'.length),
				value as Record<string, Record<string, string>>,
			);
		} else episodes.set(name, value as Record<string, Json[]>);
	}
	return {
		search: readJson('search.json') as Json[],
		series: readDir('series') as Map<string, Json>,
		movies: readDir('movies') as Map<string, Json>,
		translations: readDir('translations') as Map<string, Json>,
		remoteIds: readJson('remoteid.json') as Record<string, Json[]>,
		episodes,
		episodeNames,
	};
}
