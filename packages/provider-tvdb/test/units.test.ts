import { describe, expect, it } from 'vitest';
import { findAbsoluteEpisode, mapEpisode, type TvdbEpisode } from '../src/episode.js';
import { toTvdbLanguage } from '../src/language.js';
import { mapRecord } from '../src/map-record.js';
import { mapSearchResults } from '../src/map-search-results.js';
import { pickRemoteIdRecords } from '../src/pick-remote-id-records.js';
import { field, readArray, readId, readYear } from '../src/values.js';
import { loadFixtures } from './helpers/fixtures.js';

const fixtures = loadFixtures();

describe('toTvdbLanguage', () => {
	it.each([
		['fr-FR', 'fra'],
		['fr', 'fra'],
		['en-US', 'eng'],
		['de', 'deu'],
		['cs-CZ', 'ces'],
		['pt-BR', 'pt'],
		['pt-PT', 'por'],
		['zh-TW', 'zhtw'],
		['zh-Hant-HK', 'zhtw'],
		['zh-CN', 'zho'],
		['FRA', 'fra'],
		['ja_JP', 'jpn'],
	])('%s → %s', (tag, code) => {
		expect(toTvdbLanguage(tag)).toBe(code);
	});

	it.each(['', 'x', 'klingon', '12-34'])('%j → undefined', (tag) => {
		expect(toTvdbLanguage(tag)).toBeUndefined();
	});
});

describe('readers', () => {
	it('turns string ids and years into numbers and refuses junk', () => {
		expect(readId('194031')).toBe(194031);
		expect(readId(81189)).toBe(81189);
		expect(readId('series-1')).toBeUndefined();
		expect(readId('0')).toBeUndefined();
		expect(readYear('2011')).toBe(2011);
		expect(readYear(1999)).toBe(1999);
		expect(readYear('2008-01-20')).toBe(2008);
		expect(readYear('')).toBeUndefined();
		expect(readYear('0000')).toBeUndefined();
		expect(readYear(null)).toBeUndefined();
	});
});

describe('mapSearchResults', () => {
	it('keeps only the wanted kind, merges a repeated tvdb_id and reads string ids', () => {
		const candidates = mapSearchResults(fixtures.search, 'series', undefined);
		const ids = candidates.map((candidate) => candidate.id);
		expect(ids).toEqual([81189, 79175, 79126, 267440]);
		const breakingBad = candidates[0];
		expect(breakingBad).toMatchObject({ id: 81189, kind: 'series', title: 'Breaking Bad', year: 2008 });
		// Aliases and translations of both copies of the duplicate feed the matcher.
		expect(breakingBad?.aliases).toEqual(expect.arrayContaining(['Perníkový táta', 'Во все тяжкие', 'BrBa']));
		expect(breakingBad?.aliases).not.toContain('Breaking Bad');
	});

	it('titles in the requested language, the primary-language name as originalTitle', () => {
		const [wire] = mapSearchResults(
			fixtures.search.filter((item) => field(item, 'tvdb_id') === '79126'),
			'series',
			'fra',
		);
		expect(wire).toMatchObject({ id: 79126, title: 'Sur écoute', originalTitle: 'The Wire', year: 2002 });
		const [titan] = mapSearchResults(
			fixtures.search.filter((item) => field(item, 'tvdb_id') === '267440'),
			'series',
			'eng',
		);
		expect(titan).toMatchObject({ title: 'Attack on Titan', originalTitle: '進撃の巨人' });
		expect(titan?.aliases).toEqual(expect.arrayContaining(['Shingeki no Kyojin', "L'Attaque des Titans"]));
	});

	it('takes the earliest year of a duplicate and parses numeric years', () => {
		const results = [
			{ tvdb_id: '194031', type: 'series', name: "Bob's Burgers", year: '2012' },
			{ tvdb_id: '194031', type: 'series', name: "Bob's Burgers", year: '2011' },
			{ tvdb_id: 169, type: 'movie', name: 'The Matrix', year: 1999 },
		];
		expect(mapSearchResults(results, 'series', undefined)).toEqual([
			{ id: 194031, kind: 'series', title: "Bob's Burgers", year: 2011 },
		]);
		expect(mapSearchResults(results, 'movie', undefined)).toEqual([
			{ id: 169, kind: 'movie', title: 'The Matrix', year: 1999 },
		]);
	});

	it('ignores items without an id or a name, and non-arrays', () => {
		expect(
			mapSearchResults(
				[{ type: 'series', name: 'x' }, { tvdb_id: '5', type: 'series' }, null],
				'series',
				undefined,
			),
		).toEqual([]);
		expect(mapSearchResults({ data: [] }, 'series', undefined)).toEqual([]);
		// The prefixed `id` is a fallback when `tvdb_id` is missing.
		expect(mapSearchResults([{ id: 'series-42', type: 'series', name: 'Z' }], 'series', undefined)).toEqual([
			{ id: 42, kind: 'series', title: 'Z' },
		]);
	});
});

describe('mapRecord', () => {
	it('maps a series record with a translation and keeps score as popularity', () => {
		const record = fixtures.series.get('79126');
		const translation = fixtures.translations.get('series-79126-fra');
		expect(mapRecord(record, 'series', translation)).toEqual({
			id: 79126,
			kind: 'series',
			title: 'Sur écoute',
			originalTitle: 'The Wire',
			aliases: ['The Wire : Sur écoute'],
			year: 2002,
			popularity: 231007,
		});
	});

	it('reads {language, name} aliases and refuses records without id', () => {
		expect(mapRecord(fixtures.movies.get('169'), 'movie')).toMatchObject({
			id: 169,
			title: 'The Matrix',
			aliases: ['Matrix'],
			year: 1999,
		});
		expect(mapRecord({ name: 'x' }, 'movie')).toBeUndefined();
		expect(mapRecord('nope', 'movie')).toBeUndefined();
	});
});

describe('pickRemoteIdRecords', () => {
	it('keeps series and movies, drops season/episode wrappers and records listing another source', () => {
		const imdb = pickRemoteIdRecords(
			field(fixtures.remoteIds, 'tt0903747'),
			['series', 'movie'],
			'imdb',
			'tt0903747',
		);
		expect(imdb.map(({ kind, record }) => [kind, field(record, 'id')])).toEqual([['series', 81189]]);
		const tmdb = pickRemoteIdRecords(field(fixtures.remoteIds, '1396'), ['series', 'movie'], 'tmdb', '1396');
		expect(tmdb.map(({ kind, record }) => [kind, field(record, 'id')])).toEqual([['series', 81189]]);
		// "603-the-matrix" is TheTVDB's TMDB id with a slug.
		const slugged = pickRemoteIdRecords(field(fixtures.remoteIds, '603'), ['series', 'movie'], 'tmdb', '603');
		expect(slugged.map(({ kind }) => kind)).toEqual(['movie']);
		expect(pickRemoteIdRecords(field(fixtures.remoteIds, '603'), ['series'], 'tmdb', '603')).toEqual([]);
		expect(pickRemoteIdRecords('junk', ['series'], 'imdb', 'tt1')).toEqual([]);
	});
});

describe('absolute numbering', () => {
	const episodes = readArray(field(fixtures.episodes.get('267440'), 'default')).flatMap(
		(raw) => mapEpisode(raw, 'absolute', 267440) ?? [],
	);

	it('resolves running numbers to aired season and episode, specials excluded', () => {
		expect(findAbsoluteEpisode(episodes, 1)).toMatchObject({ seasonNumber: 1, number: 1 });
		expect(findAbsoluteEpisode(episodes, 25)).toMatchObject({ seasonNumber: 1, number: 25 });
		expect(findAbsoluteEpisode(episodes, 30)).toMatchObject({ seasonNumber: 2, number: 5, name: 'Historia' });
		expect(findAbsoluteEpisode(episodes, 38)).toMatchObject({ seasonNumber: 3, number: 1 });
		expect(findAbsoluteEpisode(episodes, 60)).toBeUndefined();
	});

	it('counts positions when the list has no absoluteNumber', () => {
		const bare: TvdbEpisode[] = episodes.map(({ absoluteNumber: _, ...episode }) => episode);
		const shuffled = [...bare].reverse();
		expect(findAbsoluteEpisode(shuffled, 30)).toMatchObject({
			seasonNumber: 2,
			number: 5,
			absoluteNumber: 30,
		});
		expect(findAbsoluteEpisode(shuffled, 0)).toBeUndefined();
	});

	it('drops ghost episodes without numbers', () => {
		expect(
			mapEpisode({ id: 1, seriesId: 2, number: null, seasonNumber: null }, 'default', 2),
		).toBeUndefined();
		expect(mapEpisode({ id: 1, number: 3, seasonNumber: 0, name: null }, 'default', 2)).toEqual({
			id: 1,
			seriesId: 2,
			order: 'default',
			seasonNumber: 0,
			number: 3,
		});
	});
});
