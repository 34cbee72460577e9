import { describe, expect, it } from 'vitest';
import { parseMediaPath } from '../../src/index.js';
import { UNREAD_BY_GROUPING } from '../../src/parse/media-result.js';
import { createPathParser } from '../../src/parse/parse-media-path.js';
import { batchView, sparse } from './sparse-result.js';

/** Paths giving between them every field of a result, and files giving few. */
const paths = [
	'Films/The Matrix (1999) {tmdb-603}/The.Matrix.1999.2160p.UHD.BluRay.REMUX.HDR.x265.TrueHD.Atmos-GRP.mkv',
	'Séries/Show (2005) [tvdbid-81189]/Season 02/Show (2005) - s02e03 - Title.FRENCH.VOSTFR.720p.mkv',
	'Series/The Office US/Season 1/The.Office.US.S01E01.1080p.WEB-DL.mkv',
	'Shows/Daily Show/Daily.Show.2021.03.04.720p.HDTV.mkv',
	'Films/Mission Impossible - Fallout (2018)/Mission Impossible - Fallout (2018) - Unrated Directors Cut.mkv',
	'Films/Amélie (2001) {edition-Director’s Cut}/Amelie.cd2.avi',
	'Films/Heat (1995)/Trailers/trailer.mkv',
	'Show/Seasons 1-3/Show.S01-S03.1440p.mkv',
	'Show - The Sub/Show - Sub.S01E01.mkv',
	'x/p0801.70E10S.5102.sregnesseM.ehT.mkv',
	'Downloads/Apollo 13.mkv',
	'Films/Heat.1995.MULTi.VFQ.1080p.WEB-DL.mkv',
	'movie.mkv',
	'',
];

/** The parser's own fields of a name's reading, which a result never carries. */
const parserOwn = ['absolute', 'leadingNumber', 'subtitle', 'keepSubtitle', 'camera'];

describe('finishDense: the dense results of the batch parser', () => {
	const parser = createPathParser();
	const dense = paths.map((path) => parser(path));

	it('all have every field grouping reads and no other, in one key order', () => {
		const keys = Object.keys(dense[0] as object);
		// ParsedMedia's 25 fields less those grouping never reads, and `bareNumber` and `dubs`, which it does.
		expect(keys).toHaveLength(25 - UNREAD_BY_GROUPING.length + 2);
		expect(keys).toContain('bareNumber');
		expect(keys).toContain('dubs');
		for (const key of [...parserOwn, ...UNREAD_BY_GROUPING]) expect(keys).not.toContain(key);
		for (const parsed of dense) expect(Object.keys(parsed)).toStrictEqual(keys);
		const value = (parsed: object, key: string): unknown => (parsed as Record<string, unknown>)[key];
		// Between them the paths give each field once at least: none is always left undefined…
		for (const key of keys) expect(dense.some((parsed) => value(parsed, key) !== undefined)).toBe(true);
		// …and parseMediaPath gives each of those grouping does not read.
		for (const key of UNREAD_BY_GROUPING)
			expect(paths.some((path) => value(parseMediaPath(path), key) !== undefined)).toBe(true);
	});

	it('share one frozen ids object where the path tags no id, and have their own where it does', () => {
		const untagged = dense.filter((parsed) => Object.keys(parsed.ids).length === 0);
		expect(untagged.length).toBeGreaterThan(1);
		for (const parsed of untagged) {
			expect(parsed.ids).toBe(untagged[0]?.ids);
			expect(Object.isFrozen(parsed.ids)).toBe(true);
		}
		const tagged = [
			parser('Films/Heat (1995) {tmdb-949}/Heat.mkv'),
			parser('Films/Heat (1995) {tmdb-949}/Heat.Cut.mkv'),
			parser('Films/Heat.1995 [imdbid-tt0113277].mkv'),
			parser('Films/Heat.1995 [imdbid-tt0113277].720p.mkv'),
		];
		expect(tagged.map((parsed) => parsed.ids)).toStrictEqual([
			{ tmdb: 949 },
			{ tmdb: 949 },
			{ imdb: 'tt0113277' },
			{ imdb: 'tt0113277' },
		]);
		expect(new Set(tagged.map((parsed) => parsed.ids)).size).toBe(4);
		for (const parsed of tagged) expect(Object.isFrozen(parsed.ids)).toBe(false);
		// parseMediaPath's results stay the caller's to change.
		expect(Object.isFrozen(parseMediaPath('movie.mkv').ids)).toBe(false);
	});

	it('read as the sparse results of parseMediaPath without the fields grouping never reads, keys in the same order', () => {
		for (const [index, path] of paths.entries()) {
			const alone = batchView(parseMediaPath(path));
			const batch = sparse(dense[index] as (typeof dense)[number]);
			expect(batch).toStrictEqual(alone);
			expect(Object.keys(batch)).toStrictEqual(Object.keys(alone));
		}
	});
});
