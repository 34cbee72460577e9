import {
	type Candidate,
	type ExternalIdSource,
	isProviderNotFoundError,
	type MediaKind,
	type MetadataProvider,
	ProviderAuthError,
	ProviderResponseError,
	pickBestMatch,
	type RequestOptions,
	type SearchQuery,
} from '@vm/core';
import {
	createHttpClient,
	type HttpClientStats,
	type HttpFailure,
	type SearchParams,
} from '@vm/provider-http';
import { candidatesOf, movieCandidate, seriesCandidate } from './map-candidate.js';
import type { TmdbProviderOptions } from './options.js';
import type { TmdbBestMatch } from './search-best.js';
import type { TmdbErrorBody, TmdbFindResult, TmdbMovie, TmdbPage, TmdbSeries } from './tmdb-types.js';

/**
 * A TMDB `MetadataProvider` (from `@vm/core`) with every optional capability, plus the Video Manager's `searchBest`.
 *
 * @example
 * ```ts
 * import { createTmdbProvider, type TmdbProvider } from '@vm/provider-tmdb';
 * const tmdb: TmdbProvider = createTmdbProvider({ accessToken: process.env.TMDB_ACCESS_TOKEN });
 * ```
 */
export interface TmdbProvider extends MetadataProvider {
	/** Always `tmdb`: rows get `tmdb_id`, `tmdb_type`, `tmdb_title`, `tmdb_year`. */
	readonly name: 'tmdb';
	/** One identity by TMDB id (`/movie/{id}` or `/tv/{id}` with alternative titles); `undefined` on a 404. */
	getById(kind: MediaKind, id: number, options?: RequestOptions): Promise<Candidate | undefined>;
	/** Identities known under an IMDb (`tt…`), TheTVDB or TMDB id; `[]` when none. */
	findByExternalId(source: ExternalIdSource, id: string, options?: RequestOptions): Promise<Candidate[]>;
	/**
	 * The film a title (and year) most likely is, chosen by core's `pickBestMatch`, as
	 * `{ tmdb_id, title, year }` with the year as a string; `null` when no candidate is confident enough.
	 */
	searchBest(
		title: string,
		year?: number | string | null,
		options?: RequestOptions,
	): Promise<TmdbBestMatch | null>;
	/** Counters of the underlying HTTP client (requests, cache hits, retries, 429s). */
	readonly stats: HttpClientStats;
}

const DEFAULT_BASE_URL = 'https://api.themoviedb.org/3';
const DEFAULT_CACHE = { max: 10_000, ttlMs: 6 * 60 * 60 * 1000 } as const;
const DEFAULT_RATE_LIMIT = { requestsPerSecond: 40, concurrency: 20 } as const;
const APPENDED = 'alternative_titles,external_ids';
const HOW_TO_FIX =
	'Set `tmdb_api_key` in settings.json or the TMDB_API_KEY environment variable (a v3 API key, passed as `apiKey`), or pass a v4 read access token as `accessToken`.';
/** TMDB codes that mean "these credentials are refused": 3 authentication failed, 7 invalid key, 10 suspended key. */
const AUTH_CODES: ReadonlySet<unknown> = new Set([3, 7, 10]);

function describe(value: unknown): string {
	if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
	return value === null ? 'null' : typeof value === 'object' ? `a ${typeof value}` : String(value);
}

function expected(name: string, what: string, value: unknown): never {
	throw new TypeError(`[provider-tmdb] Expected \`${name}\` to be ${what}, got ${describe(value)}`);
}

/** A credential: a non-empty string without spaces, or nothing (its value is never echoed). */
function credential(name: string, value: unknown): string | undefined {
	if (value === undefined || value === '') return undefined;
	if (typeof value !== 'string' || /\s/.test(value)) {
		throw new TypeError(
			`[provider-tmdb] Expected \`${name}\` to be a string without spaces, got ${typeof value}. ${HOW_TO_FIX}`,
		);
	}
	return value;
}

/** `fr`, `fr-fr`, `fr_FR` → `fr`, `fr-FR` (TMDB wants the region upper-case). */
function normalizeLanguage(name: string, value: unknown): string | undefined {
	if (value === undefined) return undefined;
	const match = typeof value === 'string' ? /^([a-z]{2})(?:[-_]([a-z]{2}))?$/i.exec(value) : null;
	if (match === null) return expected(name, 'a language such as "fr" or "fr-FR"', value);
	const [, language = '', region] = match;
	return region === undefined ? language.toLowerCase() : `${language.toLowerCase()}-${region.toUpperCase()}`;
}

function normalizeRegion(value: unknown): string | undefined {
	if (value === undefined) return undefined;
	if (typeof value !== 'string' || !/^[a-z]{2}$/i.test(value))
		return expected('region', 'a country code such as "FR"', value);
	return value.toUpperCase();
}

function withoutUndefined<T extends object>(value: T): T {
	return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

function checkKind(kind: unknown, name: string): MediaKind {
	if (kind !== 'movie' && kind !== 'series') return expected(name, '"movie" or "series"', kind);
	return kind;
}

function checkId(id: unknown): number {
	if (typeof id !== 'number' || !Number.isSafeInteger(id) || id <= 0)
		return expected('id', 'a positive integer', id);
	return id;
}

/** TMDB's `status_code`/`status_message`, kept on every error. */
function tmdbDetails(body: unknown): { code?: number; message?: string } | undefined {
	if (typeof body !== 'object' || body === null) return undefined;
	const { status_code: code, status_message: message } = body as TmdbErrorBody;
	return {
		...(typeof code === 'number' ? { code } : {}),
		...(typeof message === 'string' ? { message } : {}),
	};
}

/** A 401 (codes 3, 7, 10) says how to fix the credentials; everything else uses the default mapping. */
function classifyTmdbError(failure: HttpFailure): ProviderAuthError | undefined {
	const details = tmdbDetails(failure.body);
	if (failure.status !== 401 && !AUTH_CODES.has(details?.code)) return undefined;
	const said = details?.message === undefined ? '' : ` (TMDB ${details.code ?? '?'}: ${details.message})`;
	return new ProviderAuthError(
		`${failure.request} was refused with HTTP ${failure.status}${said}. ${HOW_TO_FIX}`,
		{
			provider: 'tmdb',
			status: failure.status,
			...(details?.code === undefined ? {} : { providerCode: details.code }),
			...(details?.message === undefined ? {} : { providerMessage: details.message }),
		},
	);
}

function mergeCandidates(first: readonly Candidate[], second: readonly Candidate[]): Candidate[] {
	const seen = new Set(first.map((candidate) => candidate.id));
	return [...first, ...second.filter((candidate) => !seen.has(candidate.id))];
}

/**
 * Creates a TMDB v3 provider. It owns its HTTP client: a rate limit (40 requests per rolling second,
 * 20 connections), retries with backoff honouring `Retry-After`, and a response cache shared by
 * identical concurrent calls. Errors are `@vm/core` provider errors and never contain the key or token.
 *
 * - `search` queries `/search/movie` (`year`: any release in that year) or `/search/tv`
 *   (`first_air_date_year`); when nothing in that answer matches the title and year (core's
 *   `pickBestMatch`), it asks again without the year (a file's year is often a festival or foreign
 *   release one off) and appends the new titles.
 * - `getById` reads `/movie/{id}` or `/tv/{id}` with `append_to_response=alternative_titles,external_ids`.
 * - `findByExternalId` uses `/find/{id}` (`imdb_id`, `tvdb_id`); a `tmdb` id is looked up as both kinds.
 *
 * @param options - Credentials (one required) and knobs; see {@link TmdbProviderOptions}. A bad value
 * throws a `TypeError` naming it.
 * @returns The provider.
 *
 * @example
 * ```ts
 * import { createTmdbProvider } from '@vm/provider-tmdb';
 *
 * const tmdb = createTmdbProvider({ apiKey: process.env.TMDB_API_KEY, language: 'fr-FR' });
 * const best = await tmdb.searchBest('The Matrix', 1999); // { tmdb_id: 603, title: 'Matrix', year: '1999' }
 * const amelie = await tmdb.search({ kind: 'movie', title: 'Amelie', year: 2001 });
 * ```
 */
export function createTmdbProvider(options: TmdbProviderOptions): TmdbProvider {
	if (typeof options !== 'object' || options === null) {
		throw new TypeError(
			`[provider-tmdb] Expected an options object with \`apiKey\` or \`accessToken\`. ${HOW_TO_FIX}`,
		);
	}
	const settings = {
		includeAdult: false,
		baseUrl: DEFAULT_BASE_URL,
		timeout: 10_000,
		cache: DEFAULT_CACHE,
		...withoutUndefined(options),
	};
	const accessToken = credential('accessToken', settings.accessToken);
	const apiKey = accessToken === undefined ? credential('apiKey', settings.apiKey) : undefined;
	const ignoredKey = accessToken === undefined ? undefined : credential('apiKey', settings.apiKey);
	if (accessToken === undefined && apiKey === undefined) {
		throw new TypeError(
			`[provider-tmdb] Missing TMDB credentials: \`apiKey\` and \`accessToken\` are both empty. ${HOW_TO_FIX}`,
		);
	}
	const language = normalizeLanguage('language', settings.language);
	const region = normalizeRegion(settings.region);
	if (typeof settings.includeAdult !== 'boolean')
		expected('includeAdult', 'a boolean', settings.includeAdult);
	const { minConfidence } = settings;
	if (
		minConfidence !== undefined &&
		!(typeof minConfidence === 'number' && minConfidence >= 0 && minConfidence <= 1)
	) {
		expected('minConfidence', 'a number from 0 to 1', minConfidence);
	}
	const includeAdult = settings.includeAdult;
	const rateLimit =
		typeof settings.rateLimit === 'object' && settings.rateLimit !== null
			? { ...DEFAULT_RATE_LIMIT, ...withoutUndefined(settings.rateLimit) }
			: (settings.rateLimit ?? DEFAULT_RATE_LIMIT);
	const secrets = [accessToken, apiKey, ignoredKey].filter(
		(secret): secret is string => secret !== undefined,
	);

	const http = createHttpClient({
		provider: 'tmdb',
		baseUrl: settings.baseUrl,
		timeoutMs: settings.timeout,
		rateLimit,
		cache: settings.cache,
		secrets: () => secrets,
		classifyError: classifyTmdbError,
		errorDetails: tmdbDetails,
		...(settings.retry === undefined ? {} : { retry: settings.retry }),
		...(settings.fetch === undefined ? {} : { fetch: settings.fetch }),
		...(accessToken === undefined
			? {}
			: { authorize: (headers: Headers) => headers.set('authorization', `Bearer ${accessToken}`) }),
	});

	const get = <T>(path: string, searchParams: SearchParams, signal: AbortSignal | undefined): Promise<T> =>
		http.getJson<T>(path, {
			searchParams: apiKey === undefined ? searchParams : { ...searchParams, api_key: apiKey },
			...(signal === undefined ? {} : { signal }),
		});

	async function searchPage(
		kind: MediaKind,
		title: string,
		year: number | undefined,
		lang: string | undefined,
		signal: AbortSignal | undefined,
	): Promise<Candidate[]> {
		const common = { query: title, include_adult: includeAdult, language: lang, page: 1 };
		if (kind === 'movie') {
			const page = await get<TmdbPage<TmdbMovie>>('/search/movie', { ...common, region, year }, signal);
			return candidatesOf(page?.results, movieCandidate, 'GET /search/movie');
		}
		const page = await get<TmdbPage<TmdbSeries>>(
			'/search/tv',
			{ ...common, first_air_date_year: year },
			signal,
		);
		return candidatesOf(page?.results, seriesCandidate, 'GET /search/tv');
	}

	async function search(query: SearchQuery, requestOptions: RequestOptions = {}): Promise<Candidate[]> {
		if (typeof query !== 'object' || query === null) return expected('query', 'a SearchQuery object', query);
		const kind = checkKind(query.kind, 'query.kind');
		if (typeof query.title !== 'string') return expected('query.title', 'a string', query.title);
		const { year } = query;
		if (year !== undefined && !(Number.isInteger(year) && year >= 1000 && year <= 9999)) {
			return expected('query.year', 'a four-digit year', year);
		}
		const lang = normalizeLanguage('query.language', query.language) ?? language;
		const { signal } = requestOptions;
		signal?.throwIfAborted();
		const title = query.title.trim();
		if (title === '') return [];
		const first = await searchPage(kind, title, year, lang, signal);
		if (year === undefined || pickBestMatch({ kind, title, year }, first) !== undefined) return first;
		return mergeCandidates(first, await searchPage(kind, title, undefined, lang, signal));
	}

	async function getById(
		kindInput: MediaKind,
		idInput: number,
		requestOptions: RequestOptions = {},
	): Promise<Candidate | undefined> {
		const kind = checkKind(kindInput, 'kind');
		const id = checkId(idInput);
		const { signal } = requestOptions;
		const lang = normalizeLanguage('options.language', requestOptions.language) ?? language;
		signal?.throwIfAborted();
		const params = { append_to_response: APPENDED, language: lang };
		try {
			const details =
				kind === 'movie'
					? movieCandidate(await get<TmdbMovie>(`/movie/${id}`, params, signal))
					: seriesCandidate(await get<TmdbSeries>(`/tv/${id}`, params, signal));
			if (details === undefined) {
				throw new ProviderResponseError(
					`GET /${kind === 'movie' ? 'movie' : 'tv'}/${id} answered without an id or title`,
					{
						provider: 'tmdb',
						status: 200,
					},
				);
			}
			return details;
		} catch (error) {
			if (isProviderNotFoundError(error)) return undefined;
			throw error;
		}
	}

	async function findByExternalId(
		source: ExternalIdSource,
		id: string,
		requestOptions: RequestOptions = {},
	): Promise<Candidate[]> {
		const { signal } = requestOptions;
		if (source === 'tmdb') {
			if (typeof id !== 'string' || !/^\d+$/.test(id) || Number(id) <= 0)
				return expected('id', 'a TMDB id such as "603"', id);
			signal?.throwIfAborted();
			const found = await Promise.all([
				getById('movie', Number(id), requestOptions),
				getById('series', Number(id), requestOptions),
			]);
			return found.filter((candidate): candidate is Candidate => candidate !== undefined);
		}
		let externalSource: string;
		if (source === 'imdb') {
			if (typeof id !== 'string' || !/^tt\d{5,10}$/.test(id))
				return expected('id', 'an IMDb id such as "tt0133093"', id);
			externalSource = 'imdb_id';
		} else if (source === 'tvdb') {
			if (typeof id !== 'string' || !/^\d+$/.test(id))
				return expected('id', 'a TheTVDB id such as "81189"', id);
			externalSource = 'tvdb_id';
		} else {
			return expected('source', '"imdb", "tvdb" or "tmdb"', source);
		}
		const lang = normalizeLanguage('options.language', requestOptions.language) ?? language;
		signal?.throwIfAborted();
		const found = await get<TmdbFindResult>(
			`/find/${id}`,
			{ external_source: externalSource, language: lang },
			signal,
		);
		return [
			...candidatesOf(found?.movie_results ?? [], movieCandidate, 'GET /find'),
			...candidatesOf(found?.tv_results ?? [], seriesCandidate, 'GET /find'),
		];
	}

	async function searchBest(
		title: string,
		year?: number | string | null,
		requestOptions: RequestOptions = {},
	): Promise<TmdbBestMatch | null> {
		if (typeof title !== 'string') return expected('title', 'a string', title);
		let queryYear: number | undefined;
		if (typeof year === 'number') queryYear = year;
		else if (typeof year === 'string' && year.trim() !== '') {
			if (!/^\d{4}$/.test(year.trim())) return expected('year', 'a four-digit year', year);
			queryYear = Number(year.trim());
		} else if (year !== undefined && year !== null && year !== '')
			return expected('year', 'a four-digit year', year);
		if (title.trim() === '') return null;
		const query = {
			kind: 'movie' as const,
			title: title.trim(),
			...(queryYear === undefined ? {} : { year: queryYear }),
		};
		const candidates = await search(query, requestOptions);
		const match = pickBestMatch(query, candidates, minConfidence === undefined ? {} : { minConfidence });
		if (match === undefined) return null;
		const { candidate } = match;
		return {
			tmdb_id: candidate.id,
			title: candidate.title,
			year: candidate.year === undefined ? '' : String(candidate.year),
		};
	}

	return {
		name: 'tmdb',
		kinds: ['movie', 'series'],
		search,
		getById,
		findByExternalId,
		searchBest,
		get stats(): HttpClientStats {
			return http.stats;
		},
	};
}
