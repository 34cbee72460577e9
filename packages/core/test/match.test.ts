import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Candidate, MatchQuery, MediaKind } from '../src/index.js';
import { DEFAULT_MIN_CONFIDENCE, pickBestMatch, REVIEW_CONFIDENCE, titleSimilarity } from '../src/index.js';
import type { CatalogueEntry } from './helpers/memory-provider.js';
import { TRAP_CATALOGUE } from './helpers/trap-catalogue.js';

/** Every title of the catalogue as a candidate, with all its names: the hardest field to pick from. */
const everything = (kind: MediaKind, language?: string): Candidate[] =>
	TRAP_CATALOGUE.filter((entry) => entry.kind === kind).map((entry: CatalogueEntry) => ({
		id: entry.id,
		kind: entry.kind,
		title:
			language === undefined
				? entry.title
				: (entry.translations?.[language] ?? entry.originalTitle ?? entry.title),
		originalTitle: entry.originalTitle ?? entry.title,
		...(entry.aliases === undefined ? {} : { aliases: entry.aliases }),
		...(entry.year === undefined ? {} : { year: entry.year }),
		...(entry.popularity === undefined ? {} : { popularity: entry.popularity }),
	}));

const pick = (query: MatchQuery, language?: string) =>
	pickBestMatch(query, everything(query.kind ?? 'movie', language));

describe('pickBestMatch: the trap catalogue', () => {
	it.each<[string, number, number]>([
		// Remakes.
		['Dune', 1984, 841],
		['Dune', 2021, 438631],
		['Halloween', 1978, 948],
		['Halloween', 2007, 2082],
		['Halloween', 2018, 424139],
		['Solaris', 1972, 593],
		['Solaris', 2002, 2103],
		['3 10 to Yuma', 2007, 5176],
		['3:10 to Yuma', 1957, 14168],
		// Original vs sequel vs namesake.
		['The Matrix', 1999, 603],
		['Matrix', 1999, 603],
		['Matrix', 1993, 900001],
		['The Matrix Reloaded', 2003, 604],
		['Matrix Revolutions', 2003, 605],
		['Halloween II', 1981, 11281],
		['Halloween 2', 1981, 11281],
		// Foreign titles through original titles and aliases.
		["Le Fabuleux Destin d'Amelie Poulain", 2001, 194],
		['Le Fabuleux Destin d Amelie Poulain', 2001, 194],
		['Amelie', 2001, 194],
		['Intouchables', 2011, 77338],
		['The Intouchables', 2011, 77338],
		['Le Diner De Cons', 1998, 9421],
		['Ça', 2017, 346364],
		// One-word titles.
		['It', 2017, 346364],
		['Up', 2009, 14160],
		['Her', 2013, 152601],
		['M', 1931, 832],
		['M', 1951, 39915],
		// Numbers and punctuation.
		['1917', 2019, 530915],
		['2012', 2009, 14161],
		['Face Off', 1997, 754],
		['Face/Off', 1997, 754],
		['WALL-E', 2008, 10681],
		['Wall E', 2008, 10681],
		['Walle', 2008, 10681],
	])('%s (%i) → %i', (title, year, id) => {
		// With fr-FR, TMDB serves French titles: the English-only names are tested through the enricher's retry.
		const englishOnly = (title === 'Amelie' || title === 'M') && id !== 39915;
		for (const language of englishOnly ? [undefined] : [undefined, 'fr-FR']) {
			const match = pick({ kind: 'movie', title, year }, language);
			expect(match?.candidate.id, `language ${language}`).toBe(id);
			expect(match?.confidence).toBeGreaterThanOrEqual(DEFAULT_MIN_CONFIDENCE);
		}
	});

	it('finds French titles among localized candidates too', () => {
		expect(pick({ kind: 'movie', title: 'Volte Face', year: 1997 }, 'fr-FR')?.candidate.id).toBe(754);
		expect(pick({ kind: 'movie', title: 'La Haut', year: 2009 }, 'fr-FR')?.candidate.id).toBe(14160);
		expect(pick({ kind: 'movie', title: 'M le Maudit', year: 1931 }, 'fr-FR')?.candidate.id).toBe(832);
	});

	it('accepts a year one off (festival vs release), with a lower confidence than the exact year', () => {
		const near = pick({ kind: 'movie', title: 'Whiplash', year: 2013 });
		const exact = pick({ kind: 'movie', title: 'Whiplash', year: 2014 });
		expect(near?.candidate.id).toBe(244786);
		expect(exact?.candidate.id).toBe(244786);
		expect(near?.confidence).toBeLessThan(exact?.confidence ?? 0);
		expect(near?.confidence).toBeGreaterThanOrEqual(REVIEW_CONFIDENCE);
	});

	it('never puts a dated file on a same-named title with no year, and ranks year exact > ±1 > unknown > missing', () => {
		const dateless: Candidate = { id: 7, kind: 'movie', title: 'Noël' };
		expect(pickBestMatch({ title: 'Noel', year: 2015 }, [dateless])).toBeUndefined();
		expect(
			pickBestMatch({ title: 'Noel', year: 2015 }, [dateless], { minConfidence: 0 })?.confidence,
		).toBeGreaterThanOrEqual(0.5);
		const score = (query: MatchQuery, year?: number) =>
			pickBestMatch(
				query,
				[{ id: 1, kind: 'movie', title: 'Heat', ...(year === undefined ? {} : { year }) }],
				{
					minConfidence: 0,
				},
			)?.confidence ?? 0;
		const ranked = [
			score({ title: 'Heat', year: 1995 }, 1995),
			score({ title: 'Heat', year: 1995 }, 1996),
			score({ title: 'Heat' }, 1995),
			score({ title: 'Heat', year: 1995 }),
			score({ title: 'Heat', year: 1995 }, 1986),
		];
		expect([...ranked].sort((a, b) => b - a)).toEqual(ranked);
		expect(new Set(ranked).size).toBe(ranked.length);
	});

	it('prefers the exact year over a namesake one year off', () => {
		const candidates: Candidate[] = [
			{ id: 1, kind: 'movie', title: 'Heat', year: 1994, popularity: 90 },
			{ id: 2, kind: 'movie', title: 'Heat', year: 1995, popularity: 1 },
		];
		expect(pickBestMatch({ title: 'Heat', year: 1995 }, candidates)).toMatchObject({
			candidate: { id: 2 },
			ambiguous: false,
		});
	});

	it.each<[string, number | undefined]>([
		['Noel', 2015],
		['Vacances a la mer', 2019],
		['Anniversaire de Lea', 2019],
		['Mariage Julie et Thomas', 2018],
		['VID 20190612 184512', undefined],
		['Les vacances de Papa', 2012],
	])('matches no film for the home video %j (%s), not even as a near miss', (title, year) => {
		const query: MatchQuery = year === undefined ? { kind: 'movie', title } : { kind: 'movie', title, year };
		expect(pick(query)).toBeUndefined();
		const best = pickBestMatch(query, everything('movie'), { minConfidence: 0 });
		expect(best?.confidence ?? 0).toBeLessThan(0.5);
	});

	it('never takes a sequel or a longer title for the original', () => {
		expect(pick({ kind: 'movie', title: 'Dune', year: 2024 })).toBeUndefined();
		expect(pick({ kind: 'movie', title: 'Halloween', year: 2021 })).toBeUndefined();
		expect(pick({ kind: 'movie', title: 'It', year: 2019 })).toBeUndefined();
		expect(pick({ kind: 'movie', title: 'It', year: 2014 })).toBeUndefined();
		expect(pick({ kind: 'movie', title: 'Matrix', year: 2003 })).toBeUndefined();
	});

	it('rejects a same-titled film two or more years away (a remake is another film)', () => {
		expect(pick({ kind: 'movie', title: 'Solaris', year: 1990 })).toBeUndefined();
		expect(pick({ kind: 'movie', title: 'Dune', year: 2000 })).toBeUndefined();
	});

	it('leaves a remake with no year unmatched and flags it ambiguous', () => {
		for (const title of ['Dune', 'Halloween', 'Solaris', 'M', '3:10 to Yuma']) {
			expect(pick({ kind: 'movie', title }), title).toBeUndefined();
			const best = pickBestMatch({ kind: 'movie', title }, everything('movie'), { minConfidence: 0 });
			expect(best?.ambiguous, title).toBe(true);
			expect(best?.confidence, title).toBeLessThan(DEFAULT_MIN_CONFIDENCE);
		}
	});

	it('makes a crushingly more popular namesake with no year the best guess, under the default minimum', () => {
		for (const [title, id] of [
			['Matrix', 603],
			['It', 346364],
			['Her', 152601],
		] as const) {
			expect(pick({ kind: 'movie', title }), title).toBeUndefined();
			const guess = pickBestMatch({ kind: 'movie', title }, everything('movie'), { minConfidence: 0.6 });
			expect(guess?.candidate.id, title).toBe(id);
			expect(guess?.ambiguous, title).toBe(true);
		}
		expect(
			pickBestMatch({ kind: 'movie', title: 'Dune' }, everything('movie'), { minConfidence: 0.6 }),
		).toBeUndefined();
	});

	it('accepts a crushingly more popular show with no year, for review, but not a 5× one', () => {
		const dark = pick({ kind: 'series', title: 'Dark' });
		expect(dark).toMatchObject({ candidate: { id: 70523 }, ambiguous: true });
		expect(dark?.confidence).toBeLessThan(REVIEW_CONFIDENCE);
		expect(pick({ kind: 'series', title: 'Doctor Who' })).toBeUndefined();
		expect(pick({ kind: 'series', title: 'The Office' })).toBeUndefined();
	});

	it('takes a lone exact title with no year without asking for review', () => {
		const match = pick({ kind: 'movie', title: 'Whiplash' });
		expect(match).toMatchObject({ candidate: { id: 244786 }, ambiguous: false });
		expect(match?.confidence).toBeGreaterThanOrEqual(REVIEW_CONFIDENCE);
	});

	it('identifies series, ignoring candidates of the other kind', () => {
		expect(pick({ kind: 'series', title: 'Breaking Bad' })?.candidate.id).toBe(1396);
		expect(pick({ kind: 'series', title: 'Doctor Who', year: 2005 })?.candidate.id).toBe(57243);
		expect(pick({ kind: 'series', title: 'Doctor Who', year: 1963 })?.candidate.id).toBe(121);
		expect(pick({ kind: 'series', title: 'Doctor Who' })).toBeUndefined();
		expect(pick({ kind: 'series', title: 'Le Bureau des Legendes' })?.candidate.id).toBe(62852);
		expect(pick({ kind: 'series', title: 'La Casa de Papel' }, 'fr-FR')?.candidate.id).toBe(71446);
		const mixed = [...everything('movie'), ...everything('series')];
		expect(pickBestMatch({ kind: 'series', title: 'It', year: 1990 }, mixed)?.candidate.id).toBe(19614);
		expect(pickBestMatch({ kind: 'movie', title: 'It', year: 1990 }, mixed)).toBeUndefined();
	});

	it('uses alternative titles of the query', () => {
		const match = pick({ kind: 'movie', title: 'Kiss Kiss', alternativeTitles: ['Amelie'], year: 2001 });
		expect(match?.candidate.id).toBe(194);
	});

	it('only uses popularity to break a tie between equally good candidates', () => {
		const candidates: Candidate[] = [
			{ id: 1, kind: 'movie', title: 'Crash', year: 2004, popularity: 1 },
			{ id: 2, kind: 'movie', title: 'Crash Landing', year: 2004, popularity: 500 },
		];
		expect(pickBestMatch({ title: 'Crash', year: 2004 }, candidates)?.candidate.id).toBe(1);
	});

	it('ignores duplicate ids and candidates with no title in common', () => {
		const heat: Candidate = { id: 949, kind: 'movie', title: 'Heat', year: 1995 };
		expect(pickBestMatch({ title: 'Heat', year: 1995 }, [heat, heat])).toMatchObject({ ambiguous: false });
		expect(pickBestMatch({ title: 'Heat' }, [])).toBeUndefined();
		expect(
			pickBestMatch({ title: 'Heat' }, [{ id: 1, kind: 'movie', title: 'Zzz' }], { minConfidence: 0 }),
		).toBeUndefined();
	});

	it('rejects a minConfidence outside 0..1, naming it', () => {
		expect(() => pickBestMatch({ title: 'Heat' }, [], { minConfidence: 2 })).toThrow(
			/`minConfidence`.*got 2/,
		);
		expect(() => pickBestMatch({ title: 'Heat' }, [], { minConfidence: Number.NaN })).toThrow(RangeError);
	});
});

describe('titleSimilarity', () => {
	it.each<[string, string, number]>([
		['Le Dîner de cons', 'Le.Diner.De.Cons', 1],
		['WALL·E', 'Walle', 0.97],
		['Fast & Furious', 'Fast Furious', 0.93],
	])('%j ~ %j = %d', (a, b, value) => {
		expect(titleSimilarity(a, b)).toBe(value);
	});

	it('keeps a sequel or a numbered namesake far from the title it extends', () => {
		for (const [a, b] of [
			['Halloween', 'Halloween II'],
			['Kill Bill Vol 1', 'Kill Bill: Vol. 2'],
			['Blade Runner', 'Blade Runner 2049'],
			['Rocky 2', 'Rocky III'],
		] as const) {
			expect(titleSimilarity(a, b), `${a} / ${b}`).toBeLessThanOrEqual(0.5);
		}
		expect(
			pickBestMatch({ title: 'Halloween', year: 1981 }, [
				{ id: 1, kind: 'movie', title: 'Halloween II', year: 1981 },
			]),
		).toBeUndefined();
		expect(
			pickBestMatch({ title: 'Kill Bill Vol 1', year: 2003 }, [
				{ id: 2, kind: 'movie', title: 'Kill Bill: Vol. 2', year: 2004 },
			]),
		).toBeUndefined();
	});

	it('keeps merely similar titles under the review threshold', () => {
		expect(titleSimilarity('Le Diner de con', 'Le Dîner de cons')).toBeGreaterThan(DEFAULT_MIN_CONFIDENCE);
		expect(titleSimilarity('Le Diner de con', 'Le Dîner de cons')).toBeLessThan(REVIEW_CONFIDENCE);
		expect(titleSimilarity('The Matrix', 'The Matrix Reloaded')).toBeLessThan(DEFAULT_MIN_CONFIDENCE);
		expect(titleSimilarity('Up', 'Upgrade')).toBeLessThan(0.5);
		expect(titleSimilarity('', 'Up')).toBe(0);
	});

	it('is symmetric, bounded and 1 exactly on equal keys', () => {
		fc.assert(
			fc.property(fc.string(), fc.string(), (a, b) => {
				const value = titleSimilarity(a, b);
				expect(value).toBe(titleSimilarity(b, a));
				expect(value).toBeGreaterThanOrEqual(0);
				expect(value).toBeLessThanOrEqual(1);
				if (value === 1) expect(titleSimilarity(a, a)).toBe(1);
			}),
		);
	});
});

describe('pickBestMatch: properties', () => {
	const candidate = fc.record({
		id: fc.integer({ min: 1, max: 50 }),
		kind: fc.constantFrom<MediaKind>('movie', 'series'),
		title: fc.constantFrom(
			'Dune',
			'Dune Part Two',
			'Halloween',
			'It',
			'It Follows',
			'Up',
			'Matrix',
			'The Matrix',
		),
		year: fc.integer({ min: 1970, max: 2025 }),
		popularity: fc.double({ min: 0, max: 300, noNaN: true }),
	});

	it('answers above minConfidence with one of the candidates, whatever their order', () => {
		fc.assert(
			fc.property(
				fc.array(candidate, { maxLength: 12 }),
				fc.constantFrom('Dune', 'It', 'Matrix', 'Up'),
				fc.option(fc.integer({ min: 1970, max: 2025 }), { nil: undefined }),
				(candidates, title, year) => {
					const query: MatchQuery =
						year === undefined ? { title, kind: 'movie' } : { title, year, kind: 'movie' };
					const match = pickBestMatch(query, candidates);
					if (match === undefined) return;
					expect(candidates).toContain(match.candidate);
					expect(match.candidate.kind).toBe('movie');
					expect(match.confidence).toBeGreaterThanOrEqual(DEFAULT_MIN_CONFIDENCE);
					const reversed = pickBestMatch(query, [...candidates].reverse());
					if (!match.ambiguous) expect(reversed?.candidate.id).toBe(match.candidate.id);
				},
			),
		);
	});
});
