import { describe, expect, it } from 'vitest';
import { parseMediaPath } from '../../src/index.js';

/** What a file takes from the folders above it when its own name leaves it out. */
describe('parseMediaPath: folder context', () => {
	it('dates an episode by its show folder even when the name says everything else', () => {
		expect(parseMediaPath('TV/Doctor Who (2005)/Season 1/Doctor.Who.S01E01.720p.mkv')).toMatchObject({
			title: 'Doctor Who',
			year: 2005,
			season: 1,
			episodes: [1],
		});
		// Its own year stays.
		expect(parseMediaPath('TV/Doctor Who (2005)/Season 1/Doctor.Who.1963.S01E01.720p.mkv').year).toBe(1963);
		// Another show's folder dates nothing.
		expect(parseMediaPath('TV/Whoniverse (2005)/Doctor.Who.S01E01.720p.mkv').year).toBeUndefined();
	});

	it('reads a bracketed country after a title, as Plex names the two Offices', () => {
		expect(parseMediaPath('The Office (US) - S01E01 - Pilot.mkv')).toMatchObject({
			title: 'The Office',
			country: 'US',
			episodeTitle: 'Pilot',
		});
		expect(parseMediaPath('Shark Tank (AU) - S02E01.mkv').country).toBe('AU');
		expect(parseMediaPath('The Office (UK) (2001).mkv')).toMatchObject({ country: 'GB', year: 2001 });
		// Not a country: a longer group, or a code that is not one.
		expect(parseMediaPath('The Office (US Remake) - S01E01.mkv').country).toBeUndefined();
		expect(parseMediaPath('Paris (FR).mkv').country).toBeUndefined();
	});

	it("gives a file its show folder's country", () => {
		expect(parseMediaPath('TV/The Office (UK)/Series 1/The.Office.S01E01.mkv')).toMatchObject({
			title: 'The Office',
			country: 'GB',
		});
		// A file that names its own country keeps it.
		expect(parseMediaPath('TV/The Office (UK)/The.Office.US.S01E01.mkv').country).toBe('US');
	});

	it("spells a lower-case scene file's title as its release folder does", () => {
		expect(
			parseMediaPath('Films/Heat.1995.1080p.BluRay.x264-GRP/heat.1995.1080p.bluray.x264-grp.mkv'),
		).toMatchObject({ title: 'Heat', year: 1995, releaseGroup: 'grp' });
		expect(parseMediaPath('Star Trek Into Darkness (2013)/star.trek.into.darkness.2013.720p.mkv').title).toBe(
			'Star Trek Into Darkness',
		);
		// Only the same words: another title keeps its own spelling.
		expect(parseMediaPath('Films/Heat.1995.1080p-GRP/heat.wave.1995.mkv').title).toBe('heat wave');
	});

	it("keeps a number that closes its film folder's title in the title, not as an episode", () => {
		expect(parseMediaPath('Downloads/Apollo 13 (1995)/Apollo 13.mkv')).toMatchObject({
			kind: 'movie',
			title: 'Apollo 13',
			year: 1995,
		});
		expect(parseMediaPath('Apollo 13/apollo.13.avi')).toMatchObject({ kind: 'movie', title: 'Apollo 13' });
		// Without that folder the number stays an episode, as guessit reads it.
		expect(parseMediaPath('Downloads/Apollo 13.mkv')).toMatchObject({ kind: 'episode', episodes: [13] });
		// Another number, a show's folder or a season folder between them: still an episode.
		expect(parseMediaPath('Apollo 13 (1995)/Apollo 12.mkv').episodes).toEqual([12]);
		expect(parseMediaPath('TV/Naruto (2002)/Naruto 13.mkv').episodes).toEqual([13]);
		expect(parseMediaPath('TV/Show 13/Season 1/Show 13.mkv').episodes).toEqual([13]);
	});

	it('numbers an episode by a file name that is only a number, in a season folder', () => {
		expect(parseMediaPath('TV/Lost/Season 2/05.avi')).toMatchObject({
			kind: 'episode',
			title: 'Lost',
			season: 2,
			episodes: [5],
		});
		expect(parseMediaPath('TV/Lost/Specials/03.mkv')).toMatchObject({ season: 0, episodes: [3] });
		// So in a season pack's release folder, which names the show and its season.
		expect(parseMediaPath('Séries/Show/Show.S01.FRENCH.DVDRip/05.avi')).toMatchObject({
			title: 'Show',
			season: 1,
			episodes: [5],
			source: 'dvd',
		});
		expect(parseMediaPath('Show.Saison.2.FRENCH.DVDRip/203.avi')).toMatchObject({ season: 2, episodes: [3] });
		expect(parseMediaPath('Movie.2010.1080p.BluRay-GRP/01.avi').episodes).toBeUndefined();
		// Under a series root, a file of the show's own folder that numbers no episode is a special; one that
		// names its year is a film (Kaamelott's), and so is a file under a films root.
		expect(parseMediaPath('Séries/Show/Show - Christmas Special.mkv')).toMatchObject({
			kind: 'episode',
			title: 'Show',
			season: 0,
		});
		expect(parseMediaPath('Séries/Kaamelott/Kaamelott Premier Volet (2021).mkv').kind).toBe('movie');
		expect(parseMediaPath('Films/Heat/Heat.mkv').kind).toBe('movie');
		// French specials folders are season 0 too.
		expect(parseMediaPath('Séries/Kaamelott/Spéciaux/03.mkv')).toMatchObject({ season: 0, episodes: [3] });
		expect(parseMediaPath('Séries/Kaamelott/Hors-série/Kaamelott - Pilote.mkv')).toMatchObject({
			kind: 'episode',
			title: 'Kaamelott',
			season: 0,
		});
		// Three digits led by the season's number, as scene names write it: season 1 episode 7.
		expect(parseMediaPath('TV/Lost/Season 1/107.mkv').episodes).toEqual([7]);
		// A word or a year names the episode, as before.
		expect(parseMediaPath('TV/Lost/Season 1/Pilot.mkv')).toMatchObject({ episodeTitle: 'Pilot' });
		expect(parseMediaPath('TV/Lost/Season 1/Pilot.mkv').episodes).toBeUndefined();
		expect(parseMediaPath('TV/Lost/Season 1/2004.mkv').episodes).toBeUndefined();
	});

	it("reads a DVD's VIDEO_TS pieces as the parts of one copy, and its menus as extras", () => {
		expect(parseMediaPath('Films/Heat (1995)/VIDEO_TS/VTS_01_2.VOB')).toMatchObject({
			title: 'Heat',
			year: 1995,
			part: 2,
			source: 'dvd',
			container: 'vob',
		});
		expect(parseMediaPath('Films/Heat (1995)/VIDEO_TS/VTS_01_0.VOB').extra).toBe('other');
		expect(parseMediaPath('Films/Heat (1995)/VIDEO_TS/VIDEO_TS.VOB').extra).toBe('other');
		// A disc folder numbers the part of a multi-disc set.
		expect(parseMediaPath('Films/Heat (1995)/Disc 2/VIDEO_TS/VTS_01_1.VOB').part).toBe(2);
	});

	it("reads a Blu-ray folder's streams as Blu-ray, and its index and playlists as not video", () => {
		expect(parseMediaPath('Films/Avatar (2009)/BDMV/STREAM/00000.m2ts')).toMatchObject({
			title: 'Avatar',
			year: 2009,
			source: 'bluray',
			container: 'm2ts',
		});
		expect(parseMediaPath('Films/Avatar (2009)/BDMV/index.bdmv').container).toBe('bdmv');
		expect(parseMediaPath('Films/Avatar (2009)/BDMV/PLAYLIST/00800.mpls').container).toBe('mpls');
	});

	it('strips the extension of artwork, DVD data, soundtracks and subtitles', () => {
		for (const [path, container] of [
			['Films/Alien (1979)/poster.jpg', 'jpg'],
			['Films/Alien (1979)/VIDEO_TS/VTS_01_0.IFO', 'ifo'],
			['Films/Alien (1979)/theme.mp3', 'mp3'],
			['Films/Alien (1979)/Alien.1979.fr.vtt', 'vtt'],
		] as const) {
			expect(parseMediaPath(path).container).toBe(container);
		}
	});
});
