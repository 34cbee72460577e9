import { createTmdbProvider, type TmdbProvider, type TmdbProviderOptions } from '../../src/index.js';
import { type FakeTmdb, type FakeTmdbOptions, startFakeTmdb } from './fake-tmdb-server.js';

/** Made-up credentials (the shape of real ones, no real value). */
export const TEST_API_KEY = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';
export const TEST_TOKEN = 'eyJhbGciOiJIUzI1NiJ9.ZmFrZS10bWRiLXRva2Vu.c2lnbmF0dXJlLWZvci10ZXN0cw';

/** Retry knobs that keep tests fast: milliseconds instead of seconds. */
export const FAST_RETRY = { limit: 4, baseDelayMs: 5, maxDelayMs: 40, retryAfterBaseMs: 5 } as const;

/** Servers started by {@link fakeWithProvider}, closed by {@link closeAll}. */
const running = new Set<FakeTmdb>();

/** A fake TMDB (accepting both test credentials) and a provider pointed at it. */
export async function fakeWithProvider(
	providerOptions: Partial<TmdbProviderOptions> = {},
	serverOptions: FakeTmdbOptions = {},
): Promise<{ fake: FakeTmdb; tmdb: TmdbProvider }> {
	const fake = await startFakeTmdb({ apiKey: TEST_API_KEY, accessToken: TEST_TOKEN, ...serverOptions });
	running.add(fake);
	const tmdb = createTmdbProvider({
		accessToken: TEST_TOKEN,
		baseUrl: fake.url,
		retry: FAST_RETRY,
		...providerOptions,
	});
	return { fake, tmdb };
}

/** Closes every fake started since the last call. */
export async function closeAll(): Promise<void> {
	const servers = [...running];
	running.clear();
	await Promise.all(servers.map((server) => server.close()));
}
