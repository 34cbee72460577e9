import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMediaPath } from '../../src/index.js';
import { createPathParser } from '../../src/parse/parse-media-path.js';
import { createTokenScratch, tokenize } from '../../src/parse/tokenize.js';
import { sparse } from './sparse-result.js';

/** A token list as plain records, so that a later call reusing the objects cannot change it. */
const snapshot = (tokens: readonly object[]): object[] => tokens.map((token) => ({ ...token }));

describe('tokenize with a scratch space: one name never sees the words of the one before', () => {
	it('ends the list at the new name when it has fewer words than the last one', () => {
		const scratch = createTokenScratch();
		tokenize('[Grp] The.Long.Name.(2001).{edition-Final Cut}.1080p', scratch);
		const short = tokenize('Short', scratch);
		expect(short).toHaveLength(1);
		expect(short[1]).toBeUndefined();
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
					order.map((path) => parseMediaPath(path)),
				);
			}),
		);
	});
});

describe('tokenize: a key is its word lowered on its own', () => {
	/** What each key must be: the word's own characters lowered alone, apostrophes dropped. */
	const ownKeys = (name: string): string[] =>
		tokenize(name).map((token) => name.slice(token.start, token.end).toLowerCase().replace(/['’]/g, ''));
	const keys = (name: string): string[] => tokenize(name).map((token) => token.key);

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
