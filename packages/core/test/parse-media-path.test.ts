import { describe, expect, it } from 'vitest';
import { type ParsedMedia, parseMediaPath } from '../src/index.js';

type Case = readonly [path: string, expected: Partial<ParsedMedia>];

const check = (cases: readonly Case[]): void => {
	it.each(cases)('%s', (path, expected) => {
		expect(parseMediaPath(path)).toMatchObject(expected);
	});
};

describe('parseMediaPath', () => {
	describe('movies', () => {
		check([
			[
				'The.Matrix.1999.1080p.BluRay.x264-GRP.mkv',
				{
					kind: 'movie',
					title: 'The Matrix',
					year: 1999,
					resolution: '1080p',
					source: 'bluray',
					videoCodec: 'h264',
					releaseGroup: 'GRP',
					container: 'mkv',
				},
			],
			['Inception (2010).mkv', { kind: 'movie', title: 'Inception', year: 2010 }],
			['Heat_1995_720p_HDTV.avi', { title: 'Heat', year: 1995, resolution: '720p', source: 'hdtv' }],
			['dune part two 2024 2160p web-dl ddp5.1 atmos hdr10 h265.mkv', { title: 'dune part two', year: 2024 }],
			[
				'Dune.Part.Two.2024.2160p.WEB-DL.DDP5.1.Atmos.DV.HDR10.H.265-GRP.mkv',
				{
					title: 'Dune Part Two',
					resolution: '2160p',
					source: 'web-dl',
					videoCodec: 'h265',
					audio: ['eac3', 'atmos'],
					// Dolby Vision with an HDR10 base layer: the first specific format wins.
					hdr: 'dolby-vision',
				},
			],
			[
				'Alien.1979.REMASTERED.1080p.BluRay.REMUX.AVC.TrueHD.7.1-GRP.mkv',
				{ source: 'remux', audio: ['truehd'], edition: 'Remastered' },
			],
			['Arrival.2016.4K.UHD.mkv', { title: 'Arrival', resolution: '2160p' }],
			['Tenet.2020.UHD.BluRay.x265.mkv', { title: 'Tenet', resolution: '2160p', videoCodec: 'h265' }],
			[
				'Old.Movie.1950.DVDRip.XviD.avi',
				{ title: 'Old Movie', year: 1950, source: 'dvd', videoCodec: 'xvid' },
			],
			[
				'Some.Film.2019.720p.WEBRip.x264.AAC-[YTS.MX].mp4',
				{ title: 'Some Film', source: 'webrip', releaseGroup: 'YTS.MX' },
			],
			[
				'Some Film (2019) [1080p] [WEBRip] [5.1] [YTS.MX].mp4',
				{ title: 'Some Film', year: 2019, resolution: '1080p' },
			],
		]);
	});

	describe('titles with numbers and punctuation', () => {
		check([
			['1917.2019.1080p.BluRay.x264.mkv', { title: '1917', year: 2019 }],
			['2012 (2009).mkv', { title: '2012', year: 2009 }],
			['2012.2009.720p.mkv', { title: '2012', year: 2009 }],
			['Blade.Runner.2049.2017.2160p.mkv', { title: 'Blade Runner 2049', year: 2017 }],
			['Blade Runner 2049.mkv', { kind: 'movie', title: 'Blade Runner 2049' }],
			['2001.A.Space.Odyssey.1968.1080p.BluRay.mkv', { title: '2001 A Space Odyssey', year: 1968 }],
			['The.Godfather.Part.II.1974.1080p.mkv', { kind: 'movie', title: 'The Godfather Part II', year: 1974 }],
			['The Godfather Part 2 (1974).mkv', { title: 'The Godfather Part 2', year: 1974 }],
			['Kill.Bill.Vol.1.2003.1080p.mkv', { kind: 'movie', title: 'Kill Bill Vol 1', year: 2003 }],
			[
				'Star.Wars.Episode.IV.A.New.Hope.1977.1080p.mkv',
				{ kind: 'movie', title: 'Star Wars Episode IV A New Hope' },
			],
			['Mr.&.Mrs.Smith.2005.720p.mkv', { title: 'Mr & Mrs Smith', year: 2005 }],
			['Mr & Mrs Smith (2005).mkv', { title: 'Mr & Mrs Smith' }],
			['Spider-Man.2002.1080p.mkv', { title: 'Spider-Man', year: 2002 }],
			['Spider-Man: No Way Home (2021).mkv', { title: 'Spider-Man: No Way Home', year: 2021 }],
			["Ocean's.Eleven.2001.1080p.mkv", { title: "Ocean's Eleven", year: 2001 }],
			['Apollo.13.1995.720p.mkv', { kind: 'movie', title: 'Apollo 13', year: 1995 }],
			['Toy.Story.2.1999.mkv', { kind: 'movie', title: 'Toy Story 2', year: 1999 }],
			['Se7en (1995).mkv', { title: 'Se7en', year: 1995 }],
			['S.W.A.T.2003.1080p.mkv', { title: 'S.W.A.T', year: 2003 }],
		]);
	});

	describe('French releases', () => {
		check([
			[
				'Intouchables.2011.TRUEFRENCH.1080p.BluRay.x264-ZT.mkv',
				{ title: 'Intouchables', year: 2011, languages: ['fr'], releaseGroup: 'ZT' },
			],
			[
				'Le.Fabuleux.Destin.d.Amelie.Poulain.2001.FRENCH.720p.mkv',
				{ title: 'Le Fabuleux Destin d Amelie Poulain', languages: ['fr'] },
			],
			['Les.Visiteurs.1993.VFF.1080p.BluRay.mkv', { title: 'Les Visiteurs', languages: ['fr'] }],
			['Incendies.2010.VFQ.720p.mkv', { title: 'Incendies', languages: ['fr'] }],
			['Dune.2021.MULTi.VFF.2160p.WEB-DL.mkv', { title: 'Dune', languages: ['mul', 'fr'] }],
			['Parasite.2019.VOSTFR.1080p.WEB.mkv', { title: 'Parasite', subtitleLanguages: ['fr'] }],
			[
				'Show.S01E01.VOSTFR.720p.WEB.x264.mkv',
				{ title: 'Show', season: 1, episodes: [1], subtitleLanguages: ['fr'] },
			],
			[
				'Le.Seigneur.des.Anneaux.2001.Version.Longue.1080p.mkv',
				{ title: 'Le Seigneur des Anneaux', edition: 'Extended' },
			],
			["L'Odyssée de Pi (2012).mkv", { title: "L'Odyssée de Pi", year: 2012 }],
			[
				'[ www.Torrent9.ph ] Les.Petits.Mouchoirs.2010.FRENCH.DVDRip.XviD.avi',
				{ title: 'Les Petits Mouchoirs', year: 2010 },
			],
			['French.Kiss.1995.1080p.mkv', { title: 'French Kiss', year: 1995 }],
		]);
	});

	describe('episodes', () => {
		check([
			[
				'Breaking.Bad.S05E14.720p.HDTV.x264-GRP.mkv',
				{ kind: 'episode', title: 'Breaking Bad', season: 5, episodes: [14] },
			],
			['Breaking.Bad.S05E14-E15.720p.mkv', { season: 5, episodes: [14, 15] }],
			['Breaking.Bad.S05E14E15E16.mkv', { episodes: [14, 15, 16] }],
			['Breaking.Bad.S05E14-16.mkv', { episodes: [14, 15, 16] }],
			[
				'Friends.1x02.The.One.With.The.Sonogram.avi',
				{ title: 'Friends', season: 1, episodes: [2], episodeTitle: 'The One With The Sonogram' },
			],
			['Doctor.Who.2005.S13E01.1080p.mkv', { title: 'Doctor Who', year: 2005, season: 13, episodes: [1] }],
			['Show Name - S01E02 - Pilot.mkv', { title: 'Show Name', episodes: [2], episodeTitle: 'Pilot' }],
			['The.Office.US.S02E01.720p.mkv', { title: 'The Office', country: 'US', season: 2 }],
			['Planet.Earth.E03.1080p.mkv', { kind: 'episode', title: 'Planet Earth', episodes: [3] }],
			[
				'The.Daily.Show.2014.03.25.720p.HDTV.mkv',
				{ kind: 'episode', title: 'The Daily Show', date: '2014-03-25' },
			],
			['Show.Name.Season.2.Episode.5.mkv', { season: 2, episodes: [5] }],
			['Show.Name.S02.1080p.BluRay.x264-GRP', { kind: 'episode', season: 2 }],
			['Sherlock.Saison.3.FRENCH.720p.mkv', { title: 'Sherlock', season: 3 }],
			['Show.Name.0307.HDTV.mkv', { season: 3, episodes: [7] }],
			['Show.Name.307.HDTV.mkv', { season: 3, episodes: [7] }],
		]);
	});

	describe('Plex / Jellyfin folders', () => {
		check([
			[
				'Show (2005)/Season 02/Show (2005) - s02e03 - The Title.mkv',
				{ kind: 'episode', title: 'Show', year: 2005, season: 2, episodes: [3], episodeTitle: 'The Title' },
			],
			[
				'TV/Show/Season 1/03 - Pilot.mkv',
				{ kind: 'episode', title: 'Show', season: 1, episodes: [3], episodeTitle: 'Pilot' },
			],
			['TV/Show/Season 1/S01E04.mkv', { kind: 'episode', title: 'Show', season: 1, episodes: [4] }],
			['TV/Show/Season 1/E05.mkv', { title: 'Show', season: 1, episodes: [5] }],
			['TV/Show/Specials/Show - Christmas Special.mkv', { kind: 'episode', title: 'Show', season: 0 }],
			[
				'Shows/Caprica (2009)/Season 1/Apotheosis.mp4',
				{ kind: 'episode', title: 'Caprica', season: 1, episodeTitle: 'Apotheosis' },
			],
			[
				"Movies/Movie (2020) {edition-Director's Cut}/Movie (2020) {edition-Director's Cut}.mkv",
				{ title: 'Movie', year: 2020, edition: "Director's Cut" },
			],
			['Movies/Heat (1995)/movie.mkv', { kind: 'movie', title: 'Heat', year: 1995 }],
			['Films/Amélie (2001)/Amelie.mkv', { title: 'Amelie', year: 2001 }],
			[
				'Films/Release.Name.2010.1080p.BluRay.x264-GRP/grp-rn.mkv',
				{ title: 'Release Name', year: 2010, resolution: '1080p' },
			],
			[
				'Films/Release.Name.2010.1080p.BluRay.x264-GRP/grp-release.name.2010.1080p.mkv',
				{ title: 'Release Name' },
			],
			[
				'TV/Zoo.S02E05.1080p.WEB-DL.DD5.1.H.264-GRP/160725_02.mkv',
				{ kind: 'episode', title: 'Zoo', season: 2, episodes: [5] },
			],
		]);
	});

	describe('disc structures', () => {
		check([
			[
				'Films/Heat (1995)/VIDEO_TS/VTS_01_1.VOB',
				{ kind: 'movie', title: 'Heat', year: 1995, container: 'vob' },
			],
			['Films/Avatar (2009)/BDMV/STREAM/00000.m2ts', { title: 'Avatar', year: 2009, container: 'm2ts' }],
			['Films/Avatar.2009.COMPLETE.BLURAY-GRP/BDMV/STREAM/00001.m2ts', { title: 'Avatar', year: 2009 }],
			['Films/Heat (1995)/Heat.1995.iso', { title: 'Heat', container: 'iso' }],
		]);
	});

	describe('Windows paths', () => {
		check([
			['D:\\Films\\Heat (1995)\\Heat.1995.1080p.mkv', { title: 'Heat', year: 1995 }],
			['D:\\Films\\Heat (1995)\\VIDEO_TS\\VTS_01_1.VOB', { title: 'Heat', year: 1995 }],
			[
				'\\\\nas\\media\\Series\\Show\\Season 04\\Show.S04E01.mkv',
				{ title: 'Show', season: 4, episodes: [1] },
			],
			['C:/Users/me/Videos/Show/Season 2/05 - Name.mkv', { title: 'Show', season: 2, episodes: [5] }],
		]);
	});

	describe('anime', () => {
		check([
			[
				'[SubsPlease] Frieren - 24 (1080p) [ABCD1234].mkv',
				{
					kind: 'episode',
					title: 'Frieren',
					episodes: [24],
					resolution: '1080p',
					releaseGroup: 'SubsPlease',
				},
			],
			['[Group] Show Name - 07v2 [720p].mkv', { title: 'Show Name', episodes: [7] }],
			['[Group] Show Name 679 [VOSTFR] [720p].mp4', { title: 'Show Name', episodes: [679] }],
			['[Group]_Show_Name_-_03_[BD][1080p].mkv', { title: 'Show Name', episodes: [3] }],
			['[Group] Show Name - 16-18 [1080p].mkv', { episodes: [16, 17, 18] }],
			['[Group] 05 - Show Name [1080p].mkv', { title: 'Show Name', episodes: [5] }],
		]);
	});

	describe('editions', () => {
		check([
			['Blade.Runner.1982.The.Final.Cut.1080p.BluRay.mkv', { title: 'Blade Runner', edition: 'Final Cut' }],
			['Aliens.1986.Directors.Cut.1080p.mkv', { title: 'Aliens', edition: "Director's Cut" }],
			["Aliens (1986) Director's Cut.mkv", { title: 'Aliens', edition: "Director's Cut" }],
			['Movie.2010.EXTENDED.720p.mkv', { edition: 'Extended' }],
			['Movie.2010.Extended.Edition.720p.mkv', { edition: 'Extended' }],
			['Movie.2010.UNRATED.720p.mkv', { edition: 'Unrated' }],
			['Movie.2010.THEATRICAL.720p.mkv', { edition: 'Theatrical' }],
			['Movie.2010.IMAX.720p.mkv', { edition: 'IMAX' }],
			['Movie.2010.Special.Edition.720p.mkv', { edition: 'Special Edition' }],
			[
				'X-Men.Days.of.Future.Past.2014.Rogue.Cut.1080p.mkv',
				{ title: 'X-Men Days of Future Past', edition: 'Rogue Cut' },
			],
			['Movie.2010.Criterion.1080p.mkv', { edition: 'Criterion' }],
			['Movie (2010) {edition-Ultimate Collector}.mkv', { title: 'Movie', edition: 'Ultimate Collector' }],
			// An edition written as the name's last part, before its year: the subtitle stays the title's.
			[
				"Le Seigneur des Anneaux - La Communauté de l'Anneau - Version Longue (2001).mkv",
				{ title: "Le Seigneur des Anneaux - La Communauté de l'Anneau", year: 2001, edition: 'Extended' },
			],
			[
				"Le Seigneur des Anneaux - La Communauté de l'Anneau - Extended (2001).mkv",
				{ title: "Le Seigneur des Anneaux - La Communauté de l'Anneau", year: 2001, edition: 'Extended' },
			],
			['Kill Bill - Unrated (2003).mkv', { title: 'Kill Bill', year: 2003, edition: 'Unrated' }],
			['Heat - Extended.mkv', { title: 'Heat', edition: 'Extended' }],
			// Undashed, a lone edition word before the year is the title's.
			['Extended (2010).mkv', { title: 'Extended', year: 2010 }],
		]);

		describe('written in French', () => {
			check([
				['Heat.1995.VERSION.INTEGRALE.FRENCH.DVDRip.avi', { title: 'Heat', edition: 'Uncut' }],
				['Heat.1995.Version.Intégrale.1080p.mkv', { title: 'Heat', edition: 'Uncut' }],
				['Heat.1995.REMASTERISE.MULTi.2160p.mkv', { title: 'Heat', edition: 'Remastered' }],
				['Heat.1995.Version.Restauree.720p.mkv', { title: 'Heat', edition: 'Restored' }],
				['Heat.1995.Edition.Speciale.DVDRip.avi', { title: 'Heat', edition: 'Special Edition' }],
				['Heat.1995.Version.Longue.FRENCH.720p.mkv', { title: 'Heat', edition: 'Extended' }],
				['Heat.1995.Version.Du.Realisateur.1080p.mkv', { title: 'Heat', edition: "Director's Cut" }],
				['Heat.1995.Version.du.Réalisateur.1080p.mkv', { title: 'Heat', edition: "Director's Cut" }],
				['Heat (1995) - Montage du réalisateur.mkv', { title: 'Heat', edition: "Director's Cut" }],
				['Heat.1995.Montage.Du.Realisateur.1080p.mkv', { title: 'Heat', edition: "Director's Cut" }],
				['Heat (1995) - Version remasterisée.mkv', { title: 'Heat', edition: 'Remastered' }],
				['Heat.1995.REMASTERISEE.1080p.mkv', { title: 'Heat', edition: 'Remastered' }],
				['Heat.1995.Édition.Collector.1080p.mkv', { title: 'Heat', edition: 'Collector' }],
				// A title's own word, with nothing of the edition after it.
				['Montage (2019)/Montage.2019.1080p.mkv', { title: 'Montage', year: 2019 }],
			]);
		});
	});

	describe("a film's number in its collection", () => {
		check([
			[
				"Films/Le Seigneur des anneaux/1 - La Communauté de l'anneau (2001).mkv",
				{ title: "La Communauté de l'anneau", year: 2001 },
			],
			[
				'Films/Le Seigneur des anneaux/02. Les Deux Tours (2002).mkv',
				{ title: 'Les Deux Tours', year: 2002 },
			],
			['Films/Saga/3 - Le Retour du roi (2003)/movie.mkv', { title: 'Le Retour du roi', year: 2003 }],
			// A number that is the whole title, or an episode's number in its season folder, stays.
			['Films/9 - 2009.mkv', { title: '9', year: 2009 }],
			[
				'Séries/Show/Saison 1/03 - Pilot (2005).mkv',
				{ kind: 'episode', title: 'Show', season: 1, episodes: [3] },
			],
			['Films/10 Cloverfield Lane (2016).mkv', { title: '10 Cloverfield Lane' }],
		]);
	});

	describe('parts', () => {
		check([
			['Movie.2010.cd1.avi', { title: 'Movie', part: 1 }],
			['Movie.2010.CD2.avi', { part: 2 }],
			['Movie 2010 cd 2.avi', { part: 2 }],
			['Movie.2010.pt1.mkv', { part: 1 }],
			['Movie (2010) - part2.mkv', { title: 'Movie', part: 2 }],
			['Movie (2010) - Part 2.mkv', { title: 'Movie', part: 2 }],
			['Heat.1995.Partie.2.FRENCH.avi', { title: 'Heat', part: 2 }],
			['Heat (1995) - Partie 1.avi', { title: 'Heat', part: 1 }],
			['Movie.2010.disc1.mkv', { part: 1 }],
			['Movie (2010)/CD1/movie.avi', { title: 'Movie', year: 2010, part: 1 }],
		]);
		it('keeps a title’s Part II / Part 1 in the title', () => {
			for (const name of [
				'The.Godfather.Part.II.1974.mkv',
				'Harry.Potter.and.the.Deathly.Hallows.Part.1.2010.mkv',
				// Before the year, a dashed part is the film's (Plex names the film so).
				'Harry Potter and the Deathly Hallows - Part 1 (2010).mkv',
				'Harry Potter et les Reliques de la Mort - Partie 1 (2010).mkv',
			]) {
				const parsed = parseMediaPath(name);
				expect(parsed.part, name).toBeUndefined();
				expect(parsed.title, name).toMatch(/Parti?e? (II|1)$/);
			}
		});
	});

	describe('extras', () => {
		check([
			['Movie (2010)/Movie (2010)-trailer.mkv', { title: 'Movie', extra: 'trailer' }],
			['Movie.2010.720p.BluRay.x264-GRP.sample.mkv', { title: 'Movie', extra: 'sample' }],
			['Movie.2010.720p-sample.mkv', { extra: 'sample' }],
			['Movie (2010)/Sample/grp-movie.mkv', { extra: 'sample' }],
			['Movie (2010)/Extras/Making of.mkv', { title: 'Movie', year: 2010, extra: 'behind-the-scenes' }],
			['Movie (2010)/Featurettes/Visual Effects.mkv', { title: 'Movie', extra: 'featurette' }],
			['Movie (2010)/Behind The Scenes/Day One.mkv', { extra: 'behind-the-scenes' }],
			['Movie (2010)/Deleted Scenes/Alternate Ending.mkv', { extra: 'deleted-scene' }],
			['Movie (2010)/Trailers/Teaser.mkv', { extra: 'trailer' }],
			['Movie (2010)/Interviews/Director.mkv', { extra: 'interview' }],
			['Movie (2010)/Movie-behindthescenes.mkv', { extra: 'behind-the-scenes' }],
			['Movie (2010)/Movie-deleted.mkv', { extra: 'deleted-scene' }],
			// A season named after the extras words is the extra's, not an episode's.
			['Séries/Show/Show - Bande-annonce Saison 1.mkv', { title: 'Show', extra: 'trailer' }],
			['Séries/Show/Show - Making of Saison 2.mkv', { title: 'Show', extra: 'behind-the-scenes' }],
			['Séries/Show/Show - Saison 1.mkv', { kind: 'episode', season: 1 }],
		]);
		it('keeps no season on an extra named after its season', () => {
			expect(parseMediaPath('Séries/Show/Show - Bande-annonce Saison 1.mkv').season).toBeUndefined();
		});

		describe('named in French, or in several words, at the end of the name', () => {
			check([
				[
					'Films/Heat (1995)/Heat (1995) - Bande annonce.mkv',
					{ title: 'Heat', year: 1995, extra: 'trailer' },
				],
				['Films/Heat (1995)/Heat.1995.Bande-Annonce.VF.mkv', { title: 'Heat', extra: 'trailer' }],
				['Downloads/Heat Bande Annonce VOSTFR.mp4', { title: 'Heat', extra: 'trailer' }],
				['Films/Heat (1995)/Heat.1995.Making.Of.mkv', { title: 'Heat', extra: 'behind-the-scenes' }],
				['Séries/Kaamelott/Kaamelott - Le Making-of.mkv', { title: 'Kaamelott', extra: 'behind-the-scenes' }],
				['Films/Heat (1995)/Heat - Scènes coupées.mkv', { title: 'Heat', extra: 'deleted-scene' }],
				['Films/Heat (1995)/Heat.1995.Behind.The.Scenes.mkv', { title: 'Heat', extra: 'behind-the-scenes' }],
				['Films/Heat (1995)/Heat.1995.betisier.mkv', { title: 'Heat', extra: 'other' }],
				['Films/Heat (1995)/Heat.1995.Trailer.VF.mkv', { title: 'Heat', extra: 'trailer' }],
			]);
			it('leaves a title ending with such words alone unless they end the name', () => {
				expect(parseMediaPath('Films/The Making of a Lady (2012).mkv')).toMatchObject({
					title: 'The Making of a Lady',
				});
				expect(parseMediaPath('Films/The Making of a Lady (2012).mkv').extra).toBeUndefined();
				expect(parseMediaPath('Films/Psych.S02E03.Psy.Vs.Psy.French.srt').episodeTitle).toBe(
					'Psy Vs Psy French',
				);
			});
		});

		describe('named by the whole file name', () => {
			check([
				['Films/Heat (1995)/Trailer 2.mkv', { title: 'Heat', year: 1995, extra: 'trailer' }],
				['Films/Heat (1995)/Behind the Scenes.mkv', { title: 'Heat', extra: 'behind-the-scenes' }],
				['Films/Heat (1995)/Deleted Scenes.mkv', { title: 'Heat', extra: 'deleted-scene' }],
				['Films/Heat (1995)/Making-of.mkv', { title: 'Heat', extra: 'behind-the-scenes' }],
				['Films/Heat (1995)/Bêtisier.mkv', { title: 'Heat', extra: 'other' }],
				['Films/Heat (1995)/Extras/Extras.mkv', { title: 'Heat', extra: 'other' }],
			]);
			it("keeps a film or a show named like an extra: its folder's name says so", () => {
				expect(parseMediaPath('Films/Interview (2007)/Interview.mkv')).toMatchObject({
					kind: 'movie',
					title: 'Interview',
					year: 2007,
				});
				expect(parseMediaPath('Films/Interview (2007)/Interview.mkv').extra).toBeUndefined();
				// Loose in a collection folder, a file named by an extras word is a film too.
				expect(parseMediaPath('Films/Shorts.mkv')).toMatchObject({ kind: 'movie', title: 'Shorts' });
				expect(parseMediaPath('Films/Shorts.mkv').extra).toBeUndefined();
				const show = parseMediaPath('Séries/Extras/Season 1/Extras.S01E01.mkv');
				expect(show).toMatchObject({ kind: 'episode', title: 'Extras', season: 1, episodes: [1] });
				expect(show.extra).toBeUndefined();
			});
		});
		it('leaves the feature without extra', () => {
			expect(parseMediaPath('Movie (2010)/Movie (2010).mkv').extra).toBeUndefined();
		});
	});

	describe('id tags', () => {
		check([
			[
				'Movies/The Matrix (1999) {tmdb-603}/The Matrix (1999).mkv',
				{ title: 'The Matrix', ids: { tmdb: 603 } },
			],
			['The Matrix (1999) [tmdbid-603].mkv', { title: 'The Matrix', year: 1999, ids: { tmdb: 603 } }],
			['The Matrix (1999) [tmdbid=603].mkv', { ids: { tmdb: 603 } }],
			['The Matrix (1999) {imdb-tt0133093}.mkv', { ids: { imdb: 'tt0133093' } }],
			['The Matrix (1999) [imdbid-tt0133093].mkv', { ids: { imdb: 'tt0133093' } }],
			[
				'Shows/The Office (2005) {tvdb-73244}/Season 1/The Office - S01E01.mkv',
				{ title: 'The Office', ids: { tvdb: 73244 } },
			],
			[
				'Shows/The Office (2005) [tvdbid-73244]/Season 1/S01E02.mkv',
				{ title: 'The Office', ids: { tvdb: 73244 } },
			],
			['Movie (2010) {tmdb-1} {imdb-tt0000001}.mkv', { ids: { tmdb: 1, imdb: 'tt0000001' } }],
		]);
		it('ignores malformed tags', () => {
			expect(parseMediaPath('Movie (2010) {tmdb-abc} [imdbid-0133093].mkv').ids).toEqual({});
		});
	});
});
