import { describe, expect, it } from 'vitest';
import type { FakeTvdbServer } from './helpers/fake-tvdb-server.js';
import { DAY, fakeServers, manualClock } from './helpers/test-provider.js';

const start = fakeServers();

const call = async (
	server: FakeTvdbServer,
	path: string,
	init: RequestInit = {},
): Promise<{
	status: number;
	body: { status?: string; message?: string; data?: unknown; links?: unknown };
}> => {
	const response = await fetch(`${server.baseUrl}${path}`, init);
	return { status: response.status, body: (await response.json()) as never };
};

const login = async (server: FakeTvdbServer, body: unknown): Promise<string> => {
	const { body: answer } = await call(server, '/login', {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(body),
	});
	return (answer.data as { token: string }).token;
};

// The fake is only useful if it behaves like PROVIDER-APIS §2: these pin its behaviour down.
describe('fake TheTVDB v4 server', () => {
	it('enforces login rules and expires tokens on its own clock', async () => {
		const clock = manualClock();
		const server = await start({ now: clock.now, pin: '1111' });
		const missingPin = await call(server, '/login', {
			method: 'POST',
			body: JSON.stringify({ apikey: server.apiKey }),
		});
		expect(missingPin).toEqual({
			status: 400,
			body: { status: 'failure', message: 'InvalidValueType: pin required', data: null },
		});
		const badKey = await call(server, '/login', {
			method: 'POST',
			body: JSON.stringify({ apikey: 'x', pin: '1111' }),
		});
		expect(badKey.status).toBe(401);
		expect(badKey.body.message).toBe('InvalidAPIKey: apikey invalid');
		const token = await login(server, { apikey: server.apiKey, pin: '1111' });
		const headers = { authorization: `Bearer ${token}` };
		expect((await call(server, '/series/81189', { headers })).status).toBe(200);
		clock.advance(30 * DAY);
		expect(await call(server, '/series/81189', { headers })).toEqual({
			status: 401,
			body: { status: 'failure', message: 'Unauthorized', data: null },
		});
		expect(
			(await call(server, '/series/81189', { headers: { authorization: `Bearer ${server.apiKey}` } })).status,
		).toBe(401);
	});

	it('answers search and episode queries with the documented shapes and 400s', async () => {
		const server = await start({ pageSize: 5 });
		const headers = { authorization: `Bearer ${await login(server, { apikey: server.apiKey })}` };
		expect(await call(server, '/search?type=series', { headers })).toMatchObject({
			status: 400,
			body: { message: 'InvalidValueType: query is required' },
		});
		const all = await call(server, '/search?query=breaking', { headers });
		expect((all.body.data as unknown[]).length).toBe(4); // two duplicates, an episode and a person
		const paged = await call(server, '/search?query=breaking&limit=1&offset=1', { headers });
		expect((paged.body.data as { tvdb_id: string }[]).map((item) => item.tvdb_id)).toEqual(['81189']);
		expect((await call(server, '/search?query=kaamelott&type=series&year=2004', { headers })).body).toEqual({
			status: 'success',
			data: [],
		});
		expect((await call(server, '/series/81189/episodes/default?episodeNumber=1', { headers })).status).toBe(
			400,
		);
		const last = await call(server, '/series/81189/episodes/default?page=12', { headers });
		expect(last.body.links).toMatchObject({ next: null, total_items: 65, page_size: 5 });
		expect(last.body.links).toHaveProperty('prev', expect.stringContaining('page=11'));
		const first = await call(server, '/series/81189/episodes/default?page=0', { headers });
		const episodes = (first.body.data as { episodes: { seasonNumber: number }[] }).episodes;
		expect(episodes[0]?.seasonNumber).toBe(0);
		expect(await call(server, '/series/424242', { headers })).toEqual({
			status: 404,
			body: { status: 'failure', message: 'NotFoundException: not found', data: null },
		});
	});
});
