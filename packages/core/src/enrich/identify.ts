import { type Match, type MatchQuery, pickBestMatch } from '../match/pick-best-match.js';
import type { MediaKind } from '../media.js';
import type { Candidate, ExternalIdSource, MetadataProvider, SearchQuery } from '../provider.js';
import { RunStopped, type Session } from './session.js';

/** What one lookup gave. `RunStopped` is thrown instead when the run stops. */
export type Outcome =
	| {
			readonly status: 'matched';
			/** What to write; `title` is absent when an id tag could not be resolved to a title. */
			readonly candidate: Omit<Candidate, 'title'> & { readonly title?: string };
			readonly match?: Match;
	  }
	| { readonly status: 'unmatched'; readonly best?: Match }
	| { readonly status: 'failed'; readonly error: unknown }
	| { readonly status: 'absent' };

/** A unique title to look up: one per (kind, normalized title, year). */
export interface TitleKey {
	readonly kind: MediaKind;
	/** The spelling sent to the provider (the first row's). */
	readonly title: string;
	readonly year?: number;
	/** Other spellings the parse suggests (`X aka Y`), searched only when the title finds nothing. */
	readonly alternatives: readonly string[];
	/** A country that closed the title in the file name (`US`, `UK`): `The Office (US)` first. */
	readonly country?: string;
}

/** Settings of the lookups. */
export interface IdentifyContext {
	readonly session: Session;
	readonly language: string | undefined;
	readonly minConfidence: number;
}

/** Most `getById` calls made to read a title's alternative names. */
const MAX_DETAILS = 2;
/** Most alternative spellings searched for one title. */
const MAX_ALTERNATIVES = 2;
/** A best score under this means no title matched at all (rather than several matching equally well). */
const NEAR_MISS = 0.5;

const failedOrStop = (error: unknown): Outcome => {
	if (error instanceof RunStopped) throw error;
	return { status: 'failed', error };
};

/** Adds a search's candidates to the pool, folding a known id's new titles into its aliases. */
const merge = (pool: Map<number, Candidate>, results: readonly Candidate[]): void => {
	for (const candidate of results) {
		const known = pool.get(candidate.id);
		if (known === undefined) {
			pool.set(candidate.id, candidate);
			continue;
		}
		const names = new Set([known.title, known.originalTitle, ...(known.aliases ?? [])]);
		const added = [candidate.title, candidate.originalTitle, ...(candidate.aliases ?? [])].filter(
			(name): name is string => name !== undefined && !names.has(name),
		);
		if (added.length > 0) pool.set(candidate.id, { ...known, aliases: [...(known.aliases ?? []), ...added] });
	}
};

/**
 * The language of the retry for a title the provider names otherwise in the asked language: release
 * names mostly carry the English title.
 */
const FALLBACK_LANGUAGE = 'en-US';

/** A candidate's year is the query's, or unknown on either side. */
const yearFits = (year: number | undefined, candidate: Candidate): boolean =>
	year === undefined || candidate.year === undefined || candidate.year === year;

/**
 * Identifies a title by searching, the enricher's strategy: with the year first; then the details
 * (`getById`, for alternative titles) of the best-named candidates of that year; when a language was
 * asked and the provider found a title of a fitting year that it names otherwise in that language, once
 * more in English (`en-US`: a release name in a French library is mostly the English title, `Amelie`,
 * `Money Heist`); without the year when nothing fits (a year off by one the provider filtered out); then each
 * alternative spelling. All answers are pooled and scored together by {@link pickBestMatch}.
 */
export async function identifyByTitle(
	context: IdentifyContext,
	provider: MetadataProvider,
	key: TitleKey,
): Promise<Outcome> {
	const { session, language, minConfidence } = context;
	const pool = new Map<number, Candidate>();
	const match: MatchQuery = {
		kind: key.kind,
		title: key.title,
		...(key.year === undefined ? {} : { year: key.year }),
		alternativeTitles: key.alternatives,
	};
	/** With a country, the country-qualified name is tried first: `The Office (US)`, not `(UK)`. */
	const qualified: MatchQuery | undefined =
		key.country === undefined
			? undefined
			: {
					...match,
					title: `${key.title} (${key.country})`,
					alternativeTitles: key.alternatives.map((alternative) => `${alternative} (${key.country})`),
				};
	const rank = (): Match | undefined => {
		const candidates = [...pool.values()];
		if (qualified !== undefined) {
			const found = pickBestMatch(qualified, candidates, { minConfidence: 0 });
			if (found !== undefined && found.confidence >= minConfidence) return found;
		}
		return pickBestMatch(match, candidates, { minConfidence: 0 });
	};
	let best: Match | undefined;
	const fits = (): boolean => best !== undefined && best.confidence >= minConfidence;
	const search = async (query: SearchQuery): Promise<number> => {
		const results = await session.call(provider, 'search', (signal) => provider.search(query, { signal }));
		merge(
			pool,
			results.filter((candidate) => candidate.kind === key.kind),
		);
		best = rank();
		return results.length;
	};
	const localized = language === undefined ? {} : { language };
	const withYear = key.year === undefined ? {} : { year: key.year };
	let yearFound = false;
	let otherLanguageTried = false;
	/** The provider found a title of a fitting year that it only names differently in the asked language. */
	const tryOtherLanguage = async (): Promise<void> => {
		if (fits() || language === undefined || otherLanguageTried) return;
		if (language.toLowerCase().startsWith(FALLBACK_LANGUAGE.slice(0, 2))) return;
		if ((best?.confidence ?? 0) >= NEAR_MISS) return;
		if (![...pool.values()].some((candidate) => yearFits(key.year, candidate))) return;
		otherLanguageTried = true;
		await search({
			kind: key.kind,
			title: key.title,
			...(yearFound ? withYear : {}),
			language: FALLBACK_LANGUAGE,
		});
	};
	const fetched = new Set<number>();
	/**
	 * Search answers carry no alternative titles; details do. Fetch them for the best-named candidates
	 * of a fitting year (at most {@link MAX_DETAILS} per title) when no name fits, or when a country
	 * must tell same-named titles apart: `Star Wars Episode IV A New Hope` is only an alternative title
	 * of `Star Wars`, `The Office (US)` one of `The Office`. A lookup, not a search; best effort (a failure is ignored).
	 */
	const tryDetails = async (): Promise<void> => {
		const { getById } = provider;
		if (fits() || getById === undefined) return;
		if ((best?.confidence ?? 0) >= NEAR_MISS && qualified === undefined) return;
		const near = [...pool.values()]
			.filter(
				(candidate) =>
					!fetched.has(candidate.id) &&
					(key.year === undefined ||
						(candidate.year !== undefined && Math.abs(candidate.year - key.year) <= 1)),
			)
			.map((candidate) => ({
				candidate,
				score: pickBestMatch(match, [candidate], { minConfidence: 0 })?.confidence ?? 0,
			}))
			.sort((a, b) => b.score - a.score)
			.slice(0, MAX_DETAILS - fetched.size);
		for (const { candidate } of near) {
			if (fits()) return;
			fetched.add(candidate.id);
			const details = await session
				.once(`details\u0000${provider.name}\u0000${key.kind}\u0000${candidate.id}`, () =>
					session.call(provider, 'lookup', (signal) =>
						getById.call(provider, key.kind, candidate.id, { signal, ...localized }),
					),
				)
				.catch((error: unknown) => {
					if (error instanceof RunStopped) throw error;
					return undefined;
				});
			if (details === undefined || details.id !== candidate.id) continue;
			merge(pool, [details]);
			best = rank();
		}
	};
	try {
		yearFound = (await search({ kind: key.kind, title: key.title, ...withYear, ...localized })) > 0;
		await tryDetails();
		await tryOtherLanguage();
		if (!fits() && key.year !== undefined) await search({ kind: key.kind, title: key.title, ...localized });
		for (const alternative of key.alternatives.slice(0, MAX_ALTERNATIVES)) {
			if (fits()) break;
			await search({ kind: key.kind, title: alternative, ...withYear, ...localized });
		}
		await tryOtherLanguage();
		await tryDetails();
	} catch (error) {
		return failedOrStop(error);
	}
	if (best !== undefined && fits()) return { status: 'matched', candidate: best.candidate, match: best };
	return best === undefined ? { status: 'unmatched' } : { status: 'unmatched', best };
}

/**
 * Resolves the provider's own id (an id tag in the path, or an id already on the row) to its title and
 * year with `getById`. Without `getById`, or when the provider does not know the id, the id is still
 * kept: a tag is the user's word.
 */
export async function identifyById(
	context: IdentifyContext,
	provider: MetadataProvider,
	kind: MediaKind,
	id: number,
): Promise<Outcome> {
	const { getById } = provider;
	if (getById === undefined) return { status: 'matched', candidate: { id, kind } };
	try {
		const found = await context.session.call(provider, 'lookup', (signal) =>
			getById.call(provider, kind, id, {
				signal,
				...(context.language === undefined ? {} : { language: context.language }),
			}),
		);
		return { status: 'matched', candidate: found ?? { id, kind } };
	} catch (error) {
		return failedOrStop(error);
	}
}

/**
 * Resolves another database's id (an IMDb tag, say) through `findByExternalId`. `absent` when the
 * provider cannot, or knows no title of that kind under it: the caller then searches by title.
 */
export async function identifyByExternalId(
	context: IdentifyContext,
	provider: MetadataProvider,
	kind: MediaKind,
	source: ExternalIdSource,
	id: string,
): Promise<Outcome> {
	const { findByExternalId } = provider;
	if (findByExternalId === undefined) return { status: 'absent' };
	try {
		const found = await context.session.call(provider, 'lookup', (signal) =>
			findByExternalId.call(provider, source, id, {
				signal,
				...(context.language === undefined ? {} : { language: context.language }),
			}),
		);
		const candidate = found.find((item) => item.kind === kind);
		return candidate === undefined ? { status: 'absent' } : { status: 'matched', candidate };
	} catch (error) {
		return failedOrStop(error);
	}
}
