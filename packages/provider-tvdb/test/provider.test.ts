import { describe, expect, it } from 'vitest';
import { fakeServers, testProvider } from './helpers/test-provider.js';

const start = fakeServers();

describe('search', () => {
	it('always sends type, dedupes tvdb_id and maps to candidates', async () => {
		const server = await start();
		const tvdb = testProvider(server);
		const found = await tvdb.search({ kind: 'series', title: 'Breaking Bad' });
		expect(found.map((candidate) => candidate.id)).toEqual([81189]);
		expect(found[0]).toMatchObject({ kind: 'series', title: 'Breaking Bad', year: 2008 });
		const request = server.requests.find((entry) => entry.path === '/search');
		expect(request?.query.get('type')).toBe('series');
		expect(request?.query.get('query')).toBe('Breaking Bad');
		expect(request?.query.get('limit')).toBe('20');
		expect(request?.query.has('year')).toBe(false);
	});

	it('keeps series and movies apart', async () => {
		const server = await start();
		const tvdb = testProvider(server);
		const series = await tvdb.search({ kind: 'series', title: 'Kaamelott' });
		const movies = await tvdb.search({ kind: 'movie', title: 'Kaamelott' });
		expect(series.map((candidate) => [candidate.kind, candidate.id])).toEqual([['series', 79175]]);
		expect(movies.map((candidate) => [candidate.kind, candidate.id])).toEqual([['movie', 140045]]);
		expect(movies[0]).toMatchObject({ year: 2021, aliases: ['Kaamelott: The First Chapter'] });
	});

	it('sends the year, and retries without it when the strict filter empties the result', async () => {
		const server = await start();
		const tvdb = testProvider(server);
		expect(await tvdb.search({ kind: 'series', title: 'Kaamelott', year: 2005 })).toHaveLength(1);
		expect(server.count('/search')).toBe(1);
		const offByOne = await tvdb.search({ kind: 'series', title: 'Kaamelott', year: 2004 });
		expect(offByOne.map((candidate) => candidate.id)).toEqual([79175]);
		const searches = server.requests.filter((entry) => entry.path === '/search');
		expect(searches.map((entry) => entry.query.get('year'))).toEqual(['2005', '2004', null]);
		expect(await tvdb.search({ kind: 'series', title: 'No Such Show', year: 2004 })).toEqual([]);
		expect(server.count('/search')).toBe(5);
	});

	it('titles in the query language (fr-FR → fra), then the provider language', async () => {
		const server = await start();
		const english = testProvider(server, { language: 'en' });
		const [wire] = await english.search({ kind: 'series', title: 'The Wire', language: 'fr-FR' });
		expect(wire).toMatchObject({ title: 'Sur écoute', originalTitle: 'The Wire' });
		const [titan] = await english.search({ kind: 'series', title: 'Shingeki no Kyojin' });
		expect(titan).toMatchObject({ title: 'Attack on Titan', originalTitle: '進撃の巨人' });
		// A French title finds the show through its translation.
		const french = testProvider(server, { language: 'fr-FR' });
		const [ecoute] = await french.search({ kind: 'series', title: 'Sur écoute' });
		expect(ecoute).toMatchObject({ id: 79126, title: 'Sur écoute' });
	});

	it('answers [] for an empty title without a request, and caches repeated searches', async () => {
		const server = await start();
		const tvdb = testProvider(server);
		expect(await tvdb.search({ kind: 'series', title: '  ' })).toEqual([]);
		expect(server.requests).toHaveLength(0);
		await tvdb.search({ kind: 'series', title: 'Kaamelott' });
		await tvdb.search({ kind: 'series', title: 'Kaamelott' });
		expect(server.count('/search')).toBe(1);
		expect(tvdb.stats.cacheHits).toBe(1);
		await expect(tvdb.search({ kind: 'episode' as never, title: 'x' })).rejects.toThrow(TypeError);
	});
});

describe('getById', () => {
	it('reads series and movies, translated when the record has the language', async () => {
		const server = await start();
		const tvdb = testProvider(server, { language: 'fr-FR' });
		expect(await tvdb.getById('series', 79126)).toMatchObject({
			id: 79126,
			kind: 'series',
			title: 'Sur écoute',
			originalTitle: 'The Wire',
			year: 2002,
		});
		expect(await tvdb.getById('movie', 169)).toMatchObject({
			id: 169,
			kind: 'movie',
			title: 'Matrix',
			originalTitle: 'The Matrix',
		});
		// Kaamelott's original language is French: no translation request.
		expect(await tvdb.getById('series', 79175)).toMatchObject({ title: 'Kaamelott', year: 2005 });
		expect(server.count('/series/79175/translations')).toBe(0);
		expect(server.count('/series/79126/translations/fra')).toBe(1);
	});

	it('returns undefined on 404 and refuses bad ids', async () => {
		const server = await start();
		const tvdb = testProvider(server);
		expect(await tvdb.getById('series', 999999)).toBeUndefined();
		expect(await tvdb.getById('movie', 81189)).toBeUndefined();
		expect(server.requests.filter((entry) => entry.status === 404)).toHaveLength(2);
		await expect(tvdb.getById('series', -1)).rejects.toThrow(/`id` to be a positive integer, got -1/);
		await expect(tvdb.getById('series', 1.5)).rejects.toThrow(TypeError);
	});
});

describe('findByExternalId', () => {
	it('finds the series of an IMDb id and ignores unrelated season and episode records', async () => {
		const server = await start();
		const tvdb = testProvider(server);
		const found = await tvdb.findByExternalId('imdb', 'tt0903747');
		expect(found).toEqual([
			expect.objectContaining({ id: 81189, kind: 'series', title: 'Breaking Bad', year: 2008 }),
		]);
		expect(server.requests.at(-1)?.path).toBe('/search/remoteid/tt0903747');
	});

	it('finds by TMDB id, filtering records that list another source', async () => {
		const server = await start();
		const tvdb = testProvider(server);
		expect((await tvdb.findByExternalId('tmdb', '1396')).map((candidate) => candidate.id)).toEqual([81189]);
		expect(await tvdb.findByExternalId('tmdb', '603')).toEqual([
			expect.objectContaining({ id: 169, kind: 'movie' }),
		]);
		expect(await tvdb.findByExternalId('imdb', 'tt9999999')).toEqual([]);
	});

	it('looks a tvdb id up as a series and as a movie', async () => {
		const server = await start();
		const tvdb = testProvider(server);
		expect(await tvdb.findByExternalId('tvdb', '169')).toEqual([
			expect.objectContaining({ id: 169, kind: 'movie' }),
		]);
	});

	it('refuses malformed ids', async () => {
		const server = await start();
		const tvdb = testProvider(server);
		await expect(tvdb.findByExternalId('imdb', '0903747')).rejects.toThrow(
			/IMDb id like tt0903747, got "0903747"/,
		);
		await expect(tvdb.findByExternalId('tmdb', 'abc')).rejects.toThrow(TypeError);
		await expect(tvdb.findByExternalId('nope' as never, '1')).rejects.toThrow(TypeError);
		expect(server.requests).toHaveLength(0);
	});
});

describe('getEpisode', () => {
	it('finds an aired-order episode with the season and episodeNumber filters', async () => {
		const server = await start();
		const tvdb = testProvider(server);
		const episode = await tvdb.getEpisode(81189, 5, 14);
		expect(episode).toMatchObject({
			seriesId: 81189,
			order: 'default',
			seasonNumber: 5,
			number: 14,
			name: 'Ozymandias',
		});
		const request = server.requests.at(-1);
		expect(request?.path).toBe('/series/81189/episodes/default');
		expect(Object.fromEntries(request?.query ?? [])).toEqual({ page: '0', season: '5', episodeNumber: '14' });
	});

	it('includes season 0 (specials)', async () => {
		const server = await start();
		const tvdb = testProvider(server);
		expect(await tvdb.getEpisode(81189, 0, 1)).toMatchObject({
			seasonNumber: 0,
			number: 1,
			name: 'Good Cop Bad Cop',
		});
	});

	it('uses the DVD order when asked', async () => {
		const server = await start();
		const tvdb = testProvider(server);
		const dvd = await tvdb.getEpisode(81189, 6, 8, { order: 'dvd' });
		expect(dvd).toMatchObject({ order: 'dvd', seasonNumber: 6, number: 8, name: 'Felina' });
		expect(server.requests.at(-1)?.path).toBe('/series/81189/episodes/dvd');
		expect(await tvdb.getEpisode(81189, 6, 8)).toBeUndefined();
	});

	it('resolves an absolute number to season + episode, reading 0-based pages until found', async () => {
		const server = await start({ pageSize: 10 });
		const tvdb = testProvider(server);
		const episode = await tvdb.getEpisode(267440, undefined, 30, { order: 'absolute' });
		expect(episode).toMatchObject({
			order: 'absolute',
			seasonNumber: 2,
			number: 5,
			absoluteNumber: 30,
			name: 'Historia',
		});
		// 4 specials + 25 + 5 episodes = the 34th item: pages 0..3 of 10.
		const pages = server.requests.filter((entry) => entry.path === '/series/267440/episodes/default');
		expect(pages.map((entry) => entry.query.get('page'))).toEqual(['0', '1', '2', '3']);
		expect(await tvdb.getEpisode(267440, 1, 60, { order: 'absolute' })).toBeUndefined();
		// The last page has `next: null`: 63 items in 7 pages, never a page 7.
		const all = server.requests.filter((entry) => entry.path === '/series/267440/episodes/default');
		expect(all.map((entry) => entry.query.get('page')).at(-1)).toBe('6');
	});

	it('counts positions for a series without absoluteNumber', async () => {
		const server = await start({ pageSize: 50 });
		const tvdb = testProvider(server);
		expect(await tvdb.getEpisode(79175, undefined, 101, { order: 'absolute' })).toMatchObject({
			seasonNumber: 2,
			number: 1,
			absoluteNumber: 101,
		});
	});

	it('translates the episode title, falling back when the translated list is a 404', async () => {
		const server = await start({ missingEpisodeLanguages: ['deu'] });
		const tvdb = testProvider(server);
		expect(await tvdb.getEpisode(267440, 1, 1, { language: 'fr-FR' })).toMatchObject({
			name: 'À toi, dans 2000 ans',
		});
		expect(await tvdb.getEpisode(267440, 1, 1, { language: 'de-DE' })).toMatchObject({
			name: 'To You, in 2000 Years',
		});
		expect(
			server.requests
				.filter((entry) => entry.path.startsWith('/series/267440/episodes'))
				.map((entry) => [entry.path, entry.status]),
		).toEqual([
			['/series/267440/episodes/default/fra', 200],
			['/series/267440/episodes/default/deu', 404],
			['/series/267440/episodes/default', 200],
		]);
	});

	it('returns undefined for an unknown series and refuses bad arguments', async () => {
		const server = await start();
		const tvdb = testProvider(server);
		expect(await tvdb.getEpisode(123456, 1, 1)).toBeUndefined();
		await expect(tvdb.getEpisode(81189, undefined, 1)).rejects.toThrow(/`season`/);
		await expect(tvdb.getEpisode(81189, 1, 0)).rejects.toThrow(/`episode`/);
		await expect(tvdb.getEpisode(81189, 1, 1, { order: 'aired' as never })).rejects.toThrow(/`order`/);
		await expect(tvdb.getEpisode(81189, 1, 1, { language: 'xx-YY' })).rejects.toThrow(/`language`.*"xx-YY"/);
	});
});

describe('per-call language', () => {
	it('translates getById and findByExternalId results in the call language', async () => {
		const server = await start();
		const tvdb = testProvider(server);
		expect(await tvdb.getById('series', 79126)).toMatchObject({ title: 'The Wire' });
		expect(await tvdb.getById('series', 79126, { language: 'fr-FR' })).toMatchObject({
			title: 'Sur écoute',
		});
		expect(await tvdb.findByExternalId('imdb', 'tt0133093', { language: 'fr' })).toEqual([
			expect.objectContaining({ id: 169, title: 'Matrix', originalTitle: 'The Matrix' }),
		]);
		// An unknown tag falls back to the provider's language instead of failing the call.
		expect(await tvdb.getById('series', 79126, { language: 'xx' })).toMatchObject({
			title: 'The Wire',
		});
	});
});

describe('getEpisode translated pages', () => {
	it('stops asking for the translated list after its first 404', async () => {
		const server = await start({ pageSize: 10, missingEpisodeLanguages: ['fra'] });
		const tvdb = testProvider(server);
		const episode = await tvdb.getEpisode(267440, undefined, 38, { order: 'absolute', language: 'fr-FR' });
		expect(episode).toMatchObject({ seasonNumber: 3, number: 1, name: 'Smoke Signal' });
		const paths = server.requests
			.filter((entry) => entry.path.includes('/episodes/'))
			.map((entry) => entry.path);
		expect(paths.filter((path) => path.endsWith('/fra'))).toHaveLength(1);
		expect(paths.filter((path) => path.endsWith('/default'))).toHaveLength(5);
	});
});
