import { afterEach, describe, expect, it } from 'vitest';
import { closeAll, fakeWithProvider, TEST_TOKEN } from './helpers/setup.js';

afterEach(closeAll);

/** The fake must answer like TMDB (PROVIDER-APIS §1.7), or the provider tests prove nothing. */
describe('fake TMDB conformance', () => {
	const get = async (
		base: string,
		path: string,
		auth = true,
	): Promise<{ status: number; body: { results?: unknown; [field: string]: unknown } }> => {
		const response = await fetch(
			`${base}${path}`,
			auth ? { headers: { authorization: `Bearer ${TEST_TOKEN}` } } : {},
		);
		return {
			status: response.status,
			body: (await response.json()) as { results?: unknown; [field: string]: unknown },
		};
	};

	it('answers TMDB’s error envelopes', async () => {
		const { fake } = await fakeWithProvider();
		expect(await get(fake.url, '/search/movie?query=x', false)).toEqual({
			status: 401,
			body: {
				success: false,
				status_code: 7,
				status_message: 'Invalid API key: You must be granted a valid key.',
			},
		});
		expect(await get(fake.url, '/movie/1')).toMatchObject({ status: 404, body: { status_code: 34 } });
		expect(await get(fake.url, '/search/movie?query=x&page=501')).toMatchObject({
			status: 400,
			body: { status_code: 22 },
		});
		const many = Array.from({ length: 21 }, (_, index) => `x${index}`).join(',');
		expect(await get(fake.url, `/movie/603?append_to_response=${many}`)).toMatchObject({
			status: 400,
			body: { status_code: 27 },
		});
	});

	it('pages by 20, keeps `year` loose and `primary_release_year` strict, and answers /find with five arrays', async () => {
		const { fake } = await fakeWithProvider();
		const loose = await get(fake.url, '/search/movie?query=dune&year=2021');
		const strict = await get(fake.url, '/search/movie?query=dune&primary_release_year=2021');
		expect((loose.body.results as unknown[]).length).toBe(2);
		expect((strict.body.results as { id: number }[]).map((movie) => movie.id)).toEqual([438631]);
		expect(await get(fake.url, '/search/movie?query=nothing%20here')).toEqual({
			status: 200,
			body: { page: 1, results: [], total_pages: 1, total_results: 0 },
		});
		const find = await get(fake.url, '/find/tt0000001?external_source=imdb_id');
		expect(Object.keys(find.body).sort()).toEqual([
			'movie_results',
			'person_results',
			'tv_episode_results',
			'tv_results',
			'tv_season_results',
		]);
		const season = await get(fake.url, '/tv/1396/season/1');
		expect(season.body).toMatchObject({
			season_number: 1,
			episodes: [{ episode_number: 1, show_id: 1396 }, { episode_number: 2 }],
		});
		expect((await get(fake.url, '/tv/1396/season/9')).status).toBe(404);
	});
});
