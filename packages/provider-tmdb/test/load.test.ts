import { ProviderAuthError } from '@vm/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { FixtureMovie } from './helpers/fake-tmdb-server.js';
import { closeAll, fakeWithProvider } from './helpers/setup.js';

afterEach(closeAll);

/** Most arrivals inside any window of `windowMs`. */
function maxInWindow(arrivals: readonly number[], windowMs: number): number {
	const sorted = [...arrivals].sort((a, b) => a - b);
	let best = 0;
	let start = 0;
	for (let end = 0; end < sorted.length; end += 1) {
		while ((sorted[end] ?? 0) - (sorted[start] ?? 0) >= windowMs) start += 1;
		best = Math.max(best, end - start + 1);
	}
	return best;
}

/** `count` distinct films, "Fixture Film 0001"…, for load tests. */
function catalogue(count: number): FixtureMovie[] {
	return Array.from({ length: count }, (_, index) => {
		const id = 100_000 + index;
		const title = `Fixture Film ${String(index).padStart(4, '0')}`;
		return {
			id,
			imdb_id: null,
			title,
			original_title: title,
			original_language: 'en',
			release_date: `${1950 + (index % 70)}-01-01`,
			release_years: [1950 + (index % 70)],
			popularity: 1 + (index % 10),
			translations: {},
			alternative_titles: [],
			external_ids: {},
		};
	});
}

describe('under load', () => {
	it('never exceeds the request rate or the open connections, measured by the server', async () => {
		const { fake, tmdb } = await fakeWithProvider(
			{ rateLimit: { requestsPerSecond: 60, concurrency: 6 } },
			{ movies: catalogue(150), delayMs: 8 },
		);
		const titles = Array.from(
			{ length: 150 },
			(_, index) => `Fixture Film ${String(index).padStart(4, '0')}`,
		);
		const results = await Promise.all(titles.map((title) => tmdb.search({ kind: 'movie', title })));
		expect(results.every((list) => list.length === 1)).toBe(true);
		expect(fake.measures.requests).toBe(150);
		expect(fake.measures.maxInFlight).toBeLessThanOrEqual(6);
		expect(fake.measures.maxConnections).toBeLessThanOrEqual(6);
		expect(maxInWindow(fake.measures.arrivals, 1000)).toBeLessThanOrEqual(60);
		// The limit is used, not just respected.
		expect(maxInWindow(fake.measures.arrivals, 1000)).toBeGreaterThanOrEqual(40);
		expect(fake.measures.maxInFlight).toBe(6);
	});

	it('every request eventually succeeds under 20% injected failures of every kind', async () => {
		const { fake, tmdb } = await fakeWithProvider(
			{
				rateLimit: { requestsPerSecond: 1000, concurrency: 10 },
				timeout: 400,
				retry: { limit: 6, baseDelayMs: 5, maxDelayMs: 40, retryAfterBaseMs: 5 },
			},
			{ movies: catalogue(200), slowMs: 2_000 },
		);
		fake.failRandomly(0.2, ['429', '429-retry-after', '503', '504', 'html-502', 'reset', 'slow'], 7);
		const titles = Array.from(
			{ length: 200 },
			(_, index) => `Fixture Film ${String(index).padStart(4, '0')}`,
		);
		const results = await Promise.all(
			titles.map((title, index) =>
				tmdb.search({ kind: 'movie', title }).then((list) => list[0]?.id === 100_000 + index),
			),
		);
		expect(results.filter(Boolean)).toHaveLength(200);
		expect(fake.measures.faults).toBeGreaterThan(25);
		// Every fault was retried (a loaded machine may add a timeout or two of its own).
		expect(tmdb.stats.retries).toBeGreaterThanOrEqual(fake.measures.faults);
		expect(tmdb.stats.rateLimited).toBeGreaterThan(0);
	});

	it('a bad key under load: every call fails with ProviderAuthError, one request each, none retried', async () => {
		const { fake, tmdb } = await fakeWithProvider({ accessToken: 'not-the-token' });
		const errors = await Promise.all(
			['Heat', 'Dune', 'La Haine'].map((title) =>
				tmdb.search({ kind: 'movie', title }).catch((e: unknown) => e),
			),
		);
		expect(errors.every((error) => error instanceof ProviderAuthError)).toBe(true);
		expect(fake.measures.requests).toBe(3);
		expect(tmdb.stats.retries).toBe(0);
	});
});

describe('cache and in-flight sharing', () => {
	it('N concurrent identical searches make one HTTP call; repeats hit the cache', async () => {
		const { fake, tmdb } = await fakeWithProvider({}, { delayMs: 20 });
		const all = await Promise.all(
			Array.from({ length: 30 }, () => tmdb.search({ kind: 'movie', title: 'The Matrix', year: 1999 })),
		);
		expect(fake.measures.requests).toBe(1);
		expect(new Set(all.map((list) => JSON.stringify(list))).size).toBe(1);
		expect(all[0]).not.toBe(all[1]);
		await tmdb.search({ kind: 'movie', title: 'The Matrix', year: 1999 });
		await tmdb.searchBest('The Matrix', 1999);
		expect(fake.measures.requests).toBe(1);
		expect(tmdb.stats).toMatchObject({ requests: 1, deduped: 29, cacheHits: 2 });
	});

	it('with `cache: false`, repeats go to TMDB again (concurrent ones are still shared)', async () => {
		const { fake, tmdb } = await fakeWithProvider({ cache: false }, { delayMs: 10 });
		await Promise.all([tmdb.getById('movie', 603), tmdb.getById('movie', 603)]);
		await tmdb.getById('movie', 603);
		expect(fake.measures.requests).toBe(2);
	});
});
