import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMediaPath } from '../../src/index.js';
import { createPathParser } from '../../src/parse/parse-media-path.js';
import { parseName } from '../../src/parse/parse-name.js';
import {
	bracketAt,
	createTokenScratch,
	endAt,
	gapIs,
	gapOf,
	groupAt,
	hasDash,
	isSplit,
	joins,
	keyAt,
	shortGap,
	startAt,
	startsGroup,
	type TokenScratch,
	tokenize,
} from '../../src/parse/tokenize.js';
import { batchView, sparse } from './sparse-result.js';

interface Word {
	readonly key: string;
	readonly start: number;
	readonly end: number;
	readonly gap: string;
	readonly bracket: number;
	readonly group: number;
	readonly groupStart: boolean;
}

/** The words as plain records, so that a later call reusing the scratch cannot change them. */
const snapshot = (words: TokenScratch): Word[] =>
	Array.from({ length: words.count }, (_, index) => ({
		key: keyAt(words, index),
		start: startAt(words, index),
		end: endAt(words, index),
		gap: gapOf(words, index),
		bracket: bracketAt(words, index),
		group: groupAt(words, index),
		groupStart: startsGroup(words, index),
	}));

describe('tokenize with a scratch space: one name never sees the words of the one before', () => {
	it('ends the list at the new name when it has fewer words than the last one', () => {
		const scratch = createTokenScratch();
		tokenize('[Grp] The.Long.Name.(2001).{edition-Final Cut}.1080p', scratch);
		const short = tokenize('Short', scratch);
		expect(short.count).toBe(1);
		expect(snapshot(short)).toStrictEqual(snapshot(tokenize('Short')));
	});

	it('resets the bracket fields of a reused word', () => {
		const scratch = createTokenScratch();
		tokenize('[A B] (C) {D}', scratch);
		expect(snapshot(tokenize('A B C D', scratch))).toStrictEqual(snapshot(tokenize('A B C D')));
	});

	it('gives any name the words a fresh tokenize gives, whatever came before', () => {
		const scratch = createTokenScratch();
		fc.assert(
			fc.property(fc.array(fc.string({ unit: 'grapheme-ascii', maxLength: 30 })), (names) => {
				for (const name of names)
					expect(snapshot(tokenize(name, scratch))).toStrictEqual(snapshot(tokenize(name)));
			}),
		);
	});
});

describe('tokenize: the words of a long name', () => {
	it('makes room past any earlier length and keeps every word', () => {
		const scratch = createTokenScratch();
		const long = Array.from({ length: 300 }, (_, index) => `w${index}`).join('.');
		tokenize('a b', scratch);
		const words = tokenize(long, scratch);
		expect(words.count).toBe(300);
		expect(snapshot(words)).toStrictEqual(snapshot(tokenize(long)));
		expect(keyAt(words, 299)).toBe('w299');
	});
});

describe('gap tests read in place agree with the gap as a string', () => {
	it('holds for any text', () => {
		fc.assert(
			fc.property(
				fc.string({
					unit: fc.constantFrom('a', 'B', '.', '-', ' ', '_', '(', ']', '--', ' - '),
					maxLength: 30,
				}),
				(name) => {
					const words = tokenize(name);
					for (let index = 0; index < words.count; index++) {
						const gap = gapOf(words, index);
						expect(hasDash(words, index)).toBe(gap.includes('-'));
						expect(isSplit(words, index)).toBe(gap.length >= 2 && gap.includes('-'));
						expect(shortGap(words, index)).toBe(gap.length <= 2 && !gap.includes('-'));
						expect(joins(words, index)).toBe(['.', '-', ' ', '_'].includes(gap));
						for (const text of ['.', '-', '. ', ' - ', ''])
							expect(gapIs(words, index, text)).toBe(gap === text);
					}
				},
			),
		);
	});
});

describe('parseName with a reused scratch: marks of a longer name never leak into the next', () => {
	const names = [
		'[Grp] Show.Name.S01E02E03.Title.Words.FRENCH.1080p.WEB-DL.DDP5.1.H.264-GRP',
		'Show - 05',
		'Film.2010',
		'Title',
		'Old.Movie.1999.DC.Extended.Multi.2160p.UHD.BluRay.REMUX.HDR.HEVC-GRP',
		'03 - Episode',
		'Show.S01-S03.Complete',
	];

	it('reads every name as a fresh parse does, in any order', () => {
		fc.assert(
			fc.property(fc.shuffledSubarray(names, { minLength: 1 }), (order) => {
				const scratch = createTokenScratch();
				for (const name of order)
					expect(parseName(name, 2030, true, true, scratch)).toStrictEqual(parseName(name, 2030, true, true));
			}),
		);
	});
});

describe('createPathParser: its reused words and last container never leak between paths', () => {
	const paths = [
		'Films/[Team] La.Cité.de.la.Peur.1994.FRENCH.1080p.BluRay.x264-GRP (Remux)/movie.mkv',
		'Series/Show (2005)/Season 02/Show (2005) - s02e03 - Title.mkv',
		'Films/A.mkv',
		'Séries/Kaamelott/Livre 1/Kaamelott.S01E01.Heat.FRENCH.720p.HDTV.x264.mkv',
		'x/p0801.70E10S.5102.sregnesseM.ehT.mkv',
		'Films/Le Fabuleux Destin d’Amélie Poulain (2001) {tmdb-194}/Amelie.mkv',
		'Downloads/Movie Disc 2/movie.avi',
		// The last extension and its container are kept too: each must still be read as written.
		'Films/Movie (1999)/Movie.1999.1080p.MKV',
		'Films/Movie (1999)/Movie.1999.fr.srt',
		'Films/Movie (1999)/Movie.1999.1080p.cbz',
		'Films/Movie (1999)/Movie.1999.1080p.',
	];

	it('reads every path as parseMediaPath does, in any order', () => {
		fc.assert(
			fc.property(fc.shuffledSubarray(paths, { minLength: 1 }), (order) => {
				const parser = createPathParser();
				expect(order.map((path) => sparse(parser(path)))).toStrictEqual(
					order.map((path) => batchView(parseMediaPath(path))),
				);
			}),
		);
	});
});

describe('tokenize: a key is its word lowered on its own', () => {
	/** What each key must be: the word's own characters lowered alone, apostrophes dropped. */
	const ownKeys = (name: string): string[] =>
		snapshot(tokenize(name)).map((word) =>
			name.slice(word.start, word.end).toLowerCase().replace(/['’]/g, ''),
		);
	const keys = (name: string): string[] => snapshot(tokenize(name)).map((word) => word.key);

	it('lowers the one character that grows (İ) and the one that reads its context (Σ) word by word', () => {
		for (const name of ['İSTANBUL.Café.1080p', 'ΟΔΟΣ.ΣΤΟ.Σ.2004', 'L’ÉTÉ.ΣA.x', 'Amélie.İ.ΣΣ'])
			expect(keys(name)).toStrictEqual(ownKeys(name));
		expect(keys('ΟΔΟΣ.X')).toStrictEqual(['οδος', 'x']);
	});

	it('holds for any text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (name) => {
				expect(keys(name)).toStrictEqual(ownKeys(name));
			}),
		);
	});
});
