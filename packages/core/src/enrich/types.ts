import type { InventoryItem } from '../inventory.js';
import type { MediaKind } from '../media.js';
import type { ParseOptions } from '../parse/parse-media-path.js';
import type { MetadataProvider } from '../provider.js';

/**
 * Counters passed to `onProgress`, in rows (files). `done` counts every settled row, skipped ones
 * included, so `done === total` at the end of a run that was not aborted.
 *
 * @example
 * ```ts
 * import type { EnrichProgress } from '@vm/core';
 * const show = (p: EnrichProgress): string => `${p.done}/${p.total} (${p.matched} identified)`;
 * ```
 */
export interface EnrichProgress {
	/** Rows settled so far. */
	readonly done: number;
	/** Rows in the inventory. */
	readonly total: number;
	/** Rows given an id this run. */
	readonly matched: number;
	/** Rows recorded as having no confident match (`<name>_id: null`). */
	readonly unmatched: number;
	/** Rows left untouched because a provider kept failing. */
	readonly failed: number;
}

/**
 * Options of {@link enrichInventory}.
 *
 * @example
 * ```ts
 * import type { EnrichOptions } from '@vm/core';
 * const options: EnrichOptions = { providers: [tmdb, tvdb], language: 'fr-FR', concurrency: 8 };
 * ```
 */
export interface EnrichOptions {
	/** One provider, or several tried in order for each kind they list (the first confident match wins). */
	readonly providers: MetadataProvider | readonly MetadataProvider[];
	/** BCP 47 language passed to providers (`fr-FR`): titles are written in it when the provider has them. */
	readonly language?: string;
	/**
	 * Look up rows again even when they already carry an id or a `null` (no match). Rows set by hand
	 * (`<name>_source: 'manual'`) are never touched, and an id tag in the path still wins.
	 *
	 * @default false
	 */
	readonly force?: boolean;
	/**
	 * Most provider calls in flight at once (each provider also applies its own rate limit).
	 *
	 * @default 4
	 */
	readonly concurrency?: number;
	/**
	 * Under this confidence a title is recorded as unmatched (see `pickBestMatch`).
	 *
	 * @default DEFAULT_MIN_CONFIDENCE (0.7)
	 */
	readonly minConfidence?: number;
	/**
	 * Stops the run: calls in flight are cancelled, no new call starts, and the promise resolves with
	 * every finished result kept and `stats.aborted: true`.
	 */
	readonly signal?: AbortSignal;
	/** Called each time a row settles. */
	readonly onProgress?: (progress: EnrichProgress) => void;
	/** Passed to `parseMediaPath`. */
	readonly parseOptions?: ParseOptions;
}

/**
 * A row that deserves a human look: matched with a low confidence, or left unmatched although a
 * candidate came close (typically a remake with no year in the file name).
 *
 * @example
 * ```ts
 * import type { ReviewEntry } from '@vm/core';
 * const line = (entry: ReviewEntry): string => `${entry.path}: ${entry.reason} → ${entry.candidate?.title ?? '?'}`;
 * ```
 */
export interface ReviewEntry {
	/** The row's path. */
	readonly path: string;
	/** The provider's `name`. */
	readonly provider: string;
	/** What was looked up. */
	readonly kind: MediaKind;
	/** The title that was searched. */
	readonly title: string;
	/** The year that was searched, if any. */
	readonly year?: number;
	/** True when the candidate was written onto the row; false when the row was recorded as unmatched. */
	readonly matched: boolean;
	/** `ambiguous`: several candidates fit as well (same title, no year to tell); `low-confidence`: the title only resembles. */
	readonly reason: 'ambiguous' | 'low-confidence';
	/** Confidence of the best candidate, from 0 to 1. */
	readonly confidence: number;
	/** The best candidate. */
	readonly candidate: {
		/** The provider's id. */
		readonly id: number;
		/** Its title, as the provider gave it. */
		readonly title: string;
		/** Its year, when known. */
		readonly year?: number;
	};
}

/**
 * A lookup that still failed after the provider's own retries: its rows were left untouched.
 *
 * @example
 * ```ts
 * import type { EnrichFailure } from '@vm/core';
 * const line = (failure: EnrichFailure): string => `${failure.provider} ${failure.query}: ${String(failure.error)}`;
 * ```
 */
export interface EnrichFailure {
	/** The provider's `name`. */
	readonly provider: string;
	/** What was asked, for a log line: `movie "Heat" (1995)`, `movie #603`, `imdb tt0133093`. */
	readonly query: string;
	/** The rows it left untouched. */
	readonly paths: readonly string[];
	/** What the provider threw (normally a `ProviderError`). */
	readonly error: unknown;
}

/**
 * What a run did.
 *
 * @example
 * ```ts
 * import type { EnrichStats } from '@vm/core';
 * const summary = (s: EnrichStats): string => `${s.matched} matched, ${s.unmatched} unmatched, ${s.searches} searches`;
 * ```
 */
export interface EnrichStats {
	/** Rows in the inventory. */
	readonly total: number;
	/** `provider.search` calls made. */
	readonly searches: number;
	/** `getById` and `findByExternalId` calls made. */
	readonly lookups: number;
	/** Times a row reused a lookup already made (or in flight) for another row this run. */
	readonly cacheHits: number;
	/** Rows given an id this run (title search, id tag in the path, external id). */
	readonly matched: number;
	/** Rows recorded as having no confident match. */
	readonly unmatched: number;
	/** Rows left untouched because a provider kept failing (see `failures`). */
	readonly failed: number;
	/** Rows that already had an id and got their missing title and year filled in. */
	readonly filled: number;
	/** Rows not looked up: set by hand, already enriched, no title, or no provider for their kind. */
	readonly skipped: number;
	/** True when the signal stopped the run: rows not settled by then are untouched and not counted. */
	readonly aborted: boolean;
	/** Rows to show in a "to review" list. */
	readonly review: readonly ReviewEntry[];
	/** Lookups that failed. */
	readonly failures: readonly EnrichFailure[];
}

/**
 * What {@link enrichInventory} resolves with.
 *
 * @example
 * ```ts
 * import type { EnrichResult } from '@vm/core';
 * const save = async ({ items }: EnrichResult): Promise<void> => writeInventory('inventory.json', items);
 * ```
 */
export interface EnrichResult {
	/** Copies of the input rows, in the same order, with provider fields written. */
	readonly items: InventoryItem[];
	/** What the run did. */
	readonly stats: EnrichStats;
}
