import type { FileKind } from '../media.js';
import { slug } from './identity-keys.js';

/**
 * A heuristic identity: normalized title (+ year) of a film, or show (+ year) + episode. Interned by
 * {@link Heuristics}: within one grouping, equal identities are one record, so that what grouping
 * learns about an identity (the card it points to, its own card, its year-adopted twin) is kept on the
 * record instead of in maps keyed by freshly built strings. `I` is the grouping's identity record.
 *
 * @internal
 */
export interface Heuristic<I> {
	readonly kind: FileKind;
	/** `groupingTitle()` of the title, with the country when the path gives one (`office us`). */
	readonly norm: string;
	readonly year: number | undefined;
	/** `s01e01`-style episode part of the key; `''` for a film. */
	readonly suffix: string;
	/** The same title whatever its year. */
	readonly base: TitleBase<I>;
	/** `title:matrix:1999`, `title:breaking-bad:s01e01`, once built. */
	key: string | undefined;
	/** The one id (or IMDb) identity whose rows have this heuristic; null once two do. */
	alias: I | null | undefined;
	/** The identity of the cards keyed by this heuristic (title rows that joined no id). */
	own: I | undefined;
	/** This identity after year adoption, once computed. */
	adopted: Heuristic<I> | undefined;
	/** The next heuristic of the same base (another year): a base holds a few, in a chain, not an array. */
	next: Heuristic<I> | undefined;
}

/**
 * A film title, or a show's episode, whatever its year: where a year-less file looks for its film.
 *
 * @internal
 */
export interface TitleBase<I> {
	readonly title: NormEntry<I>;
	/** The one year the inventory gives this title, or null for several. */
	year: number | null | undefined;
	/** Its first heuristic; the others (one per year, a title has a few) follow in {@link Heuristic.next}. */
	first: Heuristic<I> | undefined;
}

/**
 * One normalized title of a grouping, and its bases: its film, and its episodes by suffix. Grouping
 * memoizes each written title to its entry, so a row finds its title's bases without a second lookup
 * by the normalized string, and cards sort by entry (see `sortGroups`).
 *
 * @internal
 */
export interface NormEntry<I> {
	readonly norm: string;
	/** Number of the entry in its grouping, from 0 in order of creation: an index for per-title lists. */
	readonly id: number;
	/** {@link slug} of the title, once a key needs it (keys are built for a few identities only). */
	slug: string | undefined;
	film: TitleBase<I> | undefined;
	episodes: Map<string, TitleBase<I>> | undefined;
}

// The three records are object literals, one site each, not class instances: they live to the end of
// the grouping (about two per distinct title), and V8 pretenures literal allocation sites whose
// objects survive, which spares copying them out of the young generation (as for grouping's rows).

const newEntry = <I>(norm: string, id: number): NormEntry<I> => ({
	norm,
	id,
	slug: undefined,
	film: undefined,
	episodes: undefined,
});

const newBase = <I>(title: NormEntry<I>): TitleBase<I> => ({ title, year: undefined, first: undefined });

const newHeuristic = <I>(
	kind: FileKind,
	norm: string,
	year: number | undefined,
	suffix: string,
	base: TitleBase<I>,
): Heuristic<I> => ({
	kind,
	norm,
	year,
	suffix,
	base,
	key: undefined,
	alias: undefined,
	own: undefined,
	adopted: undefined,
	next: undefined,
});

/**
 * The heuristic identities of one grouping. Keys follow `title:<slug>[:<year>][:<suffix>]`: the kind
 * is implied by the suffix (empty for films only) and slugs hold no `:`, so two identities have one
 * key exactly when they are one record.
 *
 * @internal
 */
export class Heuristics<I> {
	readonly #norms = new Map<string, NormEntry<I>>();

	/** Number of {@link NormEntry} records so far (their ids are below it). */
	get size(): number {
		return this.#norms.size;
	}

	/** The one entry of a normalized title. */
	entry(norm: string): NormEntry<I> {
		let entry = this.#norms.get(norm);
		if (entry === undefined) {
			entry = newEntry<I>(norm, this.#norms.size);
			this.#norms.set(norm, entry);
		}
		return entry;
	}

	/** The one record of this identity. */
	intern(kind: FileKind, entry: NormEntry<I>, year: number | undefined, suffix: string): Heuristic<I> {
		let base: TitleBase<I> | undefined;
		if (kind === 'movie' && suffix === '') {
			base = entry.film ??= newBase(entry);
		} else {
			entry.episodes ??= new Map();
			base = entry.episodes.get(suffix);
			if (base === undefined) {
				base = newBase(entry);
				entry.episodes.set(suffix, base);
			}
		}
		let last: Heuristic<I> | undefined;
		for (let variant = base.first; variant !== undefined; variant = variant.next) {
			if (variant.year === year) return variant;
			last = variant;
		}
		const created = newHeuristic(kind, entry.norm, year, suffix, base);
		if (last === undefined) base.first = created;
		else last.next = created;
		return created;
	}

	/** Key of a heuristic identity: `title:matrix:1999`, `title:breaking-bad:s01e01`. */
	key(heuristic: Heuristic<I>): string {
		if (heuristic.key === undefined) {
			const year = heuristic.year === undefined ? '' : `:${heuristic.year}`;
			const suffix = heuristic.suffix === '' ? '' : `:${heuristic.suffix}`;
			const { title } = heuristic.base;
			title.slug ??= slug(title.norm);
			heuristic.key = `title:${title.slug}${year}${suffix}`;
		}
		return heuristic.key;
	}

	/**
	 * A year-less identity takes the year of the only film (or show) of that title, if there is one.
	 * Call it once every year is known ({@link TitleBase.year}): the answer is kept on the record.
	 */
	adoptYear(heuristic: Heuristic<I>): Heuristic<I> {
		if (heuristic.year !== undefined) return heuristic;
		if (heuristic.adopted !== undefined) return heuristic.adopted;
		const { year } = heuristic.base;
		const adopted =
			typeof year === 'number'
				? this.intern(heuristic.kind, heuristic.base.title, year, heuristic.suffix)
				: heuristic;
		heuristic.adopted = adopted;
		return adopted;
	}
}
