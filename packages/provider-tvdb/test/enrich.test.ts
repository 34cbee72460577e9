import { enrichInventory, type InventoryItem } from '@vm/core';
import { describe, expect, it } from 'vitest';
import { fakeServers, testProvider } from './helpers/test-provider.js';

const start = fakeServers();

/** A small French library: episodes of four shows (one tagged with its TheTVDB id), a film and a stray. */
const LIBRARY: readonly InventoryItem[] = [
	{ path: 'Séries/Breaking Bad/Season 01/Breaking.Bad.S01E01.1080p.BluRay.x264-GRP.mkv', size: 1 },
	{ path: 'Séries/Breaking Bad/Season 01/Breaking.Bad.S01E02.1080p.BluRay.x264-GRP.mkv' },
	{ path: 'Séries/Breaking Bad/Season 05/Breaking.Bad.S05E14.FRENCH.720p.HDTV.x264-TEAM.mkv' },
	{ path: 'Séries/Kaamelott/Livre I/Kaamelott.S01E01.FRENCH.DVDRip.XviD-KAA.avi' },
	{ path: 'Séries/Kaamelott/Livre II/Kaamelott.S02E15.FRENCH.DVDRip.XviD-KAA.avi' },
	{ path: 'Séries/Sur écoute/Saison 1/Sur.Ecoute.S01E01.FRENCH.1080p.WEB-DL.H264.mkv' },
	{ path: 'Séries/The Wire {tvdb-79126}/Saison 3/The.Wire.S03E11.MULTi.1080p.BluRay.x264.mkv' },
	{ path: 'Séries/Shingeki no Kyojin/Saison 2/Shingeki.no.Kyojin.S02E05.VOSTFR.1080p.WEB.x264.mkv' },
	{ path: 'Séries/Qzxv Plombj/Qzxv.Plombj.S01E01.FRENCH.720p.mkv', owner: 'kept' },
	{ path: 'Films/The Matrix (1999)/The.Matrix.1999.MULTi.1080p.BluRay.x264.mkv' },
];

describe('enrichInventory with providers: [tvdb]', () => {
	it('identifies the series rows of a sample library', async () => {
		const server = await start();
		const tvdb = testProvider(server);
		const { items, stats } = await enrichInventory(LIBRARY, { providers: [tvdb], language: 'fr-FR' });
		const ids = Object.fromEntries(
			items.map((item) => [item.path.split('/')[1], [item.tvdb_id, item.tvdb_type]]),
		);
		expect(ids).toEqual({
			'Breaking Bad': [81189, 'series'],
			Kaamelott: [79175, 'series'],
			'Sur écoute': [79126, 'series'],
			'The Wire {tvdb-79126}': [79126, 'series'],
			'Shingeki no Kyojin': [267440, 'series'],
			'Qzxv Plombj': [null, undefined],
			'The Matrix (1999)': [169, 'movie'],
		});
		const wire = items.find((item) => item.path.includes('Sur écoute'));
		expect(wire).toMatchObject({ tvdb_title: 'Sur écoute', tvdb_year: 2002 });
		expect(items.find((item) => item.path.includes('Qzxv'))).toMatchObject({ owner: 'kept' });
		expect(stats).toMatchObject({ total: 10, matched: 9, unmatched: 1, failed: 0 });
		// At most one search per unique title (6), not per file, and a single login for the whole run.
		expect(stats.searches).toBeLessThanOrEqual(6);
		expect(server.count('/login')).toBe(1);
		// A rerun over the enriched inventory calls nothing.
		const before = server.requests.length;
		const again = await enrichInventory(items, { providers: [tvdb], language: 'fr-FR' });
		expect(again.stats.matched).toBe(0);
		expect(server.requests.length).toBe(before);
	});

	it('stops at once on a bad key, changing no row', async () => {
		const server = await start();
		const tvdb = testProvider(server, { apiKey: 'bad-key-0000-1111' });
		await expect(enrichInventory(LIBRARY, { providers: [tvdb] })).rejects.toMatchObject({
			name: 'ProviderAuthError',
			code: 'PROVIDER_AUTH',
		});
		expect(server.requests).toHaveLength(1);
	});
});
