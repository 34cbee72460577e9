import type { MediaKind } from '../media.js';
import type { Candidate } from '../provider.js';
import { titleSimilarity } from './title-similarity.js';

/**
 * Confidence under which {@link pickBestMatch} returns no match. An exact title with a year one off
 * (0.95), or with no year in the file name (0.9), passes; a title that only resembles the query needs the
 * exact year; a same-named title with no year while the file has one (0.65), or with a year two or more
 * apart (0.4), never passes.
 *
 * @example
 * ```ts
 * import { DEFAULT_MIN_CONFIDENCE, pickBestMatch } from '@vm/core';
 * const match = pickBestMatch({ title: 'Heat', year: 1995 }, candidates);
 * if (match && match.confidence >= DEFAULT_MIN_CONFIDENCE) console.log(match.candidate.id);
 * ```
 */
export const DEFAULT_MIN_CONFIDENCE = 0.7;

/**
 * Confidence under which a match is worth a human look: anything but an exact title whose year agrees
 * (or is unknown). {@link enrichInventory} lists such rows in `stats.review`.
 *
 * @example
 * ```ts
 * import { REVIEW_CONFIDENCE, pickBestMatch } from '@vm/core';
 * const match = pickBestMatch({ title: 'Dune' }, candidates);
 * const needsReview = match !== undefined && match.confidence < REVIEW_CONFIDENCE;
 * ```
 */
export const REVIEW_CONFIDENCE = 0.9;

/** Year factor: candidate year equal to the query's. */
const YEAR_EXACT = 1;
/** Year factor: one year apart (festival vs theatrical release, a late release abroad). */
const YEAR_NEAR = 0.95;
/** Year factor: the file name gives no year. */
const YEAR_UNKNOWN = 0.9;
/**
 * Year factor: the file name gives a year but the candidate has none (an unreleased or obscure title).
 * Under the default minimum even for an exact title, so a dated home video never lands on it.
 */
const YEAR_MISSING = 0.65;
/** Year factor: two or more years apart (a remake, another film of the same name). */
const YEAR_OTHER = 0.4;
/** Two candidates closer than this are a coin toss: the year and the title do not separate them. */
const AMBIGUITY_MARGIN = 0.03;
/** A popularity this many times the runner-up's makes a coin toss's winner the best guess to review. */
const DOMINANCE_RATIO = 10;
/**
 * Confidence of a coin toss that popularity settles: still under the default minimum (a wrong id is
 * worse than none), but above a plain coin toss, so a caller who accepts guesses can lower the minimum.
 */
const DOMINANT_CONFIDENCE = 0.65;
/**
 * The same for a series: its files almost never carry a year, so the year cannot settle it and the far
 * more popular show is the near-certain answer (Plex picks it too). Accepted, but listed for review.
 */
const DOMINANT_SERIES_CONFIDENCE = 0.75;
/** Confidence of a coin toss that popularity does not settle: under the default minimum. */
const AMBIGUOUS_CONFIDENCE = 0.55;

/**
 * What {@link pickBestMatch} compares candidates against.
 *
 * @example
 * ```ts
 * import type { MatchQuery } from '@vm/core';
 * const query: MatchQuery = { kind: 'movie', title: 'Amelie', year: 2001 };
 * ```
 */
export interface MatchQuery {
	/** The title as parsed from the file name. */
	readonly title: string;
	/** Release year (first air year for a series), when known. */
	readonly year?: number;
	/** When set, candidates of another kind are ignored. */
	readonly kind?: MediaKind;
	/** Other spellings of the same title (from `X aka Y`, say); the best-scoring one counts. */
	readonly alternativeTitles?: readonly string[];
}

/**
 * Options of {@link pickBestMatch}.
 *
 * @example
 * ```ts
 * import type { MatchOptions } from '@vm/core';
 * const strict: MatchOptions = { minConfidence: 0.9 };
 * ```
 */
export interface MatchOptions {
	/**
	 * Under this confidence there is no match: a wrong id is worse than none.
	 *
	 * @default DEFAULT_MIN_CONFIDENCE (0.7)
	 */
	readonly minConfidence?: number;
}

/**
 * The candidate {@link pickBestMatch} chose.
 *
 * @example
 * ```ts
 * import type { Match } from '@vm/core';
 * const show = (match: Match): string => `${match.candidate.title} (${Math.round(match.confidence * 100)}%)`;
 * ```
 */
export interface Match {
	/** The chosen candidate, as the provider returned it. */
	readonly candidate: Candidate;
	/** From 0 to 1: how sure the choice is. Below {@link REVIEW_CONFIDENCE} it deserves a human look. */
	readonly confidence: number;
	/** True when another candidate scored about as well (a remake with no year to tell them apart). */
	readonly ambiguous: boolean;
}

interface Scored {
	readonly candidate: Candidate;
	readonly confidence: number;
	readonly order: number;
}

const yearFactor = (queryYear: number | undefined, candidateYear: number | undefined): number => {
	if (queryYear === undefined) return YEAR_UNKNOWN;
	if (candidateYear === undefined) return YEAR_MISSING;
	const gap = Math.abs(queryYear - candidateYear);
	if (gap === 0) return YEAR_EXACT;
	return gap === 1 ? YEAR_NEAR : YEAR_OTHER;
};

const titleScore = (queryTitles: readonly string[], candidate: Candidate): number => {
	const names = [candidate.title, candidate.originalTitle, ...(candidate.aliases ?? [])];
	let best = 0;
	for (const name of names) {
		if (name === undefined) continue;
		for (const title of queryTitles) best = Math.max(best, titleSimilarity(title, name));
	}
	return best;
};

const popularity = (candidate: Candidate): number =>
	candidate.popularity !== undefined && Number.isFinite(candidate.popularity) ? candidate.popularity : 0;

const byScore = (a: Scored, b: Scored): number =>
	b.confidence - a.confidence || popularity(b.candidate) - popularity(a.candidate) || a.order - b.order;

/**
 * Picks the candidate that is this title, or none. Title similarity ({@link titleSimilarity}) is taken
 * over each candidate's `title`, `originalTitle` and `aliases`, then weighted by the year: exact, then
 * one year apart, then no year in the file name, then a candidate with no year although the file has
 * one, far ahead of a year two or more apart (remakes). Popularity only breaks
 * ties, except for a coin toss (two candidates scoring alike, e.g. `Dune` with no year): then the
 * confidence drops under the default minimum: to 0.65 when the winner is ten times as popular as the
 * runner-up (a best guess for a review list, or for a caller passing `minConfidence: 0.6`), else 0.55.
 * A series query (`kind: 'series'`, whose files rarely carry a year) settled that way is accepted at 0.75. Under `minConfidence` the answer is `undefined`.
 *
 * @example
 * ```ts
 * import { pickBestMatch } from '@vm/core';
 * const match = pickBestMatch({ kind: 'movie', title: 'Dune', year: 2021 }, [
 * 	{ id: 841, kind: 'movie', title: 'Dune', year: 1984, popularity: 30 },
 * 	{ id: 438631, kind: 'movie', title: 'Dune', year: 2021, popularity: 120 },
 * ]);
 * match?.candidate.id; // 438631
 * ```
 */
export function pickBestMatch(
	query: MatchQuery,
	candidates: readonly Candidate[],
	options: MatchOptions = {},
): Match | undefined {
	const minConfidence = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE;
	if (!(minConfidence >= 0 && minConfidence <= 1)) {
		throw new RangeError(
			`Expected \`minConfidence\` to be a number from 0 to 1, got ${String(minConfidence)}.`,
		);
	}
	const queryTitles = [query.title, ...(query.alternativeTitles ?? [])];
	// One entry per id: when a provider lists an id twice, its best-scoring entry stands for it.
	const byId = new Map<number, Scored>();
	candidates.forEach((candidate, order) => {
		if (query.kind !== undefined && candidate.kind !== query.kind) return;
		const confidence = titleScore(queryTitles, candidate) * yearFactor(query.year, candidate.year);
		const known = byId.get(candidate.id);
		if (known === undefined || confidence > known.confidence)
			byId.set(candidate.id, { candidate, confidence, order });
	});
	const scored = [...byId.values()];
	scored.sort(byScore);
	const [best, runnerUp] = scored;
	if (best === undefined || best.confidence === 0) return undefined;
	let confidence = best.confidence;
	const ambiguous = runnerUp !== undefined && runnerUp.confidence > best.confidence - AMBIGUITY_MARGIN;
	if (ambiguous) {
		const dominant =
			best.candidate.popularity !== undefined &&
			popularity(best.candidate) > 0 &&
			popularity(best.candidate) >= DOMINANCE_RATIO * popularity(runnerUp.candidate);
		const settled = query.kind === 'series' ? DOMINANT_SERIES_CONFIDENCE : DOMINANT_CONFIDENCE;
		confidence = Math.min(confidence, dominant ? settled : AMBIGUOUS_CONFIDENCE);
	}
	if (confidence < minConfidence) return undefined;
	return { candidate: best.candidate, confidence, ambiguous };
}
