import { compareVersions, groupInventory, type InventoryItem, type MediaGroup } from '@vm/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { heldRows } from './helpers/group-helpers.js';

const TITLES = [
	['Dune', 1984],
	['Dune', 2021],
	['The Matrix', 1999],
	["Le Fabuleux Destin d'Amélie Poulain", 2001],
	['Les Intouchables', 2011],
	['Heat', 1995],
] as const;
const QUALITIES = [
	'',
	'.2160p.UHD.BluRay.REMUX.HDR',
	'.1080p.BluRay.x264',
	'.720p.WEB-DL',
	'.MULTi.1080p.WEBRip',
];
const EDITIONS = ['', '.Directors.Cut', '.Extended'];
const SHOWS = ['Breaking Bad', 'Kaamelott', 'The Office'];

/** A path a French library could hold: films (parts, editions, extras, year-less), episodes. */
const pathArb: fc.Arbitrary<string> = fc.oneof(
	fc
		.record({
			film: fc.constantFrom(...TITLES),
			quality: fc.constantFrom(...QUALITIES),
			edition: fc.constantFrom(...EDITIONS),
			layout: fc.constantFrom('folder', 'flat', 'scene', 'yearless'),
			part: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
			extra: fc.constantFrom('', '', '', '-trailer', 'sample'),
		})
		.map(({ film: [title, year], quality, edition, layout, part, extra }) => {
			const scene = title.replaceAll(' ', '.').replaceAll("'", '.');
			const cd = part === undefined ? '' : `.cd${part}`;
			if (extra === 'sample') return `Films/${scene}.${year}${quality}-GRP/Sample/grp-sample.mkv`;
			if (layout === 'folder')
				return `Films/${title} (${year})/${scene}.${year}${edition}${quality}${cd}${extra}.mkv`;
			if (layout === 'scene')
				return `Films/${scene}.${year}${quality}-GRP/${scene}.${year}${edition}${quality}${cd}-GRP.mkv`;
			if (layout === 'yearless') return `Films/${scene}${quality}${extra}.mkv`;
			return `Films/${title} (${year})${edition}${quality}${cd}${extra}.mkv`;
		}),
	fc
		.record({
			show: fc.constantFrom(...SHOWS),
			season: fc.integer({ min: 1, max: 3 }),
			episode: fc.integer({ min: 1, max: 12 }),
			quality: fc.constantFrom(...QUALITIES),
		})
		.map(
			({ show, season, episode, quality }) =>
				`Séries/${show}/Saison ${season}/${show.replaceAll(' ', '.')}.S0${season}E${String(episode).padStart(2, '0')}${quality}.mkv`,
		),
);

const rowArb: fc.Arbitrary<InventoryItem> = fc
	.record(
		{
			path: pathArb,
			size: fc.integer({ min: 1, max: 80_000_000_000 }),
			tmdb_id: fc.constantFrom(603, 604, 438631, null),
			tmdb_type: fc.constantFrom('movie' as const, 'series' as const),
			note: fc.string({ maxLength: 5 }),
		},
		{ requiredKeys: ['path'] },
	)
	.map((row) => ({ ...row }));

const libraryArb = fc.array(rowArb, { maxLength: 40 }).chain((items) =>
	fc.record({
		items: fc.constant(items),
		// A permutation of the whole library.
		order: fc.shuffledSubarray([...items.keys()], { minLength: items.length, maxLength: items.length }),
	}),
);

const summary = (groups: readonly MediaGroup[]): unknown =>
	groups.map((group) => ({
		...group,
		versions: group.versions.map((version) => ({
			...version,
			items: version.items.map((item) => item.path),
		})),
		extras: group.extras.map((item) => item.path),
	}));

describe('groupInventory properties', () => {
	it('returns every row exactly once, as the same object, whatever the library', () => {
		fc.assert(
			fc.property(fc.array(rowArb, { maxLength: 60 }), (items) => {
				const held = heldRows(groupInventory(items));
				expect(held).toHaveLength(items.length);
				const seen = new Set(held);
				expect(seen.size).toBe(items.length);
				for (const item of items) expect(seen.has(item)).toBe(true);
			}),
			{ numRuns: 150 },
		);
	});

	it('gives the same cards in the same order for any order of the rows', () => {
		fc.assert(
			fc.property(libraryArb, ({ items, order }) => {
				const shuffledItems = order.map((index) => items[index] as InventoryItem);
				expect(summary(groupInventory(shuffledItems))).toEqual(summary(groupInventory(items)));
			}),
			{ numRuns: 150 },
		);
	});

	it('keeps keys unique, ids apart, versions best first and rows untouched', () => {
		fc.assert(
			fc.property(
				fc.array(rowArb, { maxLength: 60 }),
				fc.constantFrom('versions', 'separate'),
				(items, editions) => {
					const before = JSON.stringify(items);
					const groups = groupInventory(items, { editions: editions as 'versions' | 'separate' });
					expect(JSON.stringify(items)).toBe(before);
					expect(new Set(groups.map((group) => group.key)).size).toBe(groups.length);
					for (const group of groups) {
						const ids = new Set(
							group.versions.flatMap((version) =>
								version.items.flatMap((item) =>
									typeof item.tmdb_id === 'number' ? [`${item.tmdb_type ?? 'movie'}:${item.tmdb_id}`] : [],
								),
							),
						);
						expect(ids.size).toBeLessThanOrEqual(1);
						for (let index = 1; index < group.versions.length; index++) {
							const previous = group.versions[index - 1];
							const current = group.versions[index];
							if (previous !== undefined && current !== undefined) {
								expect(compareVersions(previous, current)).toBeLessThanOrEqual(0);
							}
						}
						if (group.versions.length === 0) expect(group.extras.length).toBeGreaterThan(0);
						if (editions === 'versions') expect(group.edition).toBeUndefined();
					}
				},
			),
			{ numRuns: 150 },
		);
	});

	it('accepts any string as a path without throwing', () => {
		fc.assert(
			fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 20 }), (paths) => {
				const items = paths.map((path) => ({ path }));
				expect(heldRows(groupInventory(items))).toHaveLength(items.length);
			}),
			{ numRuns: 200 },
		);
	});
});
