import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A film of the fake catalogue: TMDB's detail shape plus what the fake needs to answer like TMDB. */
export interface FixtureMovie {
	readonly id: number;
	readonly imdb_id: string | null;
	readonly title: string;
	readonly original_title: string;
	readonly original_language: string;
	readonly release_date: string;
	/** Every year the film had a release somewhere (what TMDB's `year` filter matches). */
	readonly release_years: readonly number[];
	readonly popularity: number;
	readonly translations: Readonly<Record<string, { readonly title: string; readonly overview: string }>>;
	readonly alternative_titles: readonly {
		readonly iso_3166_1: string;
		readonly title: string;
		readonly type: string;
	}[];
	readonly external_ids: Readonly<Record<string, unknown>>;
	readonly adult?: boolean;
	readonly [field: string]: unknown;
}

/** A series of the fake catalogue. */
export interface FixtureSeries {
	readonly id: number;
	readonly name: string;
	readonly original_name: string;
	readonly original_language: string;
	readonly first_air_date: string;
	/** Years with an episode on air (what TMDB's tv `year` filter matches). */
	readonly air_years: readonly number[];
	readonly popularity: number;
	readonly translations: Readonly<Record<string, { readonly name: string; readonly overview: string }>>;
	readonly alternative_titles: readonly {
		readonly iso_3166_1: string;
		readonly title: string;
		readonly type: string;
	}[];
	readonly external_ids: Readonly<Record<string, unknown>>;
	readonly seasons: Readonly<Record<string, readonly FixtureEpisode[]>>;
	readonly adult?: boolean;
	readonly [field: string]: unknown;
}

/** An episode of a fixture season. */
export interface FixtureEpisode {
	readonly episode_number: number;
	readonly name: string;
	readonly air_date: string;
	readonly runtime: number;
}

/** A failure the fake can inject instead of answering. */
export type Fault = '429' | '429-retry-after' | '503' | '504' | 'html-502' | 'reset' | 'slow';

/** Options of {@link startFakeTmdb}. */
export interface FakeTmdbOptions {
	/** The v3 key it accepts as `?api_key=`. */
	readonly apiKey?: string;
	/** The v4 token it accepts as `Authorization: Bearer`. */
	readonly accessToken?: string;
	/** Films served (default: `test/fixtures/movies.json`). */
	readonly movies?: readonly FixtureMovie[];
	/** Series served (default: `test/fixtures/series.json`). */
	readonly series?: readonly FixtureSeries[];
	/** Server-side limit: beyond this many requests in any rolling second, answer 429 (code 25). */
	readonly rateLimit?: { readonly requestsPerSecond: number; readonly retryAfter?: boolean };
	/** Delay of every answer, in ms. */
	readonly delayMs?: number;
	/** How long a `slow` fault holds the answer, in ms. */
	readonly slowMs?: number;
}

/** What the fake measured. */
export interface FakeTmdbMeasures {
	/** Requests received. */
	requests: number;
	/** Requests per route (`/3/search/movie`…). */
	readonly byPath: Map<string, number>;
	/** Most requests in flight at once. */
	maxInFlight: number;
	/** Most sockets open at once. */
	maxConnections: number;
	/** Arrival times (performance.now). */
	readonly arrivals: number[];
	/** 429s sent by the rate limit (not injected ones). */
	rateLimited: number;
	/** Faults injected. */
	faults: number;
}

/** A running fake. */
export interface FakeTmdb {
	/** Base URL to give the provider: `http://127.0.0.1:<port>/3`. */
	readonly url: string;
	readonly measures: FakeTmdbMeasures;
	/** Fail the next `count` requests with `fault`. */
	failNext(fault: Fault, count?: number): void;
	/** Fail each request with probability `rate`, choosing among `faults` (seeded, reproducible). */
	failRandomly(rate: number, faults: readonly Fault[], seed?: number): void;
	/** Stop injecting faults and forget the measures. */
	reset(): void;
	close(): Promise<void>;
}

const fixture = <T>(name: string): T =>
	JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')) as T;

/** Lower-case, accents stripped, punctuation to spaces, split. */
const tokens = (text: string): string[] =>
	text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.split(/[^\p{L}\p{N}]+/u)
		.filter((token) => token !== '');

/** Every query token appears in one of the names (each name pre-split into a token set). */
const matches = (queryTokens: readonly string[], names: readonly ReadonlySet<string>[]): boolean =>
	names.some((have) => queryTokens.every((token) => have.has(token)));

/** Mulberry32: a tiny seeded PRNG so that fault patterns are reproducible. */
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

const yearOf = (date: string): number | undefined =>
	/^\d{4}/.test(date) ? Number(date.slice(0, 4)) : undefined;

/** The fixture's language variant: `fr-FR`, else any `fr-*`. */
function translation<T>(translations: Readonly<Record<string, T>>, language: string): T | undefined {
	if (translations[language] !== undefined) return translations[language];
	const primary = language.slice(0, 2);
	const key = Object.keys(translations).find((candidate) => candidate.slice(0, 2) === primary);
	return key === undefined ? undefined : translations[key];
}

const HELPER_FIELDS = new Set([
	'release_years',
	'air_years',
	'translations',
	'alternative_titles',
	'external_ids',
	'seasons',
]);

function localizeMovie(movie: FixtureMovie, language: string): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(movie)) if (!HELPER_FIELDS.has(key)) out[key] = value;
	if (language !== 'en-US') {
		const local = translation(movie.translations, language);
		Object.assign(out, { title: local?.title ?? movie.original_title, overview: local?.overview ?? '' });
	}
	return out;
}

function localizeSeries(series: FixtureSeries, language: string): Record<string, unknown> {
	const out: Record<string, unknown> = {};
	for (const [key, value] of Object.entries(series)) if (!HELPER_FIELDS.has(key)) out[key] = value;
	if (language !== 'en-US') {
		const local = translation(series.translations, language);
		Object.assign(out, { name: local?.name ?? series.original_name, overview: local?.overview ?? '' });
	}
	return out;
}

const MOVIE_RESULT_FIELDS = [
	'adult',
	'backdrop_path',
	'genre_ids',
	'id',
	'original_language',
	'original_title',
	'overview',
	'popularity',
	'poster_path',
	'release_date',
	'title',
	'video',
	'vote_average',
	'vote_count',
] as const;
const SERIES_RESULT_FIELDS = [
	'adult',
	'backdrop_path',
	'genre_ids',
	'id',
	'origin_country',
	'original_language',
	'original_name',
	'overview',
	'popularity',
	'poster_path',
	'first_air_date',
	'name',
	'vote_average',
	'vote_count',
] as const;

const pick = (from: Record<string, unknown>, fields: readonly string[]): Record<string, unknown> =>
	Object.fromEntries(fields.map((field) => [field, from[field] ?? null]));

function send(
	response: ServerResponse,
	status: number,
	body: unknown,
	headers: Record<string, string> = {},
): void {
	if (response.destroyed) return;
	response.writeHead(status, {
		'content-type': 'application/json;charset=utf-8',
		'cache-control': 'public, max-age=300',
		server: 'fake-tmdb',
		...headers,
	});
	response.end(JSON.stringify(body));
}

const tmdbError = (
	response: ServerResponse,
	status: number,
	code: number,
	message: string,
	headers: Record<string, string> = {},
) => send(response, status, { success: false, status_code: code, status_message: message }, headers);

const notFound = (response: ServerResponse) =>
	tmdbError(response, 404, 34, 'The resource you requested could not be found.');

/**
 * Starts a fake TMDB v3 on 127.0.0.1 (port 0) that serves the fixture catalogue with TMDB's shapes
 * and errors (PROVIDER-APIS §1.7), measures concurrency and rate, and injects faults on demand.
 */
export async function startFakeTmdb(options: FakeTmdbOptions = {}): Promise<FakeTmdb> {
	const movies = options.movies ?? fixture<FixtureMovie[]>('movies.json');
	const series = options.series ?? fixture<FixtureSeries[]>('series.json');
	const movieById = new Map(movies.map((movie) => [movie.id, movie]));
	const seriesById = new Map(series.map((show) => [show.id, show]));
	const movieNames = new Map(
		movies.map((movie) => [
			movie.id,
			[
				movie.title,
				movie.original_title,
				...movie.alternative_titles.map((alt) => alt.title),
				...Object.values(movie.translations).map((t) => t.title),
			].map((name) => new Set(tokens(name))),
		]),
	);
	const seriesNames = new Map(
		series.map((show) => [
			show.id,
			[
				show.name,
				show.original_name,
				...show.alternative_titles.map((alt) => alt.title),
				...Object.values(show.translations).map((t) => t.name),
			].map((name) => new Set(tokens(name))),
		]),
	);

	const fresh = (): FakeTmdbMeasures => ({
		requests: 0,
		byPath: new Map(),
		maxInFlight: 0,
		maxConnections: 0,
		arrivals: [],
		rateLimited: 0,
		faults: 0,
	});
	let measures = fresh();
	let queued: Fault[] = [];
	let random: { rate: number; faults: readonly Fault[]; next: () => number } | undefined;
	let inFlight = 0;
	let connections = 0;
	const window: number[] = [];

	function authorized(request: IncomingMessage, url: URL): boolean {
		const header = request.headers.authorization;
		if (options.accessToken !== undefined && header === `Bearer ${options.accessToken}`) return true;
		return options.apiKey !== undefined && url.searchParams.get('api_key') === options.apiKey;
	}

	function injectFault(request: IncomingMessage, response: ServerResponse): Fault | undefined {
		let fault = queued.shift();
		if (fault === undefined && random !== undefined && random.next() < random.rate) {
			fault = random.faults[Math.floor(random.next() * random.faults.length)];
		}
		if (fault === undefined) return undefined;
		measures.faults += 1;
		switch (fault) {
			case '429':
				tmdbError(response, 429, 25, 'Your request count (41) is over the allowed limit of 40.');
				break;
			case '429-retry-after':
				tmdbError(response, 429, 25, 'Your request count (41) is over the allowed limit of 40.', {
					'retry-after': '1',
				});
				break;
			case '503':
				tmdbError(response, 503, 9, 'Service offline: This service is temporarily offline, try again later.');
				break;
			case '504':
				tmdbError(response, 504, 24, 'Your request to the backend server timed out. Try again.');
				break;
			case 'html-502':
				response.writeHead(502, { 'content-type': 'text/html' });
				response.end(
					'<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>',
				);
				break;
			case 'reset':
				request.socket.destroy();
				break;
			case 'slow':
				// Answer late with a valid page; the client's timeout should have given up first.
				setTimeout(
					() => send(response, 200, { page: 1, results: [], total_pages: 1, total_results: 0 }),
					options.slowMs ?? 5_000,
				).unref();
				break;
		}
		return fault;
	}

	function overLimit(now: number): boolean {
		const limit = options.rateLimit;
		if (limit === undefined) return false;
		while (window.length > 0 && now - (window[0] ?? 0) >= 1000) window.shift();
		window.push(now);
		return window.length > limit.requestsPerSecond;
	}

	function route(request: IncomingMessage, response: ServerResponse, url: URL) {
		const parts = url.pathname.split('/').filter((part) => part !== '');
		if (parts[0] !== '3') return notFound(response);
		if (!authorized(request, url))
			return tmdbError(response, 401, 7, 'Invalid API key: You must be granted a valid key.');
		const language = url.searchParams.get('language') ?? 'en-US';
		const [, resource, id, sub, subId] = parts;
		if (resource === 'search' && (id === 'movie' || id === 'tv') && sub === undefined)
			return search(response, url, id, language);
		if (resource === 'movie' && id !== undefined) return movieRoute(response, url, Number(id), sub, language);
		if (resource === 'tv' && id !== undefined)
			return seriesRoute(response, url, Number(id), sub, subId, language);
		if (resource === 'find' && id !== undefined && sub === undefined)
			return find(response, url, id, language);
		if (resource === 'configuration' && id === undefined) {
			return send(response, 200, {
				images: {
					base_url: 'http://image.tmdb.org/t/p/',
					secure_base_url: 'https://image.tmdb.org/t/p/',
					poster_sizes: ['w92', 'w500', 'original'],
				},
				change_keys: ['title'],
			});
		}
		return notFound(response);
	}

	function search(response: ServerResponse, url: URL, type: 'movie' | 'tv', language: string) {
		const query = url.searchParams.get('query') ?? '';
		const page = Number(url.searchParams.get('page') ?? '1');
		if (!Number.isInteger(page) || page < 1 || page > 500) {
			return tmdbError(
				response,
				400,
				22,
				'Invalid page: Pages start at 1 and max at 500. They are expected to be an integer.',
			);
		}
		const queryTokens = tokens(query);
		const adult = url.searchParams.get('include_adult') === 'true';
		const year = url.searchParams.get('year');
		let results: Record<string, unknown>[];
		if (type === 'movie') {
			const primary = url.searchParams.get('primary_release_year');
			results = movies
				.filter((movie) => queryTokens.length > 0 && matches(queryTokens, movieNames.get(movie.id) ?? []))
				.filter((movie) => adult || movie.adult !== true)
				.filter((movie) => year === null || movie.release_years.includes(Number(year)))
				.filter((movie) => primary === null || yearOf(movie.release_date) === Number(primary))
				.map((movie) => pick(localizeMovie(movie, language), MOVIE_RESULT_FIELDS));
		} else {
			const firstAir = url.searchParams.get('first_air_date_year');
			results = series
				.filter((show) => queryTokens.length > 0 && matches(queryTokens, seriesNames.get(show.id) ?? []))
				.filter((show) => adult || show.adult !== true)
				.filter((show) => year === null || show.air_years.includes(Number(year)))
				.filter((show) => firstAir === null || yearOf(show.first_air_date) === Number(firstAir))
				.map((show) => pick(localizeSeries(show, language), SERIES_RESULT_FIELDS));
		}
		const totalPages = Math.max(1, Math.ceil(results.length / 20));
		send(response, 200, {
			page,
			results: results.slice((page - 1) * 20, page * 20),
			total_pages: totalPages,
			total_results: results.length,
		});
	}

	function appended(url: URL): string[] | 'too-many' {
		const list = (url.searchParams.get('append_to_response') ?? '').split(',').filter((item) => item !== '');
		return list.length > 20 ? 'too-many' : list;
	}

	function movieRoute(
		response: ServerResponse,
		url: URL,
		id: number,
		sub: string | undefined,
		language: string,
	) {
		const movie = movieById.get(id);
		if (movie === undefined) return notFound(response);
		if (sub === 'alternative_titles') return send(response, 200, { id, titles: movie.alternative_titles });
		if (sub === 'external_ids') return send(response, 200, { id, ...movie.external_ids });
		if (sub !== undefined) return notFound(response);
		const extra = appended(url);
		if (extra === 'too-many')
			return tmdbError(
				response,
				400,
				27,
				'Too many append to response objects: The maximum number of remote calls is 20.',
			);
		const body = localizeMovie(movie, language);
		for (const item of extra) {
			if (item === 'alternative_titles')
				Object.assign(body, { alternative_titles: { titles: movie.alternative_titles } });
			else if (item === 'external_ids') Object.assign(body, { external_ids: movie.external_ids });
			else if (item === 'translations') {
				Object.assign(body, {
					translations: {
						translations: Object.entries(movie.translations).map(([tag, data]) => ({
							iso_639_1: tag.slice(0, 2),
							iso_3166_1: tag.slice(3),
							data,
						})),
					},
				});
			}
		}
		send(response, 200, body);
	}

	function seriesRoute(
		response: ServerResponse,
		url: URL,
		id: number,
		sub: string | undefined,
		subId: string | undefined,
		language: string,
	) {
		const show = seriesById.get(id);
		if (show === undefined) return notFound(response);
		if (sub === 'alternative_titles') return send(response, 200, { id, results: show.alternative_titles });
		if (sub === 'external_ids') return send(response, 200, { id, ...show.external_ids });
		if (sub === 'season' && subId !== undefined) {
			const episodes = show.seasons[subId];
			if (episodes === undefined) return notFound(response);
			return send(response, 200, {
				_id: `fixture-${id}-${subId}`,
				id: id * 100 + Number(subId),
				season_number: Number(subId),
				name: `Season ${subId}`,
				air_date: episodes[0]?.air_date ?? null,
				episodes: episodes.map((episode) => ({
					...episode,
					id: id * 10_000 + Number(subId) * 100 + episode.episode_number,
					show_id: id,
					season_number: Number(subId),
					episode_type: 'standard',
					crew: [],
					guest_stars: [],
				})),
			});
		}
		if (sub !== undefined) return notFound(response);
		const extra = appended(url);
		if (extra === 'too-many')
			return tmdbError(
				response,
				400,
				27,
				'Too many append to response objects: The maximum number of remote calls is 20.',
			);
		const body = localizeSeries(show, language);
		for (const item of extra) {
			if (item === 'alternative_titles')
				Object.assign(body, { alternative_titles: { results: show.alternative_titles } });
			else if (item === 'external_ids') Object.assign(body, { external_ids: show.external_ids });
		}
		send(response, 200, body);
	}

	function find(response: ServerResponse, url: URL, id: string, language: string) {
		const source = url.searchParams.get('external_source');
		const empty = {
			movie_results: [],
			person_results: [],
			tv_results: [],
			tv_episode_results: [],
			tv_season_results: [],
		};
		if (source !== 'imdb_id' && source !== 'tvdb_id')
			return tmdbError(response, 400, 5, 'Invalid parameters: Your request parameters are incorrect.');
		const key = source;
		const wanted = source === 'tvdb_id' ? Number(id) : id;
		send(response, 200, {
			...empty,
			movie_results: movies
				.filter((movie) => movie.external_ids[key] === wanted && wanted !== null)
				.map((movie) => ({
					...pick(localizeMovie(movie, language), MOVIE_RESULT_FIELDS),
					media_type: 'movie',
				})),
			tv_results: series
				.filter((show) => show.external_ids[key] === wanted && wanted !== null)
				.map((show) => ({ ...pick(localizeSeries(show, language), SERIES_RESULT_FIELDS), media_type: 'tv' })),
		});
	}

	const server = createServer((request, response) => {
		const now = performance.now();
		const url = new URL(request.url ?? '/', 'http://127.0.0.1');
		measures.requests += 1;
		measures.arrivals.push(now);
		measures.byPath.set(url.pathname, (measures.byPath.get(url.pathname) ?? 0) + 1);
		inFlight += 1;
		measures.maxInFlight = Math.max(measures.maxInFlight, inFlight);
		let done = false;
		const finish = (): void => {
			if (!done) {
				done = true;
				inFlight -= 1;
			}
		};
		response.on('finish', finish);
		response.on('close', finish);
		if (overLimit(now)) {
			measures.rateLimited += 1;
			const headers: Record<string, string> =
				options.rateLimit?.retryAfter === false ? {} : { 'retry-after': '1' };
			return tmdbError(
				response,
				429,
				25,
				`Your request count (${window.length}) is over the allowed limit of ${options.rateLimit?.requestsPerSecond}.`,
				headers,
			);
		}
		if (injectFault(request, response) !== undefined) return;
		const answer = (): void => route(request, response, url);
		if (options.delayMs === undefined || options.delayMs === 0) answer();
		else setTimeout(answer, options.delayMs);
	});
	server.keepAliveTimeout = 30_000;
	server.on('connection', (socket) => {
		connections += 1;
		measures.maxConnections = Math.max(measures.maxConnections, connections);
		socket.on('close', () => {
			connections -= 1;
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;

	return {
		url: `http://127.0.0.1:${port}/3`,
		get measures() {
			return measures;
		},
		failNext(fault, count = 1) {
			for (let index = 0; index < count; index += 1) queued.push(fault);
		},
		failRandomly(rate, faults, seed = 42) {
			random = { rate, faults, next: seeded(seed) };
		},
		reset() {
			queued = [];
			random = undefined;
			measures = fresh();
			window.length = 0;
		},
		close: () =>
			new Promise<void>((resolve, reject) => {
				server.closeAllConnections();
				server.close((error) => (error ? reject(error) : resolve()));
			}),
	};
}
