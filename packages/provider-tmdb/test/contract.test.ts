import { describeProviderContract } from '@vm/core/testing';
import { createTmdbProvider } from '../src/index.js';
import { startFakeTmdb } from './helpers/fake-tmdb-server.js';
import { FAST_RETRY, TEST_API_KEY, TEST_TOKEN } from './helpers/setup.js';

describeProviderContract(
	'tmdb (bearer token)',
	async () => {
		const fake = await startFakeTmdb({ accessToken: TEST_TOKEN });
		return {
			provider: createTmdbProvider({ accessToken: TEST_TOKEN, baseUrl: fake.url, retry: FAST_RETRY }),
			knownMovie: { title: 'The Matrix', year: 1999, id: 603 },
			knownSeries: { title: 'Breaking Bad', year: 2008, id: 1396 },
			knownExternalId: { source: 'imdb', id: 'tt0133093', kind: 'movie', expectedId: 603 },
			dispose: () => fake.close(),
		};
	},
	{
		badCredentials: async () => {
			const fake = await startFakeTmdb({ accessToken: TEST_TOKEN });
			const wrong = `${TEST_TOKEN}x`;
			return {
				provider: createTmdbProvider({ accessToken: wrong, baseUrl: fake.url }),
				secret: wrong,
				dispose: () => fake.close(),
			};
		},
		unavailable: async () => {
			const fake = await startFakeTmdb({ accessToken: TEST_TOKEN });
			fake.failRandomly(1, ['503', '504', 'html-502', 'reset']);
			return {
				provider: createTmdbProvider({ accessToken: TEST_TOKEN, baseUrl: fake.url, retry: FAST_RETRY }),
				secret: TEST_TOKEN,
				dispose: () => fake.close(),
			};
		},
	},
);

describeProviderContract(
	'tmdb (v3 api_key)',
	async () => {
		const fake = await startFakeTmdb({ apiKey: TEST_API_KEY });
		return {
			provider: createTmdbProvider({ apiKey: TEST_API_KEY, baseUrl: fake.url, retry: FAST_RETRY }),
			knownMovie: { title: 'Amélie', year: 2001, id: 194 },
			knownSeries: { title: 'Le Bureau des légendes', year: 2015, id: 62687 },
			knownExternalId: { source: 'tvdb', id: '81189', kind: 'series', expectedId: 1396 },
			dispose: () => fake.close(),
		};
	},
	{
		badCredentials: async () => {
			const fake = await startFakeTmdb({ apiKey: TEST_API_KEY });
			const wrong = TEST_API_KEY.replace(/0/g, 'a');
			return {
				provider: createTmdbProvider({ apiKey: wrong, baseUrl: fake.url }),
				secret: wrong,
				dispose: () => fake.close(),
			};
		},
	},
);
