import { describe, expect, it } from 'vitest';
import { createTvdbProvider } from '../src/index.js';

const { TVDB_API_KEY: apiKey, TVDB_PIN: pin } = process.env;

// Runs only with a real key: `TVDB_API_KEY=… [TVDB_PIN=…] npx vitest run --project @vm/provider-tvdb live`.
describe.skipIf(apiKey === undefined || apiKey === '')('live TheTVDB v4 (smoke)', () => {
	it('logs in, searches and resolves ids and episodes', { timeout: 60_000 }, async () => {
		const tvdb = createTvdbProvider({
			apiKey: apiKey ?? '',
			...(pin === undefined || pin === '' ? {} : { pin }),
			language: 'fr-FR',
			rateLimit: { requestsPerSecond: 2, concurrency: 1 },
		});
		const [first] = await tvdb.search({ kind: 'series', title: 'Breaking Bad', year: 2008 });
		expect(first?.id).toBe(81189);
		const byImdb = await tvdb.findByExternalId('imdb', 'tt0903747');
		expect(byImdb.map((candidate) => candidate.id)).toContain(81189);
		expect(await tvdb.getById('series', 81189)).toMatchObject({ id: 81189, year: 2008 });
		expect(await tvdb.getEpisode(81189, 1, 1)).toMatchObject({ seasonNumber: 1, number: 1 });
		expect(tvdb.stats.logins).toBe(1);
	});
});
