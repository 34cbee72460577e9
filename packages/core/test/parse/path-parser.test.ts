import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupInventory, parseMediaPath } from '../../src/index.js';
import { createPathParser } from '../../src/parse/parse-media-path.js';
import { batchView, sparse } from './sparse-result.js';

/** Paths are put together from parts, as a scanner lists them. */
const join = (...parts: string[]): string => parts.join('/');
const file = (stem: string, extension = 'mkv'): string => `${stem}.${extension}`;

/**
 * Each path through one batch parser, in order (its absent fields dropped), next to what
 * `parseMediaPath` says of it alone.
 */
const both = (paths: readonly string[]): { batch: unknown[]; alone: unknown[] } => {
	const parser = createPathParser();
	return {
		batch: paths.map((path) => sparse(parser(path))),
		alone: paths.map((path) => batchView(parseMediaPath(path))),
	};
};

describe('createPathParser: folders read once for the files of one directory', () => {
	it('gives two files of one release folder their own readings', () => {
		const folder = join('Films', 'The.Matrix.1999.FRENCH.1080p.BluRay.x264-GRP');
		const paths = [
			join(folder, file('xd607ebb')),
			join(folder, file('Other.Film.2004.720p.WEB')),
			join(folder, 'Sample', file('sample')),
		];
		const { batch, alone } = both(paths);
		expect(batch).toStrictEqual(alone);
		// The folder names the first file, not the second: a reading kept for the folder must not leak.
		expect(batch.map((parsed) => (parsed as { title: string }).title)).toStrictEqual([
			'The Matrix',
			'Other Film',
			'The Matrix',
		]);
	});

	it('never shares the ids object or a list between two files of one folder', () => {
		const parser = createPathParser();
		const folder = join('Séries', 'Show.S01E02E03.FRENCH.1080p-GRP {tmdb-603}');
		const first = parser(join(folder, file('a1')));
		const second = parser(join(folder, file('b2 {imdb-tt0133093}')));
		const third = parser(join(folder, file('c3')));
		expect(first.ids).toStrictEqual({ tmdb: 603 });
		expect(second.ids).toStrictEqual({ tmdb: 603, imdb: 'tt0133093' });
		expect(third.ids).toStrictEqual({ tmdb: 603 });
		expect(first.episodes).toStrictEqual([2, 3]);
		expect(first.episodes).not.toBe(third.episodes);
		first.episodes?.push(4);
		first.ids.tvdb = 1;
		expect(sparse(third)).toStrictEqual(batchView(parseMediaPath(join(folder, file('c3')))));
	});

	it('reads a folder again after another one, as it read it first', () => {
		const season = join('Series', 'Show', 'Season 2');
		const film = join('Films', 'Movie (1999)');
		const paths = [
			join(season, file('01 - Pilot')),
			join(film, file('movie')),
			join(season, file('02 - Next')),
			join(film, file('Movie.1999.Directors.Cut')),
			['Series', 'Show', 'Season 2', file('03 - Last')].join('\\'),
		];
		const { batch, alone } = both(paths);
		expect(batch).toStrictEqual(alone);
		expect(batch.map((parsed) => (parsed as { episodes?: number[] }).episodes)).toStrictEqual([
			[1],
			undefined,
			[2],
			undefined,
			[3],
		]);
	});

	it('handles paths whose last part is empty, `.` or `..`, and paths without folders', () => {
		const season = join('Show', 'Season 1');
		const paths = [
			join('backdrops', ''),
			join(season, '.'),
			join(season, '..'),
			file('movie'),
			join('', file('movie')),
			'',
			join('', ''),
		];
		const { batch, alone } = both(paths);
		expect(batch).toStrictEqual(alone);
	});

	it('agrees with parseMediaPath on any batch of paths built from shared folders', () => {
		const folders = [
			'Films',
			'Séries',
			'The Matrix (1999)',
			'The.Matrix.1999.MULTi.2160p.UHD.BluRay-GRP',
			'Show {tvdb-81189}',
			'Season 02',
			'Specials',
			'Sample',
			'Trailers',
			'Amélie (2001) {edition-Director’s Cut}',
			'BDMV',
			'STREAM',
			'C:',
			'.',
		];
		const files = [
			file('movie'),
			file('sample'),
			file('The.Matrix.1999.1080p.BluRay.x264-GRP'),
			file('xd607ebb', 'avi'),
			file('Show.S02E03.FRENCH.720p.HDTV'),
			file('03 - Episode Title'),
			file('00000', 'm2ts'),
			file('Le.Fabuleux.Destin.cd1', 'avi'),
			file('Title {imdb-tt0133093}'),
			'',
		];
		const path = fc
			.tuple(fc.array(fc.constantFrom(...folders), { maxLength: 5 }), fc.constantFrom(...files), fc.boolean())
			.map(([parts, name, backslash]) => [...parts, name].join(backslash ? '\\' : '/'));
		fc.assert(
			fc.property(fc.array(path, { maxLength: 30 }), (paths) => {
				const { batch, alone } = both(paths);
				expect(batch).toStrictEqual(alone);
			}),
		);
	});

	it('lets groupInventory tell apart the episodes of one season folder', () => {
		const season = join('Séries', 'Show', 'Saison 1');
		const items = [
			{ path: join(season, file('01 - Le début')) },
			{ path: join(season, file('02 - La suite')) },
		];
		const keys = groupInventory(items).map((card) => card.key);
		const episodes = items.map((item) => parseMediaPath(item.path).episodes);
		expect(episodes).toStrictEqual([[1], [2]]);
		expect(keys).toHaveLength(2);
		expect(keys[0]).not.toBe(keys[1]);
	});
});

describe('createPathParser: bare numbers that may be a film', () => {
	const bare = (path: string): boolean | undefined => createPathParser()(path).bareNumber;

	it('notes a bare two-digit number right after the title, outside any show context', () => {
		expect(bare('Downloads/Apollo 13.mkv')).toBe(true);
		expect(bare('Videos/Apollo.13.1080p.BluRay.x264-GRP.mkv')).toBe(true);
		expect(bare("Ocean's 11.avi")).toBe(true);
	});

	it('does not where the name, a folder or the number says episode', () => {
		for (const path of [
			'Downloads/[Grp] Naruto - 13 [720p].mkv', // an anime release group
			'Downloads/Naruto - 13.mkv', // a dash before the number
			'Downloads/Show.07.HDTV.mkv', // a leading zero
			'Downloads/Show 13-16.mkv', // a range
			'Downloads/Serie.Nombre.Cap.12.mkv', // a numbering word
			'Downloads/Show.S01E13.mkv', // a season
			'Séries/Kaamelott 12.mkv', // a series root
			'Videos/Heroes/Heroes 15.mkv', // a folder named for the show
			'Videos/Lost/Season 1/Lost 12.mkv', // a season folder
			'Videos/Apollo 13 (1995)/Apollo 13.mkv', // the film's folder: a film, no episode at all
		])
			expect(bare(path), path).toBeUndefined();
	});
});

describe('createPathParser: languages', () => {
	const paths = [
		'Films/Heat (1995)/Heat.1995.MULTi.1080p.BluRay.x264-GRP.mkv',
		'Films/Heat (1995)/Heat.1995.VOSTFR.720p.WEB-DL.DDP5.1.H.264.mkv',
		'Films/Heat.1995.TRUEFRENCH.1080p.BluRay.x264-GRP/heat-grp.mkv',
		'Films/Ronin.1998.FRENCH.1080p.BluRay.x264-GRP.mkv',
		'Séries/Show (2005) [tvdbid-81189]/Season 02/Show (2005) - s02e03 - Title.FRENCH.VOSTFR.720p.mkv',
		'Films/Le Mépris (1963)/Le.Mepris.1963.VOSTFR.1080p.mkv',
		'movie.mkv',
	];

	it("gives each path parseMediaPath's audio and subtitle languages", () => {
		const parser = createPathParser();
		for (const path of paths) {
			const { languages, subtitleLanguages } = parseMediaPath(path);
			const batch = parser(path);
			expect(batch.languages, path).toStrictEqual(languages);
			expect(batch.subtitleLanguages, path).toStrictEqual(subtitleLanguages);
		}
	});

	it('shares one frozen list between the results that give the same languages', () => {
		const parser = createPathParser();
		const [multi, vostfr, truefrench, french, show, mepris] = paths.map((path) => parser(path));
		expect(truefrench?.languages).toBe(french?.languages);
		expect(show?.languages).toBe(french?.languages);
		expect(mepris?.subtitleLanguages).toBe(vostfr?.subtitleLanguages);
		expect(multi?.languages).not.toBe(french?.languages);
		expect(Object.isFrozen(french?.languages)).toBe(true);
		// Another parser's results share them too: the lists are kept for every call.
		expect(createPathParser()(paths[3] as string).languages).toBe(french?.languages);
	});
});
