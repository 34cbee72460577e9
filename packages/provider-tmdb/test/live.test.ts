import { inspect } from 'node:util';
import { ProviderAuthError } from '@vm/core';
import { describe, expect, it } from 'vitest';
import { createTmdbProvider } from '../src/index.js';

const { TMDB_API_KEY: key = '' } = process.env;

/** Smoke test against the real TMDB: runs only when TMDB_API_KEY is set (never in CI). */
describe.skipIf(key === '')('live TMDB (TMDB_API_KEY)', () => {
	// Built in each test: a skipped describe still runs its body.
	const live = () => createTmdbProvider({ apiKey: key, rateLimit: { requestsPerSecond: 5, concurrency: 2 } });

	it('identifies The Matrix', { timeout: 30_000 }, async () => {
		const tmdb = live();
		await expect(tmdb.searchBest('The Matrix', 1999)).resolves.toMatchObject({ tmdb_id: 603, year: '1999' });
		await expect(tmdb.getById('movie', 603)).resolves.toMatchObject({ id: 603, year: 1999 });
		const found = await tmdb.findByExternalId('imdb', 'tt0133093');
		expect(found.map((candidate) => candidate.id)).toContain(603);
		await expect(tmdb.getById('movie', 999_999_999)).resolves.toBeUndefined();
	});

	it('finds a series and French titles', { timeout: 30_000 }, async () => {
		const tmdb = live();
		const series = await tmdb.search({ kind: 'series', title: 'Breaking Bad', year: 2008 });
		expect(series.map((candidate) => candidate.id)).toContain(1396);
		const fr = createTmdbProvider({
			apiKey: key,
			language: 'fr-FR',
			rateLimit: { requestsPerSecond: 5, concurrency: 2 },
		});
		await expect(fr.searchBest('Le Dîner de cons', 1998)).resolves.not.toBeNull();
	});

	it('a wrong key is a ProviderAuthError without the key in it', { timeout: 30_000 }, async () => {
		const wrong = `${key.slice(0, -4)}0000`;
		const bad = createTmdbProvider({ apiKey: wrong });
		const error = await bad.search({ kind: 'movie', title: 'Heat' }).catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ProviderAuthError);
		expect(inspect(error, { depth: 10 })).not.toContain(wrong);
	});
});
