import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient, type HttpClientOptions } from '../src/index.js';
import { maxInWindow, sendJson, startTestServer, type TestServer } from './helpers/test-server.js';

let server: TestServer | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});

async function slowServer(delayMs: number): Promise<TestServer> {
	server = await startTestServer((_request, response, url) => {
		setTimeout(() => sendJson(response, 200, { path: url.pathname, query: url.search }), delayMs);
	});
	return server;
}

const options = (url: string, extra: Partial<HttpClientOptions> = {}): HttpClientOptions => ({
	provider: 'tmdb',
	baseUrl: url,
	retry: { limit: 2, baseDelayMs: 2, maxDelayMs: 10 },
	rateLimit: { requestsPerSecond: 1000, concurrency: 8 },
	...extra,
});

describe('in-flight sharing and cache', () => {
	it('N concurrent identical GETs make one HTTP call, even without a cache', async () => {
		const { url, measures } = await slowServer(30);
		const client = createHttpClient(options(url));
		const results = await Promise.all(
			Array.from({ length: 25 }, () => client.getJson('/search/movie', { searchParams: { query: 'Heat' } })),
		);
		expect(measures.requests).toBe(1);
		expect(new Set(results).size).toBe(1);
		expect(client.stats.deduped).toBe(24);
		await client.getJson('/search/movie', { searchParams: { query: 'Heat' } });
		expect(measures.requests).toBe(2);
	});

	it('serves repeats from the cache until the ttl runs out (injected clock)', async () => {
		const { url, measures } = await slowServer(0);
		let now = 1_000;
		const client = createHttpClient(options(url, { cache: { max: 10, ttlMs: 60_000 }, now: () => now }));
		await client.getJson('/movie/1');
		await client.getJson('/movie/1');
		await client.getJson('/movie/1', { cache: false });
		expect(measures.requests).toBe(2);
		expect(client.stats.cacheHits).toBe(1);
		now += 60_001;
		await client.getJson('/movie/1');
		expect(measures.requests).toBe(3);
	});

	it('evicts the least recently used entry beyond max', async () => {
		const { url, measures } = await slowServer(0);
		const client = createHttpClient(options(url, { cache: { max: 2, ttlMs: 60_000 } }));
		for (const id of [1, 2, 3, 1]) await client.getJson(`/movie/${id}`);
		expect(measures.requests).toBe(4);
	});

	it('an already aborted signal rejects at once, even on a cache hit', async () => {
		const { url, measures } = await slowServer(0);
		const client = createHttpClient(options(url, { cache: { max: 10, ttlMs: 60_000 } }));
		await client.getJson('/movie/1');
		const reason = new Error('already aborted');
		await expect(client.getJson('/movie/1', { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
		await expect(client.getJson('/movie/2', { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
		await expect(client.postJson('/login', {}, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
		await expect(client.getJson('http://elsewhere.test/x')).rejects.toThrow(TypeError);
		expect(measures.requests).toBe(1);
	});

	it('does not cache failures', async () => {
		let calls = 0;
		server = await startTestServer((_request, response) => {
			calls += 1;
			sendJson(response, calls === 1 ? 404 : 200, { calls });
		});
		const client = createHttpClient(options(server.url, { cache: { max: 10, ttlMs: 60_000 } }));
		await expect(client.getJson('/movie/1')).rejects.toThrow('HTTP 404');
		await expect(client.getJson('/movie/1')).resolves.toEqual({ calls: 2 });
	});

	it('an aborting caller leaves the shared request to the others; the last one cancels it', async () => {
		const { url, measures } = await slowServer(40);
		const client = createHttpClient(options(url));
		const controller = new AbortController();
		const reason = new Error('user cancelled');
		const first = client.getJson('/x', { signal: controller.signal });
		const second = client.getJson('/x');
		controller.abort(reason);
		await expect(first).rejects.toBe(reason);
		await expect(second).resolves.toMatchObject({ path: '/x' });
		expect(measures.requests).toBe(1);

		const lonely = new AbortController();
		const alone = client.getJson('/y', { signal: lonely.signal });
		await new Promise((resolve) => setTimeout(resolve, 5));
		lonely.abort(reason);
		await expect(alone).rejects.toBe(reason);
		await expect(client.getJson('/y')).resolves.toMatchObject({ path: '/y' });
	});

	it('an abort during the retry wait rejects with the reason at once', async () => {
		let answered: () => void = () => undefined;
		const firstAnswer = new Promise<void>((resolve) => {
			answered = resolve;
		});
		server = await startTestServer((_request, response) => {
			sendJson(response, 503, {});
			answered();
		});
		const client = createHttpClient(options(server.url, { retry: { limit: 5, baseDelayMs: 60_000 } }));
		const controller = new AbortController();
		const pending = client.postJson('/login', { apikey: 'x' }, { signal: controller.signal });
		await firstAnswer;
		// Now in (or about to start) a backoff of 30 to 60 s.
		await new Promise((resolve) => setTimeout(resolve, 20));
		controller.abort(new Error('stop'));
		await expect(pending).rejects.toThrow('stop');
		expect(server.measures.requests).toBe(1);
	});
});

describe('rate limit', () => {
	it('never has more than `concurrency` requests or connections open', async () => {
		const { url, measures } = await slowServer(15);
		const client = createHttpClient(
			options(url, { rateLimit: { requestsPerSecond: 10_000, concurrency: 5 } }),
		);
		await Promise.all(Array.from({ length: 60 }, (_, index) => client.getJson(`/movie/${index}`)));
		expect(measures.requests).toBe(60);
		expect(measures.maxInFlight).toBe(5);
		expect(measures.maxConnections).toBeLessThanOrEqual(5);
	});

	it('never starts more than `requestsPerSecond` requests in any rolling second, retries included', async () => {
		const failed = new Set<string>();
		server = await startTestServer((_request, response, url) => {
			// Every 4th path fails once, so retries must queue like the rest.
			const fails = Number(url.pathname.split('/').pop()) % 4 === 0 && !failed.has(url.pathname);
			failed.add(url.pathname);
			sendJson(response, fails ? 503 : 200, { path: url.pathname });
		});
		const client = createHttpClient(
			options(server.url, { rateLimit: { requestsPerSecond: 50, concurrency: 20 } }),
		);
		const results = await Promise.all(
			Array.from({ length: 90 }, (_, index) => client.getJson(`/m/${index}`)),
		);
		expect(results).toHaveLength(90);
		expect(server.measures.requests).toBe(90 + 23);
		expect(maxInWindow(server.measures.arrivals, 1000)).toBeLessThanOrEqual(50);
		expect(maxInWindow(server.measures.arrivals, 1000)).toBeGreaterThan(30);
	});
});
