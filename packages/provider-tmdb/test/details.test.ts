import { afterEach, describe, expect, it } from 'vitest';
import { closeAll, fakeWithProvider } from './helpers/setup.js';

afterEach(closeAll);

describe('getById', () => {
	it('reads a film with its alternative titles as aliases', async () => {
		const { tmdb } = await fakeWithProvider();
		await expect(tmdb.getById('movie', 194)).resolves.toEqual({
			id: 194,
			kind: 'movie',
			title: 'Amélie',
			originalTitle: "Le Fabuleux Destin d'Amélie Poulain",
			aliases: ['Amelie', 'Amélie from Montmartre', 'Amélie Poulain'],
			year: 2001,
			popularity: 33.1,
		});
	});

	it('reads series aliases from `results` (not `titles`)', async () => {
		const { tmdb } = await fakeWithProvider();
		const got = await tmdb.getById('series', 1399);
		expect(got?.aliases).toEqual(['Le Trône de fer', 'GoT']);
		expect(got?.year).toBe(2011);
	});

	it('answers in the call’s language (RequestOptions.language) over the provider’s', async () => {
		const { tmdb } = await fakeWithProvider({ language: 'en-US' });
		await expect(tmdb.getById('movie', 603, { language: 'fr-FR' })).resolves.toMatchObject({
			title: 'Matrix',
			originalTitle: 'The Matrix',
		});
		await expect(tmdb.findByExternalId('imdb', 'tt0944947', { language: 'fr' })).resolves.toMatchObject([
			{ id: 1399, kind: 'series', title: 'Le Trône de fer' },
		]);
		await expect(tmdb.getById('movie', 603)).resolves.toMatchObject({ title: 'The Matrix' });
	});

	it('gives undefined for an unknown id (404, code 34) after one request', async () => {
		const { tmdb, fake } = await fakeWithProvider();
		await expect(tmdb.getById('movie', 999_999_999)).resolves.toBeUndefined();
		expect(fake.measures.requests).toBe(1);
	});

	it('refuses a non-integer id', async () => {
		const { tmdb } = await fakeWithProvider();
		await expect(tmdb.getById('movie', 1.5)).rejects.toThrow(
			'Expected `id` to be a positive integer, got 1.5',
		);
	});
});

describe('findByExternalId', () => {
	it('finds a film by IMDb id and a series by TheTVDB id', async () => {
		const { tmdb, fake } = await fakeWithProvider();
		await expect(tmdb.findByExternalId('imdb', 'tt0133093')).resolves.toMatchObject([
			{ id: 603, kind: 'movie', year: 1999 },
		]);
		await expect(tmdb.findByExternalId('tvdb', '81189')).resolves.toMatchObject([
			{ id: 1396, kind: 'series' },
		]);
		await expect(tmdb.findByExternalId('imdb', 'tt9999999')).resolves.toEqual([]);
		expect(fake.measures.byPath.get('/3/find/tt0133093')).toBe(1);
	});

	it('looks a TMDB id up as both kinds', async () => {
		const { tmdb } = await fakeWithProvider();
		await expect(tmdb.findByExternalId('tmdb', '603')).resolves.toMatchObject([{ id: 603, kind: 'movie' }]);
	});

	it('refuses ids that are not of the source’s shape', async () => {
		const { tmdb } = await fakeWithProvider();
		await expect(tmdb.findByExternalId('imdb', '0133093')).rejects.toThrow('an IMDb id such as "tt0133093"');
		await expect(tmdb.findByExternalId('tvdb', 'abc')).rejects.toThrow('a TheTVDB id');
	});
});

describe('searchBest', () => {
	it('answers the Video Manager contract, with the year as a string', async () => {
		const { tmdb } = await fakeWithProvider();
		await expect(tmdb.searchBest('The Matrix', 1999)).resolves.toEqual({
			tmdb_id: 603,
			title: 'The Matrix',
			year: '1999',
		});
		await expect(tmdb.searchBest('The Matrix', '1999')).resolves.toEqual({
			tmdb_id: 603,
			title: 'The Matrix',
			year: '1999',
		});
	});

	it('tells remakes apart by year, not by rank', async () => {
		const { tmdb } = await fakeWithProvider();
		await expect(tmdb.searchBest('Dune', 2021)).resolves.toMatchObject({ tmdb_id: 438631, year: '2021' });
		await expect(tmdb.searchBest('Dune', 1984)).resolves.toMatchObject({ tmdb_id: 841, year: '1984' });
		await expect(tmdb.searchBest('RoboCop', 2014)).resolves.toMatchObject({ tmdb_id: 97020 });
	});

	it('returns null when nothing is confident: unknown titles, or a remake with no year', async () => {
		const { tmdb } = await fakeWithProvider();
		await expect(tmdb.searchBest('Qzxv Wuvkt Plombj')).resolves.toBeNull();
		await expect(tmdb.searchBest('Dune')).resolves.toBeNull();
		await expect(tmdb.searchBest('')).resolves.toBeNull();
	});

	it('finds French releases by their French title and answers in the provider language', async () => {
		const { tmdb } = await fakeWithProvider({ language: 'fr-FR' });
		await expect(tmdb.searchBest('Le Diner de cons', 1998)).resolves.toEqual({
			tmdb_id: 9421,
			title: 'Le Dîner de cons',
			year: '1998',
		});
		await expect(tmdb.searchBest('Intouchables', 2011)).resolves.toEqual({
			tmdb_id: 77338,
			title: 'Intouchables',
			year: '2011',
		});
	});

	it('refuses a malformed year', async () => {
		const { tmdb } = await fakeWithProvider();
		await expect(tmdb.searchBest('Heat', '95')).rejects.toThrow(
			'Expected `year` to be a four-digit year, got "95"',
		);
	});
});
