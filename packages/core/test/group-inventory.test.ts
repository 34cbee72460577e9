import { groupInventory, type InventoryItem } from '@vm/core';
import { describe, expect, it } from 'vitest';
import { cardOf, heldRows, rows, shuffled, versionPaths } from './helpers/group-helpers.js';

describe('groupInventory: heuristic identity', () => {
	it('keeps remakes with different years apart, and a year-less file apart when the title has several films', () => {
		const groups = groupInventory(
			rows(
				'Films/Dune (1984)/Dune.1984.1080p.BluRay.x264.mkv',
				'Films/Dune.2021.2160p.UHD.BluRay.REMUX.HDR.HEVC-GRP.mkv',
				'Films/Dune (2021)/Dune (2021) - 1080p.mkv',
				'Films/Dune.mkv',
			),
		);
		expect(groups.map((group) => group.key)).toEqual(['title:dune', 'title:dune:1984', 'title:dune:2021']);
		expect(versionPaths(groups)[2]).toEqual([
			'Films/Dune.2021.2160p.UHD.BluRay.REMUX.HDR.HEVC-GRP.mkv',
			'Films/Dune (2021)/Dune (2021) - 1080p.mkv',
		]);
	});

	it('lets a year-less file join the only film of its title', () => {
		const groups = groupInventory(
			rows('Films/Heat (1995)/Heat (1995).mkv', 'Téléchargements/heat.1080p.web-dl.mkv'),
		);
		expect(groups).toHaveLength(1);
		expect(groups[0]).toMatchObject({ key: 'title:heat:1995', title: 'Heat', year: 1995 });
	});

	it('never merges the different films of a flat collection folder', () => {
		const groups = groupInventory(
			rows(
				'Films/The Matrix (1999).mkv',
				'Films/The Matrix Reloaded (2003).mkv',
				'Films/Alien (1979).mkv',
				'Films/Aliens (1986).mkv',
				'Films/Alien³ (1992).mkv',
			),
		);
		expect(groups).toHaveLength(5);
	});

	it('does not read a folder of same-year films, or of year-less episodes of a saga, as one film', () => {
		const sameYear = groupInventory(
			rows('Marvel (2008)/Iron Man (2008) 1080p.mkv', 'Marvel (2008)/The Incredible Hulk (2008) 1080p.mkv'),
		);
		expect(sameYear.map((group) => group.title).sort()).toEqual(['Iron Man', 'The Incredible Hulk']);
		const saga = groupInventory(
			rows(
				'Films/Harry Potter/Harry Potter and the Chamber of Secrets.mkv',
				'Films/Harry Potter/Harry Potter and the Goblet of Fire.mkv',
			),
		);
		expect(saga).toHaveLength(2);
	});

	it('gives the files of a Title (Year) folder its identity: scene names, generic names, labels', () => {
		const groups = groupInventory(
			rows(
				"Films/Le Fabuleux Destin d'Amélie Poulain (2001)/Amelie.2001.MULTi.1080p.BluRay.x264-GRP.mkv",
				"Films/Le Fabuleux Destin d'Amélie Poulain (2001)/movie.mkv",
				'Films/le.fabuleux.destin.d.amelie.poulain.2001.FRENCH.720p.HDTV.mkv',
				'Films/Argo (2012)/movie.mkv',
				'Films/Argo (2012)/Argo (2012) - 4K.mkv',
			),
		);
		expect(groups.map((group) => [group.key, group.versions.length])).toEqual([
			['title:argo:2012', 2],
			['title:fabuleux-destin-d-amelie-poulain:2001', 3],
		]);
		expect(groups[1]?.title).toBe("Le Fabuleux Destin d'Amélie Poulain");
		// 4K is read as 2160p and comes first.
		expect(groups[0]?.versions[0]?.items[0]?.path).toBe('Films/Argo (2012)/Argo (2012) - 4K.mkv');
	});

	it('gives an obfuscated file in a scene release folder the release’s film', () => {
		const groups = groupInventory(
			rows(
				'Downloads/The.Matrix.1999.1080p.BluRay.x264-GRP/grp-mtrx.mkv',
				'Downloads/The.Matrix.1999.1080p.BluRay.x264-GRP/Sample/grp-mtrx-sample.mkv',
				'Films/The Matrix (1999)/The Matrix (1999).mkv',
			),
		);
		expect(groups).toHaveLength(1);
		expect(groups[0]).toMatchObject({ key: 'title:matrix:1999', title: 'The Matrix' });
		expect(groups[0]?.extras.map((item) => item.path)).toEqual([
			'Downloads/The.Matrix.1999.1080p.BluRay.x264-GRP/Sample/grp-mtrx-sample.mkv',
		]);
	});

	it.each([
		['accents', 'Films/Amélie (2001).mkv', 'Films/AMELIE.2001.1080p.mkv'],
		['separators and case', 'Films/la haine (1995) - 720p.mkv', 'Films/La.Haine.1995.VFF.1080p.mkv'],
		[
			'a leading article',
			'Films/Les.Intouchables.2011.TRUEFRENCH.1080p.mkv',
			'Intouchables (2011)/Intouchables.2011.MULTi.2160p.WEB-DL.mkv',
		],
		['a leading English article', 'The Dark Knight (2008).mkv', 'dark_knight_2008_720p.mkv'],
		['a French elision', "Films/L'Auberge espagnole (2002).mkv", 'L.Auberge.Espagnole.2002.FRENCH.1080p.mkv'],
		[
			'& against et',
			'Films/Astérix & Obélix Mission Cléopâtre (2002).mkv',
			'Asterix.et.Obelix.Mission.Cleopatre.2002.720p.mkv',
		],
		[
			'a dropped &',
			'Films/Fast & Furious (2009)/Fast & Furious (2009).mkv',
			'Downloads/Fast.Furious.2009.1080p.BluRay.x264-GRP.mkv',
		],
	])('does not split a film on %s', (_what, a, b) => {
		const groups = groupInventory(rows(a, b));
		expect(groups).toHaveLength(1);
		expect(groups[0]?.versions).toHaveLength(2);
	});

	it('groups episodes by show, season and episode across folders, and keeps other shows apart', () => {
		const groups = groupInventory(
			rows(
				'Séries/Breaking Bad/Saison 1/Breaking.Bad.S01E01.FRENCH.720p.HDTV.x264.mkv',
				'Downloads/Breaking.Bad.S01E01.1080p.BluRay.x264-GRP.mkv',
				'Séries/Breaking Bad/Saison 1/Breaking.Bad.S01E02.720p.mkv',
				'Séries/Better Call Saul/Season 1/Better.Call.Saul.S01E01.720p.mkv',
			),
		);
		expect(
			groups.map((group) => [group.key, group.kind, group.season, group.episode, group.versions.length]),
		).toEqual([
			['title:better-call-saul:s01e01', 'episode', 1, 1, 1],
			['title:breaking-bad:s01e01', 'episode', 1, 1, 2],
			['title:breaking-bad:s01e02', 'episode', 1, 2, 1],
		]);
		// One copy says it is French, the other gives no language: the French one says so.
		expect(groups[1]?.versions.map((version) => version.label)).toEqual(['1080p', '720p · French']);
	});
});

describe('groupInventory: countries', () => {
	it('keeps The Office (US) and (UK) apart, and a country-less copy apart from both', () => {
		const groups = groupInventory(
			rows(
				'Séries/The Office (US)/Season 1/The.Office.US.S01E01.720p.mkv',
				'Séries/The Office (UK)/Series 1/The.Office.UK.S01E01.720p.mkv',
				'Downloads/The.Office.S01E01.1080p.mkv',
			),
		);
		expect(groups.map((group) => [group.key, group.title])).toEqual([
			['title:office:s01e01', 'The Office'],
			// The key keeps the ISO code; the title shows the United Kingdom as its shows are known.
			['title:office-gb:s01e01', 'The Office (UK)'],
			['title:office-us:s01e01', 'The Office (US)'],
		]);
	});

	it('lets a country-less copy join the only country variant of its title', () => {
		const groups = groupInventory(
			rows(
				'Séries/The Office (US)/Season 1/The.Office.US.S01E01.720p.mkv',
				'Downloads/The.Office.S01E01.1080p.mkv',
			),
		);
		expect(groups.map((group) => [group.key, group.versions.length])).toEqual([
			['title:office-us:s01e01', 2],
		]);
	});
});

describe('groupInventory: provider ids', () => {
	it('puts rows with the same id on one card, rows with different ids on different cards, even in one folder', () => {
		const groups = groupInventory([
			{ path: 'Films/Matrix/a.1080p.mkv', tmdb_id: 603 },
			{ path: 'Films/Matrix/b.720p.mkv', tmdb_id: 603, tmdb_type: 'movie' },
			{ path: 'Films/Matrix/c.mkv', tmdb_id: 604 },
		]);
		expect(groups.map((group) => [group.key, group.versions.length])).toEqual(
			expect.arrayContaining([
				['tmdb:movie:603', 2],
				['tmdb:movie:604', 1],
			]),
		);
		expect(groups).toHaveLength(2);
	});

	it('lets an id-less row join the card of the only id its heuristic identity carries', () => {
		const groups = groupInventory([
			{
				path: 'Films/The Matrix (1999)/The.Matrix.1999.2160p.mkv',
				tmdb_id: 603,
				tmdb_title: 'Matrix',
				tmdb_year: 1999,
			},
			{ path: 'Nouveaux/The.Matrix.1999.MULTi.1080p.BluRay.mkv' },
			{ path: 'Nouveaux/Matrix.720p.mkv', tmdb_id: null },
		]);
		expect(groups).toHaveLength(1);
		expect(groups[0]).toMatchObject({
			key: 'tmdb:movie:603',
			title: 'Matrix',
			year: 1999,
			ids: { tmdb: 603 },
		});
		expect(groups[0]?.versions).toHaveLength(3);
	});

	it('keeps an id-less row apart when its identity is shared by two different ids', () => {
		const groups = groupInventory([
			{ path: 'A/Solaris (1972).mkv', tmdb_id: 593 },
			{ path: 'B/Solaris (1972) 1080p.mkv', tmdb_id: 99999 },
			{ path: 'C/Solaris.1972.720p.mkv' },
		]);
		expect(groups.map((group) => group.key).sort()).toEqual([
			'title:solaris:1972',
			'tmdb:movie:593',
			'tmdb:movie:99999',
		]);
	});

	it('reads tmdb_type, and tvdb ids typed or not', () => {
		const groups = groupInventory([
			{
				path: 'Séries/Breaking Bad/Season 1/Breaking.Bad.S01E01.720p.mkv',
				tmdb_id: 1396,
				tmdb_type: 'series',
			},
			{
				path: 'Séries/Breaking Bad/Season 1/Breaking.Bad.S01E01.1080p.mkv',
				tmdb_id: 1396,
				tmdb_type: 'series',
			},
			{ path: 'Séries/Breaking Bad/Season 1/Breaking.Bad.S01E02.720p.mkv', tvdb_id: 81189 },
			{ path: 'Films/Heat (1995).mkv', tmdb_id: null, tvdb_id: 1234, tvdb_type: 'movie' },
		]);
		expect(groups.map((group) => [group.key, group.kind]).sort()).toEqual([
			['tmdb:series:1396:s01e01', 'episode'],
			['tvdb:movie:1234', 'movie'],
			['tvdb:series:81189:s01e02', 'episode'],
		]);
	});

	it('reads id tags in the path: TMDB first, then IMDb, joined by untagged copies', () => {
		const groups = groupInventory(
			rows(
				'Films/The Matrix (1999) {tmdb-603}/The.Matrix.1999.1080p.mkv',
				'Films/The Matrix (1999) [imdbid-tt0133093]/The.Matrix.1999.720p.mkv',
				'Films/Heat {imdb-tt0113277}/Heat.1995.1080p.mkv',
				'Films/Heat.1995.720p.mkv',
			),
		);
		expect(groups.map((group) => [group.key, group.versions.length, group.ids])).toEqual([
			['imdb:tt0113277', 2, { imdb: 'tt0113277' }],
			['tmdb:movie:603', 2, { tmdb: 603, imdb: 'tt0133093' }],
		]);
	});

	it('accepts ids written as digit strings and ignores unusable ones', () => {
		const groups = groupInventory([
			{ path: 'a/Heat (1995).mkv', tmdb_id: '949' as unknown as number },
			{ path: 'b/Heat (1995) 720p.mkv', tmdb_id: -1 },
			{ path: 'c/Heat (1995) 480p.mkv', tmdb_id: 'abc' as unknown as number },
		]);
		expect(groups.map((group) => [group.key, group.versions.length])).toEqual([['tmdb:movie:949', 3]]);
	});
});

describe('groupInventory: versions, parts, editions, labels', () => {
	it('stacks cd1…cd10 into one version in numeric order, whatever the input order', () => {
		const parts = Array.from(
			{ length: 10 },
			(_, index) => `Films/Heat (1995)/Heat (1995) cd${index + 1}.avi`,
		);
		const groups = groupInventory(rows(...shuffled(parts, 7)));
		expect(groups).toHaveLength(1);
		expect(groups[0]?.versions).toHaveLength(1);
		expect(groups[0]?.versions[0]?.items.map((item) => item.path)).toEqual(parts);
		expect(groups[0]?.versions[0]?.label).toBe('10 parts');
	});

	it('stacks parts numbered by their folder (CD1/, CD2/)', () => {
		const groups = groupInventory(
			rows(
				'Films/Heat (1995)/CD2/heat.avi',
				'Films/Heat (1995)/CD1/heat.avi',
				'Films/Heat (1995)/Heat.1995.1080p.mkv',
			),
		);
		expect(versionPaths(groups)).toEqual([
			[
				'Films/Heat (1995)/Heat.1995.1080p.mkv',
				'Films/Heat (1995)/CD1/heat.avi',
				'Films/Heat (1995)/CD2/heat.avi',
			],
		]);
		expect(groups[0]?.versions.map((version) => version.items.length)).toEqual([1, 2]);
	});

	it.each([
		{
			why: 'letter parts and number parts of one film form two stacks',
			files: [
				'Bad Boys (2006) part1.mkv',
				'Bad Boys (2006) parta.mkv',
				'Bad Boys (2006) part2.mkv',
				'Bad Boys (2006) partb.mkv',
			],
			stacks: [
				['Bad Boys (2006) part1.mkv', 'Bad Boys (2006) part2.mkv'],
				['Bad Boys (2006) parta.mkv', 'Bad Boys (2006) partb.mkv'],
			],
		},
		{
			why: 'a lone letter part stays out of the numbered stack',
			files: ['Heat (1995) cd2.avi', 'Heat (1995) cda.avi', 'Heat (1995) cd1.avi'],
			stacks: [['Heat (1995) cd1.avi', 'Heat (1995) cd2.avi'], ['Heat (1995) cda.avi']],
		},
		{
			why: 'lettered parts alone still stack, in part order',
			files: ['Movie (2001) partb.mkv', 'Movie (2001) parta.mkv'],
			stacks: [['Movie (2001) parta.mkv', 'Movie (2001) partb.mkv']],
		},
	])('stacks by marker kind: $why', ({ files, stacks }) => {
		const groups = groupInventory(rows(...files));
		const found = groups.flatMap((group) =>
			group.versions.map((version) => version.items.map((item) => item.path)),
		);
		expect(found.sort((a, b) => (a[0] as string).localeCompare(b[0] as string))).toEqual(stacks);
	});

	it('keeps split copies of different quality apart, each in part order', () => {
		const groups = groupInventory(
			rows(
				'Films/Heat (1995)/Heat.1995.720p-pt2.mkv',
				'Films/Heat (1995)/Heat.1995.1080p-pt2.mkv',
				'Films/Heat (1995)/Heat.1995.1080p-pt1.mkv',
				'Films/Heat (1995)/Heat.1995.720p-pt1.mkv',
			),
		);
		expect(versionPaths(groups)).toEqual([
			[
				'Films/Heat (1995)/Heat.1995.1080p-pt1.mkv',
				'Films/Heat (1995)/Heat.1995.1080p-pt2.mkv',
				'Films/Heat (1995)/Heat.1995.720p-pt1.mkv',
				'Films/Heat (1995)/Heat.1995.720p-pt2.mkv',
			],
		]);
		expect(groups[0]?.versions.map((version) => version.label)).toEqual([
			'1080p · 2 parts',
			'720p · 2 parts',
		]);
	});

	it('orders versions by resolution, source, HDR, then size, and labels them', () => {
		const items: InventoryItem[] = [
			{ path: 'Films/Heat (1995)/Heat.1995.1080p.WEB-DL.mkv', size: 9 },
			{ path: 'Films/Heat (1995)/Heat.1995.1080p.BluRay.REMUX.mkv', size: 30 },
			{ path: 'Films/Heat (1995)/Heat.1995.2160p.WEBRip.mkv', size: 12 },
			{ path: 'Films/Heat (1995)/Heat.1995.2160p.WEBRip.HDR.mkv', size: 11 },
			{ path: 'Films/Heat (1995)/Heat.1995.720p.HDTV.mkv', size: 2 },
			{ path: 'Films/Heat (1995)/Heat.1995.720p.HDTV.PROPER.mkv', size: 3 },
			{ path: 'Films/Heat (1995)/Heat.1995.DVDRip.mkv' },
		];
		const [group] = groupInventory(shuffled(items, 3));
		expect(group?.versions.map((version) => version.items[0]?.path.split('/').pop())).toEqual([
			'Heat.1995.2160p.WEBRip.HDR.mkv',
			'Heat.1995.2160p.WEBRip.mkv',
			'Heat.1995.1080p.BluRay.REMUX.mkv',
			'Heat.1995.1080p.WEB-DL.mkv',
			'Heat.1995.720p.HDTV.PROPER.mkv',
			'Heat.1995.720p.HDTV.mkv',
			'Heat.1995.DVDRip.mkv',
		]);
		expect(group?.versions.map((version) => version.label)).toEqual([
			'2160p HDR',
			'2160p',
			'1080p Remux',
			'1080p WEB-DL',
			'720p · Heat.1995.720p.HDTV.PROPER.mkv',
			'720p · Heat.1995.720p.HDTV.mkv',
			'DVD',
		]);
		expect(group?.versions[0]).toMatchObject({ resolution: '2160p', source: 'webrip', hdr: 'hdr', size: 11 });
	});

	it('makes editions versions of one card by default, with the edition in the label', () => {
		const paths = [
			'Films/Blade Runner (1982)/Blade.Runner.1982.Final.Cut.2160p.UHD.BluRay.REMUX.HDR.mkv',
			'Films/Blade Runner (1982)/Blade.Runner.1982.Directors.Cut.1080p.BluRay.x264.mkv',
			'Films/Blade Runner (1982)/Blade.Runner.1982.1080p.BluRay.x264.mkv',
			'Films/Blade Runner (1982)/Blade.Runner.1982.Directors.Cut.720p-cd2.mkv',
			'Films/Blade Runner (1982)/Blade.Runner.1982.Directors.Cut.720p-cd1.mkv',
			'Films/Blade Runner (1982)/Trailers/Blade Runner trailer.mkv',
		];
		const groups = groupInventory(rows(...paths));
		expect(groups).toHaveLength(1);
		expect(groups[0]?.edition).toBeUndefined();
		expect(groups[0]?.versions.map((version) => version.label)).toEqual([
			'2160p HDR · Final Cut',
			'1080p',
			"1080p · Director's Cut",
			"720p · Director's Cut · 2 parts",
		]);
		expect(groups[0]?.extras.map((item) => item.path)).toEqual([paths[5]]);
	});

	it("gives each edition a card of its own with editions: 'separate', extras on the plain one", () => {
		const groups = groupInventory(
			rows(
				'Films/Blade Runner (1982)/Blade.Runner.1982.Final.Cut.2160p.UHD.BluRay.REMUX.HDR.mkv',
				'Films/Blade Runner (1982)/Blade.Runner.1982.Directors.Cut.1080p.BluRay.x264.mkv',
				'Films/Blade Runner (1982)/Blade.Runner.1982.1080p.BluRay.x264.mkv',
				'Films/Blade Runner (1982)/Blade.Runner.1982.720p.Directors.Cut.mkv',
				'Films/Blade Runner (1982)/Blade Runner (1982)-trailer.mkv',
			),
			{ editions: 'separate' },
		);
		expect(
			groups.map((group) => [group.key, group.edition, group.versions.length, group.extras.length]),
		).toEqual([
			['title:blade-runner:1982', undefined, 1, 1],
			['title:blade-runner:1982:edition-directors-cut', "Director's Cut", 2, 0],
			['title:blade-runner:1982:edition-final-cut', 'Final Cut', 1, 0],
		]);
	});

	it('puts the extras of an edition-only film on its first edition card', () => {
		const groups = groupInventory(
			rows('X/Heat.1995.Extended.mkv', 'X/Heat.1995.Directors.Cut.mkv', 'X/Heat (1995)-trailer.mkv'),
			{ editions: 'separate' },
		);
		expect(groups.map((group) => [group.key, group.extras.length])).toEqual([
			['title:heat:1995:edition-directors-cut', 1],
			['title:heat:1995:edition-extended', 0],
		]);
	});
});

describe('groupInventory: extras', () => {
	it('attaches samples, trailers and featurettes to their film, never as a version', () => {
		const groups = groupInventory(
			rows(
				'Films/Heat.1995.1080p.BluRay.x264-GRP/heat.1995.1080p.bluray.x264-grp.mkv',
				'Films/Heat.1995.1080p.BluRay.x264-GRP/Sample/grp-sample.mkv',
				'Films/Heat.1995.1080p.BluRay.x264-GRP/heat.1995.1080p.bluray.x264-grp.srt',
				'Films/Alien (1979)/Alien (1979).mkv',
				'Films/Alien (1979)/Featurettes/Making of.mkv',
				'Films/Alien (1979)/Alien (1979)-trailer.mkv',
				'Films/Batman part1.mkv',
				'Films/Batman part2.mkv',
				'Films/Batman-trailer.mkv',
				'Films/Avengers.mkv',
			),
		);
		expect(groups.map((group) => [group.title, group.versions.length, group.extras.length])).toEqual([
			['Alien', 1, 2],
			['Avengers', 1, 0],
			['Batman', 1, 1],
			['Heat', 1, 2],
		]);
	});

	it('attaches the extras of a remake to the film of their folder, not to a same-title film', () => {
		const groups = groupInventory(
			rows(
				'Films/Dune (1984)/Dune (1984).mkv',
				'Films/Dune (1984)/Featurettes/Dune - Making of-featurette.mkv',
				'Films/Dune (1984)/dune-sample.mkv',
				'Films/Dune.mkv',
				'Films/Dune.2021.2160p.mkv',
			),
		);
		expect(groups.map((group) => [group.key, group.versions.length, group.extras.length])).toEqual([
			['title:dune', 1, 0],
			['title:dune:1984', 1, 2],
			['title:dune:2021', 1, 0],
		]);
	});

	it('gives extras whose film is absent a card without versions, so that no row is lost', () => {
		const items = rows(
			'Films/trailer.mp4',
			'Films/Heat (1995).mkv',
			'Films/Alien (1979).mkv',
			'Films/WillyWonka-trailer.mkv',
		);
		const groups = groupInventory(items);
		expect(groups.map((group) => [group.key, group.versions.length, group.extras.length])).toEqual([
			['title:alien:1979', 1, 0],
			['title:heat:1995', 1, 0],
			['extras:Films', 0, 1],
			['title:willywonka', 0, 1],
		]);
		expect(heldRows(groups)).toHaveLength(items.length);
	});

	it('attaches an extra by its own provider id', () => {
		const groups = groupInventory([
			{ path: 'Films/Heat (1995).mkv', tmdb_id: 949 },
			{ path: 'Bonus/heat-featurette.mkv', tmdb_id: 949 },
			{ path: 'Bonus/unknown-featurette.mkv', tmdb_id: 1 },
		]);
		expect(groups.map((group) => [group.key, group.versions.length, group.extras.length])).toEqual([
			['tmdb:movie:949', 1, 1],
			['tmdb:movie:1', 0, 1],
		]);
	});
});

describe('groupInventory: contract', () => {
	it('returns every row exactly once, as the same object, with its other fields untouched', () => {
		const items: InventoryItem[] = [
			{ path: 'Films/Heat (1995)/Heat.1995.1080p.mkv', size: 1, rating: 5, tags: ['a'] },
			{ path: 'Films/Heat (1995)/Heat.1995.1080p.mkv', size: 1, rating: 5, tags: ['a'] },
			{ path: 'Films/Heat (1995)/Sample/sample.mkv', custom: { nested: true } },
		];
		const before = JSON.stringify(items);
		const held = heldRows(groupInventory(items));
		expect(held).toHaveLength(3);
		for (const item of items) expect(held.filter((row) => row === item)).toHaveLength(1);
		expect(JSON.stringify(items)).toBe(before);
	});

	it('returns no card for no rows', () => {
		expect(groupInventory([])).toEqual([]);
	});

	it.each([
		[
			[{ path: 'a.mkv' }, { path: 'b.mkv' }, { path: 'c.mkv' }, { path: 42 }],
			'groupInventory: items[3].path must be a string, got number',
		],
		[[{ size: 1 }], 'groupInventory: items[0].path must be a string, got undefined'],
		[[{ path: null }], 'groupInventory: items[0].path must be a string, got null'],
		[[{ path: ['a.mkv'] }], 'groupInventory: items[0].path must be a string, got array'],
		[[{ path: 'a.mkv' }, null], 'groupInventory: items[1] must be an object with a string path, got null'],
		[['a.mkv'], 'groupInventory: items[0] must be an object with a string path, got string'],
	])('rejects a row without a string path, naming it (%#)', (items, message) => {
		expect(() => groupInventory(items as unknown as InventoryItem[])).toThrow(new TypeError(message));
	});

	it('rejects a non-array and bad options', () => {
		expect(() => groupInventory('a.mkv' as unknown as InventoryItem[])).toThrow(
			new TypeError('groupInventory: items must be an array, got string'),
		);
		expect(() => groupInventory([], { editions: 'plex' as 'separate' })).toThrow(
			new TypeError(`groupInventory: options.editions must be 'versions' or 'separate', got "plex"`),
		);
		expect(() => groupInventory([], { editions: (() => 1) as unknown as 'separate' })).toThrow(
			new TypeError(`groupInventory: options.editions must be 'versions' or 'separate', got function`),
		);
		expect(() => groupInventory([], 3 as unknown as { editions: 'versions' })).toThrow(
			new TypeError('groupInventory: options must be an object, got number'),
		);
		expect(groupInventory(rows('a (2000).mkv'), { editions: 'versions' })).toHaveLength(1);
	});

	it('returns the card holding a given path (helper sanity)', () => {
		const groups = groupInventory(rows('Heat (1995).mkv'));
		expect(cardOf(groups, 'Heat (1995).mkv').key).toBe('title:heat:1995');
		expect(() => cardOf(groups, 'nope')).toThrow('no card holds nope');
	});
});
