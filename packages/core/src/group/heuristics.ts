import { isDigitCode } from '../ascii-text.js';
import type { FileKind } from '../media.js';
import { sameLetters } from '../parse/loose-key.js';
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
	/** The entry of the same title spaced otherwise, which stands for this one (see {@link Heuristics.joinSpacings}). */
	joined: NormEntry<I> | undefined;
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
	joined: undefined,
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

/** {@link lettersHash} of a title of fewer than four letters and digits, which is never joined. */
const SHORT = 0;

/**
 * Words that number a film in its saga, which titles write or leave out before the number (`Le Parrain,
 * 2e partie` and `Le.Parrain.2`, `John Wick: Chapter 3` and `John.Wick.3`), as `groupingTitle` writes
 * them (`partie` → `part`, `Volume` → `vol`).
 */
const NUMBERING = ['part', 'vol', 'chapter', 'chapitre'];

/** The length of the {@link NUMBERING} word and space at `at` in `norm` when a number follows, else 0. */
const numberingAt = (norm: string, at: number): number => {
	for (const word of NUMBERING) {
		const after = at + word.length;
		if (
			norm.charCodeAt(after) === 0x20 &&
			isDigitCode(norm.charCodeAt(after + 1)) &&
			norm.startsWith(word, at)
		)
			return word.length + 1;
	}
	return 0;
};

/** `norm` without its {@link NUMBERING} words (`parrain 2` for `parrain part 2`). @internal */
export const unnumbered = (norm: string): string => norm.replace(NUMBERING_WORDS, '$1');

const NUMBERING_WORDS = new RegExp(`(^| )(?:${NUMBERING.join('|')}) (?=\\d)`, 'g');

/**
 * `norm` as {@link Heuristics.joinSpacings} compares it: without its {@link NUMBERING} words, and with a
 * long `u` written once (`shippuden` for `shippuuden`: Japanese titles are romanized both ways, and no
 * French or English title tells two words apart by it).
 */
const foldedLetters = (norm: string): string => {
	const plain = unnumbered(norm);
	return plain.includes('uu') ? plain.replace(LONG_U, 'u') : plain;
};

const LONG_U = /u+/g;

/**
 * A hash of a normalized title's characters but its spaces and {@link NUMBERING} words, a run of `u`
 * hashed as one (see {@link foldedLetters}); {@link SHORT} for fewer than four of them.
 */
const lettersHash = (norm: string): number => {
	let hash = 1;
	let count = 0;
	for (let index = 0; index < norm.length; index++) {
		const code = norm.charCodeAt(index);
		if (code === 0x20 || (code === 0x75 && index > 0 && norm.charCodeAt(index - 1) === 0x75)) continue;
		// `p`, `v` or `c` opening a word: maybe a numbering word, left out.
		if (
			(code === 0x70 || code === 0x76 || code === 0x63) &&
			(index === 0 || norm.charCodeAt(index - 1) === 0x20)
		) {
			const skipped = numberingAt(norm, index);
			if (skipped > 0) {
				index += skipped - 1;
				continue;
			}
		}
		hash = (Math.imul(hash, 31) + code) | 0;
		count++;
	}
	return count < 4 ? SHORT : hash === SHORT ? 1 : hash;
};

/** The number of words of a normalized title. */
const wordCount = (norm: string): number => {
	let words = 1;
	for (let index = norm.indexOf(' '); index >= 0; index = norm.indexOf(' ', index + 1)) words++;
	return words;
};

/** Whether the title `a` stands for `b` when they are joined: more words, else the first in order. */
const stands = (a: string, b: string): boolean => {
	const words = wordCount(a) - wordCount(b);
	return words > 0 || (words === 0 && a < b);
};

/** The entry that stands for `entry` once spellings are joined (see {@link Heuristics.joinSpacings}). */
export const joinedEntry = <I>(entry: NormEntry<I>): NormEntry<I> => {
	let kept = entry;
	while (kept.joined !== undefined) kept = kept.joined;
	return kept;
};

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

	/** Every entry, by id. */
	readonly #entries: NormEntry<I>[] = [];
	/**
	 * The first entry of each {@link lettersHash}: an open-addressing table (linear probing, at most half
	 * full) of pairs, the hash then the entry's id + 1 (0 for an empty slot). A typed array rather than a
	 * `Map`, whose insertion per distinct title cost 1.5% of `groupInventory` at 100k rows.
	 */
	#byLetters = new Int32Array(2 * 8192);
	#lettered = 0;
	/** Entries whose {@link lettersHash} an earlier one has: the only ones {@link joinSpacings} compares. */
	readonly #crowded = new Set<NormEntry<I>>();

	/** The entry of a normalized title, if the grouping has one (none is made). */
	find(norm: string): NormEntry<I> | undefined {
		return this.#norms.get(norm);
	}

	/** The one entry of a normalized title. */
	entry(norm: string): NormEntry<I> {
		let entry = this.#norms.get(norm);
		if (entry === undefined) {
			entry = newEntry<I>(norm, this.#norms.size);
			this.#norms.set(norm, entry);
			this.#entries.push(entry);
			// Hashed while the new title is at hand, so that joining spellings reads no other entry.
			const letters = lettersHash(norm);
			if (letters !== SHORT) this.#letter(letters, entry);
		}
		return entry;
	}

	/** Files `entry` under its letters' hash, or marks it and the first entry of that hash as crowded. */
	#letter(hash: number, entry: NormEntry<I>): void {
		const table = this.#byLetters;
		const mask = (table.length >> 1) - 1;
		for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
			const id = table[2 * slot + 1] as number;
			if (id === 0) {
				table[2 * slot] = hash;
				table[2 * slot + 1] = entry.id + 1;
				if (++this.#lettered * 2 > mask + 1) this.#growLetters();
				return;
			}
			if (table[2 * slot] === hash) {
				this.#crowded.add(this.#entries[id - 1] as NormEntry<I>).add(entry);
				return;
			}
		}
	}

	/** Doubles {@link Heuristics.#byLetters}, filing its pairs again. */
	#growLetters(): void {
		const old = this.#byLetters;
		const table = new Int32Array(old.length * 2);
		const mask = (table.length >> 1) - 1;
		for (let at = 0; at < old.length; at += 2) {
			const id = old[at + 1] as number;
			if (id === 0) continue;
			const hash = old[at] as number;
			let slot = hash & mask;
			while (table[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
			table[2 * slot] = hash;
			table[2 * slot + 1] = id;
		}
		this.#byLetters = table;
	}

	/**
	 * Joins the entries of a title written with other spaces (`Spider-Man` and `Spiderman`, `Ch'tis` and
	 * `Chtis`, `Qu'est-ce qu'on` and `Quest-ce quon`), with or without the word that numbers it in its
	 * saga (`Le Parrain, 2e partie` and `Le.Parrain.2`, see {@link NUMBERING}), or with a long `u` written
	 * twice or once (`Naruto Shippuuden` and `Naruto Shippuden`): owners and scene names write it
	 * differently, and it is one title. The entry with the most words stands for the others (of
	 * as many, the one whose normalized title sorts first), whatever order the rows come in: from then on
	 * {@link Heuristics.entry} gives it for their titles, and each joined entry points to it in
	 * {@link NormEntry.joined}. Titles of fewer than four letters and digits are left alone; films of
	 * other years stay apart, as their years tell. Call it before any heuristic is interned. Returns
	 * whether any entry was joined.
	 */
	joinSpacings(): boolean {
		const byHash = new Map<number, NormEntry<I>[]>();
		for (const entry of this.#crowded) {
			const hash = lettersHash(entry.norm);
			const same = byHash.get(hash);
			if (same === undefined) byHash.set(hash, [entry]);
			else same.push(entry);
		}
		let joined = false;
		for (const same of byHash.values())
			for (let index = 1; index < same.length; index++)
				for (let before = 0; before < index; before++) {
					const a = same[before] as NormEntry<I>;
					const b = same[index] as NormEntry<I>;
					// Normalized titles hold letters, digits and spaces: the same letters are the same but for spaces.
					if (!sameLetters(a.norm, b.norm) && !sameLetters(foldedLetters(a.norm), foldedLetters(b.norm)))
						continue;
					const first = joinedEntry(a);
					const second = joinedEntry(b);
					if (first === second) continue;
					if (stands(first.norm, second.norm)) second.joined = first;
					else first.joined = second;
					joined = true;
				}
		if (joined)
			for (const [norm, entry] of this.#norms) {
				const kept = joinedEntry(entry);
				if (kept !== entry) this.#norms.set(norm, kept);
			}
		return joined;
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
