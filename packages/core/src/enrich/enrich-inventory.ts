import { asFilm, bareNumberFilms } from '../group/bare-number-films.js';
import { groupingTitle } from '../group/grouping-title.js';
import type { InventoryItem } from '../inventory.js';
import { REVIEW_CONFIDENCE } from '../match/pick-best-match.js';
import type { MediaKind } from '../media.js';
import type { BatchMedia } from '../parse/media-result.js';
import { createPathParser, parseMediaPath } from '../parse/parse-media-path.js';
import type { ParsedMedia, PathIds } from '../parse/types.js';
import type { ExternalIdSource, MetadataProvider } from '../provider.js';
import {
	type IdentifyContext,
	identifyByExternalId,
	identifyById,
	identifyByTitle,
	type Outcome,
	type TitleKey,
} from './identify.js';
import { normalizeEnrichOptions } from './normalize-options.js';
import { createSession, RunStopped, type Session } from './session.js';
import { titleKeyId, titleKeyOf } from './title-key.js';
import type { EnrichFailure, EnrichOptions, EnrichResult, ReviewEntry } from './types.js';

/** An unmatched title whose best candidate scored at least this is listed for review (a near miss). */
const NEAR_MISS = 0.5;

type RowResult = 'matched' | 'unmatched' | 'failed' | 'filled' | 'skipped';

const EXTERNAL_SOURCES: readonly ExternalIdSource[] = ['imdb', 'tmdb', 'tvdb'];

const field = (provider: MetadataProvider, suffix: string): string => `${provider.name}_${suffix}`;

const describeKey = (key: TitleKey): string =>
	`${key.kind} ${JSON.stringify(key.title)}${key.year === undefined ? '' : ` (${key.year})`}`;

/** The id tag of the path that names this provider (`{tmdb-603}` for `tmdb`), if any. */
const ownTag = (provider: MetadataProvider, ids: PathIds): number | undefined =>
	provider.name === 'tmdb' ? ids.tmdb : provider.name === 'tvdb' ? ids.tvdb : undefined;

const writeMatch = (
	row: InventoryItem,
	provider: MetadataProvider,
	outcome: Outcome & { status: 'matched' },
): void => {
	const { candidate } = outcome;
	row[field(provider, 'id')] = candidate.id;
	row[field(provider, 'type')] = candidate.kind;
	if (candidate.title === undefined) delete row[field(provider, 'title')];
	else row[field(provider, 'title')] = candidate.title;
	if (candidate.year === undefined) delete row[field(provider, 'year')];
	else row[field(provider, 'year')] = candidate.year;
};

const writeUnmatched = (row: InventoryItem, provider: MetadataProvider): void => {
	row[field(provider, 'id')] = null;
	for (const suffix of ['type', 'title', 'year']) delete row[field(provider, suffix)];
};

/**
 * The indexes of the rows whose file `bareNumberFilms` reads as a film (`Apollo 13.mkv`), from one
 * batch parse of the library.
 */
const filmRows = (rows: readonly InventoryItem[], maxYear: number | undefined): Set<number> => {
	const parse = createPathParser(maxYear);
	const parsed = rows.map((row) => parse(row.path));
	return bareNumberFilms(
		parsed.length,
		(index) => parsed[index] as BatchMedia,
		(index) => groupingTitle((parsed[index] as BatchMedia).title),
	);
};

/**
 * Identifies every row of an inventory with metadata providers, like Plex's scan ("Enrichir avec TMDB").
 *
 * Each path is parsed with `parseMediaPath`; episodes are identified as their series, and a loose file
 * numbered like an episode that no other file of the library makes one (`Apollo 13.mkv`) as the film,
 * as `groupInventory` reads it. Per row and kind, providers are tried in order until one matches
 * confidently:
 * - an id tag in the path (`{tmdb-603}`, `[imdbid-tt0133093]`) wins, resolved with `getById` /
 *   `findByExternalId` for the title and year;
 * - every other row is searched once per unique (kind, normalized title, year, country): a thousand
 *   files of forty films make about forty searches. The strategy is built in: year first; then the
 *   alternative titles (`getById`) of the best-named candidates of that year when no name fits; then, for
 *   a title of that year the provider names otherwise in the asked language, English; then without the
 *   year; then the alternative spellings of the parse. A country closing the title (`The.Office.US`)
 *   prefers `The Office (US)`. Candidates go through {@link pickBestMatch}; under `minConfidence` the
 *   title is recorded as unmatched. A camera clip name with no year (`VIDEO_…`, `IMG_…`) is not looked up.
 *
 * Writes `<name>_id`, `<name>_type`, `<name>_title` and `<name>_year` onto copies of the rows (the input
 * is never mutated); an unmatched title records `<name>_id: null`. Without `force`, rows with an id or a
 * `null` are not looked up again, so a rerun over an enriched inventory makes no provider call (an id
 * without `<name>_title` only gets its title filled in with `getById`). Rows with
 * `<name>_source: 'manual'` are never looked up or changed, even with `force`.
 *
 * Errors: a `ProviderAuthError` stops the run at the first call (each provider's first call runs alone)
 * and the promise rejects with it, no row changed. Any other failure of a title, after the provider's own
 * retries, leaves its rows untouched, is counted in `stats.failed` and listed in `stats.failures`, and
 * the run goes on. On abort (`signal`), the promise resolves with every finished row kept and
 * `stats.aborted: true`: saving that is always safe, and the unfinished rows are picked up by the next
 * run. Invalid options throw a `TypeError` naming the option.
 *
 * @example
 * ```ts
 * import { enrichInventory } from '@vm/core';
 * import { createTmdbProvider } from '@vm/provider-tmdb';
 *
 * const { items, stats } = await enrichInventory(inventory, {
 * 	providers: createTmdbProvider({ token: process.env.TMDB_TOKEN }),
 * 	language: 'fr-FR',
 * 	onProgress: ({ done, total }) => console.log(`${done}/${total}`),
 * });
 * console.log(`${stats.matched} identified with ${stats.searches} searches; ${stats.review.length} to review`);
 * ```
 */
export async function enrichInventory(
	items: readonly InventoryItem[],
	options: EnrichOptions,
): Promise<EnrichResult> {
	const settings = normalizeEnrichOptions(options);
	if (!Array.isArray(items)) {
		throw new TypeError(`[core] Expected \`items\` to be an array of inventory rows, got ${typeof items}.`);
	}
	items.forEach((item, index) => {
		if (typeof item !== 'object' || item === null || typeof item.path !== 'string' || item.path === '') {
			throw new TypeError(
				`[core] Expected \`items[${index}].path\` to be a non-empty string, got ${JSON.stringify(
					(item as { path?: unknown } | null)?.path,
				)}.`,
			);
		}
	});

	const session: Session = createSession(settings.concurrency, settings.signal);
	const context: IdentifyContext = {
		session,
		language: settings.language,
		minConfidence: settings.minConfidence,
	};
	const rows: InventoryItem[] = items.map((item) => ({ ...item }));
	// `Apollo 13.mkv`: files that the whole library shows to be films, not episodes, as grouping reads them.
	const films = filmRows(rows, settings.parseOptions.maxYear);
	const parseRow = (index: number): ParsedMedia => {
		const parsed = parseMediaPath((rows[index] as InventoryItem).path, settings.parseOptions);
		return films.has(index) ? asFilm(parsed) : parsed;
	};
	const review: { readonly index: number; readonly entry: ReviewEntry }[] = [];
	const failures = new Map<string, { provider: string; query: string; paths: string[]; error: unknown }>();
	const counts = { matched: 0, unmatched: 0, failed: 0, filled: 0, skipped: 0 };
	let done = 0;

	const report = (): void => {
		settings.onProgress?.({
			done,
			total: rows.length,
			matched: counts.matched,
			unmatched: counts.unmatched,
			failed: counts.failed,
		});
	};

	const noteFailure = (
		provider: MetadataProvider,
		memoKey: string,
		query: string,
		path: string,
		error: unknown,
	): void => {
		const known = failures.get(memoKey);
		if (known === undefined) failures.set(memoKey, { provider: provider.name, query, paths: [path], error });
		else known.paths.push(path);
	};

	const noteReview = (
		index: number,
		path: string,
		provider: MetadataProvider,
		key: TitleKey,
		outcome: Outcome,
	): void => {
		const matched = outcome.status === 'matched';
		const best =
			outcome.status === 'matched'
				? outcome.match
				: outcome.status === 'unmatched'
					? outcome.best
					: undefined;
		if (best === undefined) return;
		if (matched ? best.confidence >= REVIEW_CONFIDENCE : best.confidence < NEAR_MISS) return;
		review.push({
			index,
			entry: {
				path,
				provider: provider.name,
				kind: key.kind,
				title: key.title,
				...(key.year === undefined ? {} : { year: key.year }),
				matched,
				reason: best.ambiguous ? 'ambiguous' : 'low-confidence',
				confidence: best.confidence,
				candidate: {
					id: best.candidate.id,
					title: best.candidate.title,
					...(best.candidate.year === undefined ? {} : { year: best.candidate.year }),
				},
			},
		});
	};

	/** Identifies a row with one provider: own id tag, then other databases' tags, then its title. */
	const identify = async (
		provider: MetadataProvider,
		kind: MediaKind,
		ids: PathIds,
		key: TitleKey,
	): Promise<{ outcome: Outcome; memoKey: string; query: string; titled: boolean }> => {
		const slot = settings.providers.indexOf(provider);
		const tag = ownTag(provider, ids);
		if (tag !== undefined) {
			const memoKey = `${slot}\u0000id\u0000${kind}\u0000${tag}`;
			const outcome = await session.once(memoKey, () => identifyById(context, provider, kind, tag));
			return { outcome, memoKey, query: `${kind} #${tag}`, titled: false };
		}
		for (const source of EXTERNAL_SOURCES) {
			const value = ids[source];
			if (value === undefined || source === provider.name) continue;
			const external = String(value);
			const memoKey = `${slot}\u0000ext\u0000${kind}\u0000${source}\u0000${external}`;
			const outcome = await session.once(memoKey, () =>
				identifyByExternalId(context, provider, kind, source, external),
			);
			if (outcome.status !== 'absent')
				return { outcome, memoKey, query: `${source} ${external}`, titled: false };
		}
		const memoKey = `${slot}\u0000title\u0000${titleKeyId(key)}`;
		const outcome = await session.once(memoKey, () => identifyByTitle(context, provider, key));
		return { outcome, memoKey, query: describeKey(key), titled: true };
	};

	/** A row that already has an id: fill its missing title and year with `getById`, else leave it. */
	const fillIn = async (index: number, row: InventoryItem, owner: MetadataProvider): Promise<RowResult> => {
		const getById = owner.getById;
		if (row[field(owner, 'title')] !== undefined || getById === undefined) return 'skipped';
		const id = row[field(owner, 'id')] as number;
		const type = row[field(owner, 'type')];
		const kind: MediaKind =
			type === 'movie' || type === 'series' ? type : parseRow(index).kind === 'episode' ? 'series' : 'movie';
		const memoKey = `${settings.providers.indexOf(owner)}\u0000id\u0000${kind}\u0000${id}`;
		const outcome = await session.once(memoKey, () => identifyById(context, owner, kind, id));
		if (outcome.status === 'failed') {
			noteFailure(owner, memoKey, `${kind} #${id}`, row.path, outcome.error);
			return 'failed';
		}
		if (outcome.status !== 'matched' || outcome.candidate.title === undefined) return 'skipped';
		const patched: InventoryItem = { ...row };
		writeMatch(patched, owner, outcome);
		rows[index] = patched;
		return 'filled';
	};

	const resolveRow = async (index: number): Promise<RowResult> => {
		const row = rows[index] as InventoryItem;
		if (settings.providers.some((provider) => row[field(provider, 'source')] === 'manual')) return 'skipped';
		if (!settings.force) {
			const owner = settings.providers.find((provider) => typeof row[field(provider, 'id')] === 'number');
			if (owner !== undefined) return fillIn(index, row, owner);
		}
		const parsed = parseRow(index);
		const key = titleKeyOf(parsed);
		const kind: MediaKind = parsed.kind === 'episode' ? 'series' : 'movie';
		const providers = settings.providers.filter((provider) => provider.kinds.includes(kind));
		if (providers.length === 0) return 'skipped';
		const patched: InventoryItem = { ...row };
		let tried = false;
		for (const provider of providers) {
			if (
				!settings.force &&
				row[field(provider, 'id')] === null &&
				ownTag(provider, parsed.ids) === undefined
			) {
				continue;
			}
			if (key === undefined && ownTag(provider, parsed.ids) === undefined) continue;
			const { outcome, memoKey, query, titled } = await identify(
				provider,
				kind,
				parsed.ids,
				key ?? { kind, title: '', alternatives: [] },
			);
			if (outcome.status === 'failed') {
				noteFailure(provider, memoKey, query, row.path, outcome.error);
				return 'failed';
			}
			tried = true;
			if (titled && key !== undefined) noteReview(index, row.path, provider, key, outcome);
			if (outcome.status === 'matched') {
				writeMatch(patched, provider, outcome);
				rows[index] = patched;
				return 'matched';
			}
			writeUnmatched(patched, provider);
		}
		if (!tried) return 'skipped';
		rows[index] = patched;
		return 'unmatched';
	};

	const settle = async (index: number): Promise<void> => {
		let result: RowResult;
		try {
			result = await resolveRow(index);
		} catch (error) {
			if (!(error instanceof RunStopped)) session.fail(error);
			return;
		}
		counts[result] += 1;
		done += 1;
		try {
			report();
		} catch (error) {
			session.fail(error);
		}
	};

	try {
		await Promise.all(rows.map((_, index) => settle(index)));
	} finally {
		session.dispose();
	}
	if (session.fatal() !== undefined) throw session.fatal();

	const failureList: EnrichFailure[] = [...failures.values()];
	return {
		items: rows,
		stats: {
			total: rows.length,
			searches: session.counters.searches,
			lookups: session.counters.lookups,
			cacheHits: session.counters.cacheHits,
			...counts,
			aborted: session.aborted(),
			review: review.sort((a, b) => a.index - b.index).map(({ entry }) => entry),
			failures: failureList,
		},
	};
}
