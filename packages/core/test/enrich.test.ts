import { describe, expect, it } from 'vitest';
import type { EnrichProgress, InventoryItem } from '../src/index.js';
import {
	enrichInventory,
	isProviderAuthError,
	ProviderAuthError,
	ProviderUnavailableError,
} from '../src/index.js';
import { createMemoryProvider, type MemoryCall } from './helpers/memory-provider.js';
import { TRAP_CATALOGUE } from './helpers/trap-catalogue.js';
import { TRAP_LIBRARY } from './helpers/trap-library.js';

const library = (): InventoryItem[] => TRAP_LIBRARY.map(({ path }) => ({ path, size: 1 }));
const tmdb = (options: Partial<Parameters<typeof createMemoryProvider>[0]> = {}) =>
	createMemoryProvider({ name: 'tmdb', entries: TRAP_CATALOGUE, ...options });
const searches = (calls: readonly MemoryCall[]): MemoryCall[] =>
	calls.filter((call) => call.method === 'search');
const isTitle = (call: MemoryCall, title: string): boolean =>
	call.method === 'search' && call.query.title === title;

/** A promise the test resolves by hand. */
const deferred = (): { promise: Promise<void>; resolve: () => void } => {
	let resolve: () => void = () => {};
	const promise = new Promise<void>((done) => {
		resolve = done;
	});
	return { promise, resolve };
};

const freeze = <T>(rows: T[]): T[] => Object.freeze(rows.map((row) => Object.freeze({ ...row }))) as T[];

describe('enrichInventory: the trap library', () => {
	it('puts every row on the right id or on null, never on a wrong id', async () => {
		const provider = tmdb();
		const { items, stats } = await enrichInventory(library(), { providers: provider, language: 'fr-FR' });
		const wrong = items
			.map((item, index) => ({
				path: item.path,
				got: item.tmdb_id ?? null,
				want: TRAP_LIBRARY[index]?.expected,
			}))
			.filter(({ got, want }) => got !== want);
		expect(wrong).toEqual([]);
		expect(stats.matched).toBe(TRAP_LIBRARY.filter((row) => row.expected !== null).length);
		expect(stats.unmatched + stats.skipped).toBe(TRAP_LIBRARY.filter((row) => row.expected === null).length);
		expect(stats.failed).toBe(0);
		expect(stats.aborted).toBe(false);
		expect(stats.searches).toBe(searches(provider.calls).length);
	});

	it('searches about once per unique title, far under 1.5 per title', async () => {
		const provider = tmdb();
		const { stats } = await enrichInventory(library(), { providers: provider, language: 'fr-FR' });
		const unique = new Set(
			searches(provider.calls).map((call) =>
				call.method === 'search' ? `${call.query.kind}:${call.query.title}` : '',
			),
		);
		expect(stats.searches).toBeLessThanOrEqual(Math.ceil(unique.size * 1.5));
		// Several versions of one film share the search: 49 rows, 40 searched titles.
		expect(stats.cacheHits).toBeGreaterThan(0);
	});

	it('writes id, type, title (in the asked language) and year', async () => {
		const { items } = await enrichInventory(
			[
				{ path: 'Films/Matrix.1999.MULTi.TRUEFRENCH.720p.WEB-DL.x264-FRG.mkv' },
				{ path: 'Films/Amélie (2001)/Amelie.2001.VOSTFR.DVDRip.XviD.cd1.avi' },
				{ path: 'Series/Breaking Bad/Season 1/Breaking.Bad.S01E01.720p.mkv' },
			],
			{ providers: tmdb(), language: 'fr-FR' },
		);
		expect(items[0]).toMatchObject({
			tmdb_id: 603,
			tmdb_type: 'movie',
			tmdb_title: 'Matrix',
			tmdb_year: 1999,
		});
		expect(items[1]).toMatchObject({ tmdb_id: 194, tmdb_title: "Le Fabuleux Destin d'Amélie Poulain" });
		expect(items[2]).toMatchObject({
			tmdb_id: 1396,
			tmdb_type: 'series',
			tmdb_title: 'Breaking Bad',
			tmdb_year: 2008,
		});
	});

	it('looks a loose file numbered like an episode up as the film when no other file is that show', async () => {
		const provider = createMemoryProvider({
			name: 'tmdb',
			entries: [
				{ id: 568, kind: 'movie', title: 'Apollo 13', year: 1995, popularity: 30 },
				{ id: 1399, kind: 'series', title: 'Heroes', year: 2006, popularity: 40 },
			],
		});
		const { items } = await enrichInventory(
			[
				{ path: 'Downloads/Apollo 13.mkv' },
				{ path: 'Downloads/Heroes 14.mkv' },
				{ path: 'Downloads/Heroes 15.mkv' },
			],
			{ providers: provider },
		);
		expect(items.map((item) => [item.tmdb_id, item.tmdb_type])).toEqual([
			[568, 'movie'],
			[1399, 'series'],
			[1399, 'series'],
		]);
		expect(searches(provider.calls).map((call) => call.method === 'search' && call.query)).toContainEqual(
			expect.objectContaining({ kind: 'movie', title: 'Apollo 13' }),
		);
	});

	it('makes 1000 files of the same titles cost the same searches as one file each', async () => {
		const few = tmdb();
		await enrichInventory(library(), { providers: few });
		const many = tmdb();
		const rows = Array.from({ length: 20 }, () => library()).flat();
		const { stats } = await enrichInventory(rows, { providers: many });
		expect(stats.searches).toBe(searches(few.calls).length);
		expect(stats.matched + stats.unmatched + stats.skipped).toBe(rows.length);
	});
});

describe('enrichInventory: reruns and manual fixes', () => {
	it('never mutates the input and copies every row', async () => {
		const input = freeze(library());
		const { items } = await enrichInventory(input, { providers: tmdb() });
		expect(input[0]).not.toHaveProperty('tmdb_id');
		expect(items[0]).not.toBe(input[0]);
		expect(items[0]).toMatchObject({ size: 1 });
	});

	it('makes zero provider calls when rerun over an enriched inventory', async () => {
		const { items } = await enrichInventory(library(), { providers: tmdb(), language: 'fr-FR' });
		const again = tmdb();
		const rerun = await enrichInventory(items, { providers: again, language: 'fr-FR' });
		expect(again.calls).toEqual([]);
		expect(rerun.items).toEqual(items);
		expect(rerun.stats).toMatchObject({ searches: 0, lookups: 0, skipped: items.length, matched: 0 });
	});

	it('looks rows up again with force, but never a manual fix', async () => {
		const rows: InventoryItem[] = [
			{ path: 'Films/Dune.2021.1080p.mkv', tmdb_id: 841, tmdb_title: 'Dune', tmdb_source: 'manual' },
			{ path: 'Films/Halloween.1978.1080p.mkv', tmdb_id: 424139, tmdb_title: 'Halloween' },
			{ path: 'Films/Noel 2015.mp4', tmdb_id: null },
		];
		const provider = tmdb();
		const { items, stats } = await enrichInventory(rows, { providers: provider, force: true });
		expect(items[0]).toEqual(rows[0]);
		expect(items[1]).toMatchObject({ tmdb_id: 948, tmdb_year: 1978 });
		expect(items[2]).toMatchObject({ tmdb_id: null });
		expect(searches(provider.calls).some((call) => isTitle(call, 'Dune'))).toBe(false);
		expect(stats).toMatchObject({ skipped: 1, matched: 1, unmatched: 1 });
	});

	it('skips rows recorded as unmatched unless forced', async () => {
		const provider = tmdb();
		const { stats } = await enrichInventory([{ path: 'Films/Up.2009.mkv', tmdb_id: null }], {
			providers: provider,
		});
		expect(provider.calls).toEqual([]);
		expect(stats.skipped).toBe(1);
	});
});

describe('enrichInventory: ids', () => {
	it('keeps an id tag of the path and fills title and year with getById', async () => {
		const provider = tmdb();
		const { items, stats } = await enrichInventory(
			[
				{ path: 'Films/Le Dîner de cons (1998) {tmdb-9421}/Le.Diner.De.Cons.1998.FRENCH.DVDRip.avi' },
				{ path: 'Films/Le Dîner de cons (1998) {tmdb-9421}/Le.Diner.De.Cons.1998.FRENCH.720p.mkv' },
			],
			{ providers: provider },
		);
		expect(items[0]).toMatchObject({
			tmdb_id: 9421,
			tmdb_type: 'movie',
			tmdb_title: 'The Dinner Game',
			tmdb_year: 1998,
		});
		expect(searches(provider.calls)).toEqual([]);
		expect(stats).toMatchObject({ lookups: 1, cacheHits: 1, matched: 2 });
	});

	it('keeps an id tag even when the provider cannot resolve it', async () => {
		const { items } = await enrichInventory([{ path: 'Films/Film Perso {tmdb-123456}/film.mkv' }], {
			providers: tmdb(),
		});
		expect(items[0]).toMatchObject({ tmdb_id: 123456, tmdb_type: 'movie' });
		expect(items[0]).not.toHaveProperty('tmdb_title');
		const searchOnly = tmdb({ searchOnly: true });
		const { items: bare } = await enrichInventory([{ path: 'Films/Heat (1995) {tmdb-949}/Heat.mkv' }], {
			providers: searchOnly,
		});
		expect(bare[0]).toMatchObject({ tmdb_id: 949, tmdb_type: 'movie' });
		expect(searchOnly.calls).toEqual([]);
	});

	it('resolves an IMDb tag with findByExternalId, and searches when it is unknown', async () => {
		const provider = tmdb();
		const { items } = await enrichInventory(
			[
				{ path: 'Films/Matrix [imdbid-tt0133093]/Matrix.mkv' },
				{ path: 'Films/Up (2009) [imdbid-tt1049413]/Up.2009.mkv' },
			],
			{ providers: provider },
		);
		expect(items[0]).toMatchObject({ tmdb_id: 603, tmdb_title: 'The Matrix' });
		expect(items[1]).toMatchObject({ tmdb_id: 14160 });
		expect(provider.calls.filter((call) => call.method === 'findByExternalId')).toHaveLength(2);
		expect(
			searches(provider.calls).map((call) => (call.method === 'search' ? call.query.title : '')),
		).toEqual(['Up']);
	});

	it('fills the missing title of a row that already has an id, once', async () => {
		const provider = tmdb();
		const rows: InventoryItem[] = [
			{ path: 'Films/Whatever.mkv', tmdb_id: 603 },
			{ path: 'Films/Whatever 2.mkv', tmdb_id: 603 },
			{ path: 'Series/Breaking.Bad.S01E01.mkv', tmdb_id: 1396, tmdb_type: 'series' },
		];
		const { items, stats } = await enrichInventory(rows, { providers: provider });
		expect(items[0]).toMatchObject({
			tmdb_id: 603,
			tmdb_title: 'The Matrix',
			tmdb_year: 1999,
			tmdb_type: 'movie',
		});
		expect(items[2]).toMatchObject({ tmdb_title: 'Breaking Bad', tmdb_type: 'series' });
		expect(stats).toMatchObject({ filled: 3, lookups: 2, searches: 0 });
		const again = tmdb();
		await enrichInventory(items, { providers: again });
		expect(again.calls).toEqual([]);
	});

	it('fills a typeless id of an episode as its series, and resolves a tag on a file with no title', async () => {
		const provider = tmdb();
		const { items } = await enrichInventory(
			[
				{ path: 'Series/Breaking.Bad.S01E01.mkv', tmdb_id: 1396 },
				{ path: 'Films/Matrix {tmdb-603}/sample.mkv' },
			],
			{ providers: provider },
		);
		expect(items[0]).toMatchObject({ tmdb_id: 1396, tmdb_type: 'series', tmdb_title: 'Breaking Bad' });
		expect(items[1]).toMatchObject({ tmdb_id: 603, tmdb_title: 'The Matrix' });
		expect(searches(provider.calls)).toEqual([]);
	});

	it('counts a failing external-id lookup as failed, leaving the row untouched', async () => {
		const provider = tmdb({
			fail: (call) =>
				call.method === 'findByExternalId'
					? new ProviderUnavailableError('down', { provider: 'tmdb' })
					: undefined,
		});
		const row = { path: 'Films/Matrix [imdbid-tt0133093]/Matrix.mkv' };
		const { items, stats } = await enrichInventory([row], { providers: provider });
		expect(items[0]).toEqual(row);
		expect(stats.failures[0]).toMatchObject({ query: 'imdb tt0133093', paths: [row.path] });
	});

	it('leaves an id it cannot fill as it is', async () => {
		const { items, stats } = await enrichInventory([{ path: 'a.mkv', tmdb_id: 77 }], { providers: tmdb() });
		expect(items[0]).toEqual({ path: 'a.mkv', tmdb_id: 77 });
		expect(stats.skipped).toBe(1);
		const failing = tmdb({ fail: () => new ProviderUnavailableError('down', { provider: 'tmdb' }) });
		const failed = await enrichInventory([{ path: 'a.mkv', tmdb_id: 603 }], { providers: failing });
		expect(failed.items[0]).toEqual({ path: 'a.mkv', tmdb_id: 603 });
		expect(failed.stats.failed).toBe(1);
	});
});

describe('enrichInventory: several providers', () => {
	const films = () => createMemoryProvider({ name: 'tmdb', kinds: ['movie'], entries: TRAP_CATALOGUE });
	const shows = () =>
		createMemoryProvider({
			name: 'tvdb',
			kinds: ['series'],
			entries: TRAP_CATALOGUE.map((entry) => ({ ...entry, id: entry.tvdb ?? entry.id + 1_000_000 })),
		});

	it('identifies each kind with the providers that list it, episodes as their series', async () => {
		const movie = films();
		const series = shows();
		const { items } = await enrichInventory(
			[{ path: 'Films/Up.2009.mkv' }, { path: 'Series/Breaking.Bad.S01E01.mkv' }],
			{ providers: [movie, series] },
		);
		expect(items[0]).toMatchObject({ tmdb_id: 14160 });
		expect(items[0]).not.toHaveProperty('tvdb_id');
		expect(items[1]).toMatchObject({ tvdb_id: 81189, tvdb_type: 'series' });
		expect(items[1]).not.toHaveProperty('tmdb_id');
	});

	it('falls back to the next provider when the first has no match, and records both', async () => {
		const first = createMemoryProvider({ name: 'local', entries: [] });
		const second = tmdb();
		const { items, stats } = await enrichInventory([{ path: 'Films/Up.2009.mkv' }], {
			providers: [first, second],
		});
		expect(items[0]).toMatchObject({ local_id: null, tmdb_id: 14160 });
		expect(stats.matched).toBe(1);
		const rerun = await enrichInventory(items, {
			providers: [createMemoryProvider({ name: 'local', entries: [] }), tmdb()],
		});
		expect(rerun.stats.searches).toBe(0);
	});
});

describe('enrichInventory: failures', () => {
	it('stops at the first call on a refused key, rejecting with the auth error and changing no row', async () => {
		const provider = tmdb({ badKey: true });
		const input = freeze(library());
		const error = await enrichInventory(input, { providers: provider, concurrency: 8 }).catch(
			(failure: unknown) => failure,
		);
		expect(isProviderAuthError(error)).toBe(true);
		expect(error).toBeInstanceOf(ProviderAuthError);
		expect(provider.calls).toHaveLength(1);
		expect(input[0]).not.toHaveProperty('tmdb_id');
	});

	it('stops on a refused key of a second provider, after the first worked', async () => {
		const good = createMemoryProvider({ name: 'local', entries: [] });
		const bad = tmdb({ badKey: true });
		await expect(
			enrichInventory(library(), { providers: [good, bad], concurrency: 4 }),
		).rejects.toBeInstanceOf(ProviderAuthError);
		expect(bad.calls).toHaveLength(1);
	});

	it('leaves the rows of a failing title untouched, counts them and goes on', async () => {
		const down = new ProviderUnavailableError('Service unavailable after 4 attempts (HTTP 503).', {
			provider: 'tmdb',
			status: 503,
		});
		const provider = tmdb({ fail: (call) => (isTitle(call, 'Dune') ? down : undefined) });
		const rows = library();
		const { items, stats } = await enrichInventory(rows, { providers: provider });
		const dune = rows
			.map((row, index) => ({ row, index }))
			.filter(({ row }) => /\/Dune[. ]/.test(row.path) && !/Part/.test(row.path));
		for (const { row, index } of dune) expect(items[index]).toEqual(row);
		expect(stats.failed).toBe(dune.length);
		expect(stats.failures.map((failure) => failure.error)).toEqual([down, down, down]);
		expect(stats.failures[0]).toMatchObject({ provider: 'tmdb', query: 'movie "Dune" (1984)' });
		expect(stats.matched).toBeGreaterThan(30);
		expect(stats.failed + stats.matched + stats.unmatched + stats.skipped).toBe(rows.length);
	});

	it('treats a provider bug (a plain TypeError) as a failed title, not a crash', async () => {
		const provider = tmdb({ fail: (call) => (isTitle(call, 'Up') ? new TypeError('oops') : undefined) });
		const { stats } = await enrichInventory([{ path: 'Up.2009.mkv' }, { path: 'Her.2013.mkv' }], {
			providers: provider,
		});
		expect(stats).toMatchObject({ failed: 1, matched: 1 });
	});

	it('still rejects with the fatal error when the signal aborts afterwards', async () => {
		const controller = new AbortController();
		const boom = new Error('progress bar crashed');
		await expect(
			enrichInventory(library(), {
				providers: tmdb(),
				signal: controller.signal,
				onProgress: () => {
					queueMicrotask(() => controller.abort());
					throw boom;
				},
			}),
		).rejects.toBe(boom);
	});

	it('rejects with the error of an onProgress that throws', async () => {
		const boom = new Error('progress bar crashed');
		await expect(
			enrichInventory(library(), {
				providers: tmdb(),
				onProgress: () => {
					throw boom;
				},
			}),
		).rejects.toBe(boom);
	});
});

describe('enrichInventory: abort and concurrency', () => {
	it('keeps every finished row on abort, resolves with stats.aborted, and a rerun finishes the job', async () => {
		const controller = new AbortController();
		const gate = deferred();
		let answered = 0;
		const provider = tmdb({
			pause: async () => {
				answered += 1;
				if (answered > 10) await gate.promise;
			},
		});
		const progress: EnrichProgress[] = [];
		const run = enrichInventory(library(), {
			providers: provider,
			concurrency: 2,
			signal: controller.signal,
			onProgress: (snapshot) => {
				progress.push(snapshot);
				if (snapshot.matched >= 5) controller.abort(new Error('user pressed stop'));
			},
		});
		const { items, stats } = await run;
		expect(stats.aborted).toBe(true);
		expect(stats.matched).toBeGreaterThanOrEqual(5);
		const changed = items.filter((item) => 'tmdb_id' in item).length;
		expect(changed).toBe(stats.matched + stats.unmatched);
		expect(changed).toBeLessThan(items.length);
		const before = provider.calls.length;
		gate.resolve();
		const rest = await enrichInventory(items, { providers: tmdb() });
		// Camera clips are skipped by both runs: they name nothing to look up.
		expect(stats.skipped).toBeGreaterThan(0);
		expect(rest.stats.skipped).toBe(changed + stats.skipped);
		expect(rest.items.filter((item) => 'tmdb_id' in item)).toHaveLength(items.length - stats.skipped);
		expect(provider.calls.length).toBe(before);
	});

	it('makes no call at all with an already aborted signal', async () => {
		const provider = tmdb();
		const { items, stats } = await enrichInventory(library(), {
			providers: provider,
			signal: AbortSignal.abort(),
		});
		expect(provider.calls).toEqual([]);
		expect(stats).toMatchObject({ aborted: true, matched: 0 });
		expect(items).toEqual(library());
	});

	it('never has more calls in flight than `concurrency`', async () => {
		for (const concurrency of [1, 3]) {
			const provider = tmdb({ pause: () => Promise.resolve() });
			await enrichInventory(library(), { providers: provider, concurrency });
			expect(provider.peakInFlight).toBe(concurrency);
		}
	});

	it('reports progress row by row up to done === total', async () => {
		const progress: EnrichProgress[] = [];
		await enrichInventory(library(), {
			providers: tmdb(),
			onProgress: (snapshot) => progress.push(snapshot),
		});
		expect(progress).toHaveLength(TRAP_LIBRARY.length);
		expect(progress.map((snapshot) => snapshot.done)).toEqual(progress.map((_, index) => index + 1));
		expect(progress.at(-1)).toMatchObject({
			done: TRAP_LIBRARY.length,
			total: TRAP_LIBRARY.length,
			failed: 0,
		});
	});
});

describe('enrichInventory: search strategy', () => {
	it('searches with the year, then without it when the year filters the film out', async () => {
		const provider = tmdb();
		const { items } = await enrichInventory([{ path: 'Whiplash.2013.mkv' }], { providers: provider });
		expect(items[0]).toMatchObject({ tmdb_id: 244786, tmdb_year: 2014 });
		expect(searches(provider.calls).map((call) => (call.method === 'search' ? call.query.year : 0))).toEqual([
			2013,
			undefined,
		]);
	});

	it('reads alternative titles from the details of the best-named candidates of that year', async () => {
		const provider = tmdb();
		const { items, stats } = await enrichInventory(
			[{ path: 'Series/Money.Heist.S01E01.mkv' }, { path: 'Films/Amelie.2001.mkv' }],
			{ providers: provider, language: 'fr-FR' },
		);
		expect(items[0]).toMatchObject({ tmdb_id: 71446, tmdb_title: 'La Casa de Papel' });
		expect(items[1]).toMatchObject({ tmdb_id: 194, tmdb_title: "Le Fabuleux Destin d'Amélie Poulain" });
		expect(stats).toMatchObject({ searches: 2, lookups: 2 });
	});

	it('shrugs off a failing details lookup and goes on with the next strategy', async () => {
		const provider = tmdb({
			fail: (call) =>
				call.method === 'getById' ? new ProviderUnavailableError('down', { provider: 'tmdb' }) : undefined,
		});
		const { items, stats } = await enrichInventory([{ path: 'Films/Amelie.2001.mkv' }], {
			providers: provider,
			language: 'fr-FR',
		});
		expect(items[0]).toMatchObject({ tmdb_id: 194 });
		expect(stats).toMatchObject({ failed: 0, lookups: 1, searches: 2 });
	});

	it('passes the language, and retries in English for an English file name', async () => {
		const provider = tmdb({ searchOnly: true });
		const { items } = await enrichInventory([{ path: 'Series/Money.Heist.S01E01.mkv' }], {
			providers: provider,
			language: 'fr-FR',
		});
		expect(items[0]).toMatchObject({ tmdb_id: 71446, tmdb_title: 'La Casa de Papel' });
		expect(
			searches(provider.calls).map((call) => (call.method === 'search' ? call.query.language : '')),
		).toEqual(['fr-FR', 'en-US']);
		const english = tmdb({ searchOnly: true });
		const french = tmdb({ searchOnly: true });
		await enrichInventory([{ path: 'Films/Poulain.2001.mkv' }], { providers: french, language: 'fr-FR' });
		const languages = (calls: readonly MemoryCall[]) =>
			searches(calls).map((call) => (call.method === 'search' ? call.query.language : ''));
		expect(languages(french.calls)).toEqual(['fr-FR', 'en-US', 'fr-FR']);
		await enrichInventory([{ path: 'Films/Poulain.2001.mkv' }], { providers: english, language: 'en-GB' });
		expect(languages(english.calls)).toEqual(['en-GB', 'en-GB']);
	});

	it('searches each part of `X aka Y`, and a sortable `Title, The`', async () => {
		const provider = tmdb();
		const { items } = await enrichInventory(
			[{ path: 'Films/Kiss Kiss aka Amelie (2001).mkv' }, { path: 'Films/Intouchables, The (2011).mkv' }],
			{ providers: provider },
		);
		expect(items[0]).toMatchObject({ tmdb_id: 194 });
		expect(items[1]).toMatchObject({ tmdb_id: 77338 });
		expect(
			searches(provider.calls).map((call) => (call.method === 'search' ? call.query.title : '')),
		).toContain('The Intouchables');
	});

	it('tells same-named shows apart by the country of the file name, and leaves them ambiguous without it', async () => {
		const provider = tmdb();
		const { items, stats } = await enrichInventory(
			[
				{ path: 'The.Office.US.S01E01.mkv' },
				{ path: 'The.Office.UK.S01E02.mkv' },
				{ path: 'The.Office.S02E01.mkv' },
			],
			{ providers: provider },
		);
		expect(items.map((item) => item.tmdb_id)).toEqual([2316, 2996, null]);
		expect(stats.review).toEqual([
			expect.objectContaining({ path: 'The.Office.S02E01.mkv', reason: 'ambiguous' }),
		]);
	});

	it('lists ambiguous and low-confidence rows for review', async () => {
		const rows = [{ path: 'Films/Dune.mkv' }, { path: 'Films/Matrix.mkv' }, { path: 'Films/Up.2009.mkv' }];
		const { items, stats } = await enrichInventory(rows, { providers: tmdb() });
		expect(items.map((item) => item.tmdb_id)).toEqual([null, null, 14160]);
		expect(stats.review).toEqual([
			expect.objectContaining({
				path: 'Films/Dune.mkv',
				matched: false,
				reason: 'ambiguous',
				provider: 'tmdb',
			}),
			expect.objectContaining({
				path: 'Films/Matrix.mkv',
				matched: false,
				reason: 'ambiguous',
				candidate: { id: 603, title: 'The Matrix', year: 1999 },
			}),
		]);
		const guessing = await enrichInventory(rows, { providers: tmdb(), minConfidence: 0.6 });
		expect(guessing.items.map((item) => item.tmdb_id)).toEqual([null, 603, 14160]);
		expect(guessing.stats.review[1]).toMatchObject({
			path: 'Films/Matrix.mkv',
			matched: true,
			confidence: 0.65,
		});
	});

	it('looks up no camera clip name (VIDEO_2019-07-14_vacances.mp4 parses as a dated episode of "VIDEO")', async () => {
		const provider = createMemoryProvider({
			name: 'tmdb',
			entries: [{ id: 5, kind: 'series', title: 'Video', year: 1999, popularity: 1 }],
		});
		const { items, stats } = await enrichInventory(
			[{ path: 'Films/VIDEO_2019-07-14_vacances.mp4' }, { path: 'Films/IMG.mp4' }],
			{ providers: provider },
		);
		expect(items).toEqual([{ path: 'Films/VIDEO_2019-07-14_vacances.mp4' }, { path: 'Films/IMG.mp4' }]);
		expect(stats.skipped).toBe(2);
		expect(provider.calls).toEqual([]);
	});

	it('skips rows with no title and kinds no provider identifies', async () => {
		const films = createMemoryProvider({ name: 'tmdb', kinds: ['movie'], entries: TRAP_CATALOGUE });
		const { stats } = await enrichInventory(
			[{ path: 'Series/Breaking.Bad.S01E01.mkv' }, { path: 'Films/---.mkv' }],
			{
				providers: films,
			},
		);
		expect(stats.skipped).toBe(2);
		expect(films.calls).toEqual([]);
	});
});

describe('enrichInventory: options', () => {
	it.each<[string, unknown, RegExp]>([
		['no provider', { providers: [] }, /`providers`.*empty/],
		['not a provider', { providers: {} }, /`providers`.*MetadataProvider/],
		[
			'a bad name',
			{ providers: { name: 'TMDB!', kinds: ['movie'], search: async () => [] } },
			/`providers.name`/,
		],
		['bad kinds', { providers: { name: 'x', kinds: ['film'], search: async () => [] } }, /`providers.kinds`/],
		['a duplicate name', { providers: [tmdb(), tmdb()] }, /unique.*"tmdb" twice/],
		['concurrency 0', { providers: tmdb(), concurrency: 0 }, /`concurrency`.*got 0/],
		['minConfidence 2', { providers: tmdb(), minConfidence: 2 }, /`minConfidence`.*got 2/],
		['an empty language', { providers: tmdb(), language: ' ' }, /`language`/],
		['onProgress not a function', { providers: tmdb(), onProgress: 'yes' }, /`onProgress`/],
	])('throws a TypeError naming the option for %s', async (_, options, message) => {
		await expect(enrichInventory([], options as never)).rejects.toThrow(message);
	});

	it('throws a TypeError naming the row with no path', async () => {
		await expect(
			enrichInventory([{ path: 'a.mkv' }, { size: 1 } as never], { providers: tmdb() }),
		).rejects.toThrow(/`items\[1\]\.path`/);
		await expect(enrichInventory('rows' as never, { providers: tmdb() })).rejects.toThrow(/`items`/);
		await expect(enrichInventory([], null as never)).rejects.toThrow(TypeError);
	});

	it('honours a stricter minConfidence', async () => {
		const { items } = await enrichInventory([{ path: 'Whiplash.2013.mkv' }], {
			providers: tmdb(),
			minConfidence: 0.99,
		});
		expect(items[0]).toMatchObject({ tmdb_id: null });
	});
});
