import { afterEach } from 'vitest';
import { createTvdbProvider, type TvdbProvider, type TvdbProviderOptions } from '../../src/index.js';
import { type FakeTvdbServer, type FakeTvdbServerOptions, startFakeTvdbServer } from './fake-tvdb-server.js';

/** Options that keep tests fast: tiny backoff, a short timeout, a generous rate limit. */
export const FAST: Partial<TvdbProviderOptions> = {
	retry: { limit: 2, baseDelayMs: 1, maxDelayMs: 5 },
	timeout: 2_000,
	rateLimit: { requestsPerSecond: 1_000, concurrency: 8 },
};

/** A provider pointed at `server`, with {@link FAST} knobs and any override. */
export function testProvider(
	server: FakeTvdbServer,
	overrides: Partial<TvdbProviderOptions> = {},
): TvdbProvider {
	return createTvdbProvider({ apiKey: server.apiKey, baseUrl: server.baseUrl, ...FAST, ...overrides });
}

/** A clock tests move by hand. */
export interface ManualClock {
	readonly now: () => number;
	advance(ms: number): void;
}

/** A {@link ManualClock} starting at 2026-01-01. */
export function manualClock(start: number = Date.UTC(2026, 0, 1)): ManualClock {
	let time = start;
	return {
		now: () => time,
		advance: (ms) => {
			time += ms;
		},
	};
}

export const DAY = 86_400_000;

/** Registers an `afterEach` that closes every server started through the returned function. */
export function fakeServers(): (options?: FakeTvdbServerOptions) => Promise<FakeTvdbServer> {
	const running: FakeTvdbServer[] = [];
	afterEach(async () => {
		await Promise.all(running.splice(0).map((server) => server.close()));
	});
	return async (options) => {
		const server = await startFakeTvdbServer(options);
		running.push(server);
		return server;
	};
}
