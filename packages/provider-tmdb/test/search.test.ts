import { afterEach, describe, expect, it } from 'vitest';
import { closeAll, fakeWithProvider, TEST_API_KEY, TEST_TOKEN } from './helpers/setup.js';

afterEach(closeAll);

describe('search', () => {
	it('maps /search/movie results to candidates with original titles, years and popularity', async () => {
		const { tmdb } = await fakeWithProvider();
		const results = await tmdb.search({ kind: 'movie', title: 'Amelie', year: 2001 });
		expect(results).toEqual([
			{
				id: 194,
				kind: 'movie',
				title: 'Amélie',
				originalTitle: "Le Fabuleux Destin d'Amélie Poulain",
				year: 2001,
				popularity: 33.1,
			},
		]);
	});

	it('asks for the requested language and reads the translated title', async () => {
		const { tmdb } = await fakeWithProvider({ language: 'fr-fr' });
		const [matrix] = await tmdb.search({ kind: 'movie', title: 'Matrix', year: 1999 });
		expect(matrix).toMatchObject({ id: 603, title: 'Matrix', originalTitle: 'The Matrix' });
		const [amelie] = await tmdb.search({ kind: 'movie', title: 'Amélie', language: 'en-US' });
		expect(amelie?.title).toBe('Amélie');
	});

	it('treats an empty release date as no year', async () => {
		const { tmdb } = await fakeWithProvider();
		const results = await tmdb.search({ kind: 'movie', title: 'Fight Club' });
		const russian = results.find((candidate) => candidate.id === 973534);
		expect(russian).toBeDefined();
		expect(russian).not.toHaveProperty('year');
		expect(russian?.originalTitle).toBe('Бойцовский клуб (русская версия)');
	});

	it('filters by `year` first and needs one request when the year finds the title', async () => {
		const { fake, tmdb } = await fakeWithProvider();
		const results = await tmdb.search({ kind: 'movie', title: 'Dune', year: 2021 });
		// `year` matches any release in 2021: the 1984 film was re-released then, like on TMDB.
		expect(results.map((candidate) => candidate.id).sort()).toEqual([438631, 841]);
		expect(fake.measures.byPath.get('/3/search/movie')).toBe(1);
	});

	it('asks again without the year when the year finds nothing that matches, and merges', async () => {
		const { fake, tmdb } = await fakeWithProvider();
		const results = await tmdb.search({ kind: 'movie', title: 'La Haine', year: 1996 });
		expect(results.map((candidate) => candidate.id)).toEqual([406]);
		expect(fake.measures.byPath.get('/3/search/movie')).toBe(2);
	});

	it('sends query, include_adult, language, region and page like TMDB expects', async () => {
		const { fake, tmdb } = await fakeWithProvider({ language: 'fr-FR', region: 'fr', includeAdult: true });
		const seen: string[] = [];
		const original = fake.url;
		const { tmdb: spy } = await fakeWithProvider({
			baseUrl: original,
			language: 'fr-FR',
			region: 'fr',
			includeAdult: true,
			fetch: (input, init) => {
				seen.push(input instanceof Request ? input.url : String(input));
				return fetch(input, init);
			},
		});
		await spy.search({ kind: 'movie', title: 'Heat', year: 1995 });
		await spy.search({ kind: 'series', title: 'The Office', year: 2005 });
		expect(seen[0]).toBe(
			`${original}/search/movie?query=Heat&include_adult=true&language=fr-FR&page=1&region=FR&year=1995`,
		);
		expect(seen[1]).toBe(
			`${original}/search/tv?query=The+Office&include_adult=true&language=fr-FR&page=1&first_air_date_year=2005`,
		);
		expect(seen.join(' ')).not.toContain('api_key');
		expect(await tmdb.search({ kind: 'series', title: 'The Office', year: 2005 })).toMatchObject([
			{ id: 2316, year: 2005 },
		]);
	});

	it('searches series with first_air_date_year', async () => {
		const { tmdb } = await fakeWithProvider();
		const uk = await tmdb.search({ kind: 'series', title: 'The Office', year: 2001 });
		expect(uk).toEqual([
			{
				id: 2996,
				kind: 'series',
				title: 'The Office',
				originalTitle: 'The Office',
				year: 2001,
				popularity: 40,
			},
		]);
		const all = await tmdb.search({ kind: 'series', title: 'the office' });
		expect(all.map((candidate) => candidate.id)).toEqual([2316, 2996]);
	});

	it('returns [] for a blank title without asking TMDB', async () => {
		const { fake, tmdb } = await fakeWithProvider();
		await expect(tmdb.search({ kind: 'movie', title: '   ' })).resolves.toEqual([]);
		expect(fake.measures.requests).toBe(0);
	});

	it('rejects malformed queries with a TypeError naming the field', async () => {
		const { tmdb } = await fakeWithProvider();
		await expect(tmdb.search({ kind: 'film' as never, title: 'Heat' })).rejects.toThrow(
			'Expected `query.kind`',
		);
		await expect(tmdb.search({ kind: 'movie', title: 'Heat', year: 95 })).rejects.toThrow(
			'`query.year` to be a four-digit year, got 95',
		);
		await expect(tmdb.search({ kind: 'movie', title: 'Heat', language: 'french' })).rejects.toThrow(
			'`query.language`',
		);
	});
});

describe('credentials', () => {
	it('sends a v3 key as api_key when there is no token', async () => {
		const { tmdb, fake } = await fakeWithProvider(
			{ accessToken: undefined, apiKey: TEST_API_KEY },
			{ accessToken: undefined as never },
		);
		await expect(tmdb.search({ kind: 'movie', title: 'Heat', year: 1995 })).resolves.toHaveLength(1);
		expect(fake.measures.requests).toBe(1);
	});

	it('prefers the bearer token when both are given (the key is never sent)', async () => {
		const { tmdb } = await fakeWithProvider(
			{ accessToken: TEST_TOKEN, apiKey: 'ffffffffffffffffffffffffffffffff' },
			{ apiKey: undefined as never },
		);
		await expect(tmdb.search({ kind: 'movie', title: 'Heat', year: 1995 })).resolves.toHaveLength(1);
	});
});
