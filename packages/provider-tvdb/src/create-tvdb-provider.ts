import {
	type Candidate,
	type ExternalIdSource,
	isProviderNotFoundError,
	type MediaKind,
	type MetadataProvider,
	ProviderResponseError,
	type RequestOptions,
	type SearchQuery,
} from '@vm/core';
import { createHttpClient, type HttpClientStats, type SearchParams, untilAborted } from '@vm/provider-http';
import {
	findAbsoluteEpisode,
	type GetEpisodeOptions,
	mapEpisode,
	readEpisodes,
	seasonTypeFor,
	type TvdbEpisode,
	type TvdbEpisodeOrder,
} from './episode.js';
import { toTvdbLanguage } from './language.js';
import { mapRecord, translatedLanguages } from './map-record.js';
import { mapSearchResults } from './map-search-results.js';
import { normalizeTvdbOptions } from './normalize-options.js';
import type { TvdbProviderOptions } from './options.js';
import { pickRemoteIdRecords } from './pick-remote-id-records.js';
import { createTokenManager } from './token-manager.js';
import {
	classifyApiFailure,
	classifyLoginFailure,
	isUnauthorized,
	readEnvelope,
	tokenRefusedTwice,
	tvdbErrorDetails,
} from './tvdb-errors.js';
import type { TvdbTranslation } from './tvdb-types.js';
import { field, readId, readObject, readText } from './values.js';

/**
 * Counters of one provider instance.
 *
 * @example
 * ```ts
 * import type { TvdbProviderStats } from '@vm/provider-tvdb';
 * const line = (stats: TvdbProviderStats): string => `${stats.logins} logins, ${stats.requests} requests`;
 * ```
 */
export interface TvdbProviderStats extends HttpClientStats {
	/** Successful `/login` calls (the first one, renewals and re-logins after a 401). */
	readonly logins: number;
}

/**
 * The TheTVDB provider: core's `MetadataProvider` with every optional capability, plus
 * {@link TvdbProvider.getEpisode}.
 *
 * @example
 * ```ts
 * import { createTvdbProvider, type TvdbProvider } from '@vm/provider-tvdb';
 * const tvdb: TvdbProvider = createTvdbProvider({ apiKey: process.env.TVDB_API_KEY ?? '' });
 * const [first] = await tvdb.search({ kind: 'series', title: 'Kaamelott' });
 * ```
 */
export interface TvdbProvider extends MetadataProvider {
	/** Always `tvdb` (inventory fields `tvdb_id`, `tvdb_type`…). */
	readonly name: 'tvdb';
	/** Series and movies. */
	readonly kinds: readonly MediaKind[];
	/** `/series/{id}` or `/movies/{id}` (+ its translation in the provider's language); `undefined` on 404. */
	getById(kind: MediaKind, id: number, options?: RequestOptions): Promise<Candidate | undefined>;
	/**
	 * Series and movies known under an IMDb (`tt0903747`) or TMDB (`1396`) id, through `/search/remoteid`;
	 * a `tvdb` id is looked up as a series and as a movie. Empty when none.
	 */
	findByExternalId(source: ExternalIdSource, id: string, options?: RequestOptions): Promise<Candidate[]>;
	/**
	 * One episode of a series by season and episode number in the `default` (aired) or `dvd` order, or by
	 * its running number with `order: 'absolute'` (then `season` is ignored and the answer carries the aired
	 * season and episode). `undefined` when the series or the episode does not exist.
	 */
	getEpisode(
		seriesId: number,
		season: number | undefined,
		episode: number,
		options?: GetEpisodeOptions,
	): Promise<TvdbEpisode | undefined>;
	/** Counters since creation (HTTP attempts, cache hits, retries, logins). */
	readonly stats: TvdbProviderStats;
}

/** A success envelope's `data` and `links`. */
type TvdbData = ReturnType<typeof readEnvelope>;

const PROVIDER = 'tvdb';
const KINDS: readonly MediaKind[] = Object.freeze(['series', 'movie'] as const);
/** Safety bound on episode pages read for one absolute lookup (500 episodes each). */
const MAX_EPISODE_PAGES = 100;

const RECORD_PATH: Readonly<Record<MediaKind, string>> = { series: 'series', movie: 'movies' };

/**
 * Creates a TheTVDB v4 provider. Nothing is sent until the first call, which logs in (`POST /login`);
 * concurrent first calls share that one login. The token is renewed before it gets old and once after a
 * 401 (the refused request is replayed once; a second 401 is a `ProviderAuthError`). Requests go through
 * the instance's own rate-limited, retrying, caching client from `@vm/provider-http`.
 *
 * @param options - See {@link TvdbProviderOptions}; `apiKey` is required.
 * @returns A {@link TvdbProvider} named `tvdb`, for series and movies.
 * @throws TypeError when `apiKey` is missing or an option is malformed (the message never echoes a credential).
 *
 * @example
 * ```ts
 * import { createTvdbProvider } from '@vm/provider-tvdb';
 *
 * const tvdb = createTvdbProvider({ apiKey: process.env.TVDB_API_KEY ?? '', pin: process.env.TVDB_PIN, language: 'fr-FR' });
 * const [show] = await tvdb.search({ kind: 'series', title: 'The Wire', year: 2002 });
 * // show → { id: 79126, kind: 'series', title: 'Sur écoute', originalTitle: 'The Wire', year: 2002, … }
 * const episode = await tvdb.getEpisode(267440, undefined, 30, { order: 'absolute' });
 * // episode → { seasonNumber: 2, number: 5, absoluteNumber: 30, … }
 * ```
 */
export function createTvdbProvider(options: TvdbProviderOptions): TvdbProvider {
	const config = normalizeTvdbOptions(options);
	let logins = 0;
	// Errors of `/login` itself: a 401 there is a bad key, not a stale token to renew.
	const loginFailures = new WeakSet<object>();
	const credentials = (): string[] =>
		config.pin === undefined ? [config.apiKey] : [config.apiKey, config.pin];
	const shared = {
		provider: PROVIDER,
		baseUrl: config.baseUrl,
		timeoutMs: config.timeoutMs,
		errorDetails: tvdbErrorDetails,
		...(config.fetch === undefined ? {} : { fetch: config.fetch }),
		...(config.retry === undefined ? {} : { retry: config.retry }),
	};
	// Login has its own client without `authorize` (which waits for the login); it runs about once a month.
	const loginHttp = createHttpClient({
		...shared,
		rateLimit: config.rateLimit,
		cache: false,
		secrets: credentials,
		classifyError: (failure) => classifyLoginFailure(failure, config.pin !== undefined),
	});
	const tokens = createTokenManager({
		now: config.now,
		maxAgeMs: config.tokenMaxAgeMs,
		login: async () => {
			const body = await loginHttp
				.postJson<unknown>(
					'login',
					config.pin === undefined ? { apikey: config.apiKey } : { apikey: config.apiKey, pin: config.pin },
				)
				.catch((error: unknown) => {
					if (typeof error === 'object' && error !== null) loginFailures.add(error);
					throw error;
				});
			const { data } = readEnvelope(body, 'POST /login', credentials());
			const token = readText(field(data, 'token'));
			if (token === undefined) {
				throw new ProviderResponseError('POST /login answered success without `data.token`', {
					provider: PROVIDER,
					status: 200,
				});
			}
			logins++;
			return token;
		},
	});
	const secrets = (): string[] => [...credentials(), ...tokens.issued];
	const api = createHttpClient({
		...shared,
		rateLimit: config.rateLimit,
		cache: config.cache,
		secrets,
		classifyError: classifyApiFailure,
		// A `status: "failure"` envelope sent with HTTP 200 is refused before the client caches it.
		checkBody: (body, request) => {
			readEnvelope(body, request, secrets());
		},
		authorize: async (headers) => {
			headers.set('authorization', `Bearer ${(await tokens.get()).token}`);
		},
	});

	/** GET with the session token, renewed and replayed once after a 401; returns the envelope's data. */
	async function get(
		path: string,
		searchParams: SearchParams | undefined,
		signal: AbortSignal | undefined,
	): Promise<TvdbData> {
		const { generation } = await untilAborted(tokens.get(), signal);
		const call = {
			...(searchParams === undefined ? {} : { searchParams }),
			...(signal === undefined ? {} : { signal }),
		};
		let body: unknown;
		try {
			body = await api.getJson<unknown>(path, call);
		} catch (error) {
			if (!isUnauthorized(error) || loginFailures.has(error)) throw error;
			tokens.invalidate(generation);
			try {
				body = await api.getJson<unknown>(path, call);
			} catch (again) {
				if (isUnauthorized(again) && !loginFailures.has(again))
					throw tokenRefusedTwice(again, `GET /${path}`);
				throw again;
			}
		}
		// The client's `checkBody` has already refused anything but a success envelope.
		return readEnvelope(body, `GET /${path}`, secrets());
	}

	/** Like {@link get}, with a 404 as `undefined`. */
	async function getOrUndefined(
		path: string,
		searchParams: SearchParams | undefined,
		signal: AbortSignal | undefined,
	): Promise<TvdbData | undefined> {
		try {
			return await get(path, searchParams, signal);
		} catch (error) {
			if (isProviderNotFoundError(error)) return undefined;
			throw error;
		}
	}

	async function translate(
		kind: MediaKind,
		record: unknown,
		language: string | undefined,
		signal: AbortSignal | undefined,
	): Promise<Candidate | undefined> {
		const id = readId(field(record, 'id'));
		const original = readText(field(record, 'originalLanguage'));
		let translation: TvdbTranslation | undefined;
		if (
			id !== undefined &&
			language !== undefined &&
			language !== original &&
			translatedLanguages(record).includes(language)
		) {
			const answer = await getOrUndefined(
				`${RECORD_PATH[kind]}/${id}/translations/${language}`,
				undefined,
				signal,
			);
			translation = readObject(answer?.data) as TvdbTranslation | undefined;
		}
		return mapRecord(record, kind, translation);
	}

	/** The call's `language` (a BCP 47 tag; ignored when TheTVDB has no code for it), else the provider's. */
	function requestedLanguage(callOptions: RequestOptions): string | undefined {
		const tag: unknown = callOptions.language;
		return (typeof tag === 'string' ? toTvdbLanguage(tag) : undefined) ?? config.language;
	}

	async function getById(
		kind: MediaKind,
		id: number,
		callOptions: RequestOptions = {},
	): Promise<Candidate | undefined> {
		checkKind(kind);
		checkId('id', id);
		const answer = await getOrUndefined(`${RECORD_PATH[kind]}/${id}`, undefined, callOptions.signal);
		if (answer === undefined) return undefined;
		return translate(kind, answer.data, requestedLanguage(callOptions), callOptions.signal);
	}

	/**
	 * One page of an episode list, translated when `lookup.language` is set. TheTVDB answers 404 for the
	 * translated list of some shows and languages: then the untranslated list is used, and the lookup
	 * forgets the language so that its next pages go straight there.
	 */
	async function listEpisodes(
		seriesId: number,
		order: TvdbEpisodeOrder,
		params: SearchParams,
		lookup: { language: string | undefined; readonly signal: AbortSignal | undefined },
	): Promise<TvdbData | undefined> {
		const base = `series/${seriesId}/episodes/${seasonTypeFor(order)}`;
		if (lookup.language !== undefined) {
			const translated = await getOrUndefined(`${base}/${lookup.language}`, params, lookup.signal);
			if (translated !== undefined) return translated;
			lookup.language = undefined;
		}
		return getOrUndefined(base, params, lookup.signal);
	}

	async function getEpisode(
		seriesId: number,
		season: number | undefined,
		episode: number,
		callOptions: GetEpisodeOptions = {},
	): Promise<TvdbEpisode | undefined> {
		const { signal } = callOptions;
		const order = callOptions.order ?? 'default';
		if (order !== 'default' && order !== 'dvd' && order !== 'absolute') {
			throw new TypeError(
				`[provider-tvdb] Expected \`order\` to be 'default', 'dvd' or 'absolute', got ${JSON.stringify(order)}`,
			);
		}
		checkId('seriesId', seriesId);
		checkId('episode', episode);
		const lookup = {
			language:
				callOptions.language === undefined ? config.language : languageOf(callOptions.language, 'language'),
			signal,
		};
		if (order !== 'absolute') {
			if (season === undefined || !Number.isSafeInteger(season) || season < 0) {
				throw new TypeError(
					`[provider-tvdb] Expected \`season\` to be an integer ≥ 0 for the '${order}' order, got ${String(season)}`,
				);
			}
			const page = await listEpisodes(seriesId, order, { page: 0, season, episodeNumber: episode }, lookup);
			if (page === undefined) return undefined;
			return readEpisodes(page.data)
				.flatMap((raw) => mapEpisode(raw, order, seriesId) ?? [])
				.find((found) => found.seasonNumber === season && found.number === episode);
		}
		const all: TvdbEpisode[] = [];
		for (let page = 0; page < MAX_EPISODE_PAGES; page++) {
			const answer = await listEpisodes(seriesId, 'default', { page }, lookup);
			if (answer === undefined) return undefined;
			const episodes = readEpisodes(answer.data).flatMap(
				(raw) => mapEpisode(raw, 'absolute', seriesId) ?? [],
			);
			all.push(...episodes);
			const direct = episodes.find((found) => found.seasonNumber > 0 && found.absoluteNumber === episode);
			if (direct !== undefined) return direct;
			if (readText(field(answer.links, 'next')) === undefined || episodes.length === 0) break;
		}
		return findAbsoluteEpisode(all, episode);
	}

	async function search(query: SearchQuery, callOptions: RequestOptions = {}): Promise<Candidate[]> {
		checkKind(query?.kind);
		const title = typeof query.title === 'string' ? query.title.trim() : '';
		if (title === '') return [];
		const year =
			query.year !== undefined && Number.isSafeInteger(query.year) && query.year > 0 ? query.year : undefined;
		const language =
			(query.language === undefined ? undefined : toTvdbLanguage(query.language)) ?? config.language;
		const run = async (withYear: number | undefined): Promise<Candidate[]> => {
			const params = { query: title, type: query.kind, year: withYear, limit: config.searchLimit };
			const { data } = await get('search', params, callOptions.signal);
			return mapSearchResults(data, query.kind, language);
		};
		const found = await run(year);
		// TheTVDB's year filter is strict: a year off by one (festival vs release) empties the result.
		return found.length === 0 && year !== undefined ? run(undefined) : found;
	}

	async function findByExternalId(
		source: ExternalIdSource,
		id: string,
		callOptions: RequestOptions = {},
	): Promise<Candidate[]> {
		const { signal } = callOptions;
		const value = typeof id === 'string' ? id.trim() : '';
		if (source === 'tvdb') {
			const tvdbId = /^\d{1,15}$/.test(value) ? Number(value) : undefined;
			if (tvdbId === undefined) throw badExternalId(source, id, 'a numeric TheTVDB id');
			if (tvdbId === 0) return [];
			const found = await Promise.all(KINDS.map((kind) => getById(kind, tvdbId, callOptions)));
			return found.filter((candidate): candidate is Candidate => candidate !== undefined);
		}
		if (source === 'imdb' && !/^tt\d{5,10}$/i.test(value))
			throw badExternalId(source, id, 'an IMDb id like tt0903747');
		if (source === 'tmdb' && !/^\d{1,12}$/.test(value)) throw badExternalId(source, id, 'a numeric TMDB id');
		if (source !== 'imdb' && source !== 'tmdb') {
			throw new TypeError(
				`[provider-tvdb] Expected \`source\` to be 'imdb', 'tmdb' or 'tvdb', got ${JSON.stringify(source)}`,
			);
		}
		const answer = await getOrUndefined(`search/remoteid/${encodeURIComponent(value)}`, undefined, signal);
		if (answer === undefined) return [];
		const records = pickRemoteIdRecords(answer.data, KINDS, source, value);
		const candidates = await Promise.all(
			records.map(({ kind, record }) => translate(kind, record, requestedLanguage(callOptions), signal)),
		);
		return candidates.filter((candidate): candidate is Candidate => candidate !== undefined);
	}

	return {
		name: PROVIDER,
		kinds: KINDS,
		search,
		getById,
		findByExternalId,
		getEpisode,
		get stats(): TvdbProviderStats {
			const login = loginHttp.stats;
			const calls = api.stats;
			return {
				logins,
				requests: login.requests + calls.requests,
				cacheHits: calls.cacheHits,
				deduped: calls.deduped,
				retries: login.retries + calls.retries,
				rateLimited: login.rateLimited + calls.rateLimited,
			};
		},
	};
}

function checkKind(kind: unknown): asserts kind is MediaKind {
	if (kind !== 'series' && kind !== 'movie') {
		throw new TypeError(
			`[provider-tvdb] Expected \`kind\` to be 'series' or 'movie', got ${JSON.stringify(kind)}`,
		);
	}
}

function checkId(name: string, value: unknown): asserts value is number {
	if (typeof value !== 'number' || !Number.isSafeInteger(value) || value <= 0) {
		throw new TypeError(
			`[provider-tvdb] Expected \`${name}\` to be a positive integer, got ${JSON.stringify(value)}`,
		);
	}
}

function languageOf(tag: unknown, name: string): string {
	const code = typeof tag === 'string' ? toTvdbLanguage(tag) : undefined;
	if (code === undefined) {
		throw new TypeError(
			`[provider-tvdb] Expected \`${name}\` to be a BCP 47 tag such as "fr-FR", got ${JSON.stringify(tag)}`,
		);
	}
	return code;
}

function badExternalId(source: string, id: unknown, expected: string): TypeError {
	return new TypeError(
		`[provider-tvdb] Expected a ${source} id to be ${expected}, got ${typeof id === 'string' ? JSON.stringify(id) : String(id)}`,
	);
}
