import { inspect } from 'node:util';
import { ProviderNotFoundError, ProviderResponseError } from '@vm/core';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpClient, type HttpClientOptions } from '../src/index.js';
import { sendJson, startTestServer, type TestServer } from './helpers/test-server.js';

let server: TestServer | undefined;
afterEach(async () => {
	await server?.close();
	server = undefined;
});

const KEY = 'c0ffee00c0ffee00c0ffee00c0ffee00';

/**
 * A server whose `/bad…` paths answer HTTP 200 with a failure envelope and every other path a success
 * envelope; the client refuses failure envelopes through `checkBody`.
 */
async function envelopeClient(extra: Partial<HttpClientOptions> = {}) {
	server = await startTestServer((_request, response, url) => {
		if (url.pathname.includes('bad')) sendJson(response, 200, { status: 'failure', message: `no ${KEY}` });
		else sendJson(response, 200, { status: 'success', data: url.pathname });
	});
	const client = createHttpClient({
		provider: 'tvdb',
		baseUrl: `${server.url}/v4`,
		retry: { limit: 3, baseDelayMs: 1 },
		rateLimit: { requestsPerSecond: 1000, concurrency: 4 },
		cache: { max: 100, ttlMs: 60_000 },
		secrets: () => [KEY],
		checkBody: (body) => {
			const { status, message } = body as { status?: string; message?: string };
			if (status !== 'success') throw new Error(`status ${status}: ${message}`);
		},
		...extra,
	});
	return { client, measures: server.measures };
}

describe('checkBody', () => {
	it('refuses an answer as a ProviderResponseError naming the request, once, without retrying', async () => {
		const { client, measures } = await envelopeClient();
		const error = await client
			.getJson('/bad', { searchParams: { query: 'Kaamelott' } })
			.catch((e: unknown) => e);
		expect(error).toBeInstanceOf(ProviderResponseError);
		expect((error as Error).message).toContain('GET /v4/bad?query=Kaamelott');
		expect((error as Error).message).toContain('status failure');
		expect(measures.requests).toBe(1);
		// The service's text is redacted like every other message, cause included.
		expect(inspect(error, { depth: 10 })).not.toContain(KEY);
	});

	it('caches nothing it refused, and keeps every answer cached before', async () => {
		const { client, measures } = await envelopeClient();
		await client.getJson('/good');
		await expect(client.getJson('/bad')).rejects.toBeInstanceOf(ProviderResponseError);
		await expect(client.getJson('/bad')).rejects.toBeInstanceOf(ProviderResponseError);
		expect(await client.getJson('/good')).toEqual({ status: 'success', data: '/v4/good' });
		// `/good` once, `/bad` twice (asked again: not cached); the second `/good` came from the cache.
		expect(measures.requests).toBe(3);
		expect(client.stats.cacheHits).toBe(1);
	});

	it('lets a ProviderError it throws through as is', async () => {
		const missing = new ProviderNotFoundError('nothing there', { provider: 'tvdb', status: 200 });
		const { client } = await envelopeClient({
			checkBody: (body) => {
				if ((body as { status?: string }).status !== 'success') throw missing;
			},
		});
		await expect(client.getJson('/bad')).rejects.toBe(missing);
	});

	it('checks uncached GETs and POSTs too', async () => {
		const { client, measures } = await envelopeClient();
		await expect(client.getJson('/bad', { cache: false })).rejects.toBeInstanceOf(ProviderResponseError);
		await expect(client.postJson('/bad', { apikey: KEY })).rejects.toBeInstanceOf(ProviderResponseError);
		await expect(client.postJson('/login', {})).resolves.toEqual({ status: 'success', data: '/v4/login' });
		expect(measures.requests).toBe(3);
	});

	it('rejects a checkBody that is not a function, naming the option', () => {
		expect(() =>
			createHttpClient({
				provider: 'tvdb',
				baseUrl: 'http://127.0.0.1:1',
				checkBody: 'strict' as unknown as () => void,
			}),
		).toThrow(/checkBody/);
	});
});
