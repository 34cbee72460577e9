import { groupInventory } from '@vm/core';
import { describe, expect, it } from 'vitest';
import { rows } from '../helpers/group-helpers.js';

const name = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** Each card of `paths` as `[key, title, versions]`, checked to come out the same from the rows reversed. */
const cardsInAnyOrder = (paths: readonly string[]): (string | number)[][] => {
	const cards = (list: readonly string[]): (string | number)[][] =>
		groupInventory(rows(...list)).map((card) => [card.key, card.title, card.versions.length]);
	const forward = cards(paths);
	expect(cards([...paths].reverse())).toEqual(forward);
	return forward;
};

/** Libraries as they are found on disk, each with a pitfall a card must not fall into. */
describe('groupInventory: library cases', () => {
	it("shows a title as its readers write it when the best copy's scene name drops accents and punctuation", () => {
		const groups = groupInventory(
			rows(
				"Films/Qu'est-ce qu'on a fait au Bon Dieu (2014).mkv",
				'Films/Qu.est.ce.qu.on.a.fait.au.Bon.Dieu.2014.FRENCH.1080p.BluRay.x264-GRP.mkv',
				'Films/A.Bout.De.Souffle.1960.1080p.mkv',
				'Films/À bout de souffle (1960).avi',
				'Films/Le.Dernier.Metro.1980.1080p.mkv',
				"Films/L'Dernier Metro (1980).avi",
			),
		);
		expect(groups.map((group) => [group.title, group.versions[0]?.label])).toEqual([
			['À bout de souffle', '1080p'],
			// Another article is another spelling, not a respelling: the best copy's title stays.
			['Le Dernier Metro', '1080p'],
			// The copies' languages differ (the owner's file names none): the French one says so.
			["Qu'est-ce qu'on a fait au Bon Dieu", '1080p · French'],
		]);
	});

	it('shows a title cased as its readers write it when the best copy capitalizes every word', () => {
		const groups = groupInventory(
			rows(
				'Films/Le.Comte.De.Monte.Cristo.2024.FRENCH.1080p.WEB.x264-GRP.mkv',
				'Films/Le Comte de Monte-Cristo (2024).mkv',
				'Films/Harry.Potter.And.The.Goblet.Of.Fire.2005.1080p.BluRay.mkv',
				'Films/Harry Potter and the Goblet of Fire (2005).avi',
				'Films/La.Haine.1995.1080p.BluRay.mkv',
				'Films/La haine (1995).avi',
				'Films/Iron.Man.3.2013.1080p.BluRay.mkv',
				'Films/Iron Man 3 (2013).avi',
				// An acronym in capitals is cased by hand too; a title all in capitals is not.
				'Films/Bac.Nord.2020.FRENCH.1080p.WEB.H264-FW.mkv',
				'Films/BAC Nord (2020).mkv',
				'Films/Heat.1995.1080p.BluRay.mkv',
				'Films/HEAT (1995).avi',
			),
		);
		// `La haine` has no capital after its first word: the scene's `La Haine` stays, as it is the title's.
		expect(groups.map((group) => group.title)).toEqual([
			'BAC Nord',
			'Le Comte de Monte-Cristo',
			'La Haine',
			'Harry Potter and the Goblet of Fire',
			'Heat',
			'Iron Man 3',
		]);
	});

	it('shows the title a file named by hand writes in full, or with its dashes, over a release name', () => {
		const groups = groupInventory(
			rows(
				'Films/Kill.Bill.Vol.1.2003.FRENCH.1080p.BluRay.x264-GRP.mkv',
				'Films/Kill Bill Volume 1 (2003).avi',
				'Films/Star.Wars.Episode.IV.A.New.Hope.1977.1080p.BluRay.mkv',
				'Films/Star Wars - Episode IV - A New Hope (1977).avi',
				// Without its year, a name by hand is too short a hint: the release's spelling stays.
				'Films/Kill.Bill.Vol.2.2004.1080p.BluRay.mkv',
				'Films/Kill Bill Volume 2.avi',
			),
		);
		expect(groups.map((group) => [group.title, group.versions.length])).toEqual([
			['Kill Bill Volume 1', 2],
			['Kill Bill Vol 2', 2],
			['Star Wars - Episode IV - A New Hope', 2],
		]);
	});

	it('makes one card of a title written with initials or numbers in words and the same written together or in digits', () => {
		const groups = groupInventory(
			rows(
				'Films/S.W.A.T. (2003).mkv',
				'Films/SWAT.2003.FRENCH.DVDRip.XviD.avi',
				'Séries/HPI/Saison 1/HPI.S01E01.FRENCH.1080p.WEB.H264.mkv',
				'Séries/HPI/Saison 1/H.P.I.S01E01.FRENCH.720p.HDTV.mkv',
				// Numbers in words or in digits.
				'Films/Le Cinquième Élément (1997).mkv',
				'Films/Le.5eme.Element.1997.FRENCH.1080p.BluRay.mkv',
				'Films/Trois Hommes et un couffin (1985).avi',
				'Films/3.Hommes.Et.Un.Couffin.1985.FRENCH.DVDRip.avi',
				// A French title's `Partie` is an English one's `Part`, and so is its `Deuxième Partie`.
				'Films/Dune Partie 2 (2024).mkv',
				'Films/Dune.Part.Two.2024.MULTi.2160p.WEB-DL.mkv',
				'Films/Dune Deuxième Partie (2024)/Dune.Deuxieme.Partie.2024.FRENCH.1080p.WEB.mkv',
				// `E.T.` is no `et`, which keys drop: it stays apart from a film titled `Et`.
				'Films/E.T. (1982).mkv',
				'Films/Et (1982).mkv',
			),
		);
		expect(groups.map((group) => [group.key, group.title, group.versions.length])).toEqual([
			['title:3-hommes-un-couffin:1985', 'Trois Hommes et un couffin', 2],
			['title:5e-element:1997', 'Le Cinquième Élément', 2],
			['title:and:1982', 'Et', 1],
			['title:dune-part-2:2024', 'Dune Partie 2', 3],
			['title:e-t:1982', 'E.T', 1],
			['title:hpi:s01e01', 'HPI', 2],
			['title:swat:2003', 'SWAT', 2],
		]);
	});

	it("files a scene release's proof pictures and screenshots under its film, and keeps a film named like an extras folder", () => {
		const groups = groupInventory(
			rows(
				'Downloads/Heat.1995.1080p.BluRay.x264-GRP/Heat.1995.1080p.BluRay.x264-GRP.mkv',
				'Downloads/Heat.1995.1080p.BluRay.x264-GRP/Proof/proof.jpg',
				'Downloads/Heat.1995.1080p.BluRay.x264-GRP/Screens/screen1.png',
				'Films/Proof/Proof.2005.1080p.BluRay.x264.mkv',
				'Films/Interview/Interview.2007.1080p.mkv',
			),
		);
		expect(groups.map((group) => [group.key, group.versions.length, group.extras.length])).toEqual([
			['title:heat:1995', 1, 2],
			['title:interview:2007', 1, 0],
			['title:proof:2005', 1, 0],
		]);
	});

	it('puts a film written without its subtitle on the card of the only film of its year written with one', () => {
		const groups = groupInventory(
			rows(
				'Films/Les Visiteurs (1993)/Les.Visiteurs.1993.FRENCH.1080p.mkv',
				'Films/Les Visiteurs 2 - Les Couloirs du temps (1998).avi',
				'Films/Les.Visiteurs.2.1998.FRENCH.DVDRip.XviD.avi',
				'Films/Les.Visiteurs.2.1998-trailer.mkv',
				'Films/Rocky (1976).mkv',
				'Films/Rocky - Director’s Commentary (1976).mkv',
				'Films/Rambo.2008.1080p.BluRay.mkv',
				'Films/Rambo - John Rambo (2008).mkv',
				'Films/Rambo - Notes (2008).mkv',
			),
		);
		expect(
			groups.map((group) => [group.key, group.title, group.versions.length, group.extras.length]),
		).toEqual([
			// Two films of 2008 written `Rambo - …`: the release joins neither.
			['title:rambo:2008', 'Rambo', 1, 0],
			['title:rambo-john-rambo:2008', 'Rambo - John Rambo', 1, 0],
			['title:rambo-notes:2008', 'Rambo - Notes', 1, 0],
			// A file named `Title (Year)` by its owner is that film, subtitled files aside.
			['title:rocky:1976', 'Rocky', 1, 0],
			['title:rocky-directors-commentary:1976', 'Rocky - Director’s Commentary', 1, 0],
			['title:visiteurs:1993', 'Les Visiteurs', 1, 0],
			['title:visiteurs-2-les-couloirs-du-temps:1998', 'Les Visiteurs 2 - Les Couloirs du temps', 2, 1],
		]);
	});

	it('shows the subtitled title of a film whose best copy drops both its subtitle and its accents', () => {
		const [card] = groupInventory(
			rows(
				'Films/Les.Bronzes.3.2006.FRENCH.1080p.BluRay.x264-GRP.mkv',
				'Films/Les Bronzés 3 - Amis pour la vie (2006).avi',
			),
		);
		expect([card?.key, card?.title, card?.versions.length]).toEqual([
			'title:bronzes-3-amis-pour-la-vie:2006',
			'Les Bronzés 3 - Amis pour la vie',
			2,
		]);
	});

	it('puts a title written with œ and its release name written with oe on one card', () => {
		const groups = groupInventory(
			rows(
				'Films/Le Cœur des hommes (2003).mkv',
				'Films/Le.Coeur.Des.Hommes.2003.FRENCH.DVDRip.XviD.avi',
				'Films/Le Cœur des hommes (2003)/le.coeur.des.hommes.2003.dvdrip.avi',
			),
		);
		expect(groups.map((group) => [group.key, group.title, group.versions.length])).toEqual([
			['title:coeur-des-hommes:2003', 'Le Cœur des hommes', 3],
		]);
	});

	it('puts Volume 1 and Vol. 1 of a film on one card', () => {
		const groups = groupInventory(
			rows(
				'Films/Kill Bill : Volume 1 (2003).mkv',
				'Films/Kill.Bill.Vol.1.2003.FRENCH.DVDRip.XviD.avi',
				'Films/Kill Bill Volume 2 (2004).mkv',
			),
		);
		expect(groups.map((group) => [group.key, group.versions.length])).toEqual([
			['title:kill-bill-vol-1:2003', 2],
			['title:kill-bill-vol-2:2004', 1],
		]);
	});

	it("keeps a film's Part 1 in its title however the name writes it, apart from Part 2", () => {
		const groups = groupInventory(
			rows(
				'Films/Harry Potter et les Reliques de la Mort - Partie 1 (2010).mkv',
				'Films/Harry.Potter.et.les.Reliques.de.la.Mort.Partie.1.2010.FRENCH.1080p.BluRay.x264-GRP.mkv',
				'Films/Harry Potter et les Reliques de la Mort - Partie 2 (2011).mkv',
				'Films/Heat (1995)/Heat (1995) - Partie 1.avi',
				'Films/Heat (1995)/Heat (1995) - Partie 2.avi',
			),
		);
		expect(groups.map((group) => [group.key, group.versions.map((version) => version.label)])).toEqual([
			[
				'title:harry-potter-les-reliques-de-la-mort-part-1:2010',
				['1080p · French', 'Harry Potter et les Reliques de la Mort - Partie 1 (2010).mkv'],
			],
			[
				'title:harry-potter-les-reliques-de-la-mort-part-2:2011',
				['Harry Potter et les Reliques de la Mort - Partie 2 (2011).mkv'],
			],
			// After the year, a part is a piece of one copy.
			['title:heat:1995', ['2 parts']],
		]);
	});

	it('labels a file of two episodes on the card of its first by the episodes it holds', () => {
		const [first, second] = groupInventory(
			rows(
				'Séries/Engrenages/Saison 1/Engrenages.S01E01E02.FRENCH.DVDRip.XviD.avi',
				'Séries/Engrenages/Saison 1/Engrenages.S01E01.FRENCH.720p.HDTV.x264.mkv',
				'Séries/Engrenages/Saison 1/Engrenages.S01E02.FRENCH.720p.HDTV.x264.mkv',
			),
		);
		expect(first?.key).toBe('title:engrenages:s01e01');
		expect(first?.versions.map((version) => version.label)).toEqual(['720p', 'DVD · episodes 1–2']);
		expect(second?.versions.map((version) => version.label)).toEqual(['720p']);
	});

	it("keeps a show's episodes apart in a folder named by the end of its title", () => {
		const groups = groupInventory(
			rows(
				'Anime/Frieren/[SubsPlease] Sousou no Frieren - 01 (1080p) [ABCD1234].mkv',
				'Anime/Frieren/[SubsPlease] Sousou no Frieren - 02 (1080p) [ABCD1235].mkv',
				'Anime/Frieren/Sousou no Frieren - 01 VOSTFR.mkv',
			),
		);
		expect(groups.map((group) => [group.key, group.kind, group.versions.length])).toEqual([
			['title:sousou-no-frieren:e01', 'episode', 2],
			['title:sousou-no-frieren:e02', 'episode', 1],
		]);
	});

	it('keeps apart the specials of two seasons that share a name, and joins two spellings of one', () => {
		const groups = groupInventory(
			rows(
				'Séries/Doctor Who/Season 1/Christmas Special.mkv',
				'Séries/Doctor Who/Season 2/Christmas Special.mkv',
				'Séries/Doctor Who/Season 2/Christmas-Special.avi',
			),
		);
		expect(groups.map((group) => [group.key, group.versions.length])).toEqual([
			['title:doctor-who:s01-x-christmas-special', 1],
			['title:doctor-who:s02-x-christmas-special', 2],
		]);
	});

	it("keeps each book's episodes apart in a show numbered by books (Kaamelott's Livre I to VI)", () => {
		const groups = groupInventory(
			rows(
				'Séries/Kaamelott/Livre I/Kaamelott - Livre I - 01 - Heat.avi',
				'Séries/Kaamelott/Livre I/Kaamelott.S01E01.Heat.FRENCH.720p.HDTV.x264.mkv',
				'Séries/Kaamelott/Livre II/Kaamelott - Livre II - 01 - Le Renfort.avi',
				'Séries/Kaamelott/Kaamelott.Livre.II.E01.FRENCH.DVDRip.XviD.avi',
				'Séries/Kaamelott/Livre III/03 - Le Tournoi.mkv',
			),
		);
		expect(groups.map((group) => [group.key, group.versions.length])).toEqual([
			['title:kaamelott:s01e01', 2],
			['title:kaamelott:s02e01', 2],
			['title:kaamelott:s03e03', 1],
		]);
	});

	it('tells copies of one name apart by the folders they are in (a film and its backup copy)', () => {
		const [card] = groupInventory(
			rows(
				'Films/Heat (1995)/Heat.1995.1080p.mkv',
				'Backup/Heat (1995)/Heat.1995.1080p.mkv',
				'Films/Heat (1995)/VIDEO_TS/VTS_01_1.VOB',
				'Films/Heat (1995)/VIDEO_TS/VTS_01_2.VOB',
				'Backup/Heat (1995)/VIDEO_TS/VTS_01_1.VOB',
				'DVD/Heat.1995.PAL.DVDR-GRP/VIDEO_TS/VTS_01_1.VOB',
			),
		);
		// A disc is named by the folder holding its structure, not by its first piece.
		expect(card?.versions.map((version) => version.label)).toEqual([
			'1080p · Backup/Heat (1995)/Heat.1995.1080p.mkv',
			'1080p · Films/Heat (1995)/Heat.1995.1080p.mkv',
			'DVD · disc · Backup/Heat (1995)',
			'DVD · disc · Heat.1995.PAL.DVDR-GRP',
			'DVD · disc · Films/Heat (1995)',
		]);
	});

	it('says which copy is dubbed and which subtitled when the copies are not all in one language', () => {
		const [heat, matrix] = groupInventory(
			rows(
				'Films/Heat (1995)/Heat.1995.VOSTFR.1080p.WEB.H264.mkv',
				'Films/Heat (1995)/Heat.1995.TRUEFRENCH.720p.BluRay.x264.mkv',
				'Films/Heat (1995)/Heat.1995.MULTi.VFQ.2160p.WEB-DL.HDR10.mkv',
				// All in one language: the labels say none.
				'Films/Matrix (1999)/The.Matrix.1999.FRENCH.1080p.BluRay.mkv',
				'Films/Matrix (1999)/The.Matrix.1999.FRENCH.720p.HDTV.mkv',
			),
		);
		expect(heat?.versions.map((version) => version.label)).toEqual([
			'2160p HDR10 · Multi + French (VFQ)',
			'1080p · French subs',
			'720p · French (VFF)',
		]);
		expect(matrix?.versions.map((version) => version.label)).toEqual(['1080p', '720p']);
	});

	it('says the languages of copies in several, and tells copies that still read the same apart by release group, then by file name', () => {
		const [heat, matrix] = groupInventory(
			rows(
				'Films/Heat (1995)/Heat.1995.MULTi.1080p.BluRay.x264-GRP.mkv',
				'Films/Heat (1995)/Heat.1995.VOSTFR.1080p.BluRay.x264-GRP.mkv',
				'Films/Heat.1995.TRUEFRENCH.1080p.BluRay.x264-GRP/heat-grp.mkv',
				'Films/Heat (1995)/Heat.1995.FRENCH.1080p.BluRay.x264-TEAM.mkv',
				'Films/Heat (1995)/Heat.1995.FRENCH.1080p.BluRay.x264-CREW.mkv',
				'Films/Heat (1995)/Heat.1995.720p.WEB-DL.mkv',
				// One group twice: the file names tell the copies apart.
				'Films/The Matrix (1999)/The.Matrix.1999.1080p.BluRay.x264-TEAM.mkv',
				'Films/The Matrix (1999)/The.Matrix.1999.REPACK.1080p.BluRay.x264-TEAM.mkv',
			),
		);
		// The copies are not all in one language: each says its own (the TRUEFRENCH release folder tells its
		// French dub, VFF), and one that gives none says nothing. The two FRENCH copies read the same, and
		// their release groups tell them apart.
		expect(heat?.versions.map((version) => version.label)).toEqual([
			'1080p BluRay · French · CREW',
			'1080p BluRay · French · TEAM',
			'1080p · Multi',
			'1080p · French subs',
			'1080p · French (VFF)',
			'720p',
		]);
		expect(matrix?.versions.map((version) => version.label)).toEqual([
			'1080p · The.Matrix.1999.1080p.BluRay.x264-TEAM.mkv',
			'1080p · The.Matrix.1999.REPACK.1080p.BluRay.x264-TEAM.mkv',
		]);
	});

	it('tells MULTi.VFF, MULTi.VFQ and VF2 copies apart by their French dub', () => {
		const [card] = groupInventory(
			rows(
				'Films/Dune (2021)/Dune.2021.MULTi.VFF.2160p.WEB-DL.mkv',
				'Films/Dune (2021)/Dune.2021.MULTi.VFQ.2160p.WEB-DL.mkv',
				'Films/Dune (2021)/Dune.2021.MULTi.VFF.VFQ.2160p.WEB-DL.mkv',
				'Films/Dune (2021)/Dune.2021.VFQ.mkv',
				'Films/Dune (2021)/Dune.2021.FRENCH.mkv',
				// Written out by its owner.
				'Films/Dune (2021)/Dune (2021) - Version Québécoise.mkv',
				// A disc's dub is its release folder's, above its structure.
				'Films/Dune (2021)/Dune.2021.MULTi.VFQ.COMPLETE.BLURAY/BDMV/STREAM/00001.m2ts',
				'Films/Dune (2021)/Dune.2021.MULTi.VFF.DVDR/VIDEO_TS/VTS_01_1.VOB',
			),
		);
		expect(card?.versions.map((version) => version.label)).toEqual([
			'2160p · Multi + French (VFF)',
			'2160p · Multi + French (VF2)',
			'2160p · Multi + French (VFQ)',
			'BluRay · disc · Multi + French (VFQ)',
			'DVD · disc · Multi + French (VFF)',
			'French (VFQ) · Dune (2021) - Version Québécoise.mkv',
			'French',
			'French (VFQ) · Dune.2021.VFQ.mkv',
		]);
	});

	it("puts a title written with an apostrophe and its scene name written with a dot on one card (Ch'tis)", () => {
		const groups = groupInventory(
			rows(
				"Films/Bienvenue chez les Ch'tis (2008).mkv",
				'Films/Bienvenue.Chez.Les.Ch.Tis.2008.FRENCH.DVDRip.XviD-GRP.avi',
				"Films/Ocean's Eleven (2001).mkv",
				'Films/Oceans.Eleven.2001.MULTi.1080p.BluRay.x264-GRP.mkv',
			),
		);
		expect(groups.map((group) => [group.title, group.versions.length])).toEqual([
			["Bienvenue chez les Ch'tis", 2],
			["Ocean's Eleven", 2],
		]);
	});

	it('labels a 3D copy as such, a version of its film or, with separate editions, a card of its own', () => {
		const paths = [
			'Films/Avatar (2009)/Avatar.2009.1080p.BluRay.x264-GRP.mkv',
			'Films/Avatar (2009)/Avatar.2009.3D.HSBS.1080p.BluRay.x264-GRP.mkv',
			'Films/Avatar (2009)/Avatar (2009) - 3D.mkv',
		];
		const [card, ...others] = groupInventory(rows(...paths));
		expect(others).toEqual([]);
		expect(card?.versions.map((version) => version.label)).toEqual(['1080p', '1080p · 3D', '3D']);
		expect(groupInventory(rows(...paths), { editions: 'separate' }).map((group) => group.key)).toEqual([
			'title:avatar:2009',
			'title:avatar:2009:edition-3d',
		]);
	});

	it('labels copies of unknown quality by their languages, then by file name', () => {
		const [film, episode] = groupInventory(
			rows(
				'Films/Heat (1995)/Heat (1995) VF.mkv',
				'Films/Heat (1995)/Heat (1995) VOSTFR.mkv',
				'Films/Heat (1995)/Heat (1995) [MULTi].mkv',
				'Films/Heat (1995)/Heat (1995) [FRENCH].avi',
				'Films/Heat (1995)/Heat (1995).mkv',
				'Films/Heat (1995)/Heat.1995.720p.VOSTFR.mkv',
				'Séries/Kaamelott/Kaamelott - S01E01E02 VOSTFR.mkv',
			),
		);
		// Two French copies read the same: their file names tell them apart. A copy whose name gives no
		// language is its file name; one of known quality says its languages after it.
		expect(film?.versions.map((version) => version.label)).toEqual([
			'720p · French subs',
			'French · Heat (1995) VF.mkv',
			'French subs',
			'French · Heat (1995) [FRENCH].avi',
			'Multi',
			'Heat (1995).mkv',
		]);
		expect(episode?.versions.map((version) => version.label)).toEqual(['French subs · episodes 1–2']);
	});

	it('files Title (Year) - <extras words…> as an extra of its film, not as a version', () => {
		const groups = groupInventory(
			rows(
				'Films/Heat (1995)/Heat.1995.1080p.BluRay.x264-GRP.mkv',
				'Films/Heat (1995)/Heat (1995) - Entretien avec Michael Mann.mkv',
				'Films/Heat (1995)/Heat (1995) - Coulisses du tournage.mkv',
				'Films/Heat (1995)/Heat (1995) - Scène coupée 1.mkv',
				'Films/Heat (1995)/Heat (1995) - Fin alternative.mkv',
				'Films/Heat (1995)/Heat (1995) - Commentaire audio.mkv',
				'Films/Heat (1995)/Heat (1995) - Short Version.mkv',
				'Films/Heat (1995)/Heat (1995) - Documentaire.mkv',
				'Films/Heat (1995)/Heat (1995) - Générique.mkv',
				'Films/Heat (1995)/Heat (1995) - Film-annonce.mkv',
				'Films/Heat (1995)/Heat (1995) - Scènes inédites.mkv',
				'Films/Heat (1995)/Heat (1995) - Prises ratées.mkv',
				'Films/Heat (1995)/Heat (1995) - Galerie photos.mkv',
				'Films/Heat (1995)/Heat (1995) - Spot TV.mkv',
				'Films/Entretien avec un vampire (1994).mkv',
				'Films/Le Générique (2010).mkv',
				'Séries/Show (2005)/Show (2005) - S01E01 - Interview.mkv',
			),
		);
		expect(
			groups.map((group) => [group.key, group.versions.length, group.extras.map((item) => name(item.path))]),
		).toEqual([
			['title:entretien-avec-un-vampire:1994', 1, []],
			['title:generique:2010', 1, []],
			[
				'title:heat:1995',
				2,
				[
					'Heat (1995) - Commentaire audio.mkv',
					'Heat (1995) - Coulisses du tournage.mkv',
					'Heat (1995) - Documentaire.mkv',
					'Heat (1995) - Entretien avec Michael Mann.mkv',
					'Heat (1995) - Film-annonce.mkv',
					'Heat (1995) - Fin alternative.mkv',
					'Heat (1995) - Galerie photos.mkv',
					'Heat (1995) - Générique.mkv',
					'Heat (1995) - Prises ratées.mkv',
					'Heat (1995) - Scène coupée 1.mkv',
					'Heat (1995) - Scènes inédites.mkv',
					'Heat (1995) - Spot TV.mkv',
				],
			],
			['title:show:2005:s01e01', 1, []],
		]);
	});

	it('files Title - <extras words…> and <extras words> - Name without a year as extras of the folder film', () => {
		const cards = groupInventory(
			rows(
				'Films/Inception (2010)/Inception.2010.1080p.BluRay.x264.mkv',
				'Films/Inception (2010)/Inception - Featurette - Dream Is Collapsing.mkv',
				'Films/Inception (2010)/Inception - Interview Christopher Nolan.mkv',
				'Films/Inception (2010)/Featurette - The Japanese Castle.mkv',
				'Films/Inception (2010)/Making of - Part 2.mkv',
				// A subtitle that is no extras word keeps the file a copy of its film.
				'Films/Inception (2010)/Inception - Version IMAX.mkv',
				// Words that also start a video of its own name no extra at the start of a name.
				'Documentaires/Documentaire - Les Alpes.mkv',
				'Films/Interview - Tom Cruise.mkv',
			),
		);
		expect(cards.map((card) => [card.key, card.versions.length, card.extras.length])).toEqual([
			['title:documentaire-les-alpes', 1, 0],
			['title:inception:2010', 2, 4],
			['title:interview-tom-cruise', 1, 0],
		]);
		const card = cards[1];
		expect(card?.versions.map((version) => version.items.map((item) => name(item.path)))).toEqual([
			['Inception.2010.1080p.BluRay.x264.mkv'],
			['Inception - Version IMAX.mkv'],
		]);
		expect(card?.extras.map((item) => name(item.path))).toEqual([
			'Featurette - The Japanese Castle.mkv',
			'Inception - Featurette - Dream Is Collapsing.mkv',
			'Inception - Interview Christopher Nolan.mkv',
			'Making of - Part 2.mkv',
		]);
	});

	it('files a download not finished yet under its film, never as a version', () => {
		const [card, ...others] = groupInventory(
			rows(
				'Films/Inception (2010)/Inception.2010.1080p.BluRay.x264.mkv',
				'Films/Inception (2010)/Inception.2010.2160p.UHD.BluRay.x265.mkv.part',
				'Films/Inception (2010)/Inception.2010.720p.WEB.mkv.!qB',
				'Films/Inception (2010)/Inception.2010.MULTi.1080p.WEB-DL.mkv.crdownload',
				'Films/Inception (2010)/Inception.2010.DVDRip.avi.!ut',
			),
		);
		expect(others).toEqual([]);
		expect(card?.versions.map((version) => version.label)).toEqual(['1080p']);
		expect(card?.extras.map((item) => name(item.path))).toEqual([
			'Inception.2010.2160p.UHD.BluRay.x265.mkv.part',
			'Inception.2010.720p.WEB.mkv.!qB',
			'Inception.2010.DVDRip.avi.!ut',
			'Inception.2010.MULTi.1080p.WEB-DL.mkv.crdownload',
		]);
	});

	it('files French-named and whole-name extras under their film, never as versions', () => {
		const [card, ...others] = groupInventory(
			rows(
				'Films/Heat (1995)/Heat.1995.MULTi.1080p.BluRay.x264.mkv',
				'Films/Heat (1995)/Heat (1995) - Bande annonce.mkv',
				'Films/Heat (1995)/Heat.1995.Bande-Annonce.VF.mkv',
				'Films/Heat (1995)/Heat.1995.Making.Of.FRENCH.mkv',
				'Films/Heat (1995)/Heat - Scènes coupées.mkv',
				'Films/Heat (1995)/Trailer 2.mkv',
				'Films/Heat (1995)/Behind the Scenes.mkv',
				'Films/Heat (1995)/Bêtisier.mkv',
				'Films/Interview (2007)/Interview.mkv',
			),
		);
		expect(card?.key).toBe('title:heat:1995');
		expect(card?.versions.map((version) => version.label)).toEqual(['1080p']);
		expect(card?.extras).toHaveLength(7);
		expect(others.map((group) => [group.key, group.versions.length, group.extras.length])).toEqual([
			['title:interview:2007', 1, 0],
		]);
	});

	it("reads a loose file numbered like an episode as a film when no other file is that show's", () => {
		const groups = groupInventory(
			rows(
				'Downloads/Apollo 13.mkv',
				'Downloads/Apollo.13.1080p.BluRay.x264-GRP.mkv',
				'Downloads/Heroes 14.mkv',
				'Downloads/Heroes 15.mkv',
				'Downloads/Lost 12.mkv',
				'Downloads/Lost.S01E05.720p.mkv',
			),
		);
		expect(groups.map((group) => [group.key, group.kind, group.title, group.versions.length])).toEqual([
			['title:apollo-13', 'movie', 'Apollo 13', 2],
			['title:heroes:e14', 'episode', 'Heroes', 1],
			['title:heroes:e15', 'episode', 'Heroes', 1],
			['title:lost:e12', 'episode', 'Lost', 1],
			['title:lost:s01e05', 'episode', 'Lost', 1],
		]);
	});

	it('keeps posters, DVD data and soundtracks out of the versions, as extras of their film', () => {
		const [card, ...others] = groupInventory(
			rows(
				'Films/Alien (1979)/Alien.1979.1080p.mkv',
				'Films/Alien (1979)/poster.jpg',
				'Films/Alien (1979)/fanart.png',
				'Films/Alien (1979)/theme.mp3',
				'Films/Alien (1979)/Alien.1979.fr.vtt',
			),
		);
		expect(others).toEqual([]);
		expect(card?.versions.flatMap((version) => version.items.map((item) => name(item.path)))).toEqual([
			'Alien.1979.1080p.mkv',
		]);
		expect(card?.extras.map((item) => name(item.path)).sort()).toEqual([
			'Alien.1979.fr.vtt',
			'fanart.png',
			'poster.jpg',
			'theme.mp3',
		]);
	});

	it('attaches the subtitles of a Subs/ folder to the film above it', () => {
		const cards = groupInventory(
			rows(
				'Films/Heat (1995)/Heat (1995).mkv',
				'Films/Heat (1995)/Subs/English.srt',
				'Films/Heat (1995)/Sous-titres/Français.srt',
			),
		);
		expect(cards.map((card) => [card.key, card.extras.map((item) => name(item.path))])).toEqual([
			['title:heat:1995', ['Français.srt', 'English.srt']],
		]);
	});

	it.each([
		{
			folders: "Jellyfin's theme-music/ and the Hungarian minta/",
			key: 'title:heat:1995',
			paths: [
				'Films/Heat (1995)/Heat (1995).mkv',
				'Films/Heat (1995)/theme-music/Heat Theme.mp3',
				'Films/Heat (1995)/minta/heat.1995.sample.mkv',
				'Films/Heat (1995)/minta/heat.mkv',
			],
		},
		{
			folders: 'French-named folders',
			key: 'title:haine:1995',
			paths: [
				'Films/La Haine (1995)/La Haine (1995).mkv',
				'Films/La Haine (1995)/Bandes-annonces/Bande annonce VF.mkv',
				'Films/La Haine (1995)/Scènes coupées/Scène 1.mkv',
				'Films/La Haine (1995)/Suppléments/Entretien Kassovitz.mkv',
			],
		},
	])('attaches the files of $folders to the film above, as extras', ({ key, paths }) => {
		const cards = groupInventory(rows(...paths));
		expect(cards.map((card) => [card.key, card.versions.length, card.extras.length])).toEqual([
			[key, 1, paths.length - 1],
		]);
	});

	it('makes one DVD copy of the VIDEO_TS pieces, in order, next to the other copies', () => {
		const [card, ...others] = groupInventory(
			rows(
				'Films/Heat (1995)/VIDEO_TS/VTS_01_2.VOB',
				'Films/Heat (1995)/VIDEO_TS/VTS_01_1.VOB',
				'Films/Heat (1995)/VIDEO_TS/VTS_01_0.VOB',
				'Films/Heat (1995)/VIDEO_TS/VIDEO_TS.VOB',
				'Films/Heat (1995)/VIDEO_TS/VTS_01_0.IFO',
				'Films/Heat (1995)/Heat.1995.1080p.mkv',
			),
		);
		expect(others).toEqual([]);
		expect(card?.key).toBe('title:heat:1995');
		expect(
			card?.versions.map((version) => [version.label, version.items.map((item) => name(item.path))]),
		).toEqual([
			['1080p', ['Heat.1995.1080p.mkv']],
			['DVD · disc', ['VTS_01_1.VOB', 'VTS_01_2.VOB']],
		]);
		expect(card?.extras).toHaveLength(3);
	});

	it('makes one DVD copy of discs in folders named Disque 1 and Disque 2', () => {
		const groups = groupInventory(
			rows(
				'Films/Brazil (1985)/Disque 1/VIDEO_TS/VTS_01_1.VOB',
				'Films/Brazil (1985)/Disque 2/VIDEO_TS/VTS_01_1.VOB',
				'Films/Alien (1979)/Alien.1979.FRENCH.DVDRip.Disque1.avi',
				'Films/Alien (1979)/Alien.1979.FRENCH.DVDRip.Disque2.avi',
			),
		);
		expect(groups.map((group) => [group.key, group.versions.map((version) => version.label)])).toEqual([
			['title:alien:1979', ['DVD · 2 parts']],
			['title:brazil:1985', ['DVD · 2 discs']],
		]);
	});

	it("makes one DVD copy of a film's discs, disc by disc, and keeps another title set apart", () => {
		const [card, ...others] = groupInventory(
			rows(
				'Films/Heat (1995)/Disc 2/VIDEO_TS/VTS_01_1.VOB',
				'Films/Heat (1995)/Disc 1/VIDEO_TS/VTS_01_2.VOB',
				'Films/Heat (1995)/Disc 1/VIDEO_TS/VTS_01_1.VOB',
				'Films/Heat (1995)/Disc 1/VIDEO_TS/VTS_01_0.VOB',
				'Films/Heat (1995)/Disc 2/VIDEO_TS/VTS_02_1.VOB',
			),
		);
		expect(others).toEqual([]);
		expect(
			card?.versions.map((version) => [
				version.label,
				version.items.map((item) => item.path.slice('Films/Heat (1995)/'.length)),
			]),
		).toEqual([
			[
				'DVD · 2 discs',
				['Disc 1/VIDEO_TS/VTS_01_1.VOB', 'Disc 1/VIDEO_TS/VTS_01_2.VOB', 'Disc 2/VIDEO_TS/VTS_01_1.VOB'],
			],
			['DVD · disc 2', ['Disc 2/VIDEO_TS/VTS_02_1.VOB']],
		]);
		expect(card?.extras.map((item) => name(item.path))).toEqual(['VTS_01_0.VOB']);
	});

	it("makes one Blu-ray copy of a BDMV folder's streams, and files its playlists and index as extras", () => {
		const [card, ...others] = groupInventory(
			rows(
				'Films/Avatar (2009)/BDMV/STREAM/00001.m2ts',
				'Films/Avatar (2009)/BDMV/STREAM/00000.m2ts',
				'Films/Avatar (2009)/BDMV/index.bdmv',
				'Films/Avatar (2009)/BDMV/PLAYLIST/00800.mpls',
				'Films/Avatar (2009)/BDMV/CLIPINF/00000.clpi',
				'Films/Avatar (2009)/Avatar.2009.1080p.WEB-DL.mkv',
			),
		);
		expect(others).toEqual([]);
		expect(
			card?.versions.map((version) => [version.label, version.items.map((item) => name(item.path))]),
		).toEqual([
			['1080p', ['Avatar.2009.1080p.WEB-DL.mkv']],
			['BluRay · disc', ['00000.m2ts', '00001.m2ts']],
		]);
		expect(card?.extras.map((item) => name(item.path)).sort()).toEqual([
			'00000.clpi',
			'00800.mpls',
			'index.bdmv',
		]);
	});

	it("shows the accented folder's spelling of a title its scene-named files write without accents", () => {
		const cards = groupInventory(
			rows(
				'Films/Le Dîner de cons (1998)/Le.Diner.De.Cons.1998.FRENCH.1080p.BluRay.x264.mkv',
				'Films/Le Dîner de cons (1998)/Le.Diner.De.Cons.1998.720p.mkv',
				'Films/La Cité de la peur (1994)/La.Cite.De.La.Peur.1994.mkv',
				// Without accents, a folder cased by its owner gives its casing, and its apostrophes.
				'Films/Jeux interdits (1952)/Jeux.Interdits.1952.FRENCH.DVDRip.avi',
				"Films/Qu'est-ce qu'on a fait au Bon Dieu (2014)/Qu.Est.Ce.Qu.On.A.Fait.Au.Bon.Dieu.2014.mkv",
				"Films/L'Auberge Espagnole (2002)/L.Auberge.Espagnole.2002.1080p.mkv",
				"Films/Ocean's Eleven (2001)/Oceans.Eleven.2001.1080p.mkv",
				'Films/BAC Nord (2020)/Bac.Nord.2020.FRENCH.720p.mkv',
				// A film's folder numbered in its collection gives its spelling too, without the number.
				'Films/Le Seigneur des anneaux/3 - Le Retour du roi (2003)/Le.Retour.Du.Roi.2003.MULTi.1080p.mkv',
				// An accented file keeps its own spelling; a folder cased as its files changes nothing, and
				// neither does one in lower case.
				'Films/Amélie (2001)/Amélie.2001.1080p.mkv',
				'Films/Les Visiteurs (1993)/Les.Visiteurs.1993.mkv',
				'Films/heat (1995)/Heat.1995.1080p.mkv',
			),
		);
		expect(cards.map((card) => [card.key, card.title])).toEqual([
			['title:amelie:2001', 'Amélie'],
			['title:auberge-espagnole:2002', "L'Auberge Espagnole"],
			['title:bac-nord:2020', 'BAC Nord'],
			['title:cite-de-la-peur:1994', 'La Cité de la peur'],
			['title:diner-de-cons:1998', 'Le Dîner de cons'],
			['title:heat:1995', 'Heat'],
			['title:jeux-interdits:1952', 'Jeux interdits'],
			['title:oceans-11:2001', "Ocean's Eleven"],
			['title:qu-est-ce-qu-on-a-fait-au-bon-dieu:2014', "Qu'est-ce qu'on a fait au Bon Dieu"],
			['title:retour-du-roi:2003', 'Le Retour du roi'],
			['title:visiteurs:1993', 'Les Visiteurs'],
		]);
	});

	it("shows on every episode's card the show's spelling its folder gives, where scene names drop accents and capitals", () => {
		const cards = groupInventory(
			rows(
				'Séries/Le Bureau des légendes/Saison 1/Le.Bureau.Des.Legendes.S01E01.FRENCH.1080p.WEB.mkv',
				'Séries/Le Bureau des légendes/Saison 1/Le.Bureau.Des.Legendes.S01E02.FRENCH.1080p.WEB.mkv',
				// A season's release folder spells it no better: the show's folder above it does.
				'Séries/Le Bureau des légendes/Le.Bureau.Des.Legendes.S02.FRENCH.1080p.WEB/Le.Bureau.Des.Legendes.S02E01.mkv',
				'Séries/Engrenages - Saison 3/Engrenages.S03E01.FRENCH.DVDRip.avi',
				// Cased by its owner: the French way, capitals on the first word only.
				'Séries/Dix pour cent/Saison 1/Dix.Pour.Cent.S01E01.FRENCH.720p.mkv',
				// A folder of other words lends nothing: the show is named by its files.
				'Séries/Séries françaises/Call.My.Agent.S01E01.720p.mkv',
			),
		);
		// Keys read numbers written in words as digits: `Dix pour cent` keys as `10 pour cent`.
		expect(cards.map((card) => [card.key, card.title])).toEqual([
			['title:10-pour-cent:s01e01', 'Dix pour cent'],
			['title:bureau-des-legendes:s01e01', 'Le Bureau des légendes'],
			['title:bureau-des-legendes:s01e02', 'Le Bureau des légendes'],
			['title:bureau-des-legendes:s02e01', 'Le Bureau des légendes'],
			['title:call-my-agent:s01e01', 'Call My Agent'],
			['title:engrenages:s03e01', 'Engrenages'],
		]);
	});

	it("puts an anime's episode numbered without a season on the card of its season 1 episode", () => {
		const shingeki = 'Anime/Shingeki no Kyojin';
		const cards = groupInventory(
			rows(
				`${shingeki}/[HorribleSubs] Shingeki no Kyojin - 01 [1080p].mkv`,
				`${shingeki}/[HorribleSubs] Shingeki no Kyojin - 02 [1080p].mkv`,
				`${shingeki}/Shingeki no Kyojin S01E02 VOSTFR 1080p.mkv`,
				`${shingeki}/Shingeki no Kyojin S01E03 VOSTFR 1080p.mkv`,
				// Past the show's last season 1 file: no season to check it in, it stays apart.
				`${shingeki}/[HorribleSubs] Shingeki no Kyojin - 26 [1080p].mkv`,
				// A show without season files keeps its numbers.
				'Anime/One Piece/One Piece - 1000 [1080p].mkv',
			),
		);
		expect(cards.map((card) => [card.key, card.season, card.episode, card.versions.length])).toEqual([
			['title:one-piece:e1000', undefined, 1000, 1],
			['title:shingeki-no-kyojin:e26', undefined, 26, 1],
			['title:shingeki-no-kyojin:s01e01', 1, 1, 1],
			['title:shingeki-no-kyojin:s01e02', 1, 2, 2],
			['title:shingeki-no-kyojin:s01e03', 1, 3, 1],
		]);
	});

	it("puts an enriched anime's episode numbered without a season on its series' season 1 card", () => {
		const series = { tmdb_id: 1429, tmdb_type: 'series' as const };
		const absolute = { path: 'Anime/Shingeki no Kyojin/Shingeki no Kyojin - 02.mkv', ...series };
		const seasonal = { path: 'Anime/Shingeki no Kyojin/Shingeki.no.Kyojin.S01E02.1080p.mkv', ...series };
		// Added after enrichment, without an id: joins the id card its title and episode point to.
		const added = { path: 'Anime/Shingeki no Kyojin/Shingeki no Kyojin - 02 [720p].mkv' };
		const cards = groupInventory([absolute, seasonal, added]);
		expect(cards).toHaveLength(1);
		expect(cards[0]?.key).toBe('tmdb:series:1429:s01e02');
		expect(cards[0]?.season).toBe(1);
		expect(cards[0]?.versions.flatMap((version) => version.items)).toEqual([seasonal, added, absolute]);
	});

	it("files a loose trailer under the film its title names, not under its folder's only film", () => {
		const cards = groupInventory(
			rows(
				'Films/Heat (1995)/Heat (1995).mkv',
				'Films/Le Samouraï (1967).mkv',
				'Films/Heat.1995.Bande.Annonce.VF.mkv',
				// A name without a title: the folder's only film.
				'Films/trailer.mkv',
			),
		);
		expect(cards.map((card) => [card.key, card.extras.map((extra) => extra.path)])).toEqual([
			['title:heat:1995', ['Films/Heat.1995.Bande.Annonce.VF.mkv']],
			['title:samourai:1967', ['Films/trailer.mkv']],
		]);
	});

	it('puts a release that writes a subtitle without a dash on the card of the film its owner named by the first words', () => {
		const cards = groupInventory(
			rows(
				'Films/Les Tuche 3 (2018).mkv',
				'Films/Les.Tuche.3.Liberte.Egalite.Fraternite.2018.FRENCH.1080p.WEB.mkv',
				'Films/Star Wars (1977).avi',
				'Films/Star.Wars.Episode.IV.A.New.Hope.1977.1080p.BluRay.mkv',
				// A number after the short title is another film (a sequel, `Paris 36`), and so is another year.
				'Films/Paris Match (2008).mkv',
				'Films/Paris.Match.36.2008.1080p.mkv',
				'Films/Les Tuche (2011).mkv',
				'Films/Les.Tuche.Le.Reve.Americain.2016.1080p.mkv',
			),
		);
		// The card shows the title its key is made of, the owner's, over the best copy's longer one.
		expect(cards.map((card) => [card.key, card.title, card.versions.length])).toEqual([
			['title:paris-match:2008', 'Paris Match', 1],
			['title:paris-match-36:2008', 'Paris Match 36', 1],
			['title:star-wars:1977', 'Star Wars', 2],
			['title:tuche:2011', 'Les Tuche', 1],
			['title:tuche-3:2018', 'Les Tuche 3', 2],
			['title:tuche-le-reve-americain:2016', 'Les Tuche Le Reve Americain', 1],
		]);
	});

	it('tells the two Offices apart by their folders', () => {
		const cards = groupInventory(
			rows(
				'TV/The Office (US)/Season 1/The Office (US) - S01E01 - Pilot.mkv',
				'TV/The Office (US)/Season 1/The.Office.US.S01E01.720p.mkv',
				'TV/The Office (UK)/Series 1/The.Office.S01E01.mkv',
			),
		);
		expect(cards.map((card) => [card.key, card.versions.length])).toEqual([
			['title:office-gb:s01e01', 1],
			['title:office-us:s01e01', 2],
		]);
	});

	it('dates episodes by their show folder, so that the 2005 Doctor Who is not the 1963 one', () => {
		const cards = groupInventory(
			rows(
				'TV/Doctor Who (2005)/Season 1/Doctor.Who.S01E01.720p.mkv',
				'TV/Doctor Who (2005)/Season 1/Doctor Who (2005) - S01E01 - Rose.mkv',
				'TV/Doctor Who (1963)/Season 1/Doctor.Who.S01E01.mkv',
			),
		);
		expect(cards.map((card) => [card.key, card.versions.length])).toEqual([
			['title:doctor-who:1963:s01e01', 1],
			['title:doctor-who:2005:s01e01', 2],
		]);
	});

	it("titles a scene release's card as its folder spells it, not in the file's lower case", () => {
		const [card] = groupInventory(
			rows(
				'Films/Heat.1995.1080p.BluRay.x264-GRP/heat.1995.1080p.bluray.x264-grp.mkv',
				'Films/Heat.1995.1080p.BluRay.x264-GRP/Sample/heat-sample.mkv',
			),
		);
		expect(card?.title).toBe('Heat');
	});

	it('stacks dvd1/dvd2 and Part A/Part B copies into one version each, in part order', () => {
		const [alien, solaris, ...others] = groupInventory(
			rows(
				'Films/Alien (1979)/Alien (1979) - dvd2.avi',
				'Films/Alien (1979)/Alien (1979) - dvd1.avi',
				'Films/Solaris (1972)/Solaris (1972) - Part B.avi',
				'Films/Solaris (1972)/Solaris (1972) - Part A.avi',
			),
		);
		expect(others).toEqual([]);
		expect(alien?.versions.map((version) => version.items.map((item) => name(item.path)))).toEqual([
			['Alien (1979) - dvd1.avi', 'Alien (1979) - dvd2.avi'],
		]);
		expect(solaris?.versions.map((version) => version.items.map((item) => name(item.path)))).toEqual([
			['Solaris (1972) - Part A.avi', 'Solaris (1972) - Part B.avi'],
		]);
	});

	it('makes one film of Apollo 13 whether its folder or its files give the year', () => {
		const cards = groupInventory(
			rows(
				'Films/Apollo 13 (1995)/Apollo 13.mkv',
				'Films/Apollo 13 (1995)/Apollo.13.1995.1080p.BluRay.x264.mkv',
				'Downloads/Apollo 13/Apollo 13.avi',
			),
		);
		expect(cards.map((card) => [card.key, card.kind, card.versions.length])).toEqual([
			['title:apollo-13:1995', 'movie', 3],
		]);
	});

	it('keeps the subtitle of a film whose name ends with its edition as a part of its own', () => {
		const cards = groupInventory(
			rows(
				"Films/Le Seigneur des Anneaux - La Communauté de l'Anneau - Version Longue (2001).mkv",
				'Films/Le.Seigneur.Des.Anneaux.La.Communaute.De.L.Anneau.2001.TRUEFRENCH.720p.BluRay.x264.mkv',
				'Films/Le Seigneur des Anneaux - Les Deux Tours - Extended (2002).mkv',
			),
		);
		expect(
			cards.map((card) => [card.key, card.title, card.versions.map((version) => version.label)]),
		).toEqual([
			[
				'title:seigneur-des-anneaux-la-communaute-de-l-anneau:2001',
				"Le Seigneur des Anneaux - La Communauté de l'Anneau",
				['720p · French (VFF)', 'Extended'],
			],
			[
				'title:seigneur-des-anneaux-les-2-tours:2002',
				'Le Seigneur des Anneaux - Les Deux Tours',
				['Extended'],
			],
		]);
	});

	it("joins an episode titled by its show's initials to the show of its folder", () => {
		const cards = groupInventory(
			rows(
				'Séries/Game of Thrones/Saison 8/Game.of.Thrones.S08E06.MULTi.1080p.WEB.H264.mkv',
				'Séries/Game of Thrones/Saison 8/GOT.S08E06.VOSTFR.720p.mkv',
				'Séries/Plus belle la vie/Plus belle la vie - Épisode 4500.mkv',
				'Séries/Plus belle la vie/PBLV.E4500.FRENCH.720p.HDTV.mkv',
			),
		);
		expect(cards.map((card) => [card.key, card.title, card.versions.length])).toEqual([
			['title:game-of-thrones:s08e06', 'Game of Thrones', 2],
			['title:plus-belle-la-vie:e4500', 'Plus belle la vie', 2],
		]);
	});

	it('makes one card of a title whose words are split or glued otherwise, whatever the order of the rows', () => {
		const paths = [
			'Films/Spiderman.2002.FRENCH.DVDRip.avi',
			'Films/Spider-Man (2002)/Spider-Man (2002).mkv',
			'Films/Bienvenue.Chez.Les.Chtis.2008.FRENCH.720p.mkv',
			"Films/Bienvenue chez les Ch'tis (2008).mkv",
			'Films/Quest-ce quon a fait au bon dieu 2014.avi',
			"Films/Qu'est-ce qu'on a fait au Bon Dieu (2014).mkv",
			// Other years stay other films; fewer than four letters are left alone.
			'Films/Night Fall (1990).mkv',
			'Films/Nightfall (2000).mkv',
			'Films/He R (2013).mkv',
			'Films/Her (2013).mkv',
		];
		const expected = [
			['title:bienvenue-chez-les-ch-tis:2008', "Bienvenue chez les Ch'tis", 2],
			['title:he-r:2013', 'He R', 1],
			['title:her:2013', 'Her', 1],
			['title:night-fall:1990', 'Night Fall', 1],
			['title:night-fall:2000', 'Nightfall', 1],
			['title:qu-est-ce-qu-on-a-fait-au-bon-dieu:2014', "Qu'est-ce qu'on a fait au Bon Dieu", 2],
			['title:spider-man:2002', 'Spider-Man', 2],
		];
		expect(cardsInAnyOrder(paths)).toEqual(expected);
	});

	it('joins spellings among thousands of other titles, wherever the rows fall', () => {
		const others = Array.from({ length: 3000 }, (_, index) => `Films/Film Number ${index} (2001).mkv`);
		const twins = ['Films/Spiderman.2002.FRENCH.DVDRip.avi', 'Films/Spider-Man (2002).mkv'];
		for (const paths of [
			[...others, ...twins],
			[twins[0] as string, ...others, twins[1] as string],
			[...twins, ...others],
		]) {
			const cards = groupInventory(rows(...paths));
			expect(cards).toHaveLength(3001);
			expect(cards.find((card) => card.key === 'title:spider-man:2002')?.versions).toHaveLength(2);
		}
	});

	it('makes one show of the two names the episodes of a season folder give it, when one is the name of the folder above', () => {
		const paths = [
			'Séries/Les Simpson/Saison 1/The.Simpsons.S01E01.1080p.WEB-DL.mkv',
			'Séries/Les Simpson/Saison 1/Les.Simpson.S01E01.FRENCH.720p.HDTV.mkv',
			'Séries/Les Simpson/Saison 1/The.Simpsons.S01E02.1080p.WEB-DL.mkv',
			// A copy elsewhere named as the folder's other files is that show's too.
			'Downloads/The.Simpsons.S01E03.720p.mkv',
			'Séries/Les Simpson/Saison 1/Les.Simpson.S01E03.FRENCH.1080p.mkv',
			'Séries/Frieren/Saison 1/Sousou.no.Frieren.S01E01.VOSTFR.1080p.WEB.mkv',
			'Séries/Frieren/Saison 1/Frieren.S01E01.MULTi.720p.WEB.mkv',
		];
		const expected = [
			['title:frieren:s01e01', 'Frieren', 2],
			['title:simpson:s01e01', 'Les Simpson', 2],
			['title:simpson:s01e02', 'Les Simpson', 1],
			['title:simpson:s01e03', 'Les Simpson', 2],
		];
		expect(cardsInAnyOrder(paths)).toEqual(expected);
	});

	it('keeps apart the shows of a folder named for one of them, of a season folder that names none, and two shows with folders of their own', () => {
		const cards = groupInventory(
			rows(
				// A show's folder may hold its spin-off: only a season folder says its files are one show.
				'Séries/Dexter/Dexter.S01E01.mkv',
				'Séries/Dexter/Dexter.New.Blood.S01E01.mkv',
				'Séries/Saison 1/Lost.S01E01.mkv',
				'Séries/Saison 1/Heroes.S01E01.mkv',
				// Files that all name the show otherwise than their folder keep their name.
				'Séries/Les Simpson/Saison 2/The.Simpsons.S02E01.mkv',
				'Séries/Les Simpson/Saison 2/The.Simpsons.S02E02.mkv',
				// A name two folders give to two shows is no one show's.
				'Séries/Show A/Saison 1/Show.A.S01E01.mkv',
				'Séries/Show A/Saison 1/Other.Name.S01E01.mkv',
				'Séries/Show B/Saison 1/Show.B.S01E01.mkv',
				'Séries/Show B/Saison 1/Other.Name.S01E01.mkv',
				// Nor is a show's own name, where its season folder says so, joined to another show.
				'Séries/Link/Saison 1/Link.S01E01.mkv',
				'Séries/Link/Saison 1/Missing.Link.S01E01.mkv',
				'Séries/Chain/Saison 1/Chain.S01E01.mkv',
				'Séries/Chain/Saison 1/Link.S01E01.720p.mkv',
			),
		);
		expect(cards.map((card) => [card.key, card.versions.length])).toEqual([
			['title:chain:s01e01', 1],
			['title:dexter:s01e01', 1],
			['title:dexter-new-blood:s01e01', 1],
			['title:heroes:s01e01', 1],
			['title:link:s01e01', 3],
			['title:lost:s01e01', 1],
			['title:other-name:s01e01', 2],
			['title:show-a:s01e01', 1],
			['title:show-b:s01e01', 1],
			['title:simpsons:s02e01', 1],
			['title:simpsons:s02e02', 1],
		]);
	});

	it('puts a film numbered in its saga and its release name without the number on one card', () => {
		const cards = groupInventory(
			rows(
				"Films/Harry Potter 1 - Harry Potter à l'école des sorciers (2001).mkv",
				'Films/Harry.Potter.A.L.Ecole.Des.Sorciers.2001.TRUEFRENCH.1080p.BluRay.x264.mkv',
				'Films/Le Hobbit 1 - Un voyage inattendu (2012).mkv',
				'Films/Le.Hobbit.Un.Voyage.Inattendu.2012.FRENCH.1080p.mkv',
				// Another year, a subtitle that is another film's whole title, or no subtitle: apart.
				'Films/Harry.Potter.A.L.Ecole.Des.Sorciers.2002.FRENCH.720p.mkv',
				'Films/Saga 2 - Le Retour (2000).mkv',
				'Films/Le.Retour.2000.FRENCH.1080p.mkv',
				'Films/Rocky 2 (1979).mkv',
				'Films/Rocky.1979.FRENCH.1080p.mkv',
			),
		);
		expect(cards.map((card) => [card.key, card.title, card.versions.length])).toEqual([
			[
				'title:harry-potter-1-harry-potter-a-l-ecole-des-sorciers:2001',
				"Harry Potter 1 - Harry Potter à l'école des sorciers",
				2,
			],
			['title:harry-potter-a-l-ecole-des-sorciers:2002', 'Harry Potter A L Ecole Des Sorciers', 1],
			['title:hobbit-1-un-voyage-inattendu:2012', 'Le Hobbit 1 - Un voyage inattendu', 2],
			['title:retour:2000', 'Le Retour', 1],
			['title:rocky:1979', 'Rocky', 1],
			['title:rocky-2:1979', 'Rocky 2', 1],
			['title:saga-2-le-retour:2000', 'Saga 2 - Le Retour', 1],
		]);
	});

	it('makes one card of a film written with or without the word that numbers it in its saga', () => {
		const paths = [
			'Films/Le Parrain, 2e partie (1974).mkv',
			'Films/Le.Parrain.2.1974.FRENCH.1080p.mkv',
			'Films/John Wick : Chapitre 3 - Parabellum (2019).mkv',
			'Films/John.Wick.3.Parabellum.2019.FRENCH.1080p.mkv',
			'Films/Kill Bill Vol. 2 (2004).mkv',
			'Films/Kill.Bill.2.2004.MULTi.1080p.mkv',
			'Films/Dune 2 (2024).mkv',
			'Films/Dune.Part.Two.2024.MULTi.2160p.mkv',
			// Another year is another film; `part` before no number is a word of the title.
			'Films/Dune (2021).mkv',
			'Films/Le.Parrain.2.1990.mkv',
			'Films/La Part des anges (2012).mkv',
			'Films/La.Part.Des.Anges.2012.1080p.mkv',
			'Films/Les Anges (2012).mkv',
		];
		const expected = [
			['title:anges:2012', 'Les Anges', 1],
			['title:dune:2021', 'Dune', 1],
			['title:dune-part-2:2024', 'Dune Part Two', 2],
			['title:john-wick-chapitre-3-parabellum:2019', 'John Wick : Chapitre 3 - Parabellum', 2],
			['title:kill-bill-vol-2:2004', 'Kill Bill Vol. 2', 2],
			['title:parrain-part-2:1974', 'Le Parrain, 2e partie', 2],
			['title:parrain-part-2:1990', 'Le Parrain 2', 1],
			['title:part-des-anges:2012', 'La Part des anges', 2],
		];
		expect(cardsInAnyOrder(paths)).toEqual(expected);
	});

	it('shows the spelling named by hand of a title its release writes in another word order', () => {
		const paths = [
			'Films/Harry Potter/Harry Potter et les Reliques de la Mort - 1ère partie (2010).mkv',
			'Films/Harry.Potter.Et.Les.Reliques.De.La.Mort.Partie.1.2010.FRENCH.720p.mkv',
			// A copy that leaves out the leading article is not shown over one that writes it.
			'Films/Bronzés font du ski (1979).mkv',
			'Films/Les.Bronzes.Font.Du.Ski.1979.FRENCH.1080p.mkv',
		];
		expect(cardsInAnyOrder(paths)).toEqual([
			['title:bronzes-font-du-ski:1979', 'Les Bronzes Font Du Ski', 2],
			[
				'title:harry-potter-les-reliques-de-la-mort-part-1:2010',
				'Harry Potter et les Reliques de la Mort - 1ère partie',
				2,
			],
		]);
	});

	it('makes one card of a Star Wars episode, a film numbered in its saga, however its names number it', () => {
		const paths = [
			'Films/Star Wars/Star Wars - Episode IV - Un nouvel espoir (1977).mkv',
			'Films/Star.Wars.Episode.4.Un.Nouvel.Espoir.1977.FRENCH.1080p.mkv',
			"Films/Star Wars Épisode 5 - L'Empire contre-attaque (1980).mkv",
			'Films/Star.Wars.Episode.V.L.Empire.Contre.Attaque.1980.MULTi.2160p.mkv',
			// In a season folder, the same words number the show's episode.
			'Séries/Some Show/Saison 1/Some Show Episode 5 (1998).mkv',
			'Séries/Some Show/Saison 1/Some.Show.S01E05.720p.mkv',
		];
		expect(cardsInAnyOrder(paths).map(([key, , versions]) => [key, versions])).toEqual([
			['title:some-show:1998:s01e05', 2],
			['title:star-wars-episode-4-un-nouvel-espoir:1977', 2],
			['title:star-wars-episode-5-l-empire-contre-attaque:1980', 2],
		]);
	});

	it('shows the roman numeral a copy named by hand writes where the release writes digits', () => {
		const paths = [
			'Films/Rocky IV (1985).mkv',
			'Films/Rocky.4.1985.FRENCH.1080p.mkv',
			'Films/Star Wars/Star Wars - Episode IV - Un nouvel espoir (1977).mkv',
			'Films/Star.Wars.Episode.4.Un.Nouvel.Espoir.1977.FRENCH.1080p.mkv',
			// `I` after a word that numbers is 1, in keys and for display.
			'Films/Nymphomaniac (2013)/Nymphomaniac Vol. I (2013).mkv',
			'Films/Nymphomaniac (2013)/Nymphomaniac Vol. II (2013).mkv',
			'Films/Nymphomaniac.Vol.1.2013.1080p.mkv',
			'Films/Star Wars - Episode I - La Menace fantôme (1999).mkv',
			'Films/Star.Wars.Episode.1.La.Menace.Fantome.1999.1080p.mkv',
		];
		expect(cardsInAnyOrder(paths)).toEqual([
			['title:nymphomaniac-vol-1:2013', 'Nymphomaniac Vol. I', 2],
			['title:nymphomaniac-vol-2:2013', 'Nymphomaniac Vol. II', 1],
			['title:rocky-4:1985', 'Rocky IV', 2],
			['title:star-wars-episode-1-la-menace-fantome:1999', 'Star Wars - Episode I - La Menace fantôme', 2],
			['title:star-wars-episode-4-un-nouvel-espoir:1977', 'Star Wars - Episode IV - Un nouvel espoir', 2],
		]);
	});

	it("makes one card of a show's special however its copies write it, and reads a miniseries' parts and a scene name's four digits as episodes", () => {
		const paths = [
			'Séries/Some Show/Some.Show.Christmas.Special.720p.HDTV.mkv',
			'Séries/Some Show/Some.Show.Christmas.Special.1080p.WEB.mkv',
			'Séries/Some Show/Some Show - Christmas Special.mkv',
			'Séries/Some Show/Specials/Some Show - Christmas Special.mkv',
			// Another special of the show is another card.
			'Séries/Some Show/Some.Show.Easter.Special.720p.mkv',
			'Séries/Chernobyl/Chernobyl.Part.1.1080p.mkv',
			'Séries/Chernobyl/Chernobyl.Part.1.720p.mkv',
			'Séries/Chernobyl/Chernobyl - Partie 2.mkv',
			'Séries/Chernobyl/Saison 1/Chernobyl.S01E02.FRENCH.mkv',
			'Séries/The Simpsons/the.simpsons.2401.hdtv.avi',
			'Séries/The Simpsons/Saison 24/The.Simpsons.S24E01.1080p.mkv',
		];
		expect(cardsInAnyOrder(paths)).toEqual([
			['title:chernobyl:s01e01', 'Chernobyl', 2],
			['title:chernobyl:s01e02', 'Chernobyl', 2],
			['title:simpsons:s24e01', 'The Simpsons', 2],
			['title:some-show:s00-x-christmas-special', 'Some Show', 4],
			['title:some-show:s00-x-easter-special', 'Some Show', 1],
		]);
	});

	it('shows one spelling of a show on all its episode cards, the best one any card shows', () => {
		const paths = [
			'Séries/Le Bureau des légendes/Saison 2/Le Bureau des Légendes - S02E03.mkv',
			'Downloads/Le.Bureau.Des.Legendes.S02E04.FRENCH.720p.mkv',
			'Downloads/le.bureau.des.legendes.s02e05.mkv',
			"Séries/Grey's Anatomy/Saison 1/Grey's Anatomy - 1x01.mkv",
			'Downloads/Greys.Anatomy.S01E02.720p.mkv',
			// The show's folder spells the scene name's initials too.
			"Séries/Marvel's Agents of S.H.I.E.L.D/Saison 1/Marvels.Agents.of.S.H.I.E.L.D.S01E01.mkv",
			'Downloads/Marvels.Agents.of.S.H.I.E.L.D.S01E02.720p.mkv',
			// A film keeps the spelling its own copies write.
			'Films/Les Misérables (2012).mkv',
			'Films/Les.Miserables.2019.FRENCH.1080p.mkv',
		];
		expect(cardsInAnyOrder(paths).map(([key, title]) => [key, title])).toEqual([
			['title:bureau-des-legendes:s02e03', 'Le Bureau des Légendes'],
			['title:bureau-des-legendes:s02e04', 'Le Bureau des Légendes'],
			['title:bureau-des-legendes:s02e05', 'Le Bureau des Légendes'],
			['title:greys-anatomy:s01e01', "Grey's Anatomy"],
			['title:greys-anatomy:s01e02', "Grey's Anatomy"],
			['title:marvels-agents-of-shield:s01e01', "Marvel's Agents of S.H.I.E.L.D"],
			['title:marvels-agents-of-shield:s01e02', "Marvel's Agents of S.H.I.E.L.D"],
			['title:miserables:2012', 'Les Misérables'],
			['title:miserables:2019', 'Les Miserables'],
		]);
	});

	it('keeps a title that starts with one article written twice apart from the title without it', () => {
		const paths = [
			'Films/La La Land (2016).mkv',
			'Films/La.La.Land.2016.MULTi.1080p.mkv',
			'Films/Land (2016).mkv',
		];
		expect(cardsInAnyOrder(paths)).toEqual([
			['title:la-la-land:2016', 'La La Land', 2],
			['title:land:2016', 'Land', 1],
		]);
	});

	it("keys a show's special alike on an id card and on a heuristic one, whatever tags its copies carry", () => {
		const cards = groupInventory([
			{ path: 'Séries/Some Show/Some.Show.Christmas.Special.720p.HDTV.mkv', tmdb_id: 5, tmdb_type: 'series' },
			{ path: 'Séries/Some Show/Some.Show.Christmas.Special.1080p.WEB.mkv', tmdb_id: 5, tmdb_type: 'series' },
			{ path: 'Séries/Some Show/Some Show - Christmas Special.mkv' },
		]);
		expect(cards.map((card) => [card.key, card.versions.length])).toEqual([
			['tmdb:series:5:s00-x-christmas-special', 3],
		]);
	});

	it("reads a show's bare three-digit numbers as counted from its first episode when other files count so", () => {
		const paths = [
			'Séries/Naruto Shippuden/[Grp] Naruto Shippuden - 312 [1080p].mkv',
			'Séries/Naruto Shippuden/Naruto Shippuden - 312.mkv',
			'Séries/Naruto Shippuden/Naruto Shippuden - 313.mkv',
			// A name that marks its season, and another show's scene releases, keep season and episode.
			'Séries/Naruto Shippuden/Saison 3/Naruto Shippuden - 3x13.mkv',
			'Séries/Lost/lost.101.hdtv.avi',
			'Séries/Lost/Lost - 102.avi',
			'Séries/Lost/Saison 1/Lost.S01E02.FRENCH.mkv',
		];
		expect(cardsInAnyOrder(paths)).toEqual([
			['title:lost:s01e01', 'Lost', 1],
			['title:lost:s01e02', 'Lost', 2],
			['title:naruto-shippuden:e312', 'Naruto Shippuden', 2],
			['title:naruto-shippuden:e313', 'Naruto Shippuden', 1],
			['title:naruto-shippuden:s03e13', 'Naruto Shippuden', 1],
		]);
		// Three digits that no season and episode writes (`098`) say the show counts from its first too.
		expect(
			cardsInAnyOrder([
				'Séries/Bleach/Bleach - 098.mkv',
				'Séries/Bleach/Bleach - 100.mkv',
				'Séries/Bleach/Bleach - 312.mkv',
			]).map(([key]) => key),
		).toEqual(['title:bleach:e98', 'title:bleach:e100', 'title:bleach:e312']);
		const counted = groupInventory(
			rows(
				'Séries/Naruto Shippuden/[Grp] Naruto Shippuden - 312 [1080p].mkv',
				'Séries/Naruto Shippuden/Naruto Shippuden - 313.mkv',
			),
		);
		expect(counted.map((card) => [card.season, card.episode])).toEqual([
			[undefined, 312],
			[undefined, 313],
		]);
	});

	it('stacks the parts of a film its names count, in English or in French (1of2, CD1sur2, Partie 1 sur 2)', () => {
		const cards = groupInventory(
			rows(
				'Films/Titanic (1997) 1of2.avi',
				'Films/Titanic (1997) 2of2.avi',
				'Films/Le.Pacte.Des.Loups.2001.FRENCH.DVDRip.XviD.2sur2.avi',
				'Films/Le.Pacte.Des.Loups.2001.FRENCH.DVDRip.XviD.1sur2.avi',
				'Films/Heat (1995) - Partie 2 sur 2.avi',
				'Films/Heat (1995) - Partie 1 sur 2.avi',
				'Films/Heat.1995.CD2of2.avi',
				'Films/Heat.1995.CD1of2.avi',
			),
		);
		expect(
			cards.map((card) => [
				card.key,
				card.versions.map((version) => version.items.map((item) => name(item.path))),
			]),
		).toEqual([
			[
				'title:heat:1995',
				[
					['Heat (1995) - Partie 1 sur 2.avi', 'Heat (1995) - Partie 2 sur 2.avi'],
					['Heat.1995.CD1of2.avi', 'Heat.1995.CD2of2.avi'],
				],
			],
			[
				'title:pacte-des-loups:2001',
				[
					[
						'Le.Pacte.Des.Loups.2001.FRENCH.DVDRip.XviD.1sur2.avi',
						'Le.Pacte.Des.Loups.2001.FRENCH.DVDRip.XviD.2sur2.avi',
					],
				],
			],
			['title:titanic:1997', [['Titanic (1997) 1of2.avi', 'Titanic (1997) 2of2.avi']]],
		]);
	});

	it('makes one show of a Japanese title romanized with a long u written twice or once', () => {
		const paths = [
			'Anime/Naruto Shippuden/Naruto Shippuden - 001 - Le retour.mkv',
			'Anime/Naruto Shippuden/[Team] Naruto Shippuuden 001 VOSTFR.mkv',
			'Anime/Yu Yu Hakusho/Yuu.Yuu.Hakusho.S01E01.mkv',
			'Anime/Yu Yu Hakusho/Yu Yu Hakusho - S01E01 - VOSTFR.mkv',
			// Other letters stay other titles.
			'Anime/Naruto/Naruto - 001.mkv',
		];
		const expected = [
			['title:naruto:e01', 'Naruto', 1],
			['title:naruto-shippuden:e01', 'Naruto Shippuden', 2],
			['title:yu-yu-hakusho:s01e01', 'Yu Yu Hakusho', 2],
		];
		expect(cardsInAnyOrder(paths)).toEqual(expected);
	});

	it("joins an episode named by its show's initials outside the show's folder, when one show has them", () => {
		const paths = [
			'Downloads/GOT.S08E06.VOSTFR.720p.mkv',
			'Séries/Game of Thrones/Saison 8/Game.of.Thrones.S08E06.MULTi.1080p.mkv',
			'Downloads/TWD.S01E01.720p.mkv',
			'Séries/The Walking Dead/Season 1/The.Walking.Dead.S01E01.1080p.mkv',
			// Two letters are a show's own name; initials two shows have, or none, stay as written.
			'Séries/ER/Saison 1/ER.S01E01.mkv',
			'Séries/Easy Rider/Saison 1/Easy.Rider.S01E01.mkv',
			'Downloads/BBT.S01E01.mkv',
			'Séries/Big Bang Theory/Saison 1/Big.Bang.Theory.S01E01.mkv',
			'Séries/Bad Boy Tales/Saison 1/Bad.Boy.Tales.S01E01.mkv',
			'Downloads/LOST.S01E01.mkv',
		];
		const expected = [
			['title:bad-boy-tales:s01e01', 'Bad Boy Tales', 1],
			['title:bbt:s01e01', 'BBT', 1],
			['title:big-bang-theory:s01e01', 'Big Bang Theory', 1],
			['title:easy-rider:s01e01', 'Easy Rider', 1],
			['title:er:s01e01', 'ER', 1],
			['title:game-of-thrones:s08e06', 'Game of Thrones', 2],
			['title:lost:s01e01', 'LOST', 1],
			['title:walking-dead:s01e01', 'The Walking Dead', 2],
		];
		expect(cardsInAnyOrder(paths)).toEqual(expected);
	});

	it('puts a release file named in lower case after its group on the card of the film titled without that word', () => {
		const paths = [
			'Films/blow-how.to.be.single.2016.1080p.bluray.x264.mkv',
			'Films/How To Be Single (2016).mkv',
			'Films/ulshd-the.right.stuff.1983.multi.1080p.bluray.x264.mkv',
			'Films/The.Right.Stuff.1983.720p.BluRay.mkv',
			// Not to a film of one word, nor of another year.
			'Films/spider-man.2002.1080p.bluray.x264.mkv',
			'Films/Man (2002).mkv',
			'Films/grp-some.title.2010.1080p.bluray.x264.mkv',
			'Films/Some Title (2011).mkv',
		];
		expect(cardsInAnyOrder(paths)).toEqual([
			['title:grp-some-title:2010', 'grp-some title', 1],
			['title:how-to-be-single:2016', 'How To Be Single', 2],
			['title:man:2002', 'Man', 1],
			['title:right-stuff:1983', 'The Right Stuff', 2],
			['title:some-title:2011', 'Some Title', 1],
			['title:spider-man:2002', 'spider-man', 1],
		]);
	});
});
