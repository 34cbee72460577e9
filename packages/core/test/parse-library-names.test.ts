/**
 * Names from personal libraries, as grouping and enrichment met them: film subtitles after ` - `,
 * episode titles that look like extra suffixes, lettered and repeated part markers, Jellyfin's
 * `backdrops/` folder, and camera / phone clips.
 */
import { describe, expect, it } from 'vitest';
import { titleKeyOf } from '../src/enrich/title-key.js';
import { type ParsedMedia, parseMediaPath } from '../src/index.js';

type Case = readonly [path: string, expected: Partial<ParsedMedia>];

const check = (cases: readonly Case[]): void => {
	it.each(cases)('%s', (path, expected) => {
		expect(parseMediaPath(path)).toMatchObject(expected);
	});
};

describe('parseMediaPath on library names', () => {
	describe('a film keeps the subtitle it writes after " - "', () => {
		check([
			[
				'Films/Mission Impossible - Fallout (2018).mkv',
				{ title: 'Mission Impossible - Fallout', year: 2018 },
			],
			[
				'Films/Astérix et Obélix - Mission Cléopâtre (2002).mkv',
				{ kind: 'movie', title: 'Astérix et Obélix - Mission Cléopâtre', year: 2002 },
			],
			[
				'Films/Astérix et Obélix - Mission Cléopâtre (2002)/Astérix et Obélix - Mission Cléopâtre (2002) FRENCH 1080p.mkv',
				{
					title: 'Astérix et Obélix - Mission Cléopâtre',
					year: 2002,
					resolution: '1080p',
					languages: ['fr'],
				},
			],
			[
				'Harry Potter/Harry Potter - The Chamber of Secrets.mkv',
				{ title: 'Harry Potter - The Chamber of Secrets' },
			],
			[
				'Harry Potter/Harry Potter - The Prisoner of Azkaban.mkv',
				{ title: 'Harry Potter - The Prisoner of Azkaban' },
			],
			[
				'Films/Mission Impossible - Fallout (2018)/movie.mkv',
				{ title: 'Mission Impossible - Fallout', year: 2018 },
			],
			[
				'Films/Le Seigneur des Anneaux - Le Retour du Roi 2003.mkv',
				{ title: 'Le Seigneur des Anneaux - Le Retour du Roi', year: 2003 },
			],
			['Alien - Resurrection [1080p].mkv', { title: 'Alien - Resurrection', resolution: '1080p' }],
			[
				'Star Wars - Episode IV - A New Hope (1977).mkv',
				{ kind: 'movie', title: 'Star Wars - Episode IV - A New Hope' },
			],
			['Rocky - II.avi', { title: 'Rocky - II' }],
		]);

		it('sets no alternative title when the subtitle stays in the title', () => {
			expect(
				parseMediaPath('Films/Mission Impossible - Fallout (2018).mkv').alternativeTitle,
			).toBeUndefined();
		});
	});

	describe('what follows " - " is no subtitle when it labels the copy', () => {
		check([
			['Films/Four Brothers - A.avi', { title: 'Four Brothers' }],
			['Films/Inception - Copy.mkv', { title: 'Inception' }],
			['Films/Inception - 2.mkv', { title: 'Inception' }],
			['Inception - 1080p.mkv', { title: 'Inception', resolution: '1080p' }],
			['Inception (2010) - [hsbs].mkv', { title: 'Inception', year: 2010 }],
			["Inception - Director's Cut.mkv", { title: 'Inception', edition: "Director's Cut" }],
			['Inception - trailer.mkv', { title: 'Inception', extra: 'trailer' }],
			['Inception - cd1.avi', { title: 'Inception', part: 1 }],
			['Inception - part2.avi', { title: 'Inception', part: 2 }],
			['Inception - YIFY.mp4', { title: 'Inception' }],
		]);

		it('leaves the label out of the alternative title too', () => {
			expect(parseMediaPath('Films/Inception - Copy.mkv').alternativeTitle).toBeUndefined();
		});
	});

	describe('guessit’s split, kept as alternativeTitle', () => {
		check([
			[
				'Muse - Live at Rome Olympic Stadium 2013 1080p BluRay x264-GRP.mkv',
				{ title: 'Muse', alternativeTitle: 'Live at Rome Olympic Stadium', year: 2013 },
			],
			[
				'[Grp] Show - Other Name - 05 [1080p].mkv',
				{ kind: 'episode', title: 'Show', alternativeTitle: 'Other Name', episodes: [5] },
			],
			[
				'Engrenages - S01E02 - Le Duel.mkv',
				{ kind: 'episode', title: 'Engrenages', season: 1, episodes: [2], episodeTitle: 'Le Duel' },
			],
			['Engrenages - 1x02 - Le Duel.mkv', { title: 'Engrenages', episodeTitle: 'Le Duel' }],
		]);
	});

	describe('an episode title that looks like an extra suffix', () => {
		check([
			[
				'/TV/Show/Season 1/Show - S01E02 - Other.mkv',
				{ kind: 'episode', episodes: [2], episodeTitle: 'Other' },
			],
			[
				'/Séries/Engrenages/Saison 1/Engrenages - 1x04 - Interview.mkv',
				{ episodes: [4], episodeTitle: 'Interview' },
			],
			['The Office - S03E05 - Trailer.mkv', { episodes: [5], episodeTitle: 'Trailer' }],
			['Dexter - s02e07 - Sample.mkv', { episodes: [7], episodeTitle: 'Sample' }],
			// Glued to the marker or after the tags, the suffix still marks an extra.
			['/TV/Show/Season 1/Show - S01E01-trailer.mp4', { episodes: [1], extra: 'trailer' }],
			['Show.S01E02.720p.HDTV.x264-GRP.sample.mkv', { episodes: [2], extra: 'sample' }],
		]);

		it.each(['/TV/Show/Season 1/Show - S01E02 - Other.mkv', 'The Office - S03E05 - Trailer.mkv'])(
			'%s is not an extra',
			(path) => {
				expect(parseMediaPath(path).extra).toBeUndefined();
			},
		);
	});

	describe('lettered parts, a to d', () => {
		check([
			['Films/300 (2006)/300 (2006) parta.mkv', { title: '300', year: 2006, part: 1 }],
			['Films/300 (2006)/300 (2006) partb.mkv', { part: 2 }],
			['Films/300 (2006)/300 (2006) partc.mkv', { part: 3 }],
			['Films/300 (2006)/300 (2006) partd.mkv', { part: 4 }],
			['Le Grand Bleu (1988) cda.avi', { title: 'Le Grand Bleu', part: 1 }],
			['Le Grand Bleu (1988) cdb.avi', { title: 'Le Grand Bleu', part: 2 }],
			['Le Grand Bleu (1988) disca.avi', { title: 'Le Grand Bleu', part: 1 }],
		]);

		it.each(['300 (2006) parte.mkv', '300 (2006) partg.mkv', 'Le Grand Bleu (1988) cde.avi'])(
			'%s has no part',
			(path) => {
				expect(parseMediaPath(path).part).toBeUndefined();
			},
		);
	});

	describe('the last part marker is the part', () => {
		check([
			['Les Visiteurs 2 Disc 2 cd1.avi', { title: 'Les Visiteurs 2', part: 1 }],
			['Les Visiteurs 2 Disc 1 cd2.avi', { title: 'Les Visiteurs 2', part: 2 }],
			['Films/Les Visiteurs Disc 1/les.visiteurs.cd2.avi', { part: 2 }],
			['Films/Les Visiteurs Disc 2/movie.avi', { title: 'Les Visiteurs', part: 2 }],
		]);
	});

	describe('a 3D tag right before a bare year ends the title', () => {
		check([
			[
				'Avatar.3D.2009.1080p.BluRay.Half-SBS.x264-GRP.mkv',
				{ title: 'Avatar', year: 2009, resolution: '1080p' },
			],
			['Gravity.3D.2013.1080p.BluRay.x264-GRP.mkv', { title: 'Gravity', year: 2013 }],
		]);
	});

	describe('Jellyfin backdrops folders hold extras', () => {
		check([
			['Films/Amélie (2001)/backdrops/theme.mp4', { title: 'Amélie', year: 2001, extra: 'other' }],
			['Films/Amélie (2001)/backdrops/Amelie.mkv', { title: 'Amélie', extra: 'other' }],
			['backdrops/Amelie.mp4', { extra: 'other' }],
		]);
	});

	describe('camera and phone clips are home videos', () => {
		const clips: readonly Case[] = [
			['Films/VIDEO_2019-07-14_vacances.mp4', { kind: 'movie', title: 'VIDEO 2019-07-14 vacances' }],
			[
				'Videos/WhatsApp Video 2020-05-01 at 12.00.00.mp4',
				{ kind: 'movie', title: 'WhatsApp Video 2020-05-01 at 12.00.00' },
			],
			[
				'Screen Recording 2021-03-04 at 10.11.12.mov',
				{ kind: 'movie', title: 'Screen Recording 2021-03-04 at 10.11.12' },
			],
			['DCIM/VID_20190714_153000.mp4', { kind: 'movie', title: 'VID 20190714 153000' }],
			['DCIM/Camera/PXL_20230105_101112345.mp4', { kind: 'movie', title: 'PXL 20230105 101112345' }],
			['Vacances 2019/IMG_1234.MOV', { kind: 'movie', title: 'IMG 1234' }],
			['MOV_0012.mp4', { kind: 'movie', title: 'MOV 0012' }],
		];
		check(clips);

		it.each(clips)('%s has no date, episode or season, and is looked up nowhere', (path) => {
			const parsed = parseMediaPath(path);
			expect(parsed.date).toBeUndefined();
			expect(parsed.episodes).toBeUndefined();
			expect(parsed.season).toBeUndefined();
			expect(titleKeyOf(parsed)).toBeUndefined();
		});

		check([
			['Video Games The Movie (2014).mkv', { title: 'Video Games The Movie', year: 2014 }],
			['Daily Show 2020-05-01.mkv', { kind: 'episode', date: '2020-05-01' }],
		]);
	});
});
