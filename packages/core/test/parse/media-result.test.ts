import { describe, expect, it } from 'vitest';
import { parseMediaPath } from '../../src/index.js';
import { createPathParser } from '../../src/parse/parse-media-path.js';
import { sparse } from './sparse-result.js';

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
	'movie.mkv',
	'',
];

describe('toParsedMedia: the dense results of the batch parser', () => {
	const parser = createPathParser();
	const dense = paths.map((path) => parser(path));

	it('all have every field, in one key order', () => {
		const keys = Object.keys(dense[0] as object);
		expect(keys).toHaveLength(25);
		for (const parsed of dense) expect(Object.keys(parsed)).toStrictEqual(keys);
		// Between them the paths give each field once at least: none is always left undefined.
		for (const key of keys)
			expect(dense.some((parsed) => (parsed as unknown as Record<string, unknown>)[key] !== undefined)).toBe(
				true,
			);
	});

	it('read as the sparse results of parseMediaPath, keys in the same order', () => {
		for (const [index, path] of paths.entries()) {
			const alone = parseMediaPath(path);
			const batch = sparse(dense[index] as (typeof dense)[number]);
			expect(batch).toStrictEqual(alone);
			expect(Object.keys(batch)).toStrictEqual(Object.keys(alone));
		}
	});
});
