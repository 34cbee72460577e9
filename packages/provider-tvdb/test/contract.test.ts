import { describeProviderContract } from '@vm/core/testing';
import { afterAll, beforeAll } from 'vitest';
import { createTvdbProvider } from '../src/index.js';
import { type FakeTvdbServer, startFakeTvdbServer } from './helpers/fake-tvdb-server.js';
import { FAST } from './helpers/test-provider.js';

let server: FakeTvdbServer;
beforeAll(async () => {
	server = await startFakeTvdbServer();
});
afterAll(async () => {
	await server.close();
});

const WRONG_KEY = 'not-the-key-3c9e81f2-5b6d-4a70-8e12-d4f6a0b9c7e5';

describeProviderContract(
	'tvdb',
	() => ({
		provider: createTvdbProvider({ apiKey: server.apiKey, baseUrl: server.baseUrl, ...FAST }),
		knownSeries: { title: 'Breaking Bad', year: 2008, id: 81189 },
		knownMovie: { title: 'The Matrix', year: 1999, id: 169 },
		knownExternalId: { source: 'imdb', id: 'tt0903747', kind: 'series', expectedId: 81189 },
		language: 'fr-FR',
	}),
	{
		badCredentials: () => ({
			provider: createTvdbProvider({ apiKey: WRONG_KEY, baseUrl: server.baseUrl, ...FAST }),
			secret: WRONG_KEY,
		}),
		unavailable: () => {
			// TheTVDB's own outages hit /login first (502 pages for a day in 2024).
			server.inject(...Array.from({ length: 3 }, () => ({ kind: 'html-502' as const, path: '/login' })));
			return {
				provider: createTvdbProvider({ apiKey: server.apiKey, baseUrl: server.baseUrl, ...FAST }),
				secret: server.apiKey,
			};
		},
	},
);
