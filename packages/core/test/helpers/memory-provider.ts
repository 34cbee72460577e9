import type {
	Candidate,
	ExternalIdSource,
	MediaKind,
	MetadataProvider,
	RequestOptions,
	SearchQuery,
} from '../../src/index.js';
import { ProviderAuthError } from '../../src/index.js';

/** One title of the in-memory catalogue, shaped like what TMDB knows about it. */
export interface CatalogueEntry {
	readonly id: number;
	readonly kind: MediaKind;
	/** English title (what the service answers with no language). */
	readonly title: string;
	readonly originalTitle?: string;
	/** Alternative titles: searchable, but (as on TMDB) only returned by `getById`. */
	readonly aliases?: readonly string[];
	/** Titles per language (`fr-FR`); with a language and no translation, the original title is served. */
	readonly translations?: Readonly<Record<string, string>>;
	readonly year?: number;
	/** Every year the title was released somewhere; the `year` search filter matches any of them. */
	readonly releaseYears?: readonly number[];
	readonly popularity?: number;
	readonly imdb?: string;
	readonly tvdb?: number;
}

/** A call the provider received. */
export type MemoryCall =
	| { readonly method: 'search'; readonly query: SearchQuery }
	| { readonly method: 'getById'; readonly kind: MediaKind; readonly id: number }
	| { readonly method: 'findByExternalId'; readonly source: ExternalIdSource; readonly id: string };

export interface MemoryProviderOptions {
	readonly name?: string;
	readonly kinds?: readonly MediaKind[];
	readonly entries: readonly CatalogueEntry[];
	/** When set, every call fails with this error instead of answering (after being recorded). */
	readonly fail?: (call: MemoryCall) => Error | undefined;
	/** Awaited before answering: lets a test hold calls in flight. */
	readonly pause?: (call: MemoryCall) => Promise<void>;
	/** Make every call throw {@link ProviderAuthError}, as a provider with a refused key would. */
	readonly badKey?: boolean;
	/** Leave out `getById` / `findByExternalId`, as a minimal provider would. */
	readonly searchOnly?: boolean;
}

export interface MemoryProvider extends MetadataProvider {
	readonly calls: MemoryCall[];
	/** Most calls in flight at once so far. */
	readonly peakInFlight: number;
}

const words = (text: string): string[] =>
	text
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.split(/[^\p{L}\p{N}]+/u)
		.filter((word) => word !== '');

const names = (entry: CatalogueEntry): string[] => [
	entry.title,
	...(entry.originalTitle === undefined ? [] : [entry.originalTitle]),
	...(entry.aliases ?? []),
	...Object.values(entry.translations ?? {}),
];

/** Titles are English by default; other languages get their translation, else the original title. */
const titleIn = (entry: CatalogueEntry, language: string | undefined): string =>
	language === undefined || language.startsWith('en')
		? entry.title
		: (entry.translations?.[language] ?? entry.originalTitle ?? entry.title);

const toCandidate = (
	entry: CatalogueEntry,
	language: string | undefined,
	withAliases: boolean,
): Candidate => ({
	id: entry.id,
	kind: entry.kind,
	title: titleIn(entry, language),
	originalTitle: entry.originalTitle ?? entry.title,
	...(withAliases && entry.aliases !== undefined ? { aliases: [...entry.aliases] } : {}),
	...(entry.year === undefined ? {} : { year: entry.year }),
	...(entry.popularity === undefined ? {} : { popularity: entry.popularity }),
});

/**
 * An in-memory `MetadataProvider` that searches like TMDB (every query word must appear in one of the
 * titles, accents and case ignored; `year` matches any release year; results in catalogue order, not by
 * popularity), records every call and can fail on demand.
 */
export function createMemoryProvider(options: MemoryProviderOptions): MemoryProvider {
	const name = options.name ?? 'memory';
	const calls: MemoryCall[] = [];
	let inFlight = 0;
	let peakInFlight = 0;

	const answer = async <T>(
		call: MemoryCall,
		signal: AbortSignal | undefined,
		produce: () => T,
	): Promise<T> => {
		calls.push(call);
		signal?.throwIfAborted();
		inFlight += 1;
		peakInFlight = Math.max(peakInFlight, inFlight);
		try {
			if (options.pause !== undefined) {
				const paused = options.pause(call);
				if (signal === undefined) await paused;
				else {
					await new Promise<void>((resolve, reject) => {
						const onAbort = (): void => reject(signal.reason);
						signal.addEventListener('abort', onAbort, { once: true });
						paused.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
					});
				}
			}
			if (options.badKey === true) {
				throw new ProviderAuthError('Invalid API key: check the key in settings.', {
					provider: name,
					status: 401,
				});
			}
			const failure = options.fail?.(call);
			if (failure !== undefined) throw failure;
			return produce();
		} finally {
			inFlight -= 1;
		}
	};

	const search = (query: SearchQuery, request: RequestOptions = {}): Promise<Candidate[]> =>
		answer({ method: 'search', query }, request.signal, () => {
			const wanted = words(query.title);
			if (wanted.length === 0) return [];
			return options.entries
				.filter((entry) => entry.kind === query.kind)
				.filter(
					(entry) =>
						query.year === undefined ||
						(entry.releaseYears ?? (entry.year === undefined ? [] : [entry.year])).includes(query.year),
				)
				.filter((entry) =>
					names(entry).some((title) => {
						const have = new Set(words(title));
						return wanted.every((word) => have.has(word));
					}),
				)
				.map((entry) => toCandidate(entry, query.language, false));
		});

	const provider: MemoryProvider = {
		name,
		kinds: options.kinds ?? ['movie', 'series'],
		calls,
		get peakInFlight() {
			return peakInFlight;
		},
		search,
	};
	if (options.searchOnly === true) return provider;
	return Object.assign(provider, {
		getById: (kind: MediaKind, id: number, request: RequestOptions = {}): Promise<Candidate | undefined> =>
			answer({ method: 'getById', kind, id }, request.signal, () => {
				const entry = options.entries.find((item) => item.kind === kind && item.id === id);
				return entry === undefined ? undefined : toCandidate(entry, undefined, true);
			}),
		findByExternalId: (
			source: ExternalIdSource,
			id: string,
			request: RequestOptions = {},
		): Promise<Candidate[]> =>
			answer({ method: 'findByExternalId', source, id }, request.signal, () =>
				options.entries
					.filter((entry) =>
						source === 'imdb' ? entry.imdb === id : source === 'tvdb' ? String(entry.tvdb) === id : false,
					)
					.map((entry) => toCandidate(entry, undefined, false)),
			),
	});
}
