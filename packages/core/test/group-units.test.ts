import { compareVersions, groupInventory, type ParsedMedia } from '@vm/core';
import { describe, expect, it } from 'vitest';
import { folderFilm } from '../src/group/folder-film.js';
import { groupingTitle } from '../src/group/grouping-title.js';
import { episodeSuffix, imdbIdentity, numericId, rowIdIdentity } from '../src/group/identity-keys.js';
import { ownerDir, splitPath, stemOf } from '../src/group/path-parts.js';
import { partSignature } from '../src/group/stack-parts.js';
import { describeLanguages, versionLabel, versionLabels } from '../src/group/version-label.js';
import { heldRows, rows } from './helpers/group-helpers.js';

const movie = (title: string, extra: Partial<ParsedMedia> = {}): ParsedMedia => ({
	kind: 'movie',
	title,
	ids: {},
	...extra,
});

describe('compareVersions', () => {
	it('ranks resolution, then source, then HDR, then size; unknown values last', () => {
		const sorted = [
			{ resolution: '720p' as const },
			{},
			{ resolution: '1080p' as const, source: 'web-dl' as const },
			{ resolution: '1080p' as const, source: 'remux' as const },
			{ resolution: '1080p' as const, source: 'remux' as const, hdr: 'dolby-vision' as const },
			{ resolution: '1080p' as const, source: 'remux' as const, hdr: 'dolby-vision' as const, size: 5 },
			{ resolution: 'weird' as '720p', size: Number.NaN },
		].sort(compareVersions);
		expect(sorted).toEqual([
			{ resolution: '1080p', source: 'remux', hdr: 'dolby-vision', size: 5 },
			{ resolution: '1080p', source: 'remux', hdr: 'dolby-vision' },
			{ resolution: '1080p', source: 'remux' },
			{ resolution: '1080p', source: 'web-dl' },
			{ resolution: '720p' },
			{},
			{ resolution: 'weird', size: Number.NaN },
		]);
		expect(compareVersions({ source: 'cam' }, { source: 'dvd' })).toBeGreaterThan(0);
		expect(compareVersions({ hdr: 'hlg' }, {})).toBeLessThan(0);
		expect(compareVersions({ size: 1 }, { size: 1 })).toBe(0);
	});
});

describe('version labels', () => {
	it('reads quality, edition and parts', () => {
		const base = { parts: 1, fileName: 'a.mkv' };
		expect(versionLabel({ ...base, resolution: '2160p', hdr: 'hdr', edition: "Director's Cut" })).toBe(
			"2160p HDR · Director's Cut",
		);
		expect(versionLabel({ ...base, resolution: '1080p', parts: 2 })).toBe('1080p · 2 parts');
		expect(versionLabel({ ...base, source: 'dvd', lonePart: 2 })).toBe('DVD · part 2');
		expect(versionLabel({ ...base, lonePart: 1, edition: '' })).toBe('a.mkv');
		// A disc folder structure counts discs, not its pieces and clips.
		expect(versionLabel({ ...base, source: 'bluray', parts: 12, discs: 1 })).toBe('BluRay · disc');
		expect(versionLabel({ ...base, source: 'dvd', parts: 7, discs: 2 })).toBe('DVD · 2 discs');
		expect(versionLabel({ ...base, source: 'dvd', parts: 3, discs: 1, lonePart: 2 })).toBe('DVD · disc 2');
		expect(versionLabel({ ...base, resolution: '720p', source: 'hdtv', hdr: 'dolby-vision' }, true)).toBe(
			'720p HDTV Dolby Vision',
		);
	});

	it('says which episodes a file of several holds, unless its label is its file name', () => {
		const base = { parts: 1, fileName: 'Show.S01E01E02.mkv' };
		expect(versionLabel({ ...base, resolution: '720p', episodes: [1, 2] })).toBe('720p · episodes 1–2');
		expect(versionLabel({ ...base, source: 'dvd', episodes: [5, 7] })).toBe('DVD · episodes 5, 7');
		expect(versionLabel({ ...base, source: 'dvd', episodes: [1, 3, 5, 7, 9] })).toBe('DVD · 5 episodes');
		expect(versionLabel({ ...base, resolution: '720p', parts: 2, episodes: [1, 2] })).toBe(
			'720p · 2 parts · episodes 1–2',
		);
		expect(versionLabel({ ...base, resolution: '720p', episodes: [1] })).toBe('720p');
		expect(versionLabel({ ...base, episodes: [1, 2] })).toBe('Show.S01E01E02.mkv');
	});

	it('labels a split copy known by nothing else by its parts, and by its first file only when another reads the same', () => {
		const split = { parts: 2, fileName: 'Heat (1995) - Partie 1.avi' };
		expect(versionLabel(split)).toBe('2 parts');
		expect(versionLabel({ ...split, episodes: [1, 2] })).toBe('2 parts · episodes 1–2');
		expect(
			versionLabels([split, { parts: 2, fileName: 'Heat.cd1.avi' }, { parts: 3, fileName: 'x.cd1.avi' }]),
		).toEqual(['2 parts · Heat (1995) - Partie 1.avi', '2 parts · Heat.cd1.avi', '3 parts']);
	});

	it('labels a copy of unknown quality and edition by its languages, else by its file name', () => {
		const base = { parts: 1, fileName: 'Heat (1995) VF.mkv' };
		expect(versionLabel({ ...base, languages: 'French' })).toBe('French');
		expect(versionLabel({ ...base, languages: 'French', parts: 2 })).toBe('French · 2 parts');
		expect(versionLabel({ ...base, languages: 'French subs', episodes: [1, 2] })).toBe(
			'French subs · episodes 1–2',
		);
		expect(versionLabel({ ...base, languages: '' })).toBe('Heat (1995) VF.mkv');
		expect(versionLabel({ ...base, resolution: '720p', languages: 'French' })).toBe('720p');
		expect(versionLabel({ ...base, edition: 'Extended', languages: 'French' })).toBe('Extended');
		expect(
			versionLabels([
				{ parts: 1, fileName: 'Heat (1995) VF.mkv', languages: 'French' },
				{ parts: 1, fileName: 'Heat (1995) VFF.mkv', languages: 'French' },
				{ parts: 1, fileName: 'Heat (1995) VOSTFR.mkv', languages: 'French subs' },
				{ parts: 1, fileName: 'a.mkv', resolution: '720p', languages: 'French' },
				{ parts: 1, fileName: 'b.mkv', resolution: '720p', languages: 'English' },
			]),
		).toEqual([
			'French · Heat (1995) VF.mkv',
			'French · Heat (1995) VFF.mkv',
			'French subs',
			'720p · French',
			'720p · English',
		]);
	});

	it('describes languages in English, subtitles apart', () => {
		expect(describeLanguages(['fr'], undefined)).toBe('French');
		expect(describeLanguages(['mul', 'fr'], undefined)).toBe('Multi + French');
		expect(describeLanguages(undefined, ['fr'])).toBe('French subs');
		expect(describeLanguages(['en'], ['fr'])).toBe('English · French subs');
		expect(describeLanguages(undefined, undefined)).toBe('');
	});

	it('tells apart copies that would read the same', () => {
		expect(
			versionLabels([
				{ parts: 1, fileName: 'a.mkv', resolution: '1080p', source: 'bluray' },
				{ parts: 1, fileName: 'b.mkv', resolution: '1080p', source: 'web-dl' },
				{ parts: 1, fileName: 'c.mkv', resolution: '720p' },
				{ parts: 1, fileName: 'd.mkv', resolution: '720p' },
				{ parts: 1, fileName: 'e.mkv' },
				{ parts: 1, fileName: 'e.mkv' },
			]),
		).toEqual(['1080p BluRay', '1080p WEB-DL', '720p · c.mkv', '720p · d.mkv', 'e.mkv', 'e.mkv']);
	});

	it('tells apart copies of one file name by as many of their folders as differ', () => {
		const at = (path: string, resolution?: '720p') => {
			const parts = path.split('/');
			const fileName = parts[parts.length - 1] as string;
			const place = (depth: number): string => parts.slice(Math.max(parts.length - 1 - depth, 0)).join('/');
			return resolution === undefined
				? { parts: 1, fileName, place }
				: { parts: 1, fileName, place, resolution };
		};
		expect(
			versionLabels([
				at('Films/Heat (1995)/heat.mkv', '720p'),
				at('Backup/Heat (1995)/heat.mkv', '720p'),
				at('Films/Heat/heat.mkv', '720p'),
				at('a/e.mkv'),
				at('b/e.mkv'),
				at('e.mkv'),
			]),
		).toEqual([
			'720p · Films/Heat (1995)/heat.mkv',
			'720p · Backup/Heat (1995)/heat.mkv',
			'720p · Heat/heat.mkv',
			'a/e.mkv',
			'b/e.mkv',
			'e.mkv',
		]);
		// The same path twice: nothing tells those two apart, and their labels stay short.
		expect(
			versionLabels([
				at('Films/Heat (1995)/heat.mkv', '720p'),
				at('Backup/Heat (1995)/heat.mkv', '720p'),
				at('Films/Heat (1995)/heat.mkv', '720p'),
			]),
		).toEqual(['720p · heat.mkv', '720p · Backup/Heat (1995)/heat.mkv', '720p · heat.mkv']);
	});

	it('reads each copy’s folders a few times only, not once per other copy of the same name', () => {
		let reads = 0;
		const copies = Array.from({ length: 2_000 }, (_, index) => {
			const parts = [`Disk${index % 7}`, `Films${Math.floor(index / 7)}`, 'Heat.mkv'];
			const place = (depth: number): string => {
				reads++;
				return parts.slice(Math.max(parts.length - 1 - depth, 0)).join('/');
			};
			return { parts: 1, fileName: 'Heat.mkv', resolution: '720p' as const, place };
		});
		const labels = versionLabels(copies);
		expect(new Set(labels).size).toBe(copies.length);
		expect(labels[8]).toBe('720p · Disk1/Films1/Heat.mkv');
		// Two depths, two reads each: far from the four million a comparison of every pair would make.
		expect(reads).toBeLessThanOrEqual(copies.length * 4);
	});
});

describe('part signatures', () => {
	it.each([
		['Movie cd1', 1, 'movie cd#'],
		['Movie (2006) part2', 2, 'movie (2006) part#'],
		['Movie (1965) (Disc 01)', 1, 'movie (1965) (disc #)'],
		['Movie 1080p-cd1', 1, 'movie 1080p-cd#'],
		['300 (2006) partb', 2, '300 (2006) part@'],
		['300 (2006) part2', 2, '300 (2006) part#'],
		['Movie pt', 3, 'movie pt'],
		['Movie 2 cd', 1, 'movie 2 cd'],
		// The count after `of` or `sur` is not the part, glued or not.
		['Movie cd2of2', 2, 'movie cd#of2'],
		['Movie 2sur2', 2, 'movie #sur2'],
		['Movie - Partie 2 sur 2', 2, 'movie - partie # sur 2'],
		['Movie proof2', 2, 'movie proof#'],
	])('%j part %i → %j', (stem, part, signature) => {
		expect(partSignature(stem, part)).toBe(signature);
	});
});

describe('paths', () => {
	it('splits slash, backslash and bare names, ignoring trailing separators', () => {
		expect(splitPath('Films/Heat (1995)/Heat.mkv')).toEqual({
			dir: 'Films/Heat (1995)',
			folder: 'Heat (1995)',
			name: 'Heat.mkv',
		});
		expect(splitPath('D:\\Films\\Heat\\Heat.mkv')).toEqual({
			dir: 'D:/Films/Heat',
			folder: 'Heat',
			name: 'Heat.mkv',
		});
		expect(splitPath('Heat.mkv')).toEqual({ dir: '', folder: '', name: 'Heat.mkv' });
		expect(splitPath('Films/Disc 1/')).toEqual({ dir: 'Films', folder: 'Films', name: 'Disc 1' });
		expect(splitPath('/')).toEqual({ dir: '', folder: '', name: '' });
	});

	it('cuts only the extension the parser recognized', () => {
		expect(stemOf('Heat.mkv', 'mkv')).toBe('Heat');
		expect(stemOf('Heat.MKV', 'mkv')).toBe('Heat');
		expect(stemOf('Movie (2020).UHD', undefined)).toBe('Movie (2020).UHD');
		expect(stemOf('Heat.avi', 'mkv')).toBe('Heat.avi');
		expect(stemOf('.mkv', 'mkv')).toBe('.mkv');
	});

	it('finds the folder an extra belongs to above extras folders', () => {
		expect(ownerDir('Films/Heat (1995)/Extras/Featurettes')).toBe('Films/Heat (1995)');
		expect(ownerDir('Films/Heat (1995)')).toBe('Films/Heat (1995)');
		expect(ownerDir('Sample')).toBe('');
	});
});

describe('identity keys', () => {
	it('builds episode suffixes from season/episode, absolute numbers, dates, else a name', () => {
		const episode = (extra: Partial<ParsedMedia>): ParsedMedia => ({
			kind: 'episode',
			title: 'Show',
			ids: {},
			...extra,
		});
		expect(episodeSuffix(episode({ season: 1, episodes: [1, 2] }), 'x')).toBe('s01e01');
		expect(episodeSuffix(episode({ season: 12, episodes: [105] }), 'x')).toBe('s12e105');
		expect(episodeSuffix(episode({ episodes: [7] }), 'x')).toBe('e07');
		expect(episodeSuffix(episode({ date: '2011-11-15' }), 'x')).toBe('2011-11-15');
		// Without a number nor a date, the name, normalized as titles are: two spellings are one key.
		expect(episodeSuffix(episode({}), 'the special')).toBe('x-special');
		expect(episodeSuffix(episode({}), 'Show - Christmas Special')).toBe('x-show-christmas-special');
		expect(episodeSuffix(episode({}), 'Show.Christmas.Special')).toBe('x-show-christmas-special');
		expect(episodeSuffix(episode({}), '---')).toBe('x----');
		// Its season first, when known: two seasons' specials of one name are two episodes.
		expect(episodeSuffix(episode({ season: 2 }), 'Christmas Special')).toBe('s02-x-christmas-special');
	});

	it('reads row ids: numbers or digit strings, tmdb before tvdb, tvdb typed by the path when untyped', () => {
		expect(numericId(603)).toBe(603);
		expect(numericId('603')).toBe(603);
		expect(numericId('0')).toBeUndefined();
		expect(numericId(1.5)).toBeUndefined();
		expect(numericId(undefined)).toBeUndefined();
		const episode: ParsedMedia = { kind: 'episode', title: 'Show', season: 2, episodes: [3], ids: {} };
		expect(rowIdIdentity({ path: 'x', tvdb_id: 81189 }, episode, 'x')?.key).toBe('tvdb:series:81189:s02e03');
		expect(rowIdIdentity({ path: 'x', tvdb_id: 1, tvdb_type: 'movie' }, episode, 'x')?.key).toBe(
			'tvdb:movie:1',
		);
		expect(rowIdIdentity({ path: 'x', tvdb_id: 2 }, movie('Film'), 'x')?.key).toBe('tvdb:movie:2');
		expect(rowIdIdentity({ path: 'x', tmdb_id: null }, movie('Film'), 'x')).toBeUndefined();
		expect(imdbIdentity({ ...episode, ids: { imdb: 'tt0903747' } }, 'x')?.key).toBe('imdb:tt0903747:s02e03');
	});

	it('drops the words and, et and & after the first word from the title key', () => {
		expect(groupingTitle('Fast & Furious')).toBe('fast furious');
		expect(groupingTitle('Fast.and.Furious')).toBe('fast furious');
		expect(groupingTitle('Harold et Maude')).toBe(groupingTitle('Harold and Maude'));
		expect(groupingTitle('Sense & Sensibility &')).toBe('sense sensibility');
		// A first word stays (read as `and`): what a title keeps never depends on the words after it.
		expect(groupingTitle('And Then There Were None')).toBe('and then there were none');
		expect(groupingTitle('&')).toBe('and');
		expect(groupingTitle('Et')).toBe('and');
		// Words that only end or start with `et` or `and` are kept.
		expect(groupingTitle('Secret Street Island')).toBe('secret street island');
		expect(groupingTitle('Etoile Andromeda')).toBe('etoile andromeda');
		expect(groupingTitle('E.T.')).toBe('e t');
	});

	it('reads the word volume as vol in the title key', () => {
		expect(groupingTitle('Kill Bill : Volume 1')).toBe('kill bill vol 1');
		expect(groupingTitle('Kill.Bill.Vol.1')).toBe('kill bill vol 1');
		expect(groupingTitle('Volume 2')).toBe('vol 2');
		expect(groupingTitle('Volumes')).toBe('volumes');
		expect(groupingTitle('Le Volume des Ombres')).toBe('vol des ombres');
	});

	it('reads the word partie after the first as part in the title key', () => {
		expect(groupingTitle('Dune : Partie 2')).toBe(groupingTitle('Dune.Part.Two'));
		expect(groupingTitle('Mission Impossible - Dead Reckoning Partie 1')).toBe(
			groupingTitle('Mission.Impossible.Dead.Reckoning.Part.One'),
		);
		// A first word is kept as written, and so is a longer word.
		expect(groupingTitle('Partie de campagne')).toBe('partie de campagne');
		expect(groupingTitle('Les Parties fines')).toBe('parties fines');
	});

	it('numbers a partie after an ordinal as the scene numbers a part', () => {
		expect(groupingTitle('Dune : Deuxième Partie')).toBe(groupingTitle('Dune.Part.Two'));
		expect(groupingTitle('Dune.Deuxieme.Partie')).toBe('dune part 2');
		for (const title of [
			'Harry Potter et les Reliques de la Mort - 1re partie',
			'Harry Potter et les Reliques de la Mort - 1ère partie',
			'Harry Potter et les Reliques de la Mort - Première partie',
			'Harry.Potter.et.les.Reliques.de.la.Mort.1er.Partie',
		])
			expect(groupingTitle(title), title).toBe(
				groupingTitle('Harry.Potter.et.les.Reliques.de.la.Mort.Partie.1'),
			);
		expect(groupingTitle('Les Reliques de la Mort - 2ème partie')).toBe('reliques de la mort part 2');
		expect(groupingTitle('Les Reliques de la Mort - Seconde partie')).toBe('reliques de la mort part 2');
		// The French `part` is also a share: only `partie` is numbered so.
		expect(groupingTitle('Une 2e part du gâteau')).toBe('2e part du gateau');
		expect(groupingTitle('La Part des anges')).toBe('part des anges');
	});

	it('splits a word at an inner apostrophe as scene names do, but for English contractions', () => {
		expect(groupingTitle("Bienvenue chez les Ch'tis")).toBe(groupingTitle('Bienvenue.Chez.Les.Ch.Tis'));
		expect(groupingTitle("Aujourd'hui")).toBe('aujourd hui');
		expect(groupingTitle('Jusqu’au bout')).toBe('jusqu au bout');
		expect(groupingTitle("Dell'amore")).toBe('dell amore');
		// One letter after the apostrophe, or 're, 've, 'll: an English contraction, glued as scene names drop it.
		expect(groupingTitle("Ocean's Eleven")).toBe('oceans 11');
		expect(groupingTitle("Don't Look Up")).toBe('dont look up');
		expect(groupingTitle("We're the Millers")).toBe('were the millers');
		expect(groupingTitle("You've Got Mail")).toBe('youve got mail');
		expect(groupingTitle("Who'll Stop the Rain")).toBe('wholl stop the rain');
		expect(groupingTitle("Rock'n'Roll")).toBe('rockn roll');
		// An apostrophe that opens a word glues nothing before it.
		expect(groupingTitle("Shoot 'Em Up")).toBe('shoot em up');
	});

	it('folds French elisions into the title key', () => {
		expect(groupingTitle("L'Auberge espagnole")).toBe(groupingTitle('L.Auberge.Espagnole'));
		expect(groupingTitle("Le Fabuleux Destin d'Amélie Poulain")).toBe(
			groupingTitle('le.fabuleux.destin.d.amelie.poulain'),
		);
		expect(groupingTitle("Ocean's Eleven")).toBe(groupingTitle('Oceans Eleven'));
		expect(groupingTitle('Heat')).toBe('heat');
		expect(groupingTitle('Astérix & Obélix : Mission Cléopâtre')).toBe(
			groupingTitle('Asterix.et.Obelix.Mission.Cleopatre'),
		);
		expect(groupingTitle('Et Dieu… créa la femme')).toBe('and dieu crea la femme');
		expect(groupingTitle('Beetlejuice')).toBe('beetlejuice');
	});
});

describe('folder rule', () => {
	const member = (stem: string, parsed: ParsedMedia) => ({ stem, parsed, norm: groupingTitle(parsed.title) });

	it('leaves single-letter folders, season folders and title-less folders alone', () => {
		const members = [member('Movie 1', movie('Movie 1')), member('Movie 2', movie('Movie 2'))];
		expect(folderFilm('M', members, () => movie('M'))).toBeUndefined();
		expect(
			folderFilm('Season 1', members, () => ({ kind: 'episode', title: '', season: 1, ids: {} })),
		).toBeUndefined();
		expect(folderFilm('---', members, () => movie(''))).toBeUndefined();
		expect(folderFilm('Films', [], () => movie('Films'))).toBeUndefined();
	});

	it('does not parse the folder when its files already agree with its name', () => {
		const parse = (): ParsedMedia => {
			throw new Error('parsed');
		};
		expect(
			folderFilm('Heat (1995)', [member('Heat.1995.1080p', movie('Heat', { year: 1995 }))], parse),
		).toBeUndefined();
		expect(folderFilm('Heat', [member('Heat', movie('Heat'))], parse)).toBeUndefined();
	});

	it('takes obfuscated names in a release folder, but not two of them', () => {
		const release = (): ParsedMedia =>
			movie('Heat', { year: 1995, resolution: '1080p', releaseGroup: 'GRP' });
		expect(folderFilm('Heat.1995.1080p-GRP', [member('grp-ht', movie('grp-ht'))], release)).toEqual({
			norm: 'heat',
			year: 1995,
			display: 'Heat',
		});
		expect(
			folderFilm(
				'Heat.1995.1080p-GRP',
				[member('grp-ht', movie('grp-ht')), member('xyz', movie('xyz'))],
				release,
			),
		).toBeUndefined();
		expect(
			folderFilm(
				'Heat',
				[member('Heat', movie('Heat', { year: 1995 })), member('Heat 2', movie('Heat', { year: 1996 }))],
				() => movie('Heat'),
			),
		).toBeUndefined();
	});
});

describe('groupInventory odd rows', () => {
	it('orders rows sharing a path by size, then by content, and never throws on odd fields', () => {
		const cyclic: { path: string; self?: unknown } = { path: 'Heat (1995).mkv' };
		cyclic.self = cyclic;
		const items = [
			{ path: 'Heat (1995).mkv', size: 2 },
			{ path: 'Heat (1995).mkv', size: 1 },
			{ path: 'Heat (1995).mkv', big: 10n },
			{ path: 'Heat (1995).mkv', big: 9n },
			cyclic,
			{ path: 'Heat (1995).mkv', size: Number.POSITIVE_INFINITY },
		];
		const [card] = groupInventory(items);
		expect(card?.versions.map((version) => version.items[0])).toHaveLength(6);
		expect(card?.versions[0]?.items[0]).toBe(items[0]);
		expect(card?.versions.every((version) => version.size === undefined || version.size > 0)).toBe(true);
		expect(heldRows(groupInventory([...items].reverse()))).toHaveLength(6);
	});

	it('gives a series id without episode numbers a key of its own, and keeps imdb-tagged films of two ids apart', () => {
		const groups = groupInventory([
			{ path: 'Séries/Kaamelott/Kaamelott - Le Making-of.mkv', tmdb_id: 1, tmdb_type: 'series' },
			{ path: 'A/Heat (1995).mkv', tmdb_id: 949 },
			{ path: 'B/Heat (1995) {imdb-tt0113277}.mkv', tmdb_id: 949 },
			{ path: 'C/Heat (1995) {imdb-tt9999999}.mkv' },
			{ path: 'D/Heat.1995.mkv', tmdb_id: 5 },
		]);
		expect(groups.map((group) => group.key).sort()).toEqual(
			expect.arrayContaining(['imdb:tt9999999', 'tmdb:movie:5', 'tmdb:movie:949']),
		);
		expect(groups.find((group) => group.key.startsWith('tmdb:series:1:'))?.key).toMatch(/^tmdb:series:1:x-/);
	});

	it('joins an IMDb-tagged film to the single id card of its title, unless that card has another IMDb id', () => {
		const groups = groupInventory([
			{ path: 'A/Heat (1995) {imdb-tt0113277}.mkv', tmdb_id: 949 },
			{ path: 'B/Heat (1995) 720p {imdb-tt0000001}.mkv' },
			{ path: 'C/Alien (1979).mkv', tmdb_id: 348 },
			{ path: 'D/Alien (1979) {imdb-tt0078748}.mkv' },
			{ path: 'E/Alien.1979.720p {imdb-tt0078748}.mkv' },
			{ path: 'F/Solaris (1972) {imdb-tt0069293}.mkv', tmdb_id: 593 },
			{ path: 'F/Solaris (1972) 720p {imdb-tt9999998}.mkv', tmdb_id: 593 },
			{ path: 'G/Solaris.1972.1080p {imdb-tt0069294}.mkv' },
		]);
		expect(groups.map((group) => [group.key, group.versions.length])).toEqual([
			['tmdb:movie:348', 3],
			['imdb:tt0000001', 1],
			['tmdb:movie:949', 1],
			['imdb:tt0069294', 1],
			['tmdb:movie:593', 2],
		]);
	});

	it('keeps rows of a folder with several ids apart from an id-less row of that folder, and its trailer', () => {
		const groups = groupInventory([
			{ path: 'Films/Movie/Movie.mkv', tmdb_id: 1 },
			{ path: 'Films/Movie/Movie-720p.mkv', tmdb_id: 2 },
			...rows('Films/Movie/Movie-480p.mkv', 'Films/Movie/trailer.mkv'),
		]);
		// The folder holds three films now: its bare trailer cannot tell which, so it gets a card of its own.
		expect(groups.map((group) => [group.key, group.versions.length, group.extras.length])).toEqual([
			['title:movie', 1, 0],
			['tmdb:movie:1', 1, 0],
			['tmdb:movie:2', 1, 0],
			['extras:Films/Movie', 0, 1],
		]);
	});
});
