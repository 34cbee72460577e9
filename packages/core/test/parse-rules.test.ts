import { describe, expect, it } from 'vitest';
import { type ParsedMedia, parseMediaPath } from '../src/index.js';

type Case = readonly [path: string, expected: Partial<ParsedMedia>];

const check = (cases: readonly Case[]): void => {
	it.each(cases)('%s', (path, expected) => {
		expect(parseMediaPath(path)).toMatchObject(expected);
	});
};

/** Rule by rule: the less common conventions the parser reads. */
describe('parseMediaPath rules', () => {
	describe('episode markers', () => {
		check([
			['Some.Show.S03xE04.mkv', { season: 3, episodes: [4] }],
			['Some.Show.S03EP04.mkv', { season: 3, episodes: [4] }],
			['Some.Show.S03E04+05.mkv', { season: 3, episodes: [4, 5] }],
			['Some.Show.S03E04+E05.mkv', { episodes: [4, 5] }],
			['Some.Show.S03D2.NTSC.DVDR.iso', { kind: 'episode', title: 'Some Show', season: 3 }],
			['Some.Show.S03.E04.720p.mkv', { title: 'Some Show', season: 3, episodes: [4] }],
			['Some.Show.S03E04.S03E05.720p.mkv', { episodes: [4, 5] }],
			['Some Show - S03E04 & S03E05 - Two Parter.mkv', { episodes: [4, 5] }],
			['Some.Show.1x04x05.avi', { season: 1, episodes: [4, 5] }],
			['Some Show Episode 12 (720p).mkv', { kind: 'episode', title: 'Some Show', episodes: [12] }],
			['Some Show Episode 12v2.mkv', { episodes: [12] }],
			[
				'Some.Show.Ep.2x03.Title.mkv',
				{ title: 'Some Show', season: 2, episodes: [3], episodeTitle: 'Title' },
			],
			['Sports.Show.E.60.HDTV.mkv', { title: 'Sports Show', episodes: [60] }],
			['Nature.Docs.2of6.Whales.720p.mkv', { title: 'Nature Docs', episodes: [2] }],
			[
				'Nature.Docs.03.of.10.Oceans.720p.mkv',
				{ title: 'Nature Docs', episodes: [3], episodeTitle: 'Oceans' },
			],
			['Nature Docs 3 of 6 - Forests.mkv', { title: 'Nature Docs', episodes: [3] }],
			['Some.Show.1940x01.Title.mkv', { season: 1940, year: 1940, episodes: [1] }],
			['Some.Show.S2019E05.720p.mkv', { year: 2019, season: 2019, episodes: [5] }],
			['Serie.Nombre.Temporada.1.[Cap.102].mkv', { title: 'Serie Nombre', season: 1, episodes: [2] }],
			['Serie Nombre - Temporada 2 [HDTV][Cap.205].mkv', { season: 2, episodes: [5] }],
			['Some.Show.Saison.VII.FRENCH.mkv', { title: 'Some Show', season: 7 }],
			['Some.Show.Saison.sept.FRENCH.mkv', { season: 7 }],
			['Some.Show.Season.2of5.720p.mkv', { season: 2 }],
			['Some.Show.Season3.720p.mkv', { title: 'Some Show', season: 3 }],
			['Show_Name-s02-x03.mkv', { title: 'Show Name', season: 2, episodes: [3] }],
			['Some Show 13-16.mkv', { episodes: [13, 14, 15, 16] }],
			[
				'Long.Anime.1071.VOSTFR.1080p.WEB.x264-GRP.mkv',
				{ kind: 'episode', title: 'Long Anime', episodes: [1071] },
			],
			['Some.Show.S150E01.mkv', { season: 150, episodes: [1] }],
			['Some.Show.Saison.1.01.Le.Titre.avi', { season: 1, episodes: [1], episodeTitle: 'Le Titre' }],
			['Some Show - Saison 2 - 05 - Le Titre.avi', { season: 2, episodes: [5], episodeTitle: 'Le Titre' }],
			['Séries/Some Show/Saison 1/Some Show - Ép. 2.mkv', { title: 'Some Show', season: 1, episodes: [2] }],
			['Some Show - Saison 2 Épisode 4.mkv', { title: 'Some Show', season: 2, episodes: [4] }],
		]);
		it('does not read a picture size or an out-of-range year as an episode', () => {
			expect(parseMediaPath('Some.Clip.150x120.mkv').episodes).toBeUndefined();
			expect(parseMediaPath('Some.Show.S2999E05.720p.mkv', { maxYear: 2030 }).year).toBeUndefined();
			expect(parseMediaPath('Some.Show.2999x05.mkv').season).toBeUndefined();
		});
	});

	describe("an anime's episodes counted from the first", () => {
		check([
			// A fansub's subtitles tag, or an `Anime/` root: three digits count episodes from the first.
			['Naruto Shippuden 312 VOSTFR.mp4', { title: 'Naruto Shippuden', episodes: [312] }],
			['Séries/Boruto/Boruto - 293 VOSTFR.mp4', { title: 'Boruto', episodes: [293] }],
			['Anime/Naruto Shippuden/Naruto Shippuden - 312.mkv', { episodes: [312] }],
			// A scene release of a broadcast packs season and episode, subtitled or not.
			['Séries/Lost/lost.101.VOSTFR.hdtv.avi', { title: 'Lost', season: 1, episodes: [1] }],
			['Séries/Lost/Lost - 101 - Pilot.avi', { season: 1, episodes: [1], episodeTitle: 'Pilot' }],
			['Anime/Some Show/Saison 1/Some.Show.S01E03.mkv', { season: 1, episodes: [3] }],
		]);
		it('leaves a packed number without a season only when a hint says so', () => {
			expect(parseMediaPath('Séries/Naruto Shippuden/Naruto Shippuden - 312.mkv').season).toBe(3);
			expect(parseMediaPath('Naruto Shippuden 312 VOSTFR.mp4').season).toBeUndefined();
		});
	});

	describe('an episode number alone in brackets after the title', () => {
		check([
			[
				'The Office [401] Fun Run.avi',
				{ title: 'The Office', season: 4, episodes: [1], episodeTitle: 'Fun Run' },
			],
			['[Grp] Some Show [05][720p].mkv', { title: 'Some Show', episodes: [5], resolution: '720p' }],
			['Some Show [12] Title.mkv', { kind: 'episode', episodes: [12], episodeTitle: 'Title' }],
			// A year, a lone digit, a quality or a film library's file are not.
			['Some Film [1995].mkv', { kind: 'movie', year: 1995 }],
			['Some Film [2].mkv', { kind: 'movie', title: 'Some Film' }],
			['Some Film [1080p].mkv', { kind: 'movie', resolution: '1080p' }],
			['Films/Some Film [12].mkv', { kind: 'movie', title: 'Some Film' }],
		]);
	});

	describe('more episode shapes', () => {
		check([
			[
				'Shows/Some Show/Season 1/07-08 - Double Episode.mkv',
				{ title: 'Some Show', episodes: [7, 8], episodeTitle: 'Double Episode' },
			],
			[
				'003. Some Show - Episode Name.avi',
				{ title: 'Some Show', episodes: [3], episodeTitle: 'Episode Name' },
			],
			['[Grp] Some Show - 05-03 [720p].mkv', { episodes: [5] }],
			['Some.Show.S01E01.Pilot.Episode-GRP.mkv', { episodeTitle: 'Pilot Episode', releaseGroup: 'GRP' }],
			['Some.Show.S00E01.Special.mkv', { season: 0, episodeTitle: 'Special' }],
			['Some.Show.S01E01.The.Real.Deal.720p.mkv', { episodeTitle: 'The Real Deal', resolution: '720p' }],
			['Some.Show.S01E01.French.720p.mkv', { languages: ['fr'], resolution: '720p' }],
			['[Grp] Some Show S2 - 05 (1080p).mkv', { season: 2, episodes: [5], resolution: '1080p' }],
			['[Grp] Some Show (2019) - 04 [1080p].mkv', { kind: 'episode', year: 2019, episodes: [4] }],
			['[Grp] Some.Show.-.06.[720.Hi10p].mkv', { episodes: [6], resolution: '720p' }],
			['Some Title (2010) - 2.mkv', { kind: 'movie', title: 'Some Title' }],
			['Some.Show.Season.2.Episode.Final.mkv', { season: 2 }],
			['Serie.Nombre.Cap.12.mkv', { episodes: [12] }],
			['Some.Show.Season.1_3.720p', { season: 1 }],
		]);
		it('keeps numbers that belong to the title', () => {
			for (const path of [
				'Some.Saga.Vol.12.mkv',
				'Some.Docs.5of3.mkv',
				'Some.Clip.150x12.mkv',
				'Some.Docs.3.of.Life.mkv',
			]) {
				const parsed = parseMediaPath(path);
				expect(parsed.episodes).toBeUndefined();
				expect(parsed.kind).toBe('movie');
			}
			expect(parseMediaPath('Some.Title.9999p.mkv').height).toBeUndefined();
			expect(parseMediaPath('Some.Title.100p.mkv').height).toBeUndefined();
			expect(parseMediaPath('Some.Title.2048x1080.mkv').resolution).toBe('1080p');
			expect(parseMediaPath('Shows/Some Show/Season 1/05-06.mkv')).toMatchObject({
				title: 'Some Show',
				episodes: [5, 6],
			});
			expect(parseMediaPath('Some.Show.S01E01.+.720p.mkv').episodeTitle).toBeUndefined();
			expect(parseMediaPath('Some.Docs.03.of').episodes).toEqual([3]);
			expect(parseMediaPath('Some.Docs.3.of').episodes).toBeUndefined();
			expect(parseMediaPath('Some.Show.Season.2.Episode')).toMatchObject({ season: 2, title: 'Some Show' });
			expect(parseMediaPath('Some Title (2010)/VIDEO_TS/VTS_01_1-sample.VOB')).toMatchObject({
				title: 'Some Title',
				extra: 'sample',
			});
			expect(parseMediaPath('Clip p027 x.mkv').title).toBe('Clip p027 x');
			expect(parseMediaPath('Some.Movie.2160.1080p.mkv', { maxYear: 2200 }).year).toBe(2160);
			expect(parseMediaPath('Some.Movie.1080p.2160.mkv').year).toBeUndefined();
			expect(parseMediaPath('Some.Movie.2029.mkv', {}).year).toBe(2029);
			expect(parseMediaPath('Some Show - 01x02 - En Route, Yet En Retard.mkv').languages).toBeUndefined();
			expect(parseMediaPath('Some.Title.2010.DUAL.1080p.mkv').languages).toBeUndefined();
			expect(parseMediaPath('Some.Show.S01E01.REAL.PROPER.720p.mkv').episodeTitle).toBeUndefined();
			expect(parseMediaPath('Some.Title.2010.En.Avant.mkv').languages).toBeUndefined();
			expect(parseMediaPath('Some.Title.2010.UNRATED.Unrated.mkv').editions).toBeUndefined();
			const plex = parseMediaPath('Some Title (2010) {edition-Final Cut} Extended Unrated.mkv');
			expect([plex.edition, plex.editions]).toEqual(['Final Cut', undefined]);
			expect(parseMediaPath('www.site.com').title).toBe('www site com');
			expect(parseMediaPath('Some.Show.S01X02.mkv').kind).toBe('movie');
			expect(parseMediaPath('Some.Title.cd1x.avi').part).toBeUndefined();
			expect(parseMediaPath('1080p.x264.mkv').title).toBe('');
			expect(parseMediaPath('Some\u3000Title\u2003(2010).mkv')).toMatchObject({
				title: 'Some\u3000Title',
				year: 2010,
			});
			expect(parseMediaPath('[[Grp] x] Some Title) (2010).mkv')).toMatchObject({
				title: 'Some Title',
				year: 2010,
			});
			expect(parseMediaPath('Some Title (2010)/VIDEO_TS/VTS_01_1-cd2.VOB')).toMatchObject({
				title: 'Some Title',
				part: 2,
			});
		});
	});

	describe('edge cases', () => {
		it.each([
			['Some.Show.S01E1a.mkv', { kind: 'movie' }],
			['Some.Show.1x02y.mkv', { kind: 'movie' }],
			['Some.Show.1x02xa.mkv', { kind: 'movie' }],
			['Some.Show.Season.Foo.mkv', { kind: 'movie', title: 'Some Show Season Foo' }],
			['Some.Show.Season.2012.05.06.mkv', { date: '2012-05-06' }],
			['Some.Show.Saisonfoo.mkv', { kind: 'movie' }],
			['Movies/Some Title (2010)/trailer.mkv', { title: 'Some Title', extra: 'trailer' }],
			['Movies/Some Title (2010)/Movies/Some.Title.mkv', { title: 'Some Title', year: 2010 }],
			['Some.Title.2010.1080p-GRP/CD2/grp-st-cd2.avi', { title: 'Some Title', part: 2 }],
			['Some Folder/x.mkv', { title: 'x' }],
			['[Grp]', { title: 'Grp' }],
			['[Grp] [720p].mkv', { title: '', resolution: '720p' }],
			['Some.Title.2010.Extra.mkv', { extra: 'other' }],
			['Some Title Extra.mkv', { title: 'Some Title Extra' }],
			['[Grp] Some Show - 05-04.mkv', { episodes: [5] }],
			['Some.Show.S01E02.E02.720p.mkv', { episodes: [2] }],
			['Some.Show.S01E02.S02E03.720p.mkv', { episodes: [2] }],
			['Some.Show.S01E02 x S01E03.mkv', { episodes: [2] }],
			['Some.Show.S01E02-x.mkv', { episodes: [2] }],
			['HD Some Title.mkv', { title: 'HD Some Title' }],
			['1080p [Some Title].mkv', { title: '', resolution: '1080p' }],
			['x264.03.mkv', { title: '' }],
			['Some.Title.French.Kiss.mkv', { title: 'Some Title French Kiss' }],
			['Some.Title.FRENCH.2010.mkv', { title: 'Some Title', year: 2010 }],
			['Some.Title.FRENCH.S01E01.mkv', { title: 'Some Title FRENCH', episodes: [1] }],
			['Some.Title.French.Web.720p.mkv', { title: 'Some Title', languages: ['fr'] }],
			['Some.Title.2010.2011.mkv', { title: 'Some Title 2010', year: 2011 }],
			['Some.Title.1080p.2010.2011.mkv', { title: 'Some Title', year: 2010 }],
			['Some.Title.1080pfoo.mkv', { title: 'Some Title 1080pfoo' }],
			['Some.Title.1080p6.mkv', { resolution: '1080p' }],
			[
				'Some.Title.2010.x265.FRENCH.VOSTFR-GRP/Some.Title.2010.mkv',
				{
					videoCodec: 'h265',
					languages: ['fr'],
					subtitleLanguages: ['fr'],
				},
			],
			["Ocean's Eleven (2001)/Oceans.Eleven.mkv", { title: 'Oceans Eleven', year: 2001 }],
			[
				'Amélie (2001)/Le.Fabuleux.Destin.d.Amélie.Poulain.mkv',
				{ title: 'Le Fabuleux Destin d Amélie Poulain', year: 2001 },
			],
			['Some.Show.S01E02__S01E03.mkv', { episodes: [2] }],
			['05-03 - Title.mkv', { episodes: [5] }],
			['1080p.x264.05.mkv', { title: '' }],
			['Some.Show.Season1234.mkv', { kind: 'movie' }],
			['Some.Title.9999p.mkv', { title: 'Some Title 9999p' }],
		] as const)('%s', (path, expected) => {
			expect(parseMediaPath(path)).toMatchObject(expected);
		});
	});

	describe('home videos', () => {
		check([
			['IMG_1234.MOV', { kind: 'movie', title: 'IMG 1234' }],
			['DSC_0001.MOV', { kind: 'movie', title: 'DSC 0001' }],
			['GOPR0042.MP4', { kind: 'movie', title: 'GOPR0042' }],
			['Video.Games.The.Movie.2014.1080p.mkv', { title: 'Video Games The Movie', year: 2014 }],
		]);
	});

	describe('film libraries', () => {
		check([
			['Films/Apollo 13.mkv', { kind: 'movie', title: 'Apollo 13' }],
			['D:\\Movies\\Apollo 13\\Apollo 13.mkv', { kind: 'movie', title: 'Apollo 13' }],
			['Movies/Some Show/Some.Show.S01E01.mkv', { kind: 'episode', season: 1 }],
			['9-1-1.S01E01.720p.mkv', { title: '9-1-1', season: 1, episodes: [1] }],
		]);
	});

	describe("a film's number in its saga, spelled Episode", () => {
		check([
			[
				'Films/Star.Wars.Episode.4.Un.Nouvel.Espoir.1977.FRENCH.1080p.mkv',
				{ kind: 'movie', title: 'Star Wars Episode 4 Un Nouvel Espoir', year: 1977 },
			],
			[
				"Star Wars Épisode 5 - L'Empire contre-attaque (1980).mkv",
				{ kind: 'movie', title: "Star Wars Épisode 5 - L'Empire contre-attaque", year: 1980 },
			],
			['Star.Wars.Episode.6.1983.mkv', { kind: 'movie', title: 'Star Wars Episode 6', year: 1983 }],
			// Two digits, a short `Ep`, a year before the number or a season say an episode.
			['Some.Show.Episode.12.2019.mkv', { kind: 'episode', title: 'Some Show', episodes: [12] }],
			['Some.Show.Ep.4.2019.mkv', { kind: 'episode', title: 'Some Show', episodes: [4] }],
			['Some.Show.2005.Episode.4.mkv', { kind: 'episode', title: 'Some Show', episodes: [4] }],
			['Some.Show.Season.1.Episode.4.2019.mkv', { kind: 'episode', season: 1, episodes: [4] }],
			// A season folder or a series root says the same name numbers an episode.
			[
				'Anime/Some Show/Saison 1/Some Show Episode 5 (1998).mkv',
				{ kind: 'episode', title: 'Some Show', season: 1, episodes: [5] },
			],
			['Séries/Some Show/Some Show Episode 5 (1998).mkv', { kind: 'episode', episodes: [5] }],
		]);
	});

	describe("a show's files that number no episode", () => {
		check([
			// The words after the show's name title a special, however the name sets them off.
			[
				'Séries/Some Show/Some Show - Christmas Special.mkv',
				{ title: 'Some Show', season: 0, episodeTitle: 'Christmas Special' },
			],
			[
				'Séries/Some Show/Some.Show.Christmas.Special.720p.mkv',
				{ title: 'Some Show', season: 0, episodeTitle: 'Christmas Special', resolution: '720p' },
			],
			[
				'Some Show/Specials/Some.Show.Christmas.Special.1080p.mkv',
				{ title: 'Some Show', season: 0, episodeTitle: 'Christmas Special' },
			],
			[
				'/Séries/Kaamelott/Saison 1/Kaamelott - Le Duel.mkv',
				{ kind: 'episode', title: 'Kaamelott', season: 1, episodeTitle: 'Le Duel' },
			],
			['Séries/Some Show/Some Show - Christmas Special - Part 2.mkv', { season: 0, part: 2 }],
			['Séries/Some Show/Some Show.mkv', { title: 'Some Show', season: 0 }],
			// Four digits after the show's name that no year nor count reads: its season and episode.
			[
				'Séries/The Simpsons/the.simpsons.2401.hdtv.avi',
				{ title: 'The Simpsons', season: 24, episodes: [1] },
			],
			['Séries/Some Show/Some Show 1080.mkv', { season: 0, episodeTitle: '1080' }],
			// In a season folder, when they start with its number.
			['Séries/Les Simpson/Saison 24/les.simpson.2401.hdtv.avi', { season: 24, episodes: [1] }],
			['Séries/Les Simpson/Saison 23/Les Simpson 2402.avi', { season: 23, episodeTitle: '2402' }],
			// Out of a show's folder, a part is a film's.
			['Films/Some Film - Partie 2.mkv', { kind: 'movie', part: 2 }],
		]);
		it('reads the parts of a miniseries as its episodes', () => {
			const first = parseMediaPath('Séries/Chernobyl/Chernobyl.Part.1.1080p.mkv');
			const second = parseMediaPath('Séries/Chernobyl/Chernobyl - Partie 2.mkv');
			expect([first.title, first.episodes, first.part, first.season]).toEqual([
				'Chernobyl',
				[1],
				undefined,
				undefined,
			]);
			expect([second.title, second.episodes, second.part]).toEqual(['Chernobyl', [2], undefined]);
			expect(parseMediaPath('Séries/Some Show/Some Show.mkv').episodeTitle).toBeUndefined();
		});
	});

	describe('seasons numbered as books', () => {
		check([
			[
				'Séries/Kaamelott/Livre I/Kaamelott - Livre I - 01 - Heat.avi',
				{ kind: 'episode', title: 'Kaamelott', season: 1, episodes: [1], episodeTitle: 'Heat' },
			],
			[
				'Kaamelott.Livre.II.E05.Le.Dialogue.de.Paix.FRENCH.DVDRip.XviD.avi',
				{ title: 'Kaamelott', season: 2, episodes: [5], episodeTitle: 'Le Dialogue de Paix' },
			],
			['Kaamelott.Livre.VI.Ep.09.Dies.Irae.FRENCH.mkv', { title: 'Kaamelott', season: 6, episodes: [9] }],
			['Kaamelott.Livre.1.01.Heat.avi', { title: 'Kaamelott', season: 1, episodes: [1] }],
			// A `Livre I/` folder is the season of the files in it.
			['Kaamelott/Livre III/03 - Le Tournoi.mkv', { title: 'Kaamelott', season: 3, episodes: [3] }],
			['Kaamelott/Livre 1/Kaamelott.Ep.03.mkv', { title: 'Kaamelott', season: 1, episodes: [3] }],
			[
				'Kaamelott/Kaamelott - Livre II/01 - Le Renfort.avi',
				{ title: 'Kaamelott', season: 2, episodes: [1] },
			],
			// Elsewhere a book is a title's.
			['Films/Le Livre de la jungle (1967).mkv', { kind: 'movie', title: 'Le Livre de la jungle' }],
			['Films/Livre 2 (2020).mkv', { kind: 'movie', title: 'Livre 2', year: 2020 }],
			['Films/Le Livre 2.mkv', { kind: 'movie', title: 'Le Livre 2' }],
			['Films/Le.Livre.2.Les.Secrets.2004.FRENCH.mkv', { kind: 'movie', year: 2004 }],
		]);
	});

	describe('season packs', () => {
		check([
			['Some.Show.S01-S03.1080p.BluRay.x264-GRP', { kind: 'episode', season: 1, seasons: [1, 2, 3] }],
			['Some Show Seasons 1 & 2 Complete', { seasons: [1, 2] }],
			['Some Show Seasons 1 to 4 720p', { seasons: [1, 2, 3, 4] }],
			['Some.Show.Season.1.3.4.720p', { seasons: [1, 3, 4] }],
			['Some.Show.Season.1-3.720p', { seasons: [1, 2, 3] }],
		]);
		it('gives no seasons for a single season', () => {
			expect(parseMediaPath('Some.Show.S02.720p.mkv').seasons).toBeUndefined();
			expect(parseMediaPath('Some.Show.S02.S01.720p.mkv').seasons).toBeUndefined();
		});
	});

	describe('dates', () => {
		check([
			['Night.Show.25.12.2019.720p.mkv', { kind: 'episode', date: '2019-12-25' }],
			['Night.Show.03-29-2012.HDTV.mkv', { title: 'Night Show', date: '2012-03-29' }],
			['Night.Show.2019-12-25.mkv', { date: '2019-12-25' }],
			// French broadcasts write the month in words, and `du` (of the) before the date.
			[
				'Emissions/Le 20h/Le 20h - 13 janvier 2023.mkv',
				{ kind: 'episode', title: 'Le 20h', date: '2023-01-13' },
			],
			['Quotidien - 1er mai 2023.mkv', { title: 'Quotidien', date: '2023-05-01' }],
			['Night Show - 2 May 2023.mkv', { title: 'Night Show', date: '2023-05-02' }],
			['Quotidien du 16.01.2023.mkv', { title: 'Quotidien', date: '2023-01-16' }],
			['Le 13 janvier.mkv', { kind: 'movie', title: 'Le 13 janvier' }],
			['10.05.21.Some.Movie.2010.720p.mkv', { title: 'Some Movie', year: 2010 }],
			// The words after an air date are the episode's title, as after an episode number.
			[
				'Emissions/Thalassa/Thalassa - 12.03.2019 - Les îles.mkv',
				{ title: 'Thalassa', date: '2019-03-12', episodeTitle: 'Les îles' },
			],
			[
				'Night.Show.2015.07.22.Guest.Name.720p.HDTV.x264-GRP.mkv',
				{ date: '2015-07-22', episodeTitle: 'Guest Name', releaseGroup: 'GRP' },
			],
		]);
		it('reads no episode title from a lone number after an air date', () => {
			expect(parseMediaPath('Night.Show.2016.05.18.720.HDTV.x264-GRP.mkv').episodeTitle).toBeUndefined();
			expect(parseMediaPath('Night Show - 2010-11-23 - Guest.mkv').releaseGroup).toBeUndefined();
		});
		it('rejects impossible dates', () => {
			expect(parseMediaPath('Night.Show.2019.13.45.mkv').date).toBeUndefined();
			expect(parseMediaPath('Night.Show.45.13.2019.mkv').date).toBeUndefined();
			expect(parseMediaPath('Night.Show.2019.12.25.mkv', { maxYear: 2010 }).date).toBeUndefined();
			expect(parseMediaPath('10 05 21 Some Movie.mkv').title).toBe('10 05 21 Some Movie');
		});
	});

	describe('titles', () => {
		check([
			['Avengers, The (1998).mkv', { title: 'The Avengers', year: 1998 }],
			['Ruby, Go (2010).mkv', { title: 'Ruby, Go' }],
			['Hello, World of Tomorrow (2010).mkv', { title: 'Hello, World of Tomorrow' }],
			['Aliens.SE.1986.720p.mkv', { title: 'Aliens', edition: 'Special Edition' }],
			['A.Common.Title.Special.2014.mkv', { title: 'A Common Title Special', year: 2014 }],
			['Paris.French.2011.FRENCH.DVDRip.avi', { title: 'Paris French', year: 2011 }],
			['Paris.French.2011.DVDRip.avi', { title: 'Paris', languages: ['fr'] }],
			['Some.Movie.FRENCH.mkv', { title: 'Some Movie', languages: ['fr'] }],
			['SOME.MOVIE.FRENCH.mkv', { title: 'SOME MOVIE FRENCH' }],
			['Some.Movie.Extended.720p.mkv', { title: 'Some Movie', edition: 'Extended' }],
			['+Plus+ (2010).mkv', { title: 'Plus' }],
			['Rush.._Beyond_the_Stage.2010.mkv', { title: 'Rush Beyond the Stage' }],
			['Mr. Nobody (2009).mkv', { title: 'Mr. Nobody' }],
			['S.H.I.E.L.D.2013.mkv', { title: 'S.H.I.E.L.D' }],
			['Fr - Some Title (2005).avi', { title: 'Some Title', year: 2005 }],
			[
				'h265 - HEVC Some Title Unrated 1080p.mkv',
				{ title: 'Some Title', edition: 'Unrated', videoCodec: 'h265' },
			],
			['HD 720p: Some Title 2010.mkv', { title: 'Some Title', resolution: '720p' }],
			['www.site.com - Some Title 2010 720p.mkv', { title: 'Some Title', year: 2010 }],
			['site.com_Some.Title.2010.720p.mkv', { title: 'Some Title' }],
			// After `www.`, any short last label is a domain; a site's name may hold a dash.
			['www.Cpasbien.pe - Some Title 1995 FRENCH DVDRiP.avi', { title: 'Some Title', year: 1995 }],
			['Zone-Telechargement.com_Some.Title.1995.MULTI.1080p.mkv', { title: 'Some Title', year: 1995 }],
			['www.Zone-Telechargement.com - Some.Title.1995.FRENCH.mkv', { title: 'Some Title', year: 1995 }],
			['Spider-Man.2002.1080p.mkv', { title: 'Spider-Man', year: 2002 }],
			['The.Final.Cut.2004.1080p.mkv', { title: 'The Final Cut', year: 2004 }],
			['Internal.Affairs.1990.1080p.mkv', { title: 'Internal Affairs', year: 1990 }],
			['Multi.Facial.1995.mkv', { title: 'Multi Facial', year: 1995 }],
			['The.Proper.Way.2010.mkv', { title: 'The Proper Way' }],
			['Movie.Title.UNRATED.2010.mkv', { title: 'Movie Title', edition: 'Unrated' }],
			['Some_Title_Criterion_Edition_(1985).avi', { title: 'Some Title', edition: 'Criterion' }],
			['Saga-f02-Second_Film.mkv', { kind: 'movie', title: 'Second Film' }],
			['Saga-f02-Second_Film-x01-Making_Of.mkv', { title: 'Second Film', extra: 'behind-the-scenes' }],
			['Some.Title.2010.UltraHD.mkv', { title: 'Some Title', resolution: '2160p' }],
			['Some\u00a0Title\u00a02010.mkv', { title: 'Some\u00a0Title', year: 2010 }],
		]);
	});

	describe('quality and languages', () => {
		check([
			['Some.Title.2010.1440p.WEB.mkv', { height: 1440 }],
			['Some.Title.2010.1444x866.mkv', { height: 866 }],
			['Some.Title.2010.1280x720.mkv', { resolution: '720p' }],
			['Some.Title.2010.1080p24.BluRay.mkv', { resolution: '1080p' }],
			['Some.Title.2010.MULTI+VFF.1080p.mkv', { languages: ['mul', 'fr'] }],
			['Some.Title.2010.ENG+ITA.1080p.mkv', { languages: ['en', 'it'] }],
			['Some Title (2013) [WEBDL-1080p] [ENG+RU+PT].mkv', { languages: ['en', 'ru', 'pt'] }],
			['Some.Title.2010.DVDRip.{Fr-Eng}.mkv', { languages: ['fr', 'en'] }],
			['Some.Title.2010.DVDRip.FR.mkv', { languages: ['fr'] }],
			['Some Show - 01x02 - En Route, Yet En Retard.mkv', { episodeTitle: 'En Route, Yet En Retard' }],
			['Some.Title.2010.FRENCH.TRUEFRENCH.VFF.mkv', { languages: ['fr'] }],
			// Written out, as a French owner names the dubbed copy; the original one is a plain tag.
			['Some Title (2010) - Version Française.mkv', { title: 'Some Title', languages: ['fr'] }],
			['Some.Title.2010.Version.Quebecoise.720p.mkv', { title: 'Some Title', languages: ['fr'] }],
			['Some Title (2010) - Version Originale.mkv', { title: 'Some Title' }],
			['La Version française (2010).mkv', { title: 'La Version française' }],
			['Some.Title.2010.VOSTFR.SUBFRENCH.ENGSUB.mkv', { subtitleLanguages: ['fr', 'en'] }],
			['Some.Title.2010.German.DL.1080p.mkv', { title: 'Some Title', languages: ['de', 'mul'] }],
			['Some.Title.2010.HDR10+.DV.HDR.mkv', { hdr: 'hdr10+' }],
			['Some.Title.2010.HDR.HDR10.mkv', { hdr: 'hdr10' }],
			['Some.Title.2010.DTS.AC3.DTS.mkv', { audio: ['dts', 'ac3'] }],
			['Some.Title.2010.BluRay.REMUX.mkv', { source: 'remux' }],
			['Some.Title.2010.REMUX.BluRay.mkv', { source: 'remux' }],
			['Some.Title.2010.DTS-HD.MA.5.1.mkv', { audio: ['dts-hd'] }],
			['Some.Title.2010.Blu-ray.H.264.mkv', { source: 'bluray', videoCodec: 'h264' }],
			[
				'Some.Title.2010.Directors.Cut.Extended.mkv',
				{ edition: "Director's Cut", editions: ["Director's Cut", 'Extended'] },
			],
			['Some.Title.2010.IMAX.UNRATED-GRP/grp-st.mkv', { edition: 'IMAX', editions: ['IMAX', 'Unrated'] }],
		]);
		it("reads Special Edition and SE as an edition, not a show's Christmas Special", () => {
			expect(parseMediaPath('Some.Title.2010.Special.Edition.720p.mkv').edition).toBe('Special Edition');
			expect(parseMediaPath('Some.Title.SE.1986.720p.mkv').edition).toBe('Special Edition');
			expect(parseMediaPath('Some.Show.2013.Christmas.Special.HDTV.x264-GRP.mp4').edition).toBeUndefined();
			expect(parseMediaPath('Some Show - 02.5 (Special) [BD 1080p].mkv').edition).toBeUndefined();
		});
		it('reads a stereoscopic copy as the 3D edition, and a lone SBS as a broadcaster', () => {
			expect(parseMediaPath('Some.Title.2009.3D.HSBS.1080p.BluRay.x264.mkv').edition).toBe('3D');
			expect(parseMediaPath('Some Title (2010) - [hsbs].mkv').edition).toBe('3D');
			expect(parseMediaPath('Some.Title.2015.1080p.3D.BluRay.Half-OU.x264-GRP.mkv').edition).toBe('3D');
			expect(parseMediaPath('Some Title (2009) - 3D.mkv').edition).toBe('3D');
			// Before a bare year, `3D` is the release's; the title keeps its own words.
			const before = parseMediaPath('Some.Title.3D.2013.1080p.BluRay.mkv');
			expect([before.title, before.year, before.edition]).toEqual(['Some Title', 2013, '3D']);
			const both = parseMediaPath('Some.Title.2009.Extended.3D.1080p.mkv');
			expect([both.edition, both.editions]).toEqual(['Extended', ['Extended', '3D']]);
			expect(parseMediaPath('Some.Show.S02E01.720p.SBS.WEB-DL.AAC2.0.H.264-GRP').edition).toBeUndefined();
		});
	});

	describe('folders', () => {
		check([
			['C:\\movie.mkv', { title: '' }],
			// A show's folder named by the end of its title does not take over its episodes.
			[
				'Anime/Frieren/[SubsPlease] Sousou no Frieren - 01 (1080p) [ABCD1234].mkv',
				{ kind: 'episode', title: 'Sousou no Frieren', episodes: [1], resolution: '1080p' },
			],
			['Séries/Show.S01E01.720p.HDTV-GRP/grp-show.s01e01.mkv', { title: 'Show', season: 1, episodes: [1] }],
			// An episode titled by its show's initials, leading article or not, takes its show folder's title.
			['Séries/Game of Thrones/Saison 8/GOT.S08E06.VOSTFR.720p.mkv', { title: 'Game of Thrones', season: 8 }],
			['Séries/Plus belle la vie/PBLV.E4500.FRENCH.mkv', { title: 'Plus belle la vie', episodes: [4500] }],
			['Séries/The Walking Dead/Season 1/TWD.S01E01.mkv', { title: 'The Walking Dead' }],
			['Séries/Le Bureau des Légendes/Saison 1/BDL.S01E01.mkv', { title: 'Le Bureau des Légendes' }],
			// Not a film's, nor other letters, nor a one-word show's.
			['Films/Game of Thrones/GOT.2019.mkv', { title: 'GOT', year: 2019 }],
			['Séries/Game of Thrones/Saison 8/GOTE.S08E06.mkv', { title: 'GOTE' }],
			['Séries/Lost/Saison 1/LO.S01E01.mkv', { title: 'LO' }],
			[
				'Some.Title.2010.2160p.HDR.DTS.EXTENDED.FRENCH.VOSTFR-GRP/grp-st.mkv',
				{
					title: 'Some Title',
					hdr: 'hdr',
					audio: ['dts'],
					edition: 'Extended',
					languages: ['fr'],
					subtitleLanguages: ['fr'],
					releaseGroup: 'GRP',
				},
			],
			['Some.Title.2010.1080p-GRP/Some.Title.2010.mkv', { title: 'Some Title', resolution: '1080p' }],
			['Some Title (2010)/Some.Title.mkv', { title: 'Some Title', year: 2010 }],
			['Other Title (2010)/Some.Title.mkv', { title: 'Other Title', year: 2010 }],
			['Other Title (2010)/Some.Longer.Title.mkv', { title: 'Some Longer Title' }],
			[
				'Shows/Some.Show.S01E07.1080p-GRP/QoQ-sbuS.p0801.70E10S.wohS.emoS.mkv',
				{ title: 'Some Show', season: 1, episodes: [7], resolution: '1080p' },
			],
			['Some.Show.S01E07.1080p-GRP/S01E07 reversed p0801.mkv', { season: 1 }],
			['Some.Show.S01.1080p-GRP/Some.Show.E05.mkv', { title: 'Some Show', season: 1, episodes: [5] }],
			[
				'Some Title (2010)/XD607ebb-BRc59935/XD607ebb-BRc59935-5155473f-1c5f49.avi',
				{ title: 'Some Title', year: 2010 },
			],
			[
				'Shows/Some Show/Season 01/Ep. 02 - Soul Hunter.mkv',
				{ title: 'Some Show', season: 1, episodes: [2], episodeTitle: 'Soul Hunter' },
			],
			['Shows/Some Show/Season 1/CD1/Some.Show.S01E01.mkv', { title: 'Some Show', season: 1, episodes: [1] }],
			['Movies/Some Title (2010)/Disc 2/VIDEO_TS/VTS_01_1.VOB', { title: 'Some Title', part: 2 }],
			['Movies/Some Title (2010)/Extras/Some Title-trailer.mkv', { title: 'Some Title', extra: 'trailer' }],
			['Some.Title.2010.1080p-GRP/Sample/grp-st-sample.mkv', { title: 'Some Title', extra: 'sample' }],
			['Some.Title.2010.720p-GRP/Some.Title.2010.mkv', { resolution: '720p', releaseGroup: 'GRP' }],
			[
				'Some.Title.2010.2160p.BluRay.x265.FRENCH.VOSTFR-GRP/Some.Title.2010.WEB.x264.MULTi.VOSTEN.mkv',
				{
					resolution: '2160p',
					source: 'web-dl',
					videoCodec: 'h264',
					languages: ['mul'],
					subtitleLanguages: ['en'],
					releaseGroup: 'GRP',
				},
			],
			[
				'Some.Title.2010.2160p.HDR.DTS.EXTENDED-GRP/Some.Title.2010.mkv',
				{
					resolution: '2160p',
					hdr: 'hdr',
					audio: ['dts'],
					edition: 'Extended',
				},
			],
		]);
	});

	describe('id tags', () => {
		check([
			['Some Title - tt0133093.mkv', { ids: { imdb: 'tt0133093' } }],
			['Some Title (tmdbid=603).mkv', { title: 'Some Title', ids: { tmdb: 603 } }],
			['Some Title (2010) [tvdbid=81189].mkv', { ids: { tvdb: 81189 } }],
		]);
		it('ignores look-alikes', () => {
			for (const path of [
				'Some Title {tmdb-1234567890123}.mkv',
				'Some Title {edition-}.mkv',
				'Some Title Attt0133093.mkv',
				'Some Title tt0133.mkv',
				'Some Title tt01330931234.mkv',
				'Some Title tt0133093x.mkv',
				'Some Title {tmdb-603.mkv',
				'Some Title {foo-603}.mkv',
			])
				expect(parseMediaPath(path).ids).toEqual({});
			expect(parseMediaPath('Some Title {edition-}.mkv').edition).toBeUndefined();
		});
	});

	describe('parts', () => {
		check([
			['Some.Title.2010.CD1of2.avi', { part: 1 }],
			['Some.Title.2010.part2.avi', { part: 2 }],
			// `sur`, French for `of`; a count of a few parts after a film's year; more is a series' episode.
			['Some.Title.2010.CD2sur2.avi', { kind: 'movie', title: 'Some Title', part: 2 }],
			['Some.Title.2010.FRENCH.DVDRip.XviD.1sur2.avi', { kind: 'movie', title: 'Some Title', part: 1 }],
			['Some Title (1997) 2of2.avi', { kind: 'movie', title: 'Some Title', year: 1997, part: 2 }],
			['Some.Show.2006.3of11.720p.mkv', { kind: 'episode', episodes: [3] }],
			['Some.Show.1of2.720p.mkv', { kind: 'episode', episodes: [1] }],
			['Some.Docu.1sur6.FRENCH.avi', { kind: 'episode', title: 'Some Docu', episodes: [1] }],
			// `Disque`, the French disc.
			['Some.Title.1979.FRENCH.DVDRip.Disque1.avi', { title: 'Some Title', part: 1 }],
			['Some Title (1995) Disque 2.avi', { title: 'Some Title', part: 2 }],
		]);
		it("keeps a title's Disque that no number follows", () => {
			const parsed = parseMediaPath("Le Disque d'or (1990).avi");
			expect([parsed.title, parsed.part]).toEqual(["Le Disque d'or", undefined]);
		});
	});
});
