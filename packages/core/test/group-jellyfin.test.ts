/**
 * Jellyfin's grouping tests (converted in `../shared/corpus`, read at run time), checked the way they
 * apply to vm: one non-extra Jellyfin item = one card, extras attached to a card (Jellyfin lists them
 * separately), multi-part stacks = one version with its parts in order.
 */
import { groupInventory, type MediaGroup } from '@vm/core';
import { describe, expect, it } from 'vitest';
import { type GroupingCase, loadCorpus, type NamingVectors } from './helpers/group-corpus.js';
import { heldRows, rows, versionPaths } from './helpers/group-helpers.js';

/**
 * Where vm deliberately differs from Jellyfin, and the number of cards vm gives instead.
 * vm has no library type and groups by identity across names and folders, like Plex.
 */
const VM_DIFFERS: Readonly<Record<string, { cards: number; why: string }>> = {
	'MultiVersionTests.Resolve_GivenUnclosedBrackets_DoesNotGroup': {
		cards: 1,
		why: 'both files are John Wick - Chapter 3 (2019) by title and year; vm needs no name pattern',
	},
	'MultiVersionTests.TestMultiVersionEpisodeDisabledByDefault': {
		cards: 1,
		why: 'vm has no library type: two S01E01 files of one show are one episode',
	},
	'VideoListResolverTests.TestFourRooms': {
		cards: 1,
		why: 'same title, two containers: two copies of one film',
	},
	'VideoListResolverTests.TestFourSisters': {
		cards: 1,
		why: 'the parser reads " - A" / " - B" as version labels: one title, two copies',
	},
	'VideoListResolverTests.TestDoubleTags': {
		cards: 1,
		why: 'a Title (2011) folder holding the files of one film is one card (Jellyfin splits on names)',
	},
};

/** Cases the parser does not read as Jellyfin does yet; left out of the check, reported. */
const PARSER_GAPS: Readonly<Record<string, string>> = {};

/** Stack cases where vm stacks more than Jellyfin, on purpose. */
const VM_STACKS_MORE: Readonly<Record<string, string>> = {
	'StackTests.ResolveFiles_GivenPartInMiddleOfName_ReturnsNoStack':
		'the parser reads ".part1.stv.unrated…" as part 1 of one release; vm stacks what the parser calls parts',
};

const sortedGroups = (groups: readonly (readonly string[])[]): string[] =>
	groups.map((group) => [...group].sort().join(' | ')).sort();

const grouping = loadCorpus<GroupingCase[]>('jellyfin-grouping.json');
const vectors = loadCorpus<NamingVectors>('jellyfin-naming-vectors.json');

if (grouping.data === undefined) {
	describe.skip(`Jellyfin grouping corpus: skipped, no file at ${grouping.path} (set VM_CORPUS_DIR)`, () => {
		it('needs the corpus file', () => {});
	});
}

describe.runIf(grouping.data !== undefined)('Jellyfin grouping corpus: full grouping cases', () => {
	const cases = (grouping.data ?? []).filter((item) => item.api === 'VideoListResolver.Resolve');

	it('has the cases this file expects', () => {
		expect(cases.length).toBeGreaterThanOrEqual(70);
		for (const id of [...Object.keys(VM_DIFFERS), ...Object.keys(PARSER_GAPS)]) {
			expect(
				grouping.data?.some((item) => item.id === id),
				id,
			).toBe(true);
		}
	});

	for (const item of cases) {
		const gap = PARSER_GAPS[item.id];
		if (gap !== undefined) {
			it.skip(`${item.id} (parser gap: ${gap})`, () => {});
			continue;
		}
		const differs = VM_DIFFERS[item.id];
		it(`${item.id}${differs === undefined ? '' : ` (vm differs: ${differs.why})`}`, () => {
			const groups = groupInventory(rows(...item.files));
			expect(
				heldRows(groups)
					.map((row) => row.path)
					.sort(),
			).toEqual([...item.files].sort());
			const cards = groups.filter((group) => group.versions.length > 0);
			const extras = new Set(groups.flatMap((group) => group.extras.map((row) => row.path)));
			for (const extra of item.implied.extras ?? []) expect(extras.has(extra.path), extra.path).toBe(true);
			for (const path of item.implied.notVideo ?? []) expect(extras.has(path), path).toBe(true);
			if (differs !== undefined) {
				expect(cards).toHaveLength(differs.cards);
				return;
			}
			expect(sortedGroups(versionPaths(cards))).toEqual(sortedGroups(item.implied.groups ?? []));
			checkPrimaryResolution(item, cards);
		});
	}
});

/** Where Jellyfin asserts that the higher resolution comes first, vm agrees. */
const checkPrimaryResolution = (item: GroupingCase, cards: readonly MediaGroup[]): void => {
	for (const check of item.expected.checks ?? []) {
		const wanted = check.primaryContains;
		if (wanted === undefined || !/\d{3,4}p/.test(wanted)) continue;
		const primaries = cards.map((card) => card.versions[0]?.items[0]?.path ?? '');
		expect(
			primaries.some((path) => path.includes(wanted)),
			`${item.id}: a card led by ${wanted}`,
		).toBe(true);
	}
};

describe.runIf(grouping.data !== undefined)('Jellyfin grouping corpus: stacking cases', () => {
	const cases = (grouping.data ?? []).filter((item) => item.api.startsWith('StackResolver.'));

	for (const item of cases) {
		const gap = PARSER_GAPS[item.id];
		if (gap !== undefined) {
			it.skip(`${item.id} (parser gap: ${gap})`, () => {});
			continue;
		}
		const more = VM_STACKS_MORE[item.id];
		it(`${item.id}${more === undefined ? '' : ` (vm differs: ${more})`}`, () => {
			const groups = groupInventory(rows(...item.files));
			const versions = groups.flatMap((group) =>
				group.versions.map((version) => version.items.map((row) => row.path)),
			);
			const stacks = (item.implied.stacks ?? []).map((stack) => (Array.isArray(stack) ? stack : stack.files));
			for (const stack of stacks) expect(versions).toContainEqual(stack);
			const split = versions.filter((version) => version.length > 1);
			if (more === undefined) expect(split).toHaveLength(stacks.length);
			else expect(split.length).toBeGreaterThan(stacks.length);
		});
	}
});

/** Extras vectors the parser does not classify as Jellyfin does yet (none left: `backdrops/` is an extras folder now). */
const EXTRA_GAPS: ReadonlySet<string> = new Set<string>([]);

if (vectors.data === undefined) {
	describe.skip(`Jellyfin naming vectors: skipped, no file at ${vectors.path} (set VM_CORPUS_DIR)`, () => {
		it('needs the corpus file', () => {});
	});
}

describe.runIf(vectors.data !== undefined)('Jellyfin naming vectors, through groupInventory', () => {
	const providers: Readonly<Record<string, 'tmdb' | 'tvdb' | 'imdb'>> = {
		tmdbid: 'tmdb',
		tvdbid: 'tvdb',
		imdbid: 'imdb',
	};
	const idCases = (vectors.data?.providerIdTags.cases ?? []).filter(
		(item) => providers[item.attribute] !== undefined,
	);
	it.each(idCases)(
		'folder "$input" gives the card its $attribute ($expected)',
		({ input, attribute, expected }) => {
			const [card] = groupInventory([{ path: `Films/${input}/movie.mkv` }]);
			const provider = providers[attribute] as 'tmdb' | 'tvdb' | 'imdb';
			const want = expected === null ? undefined : provider === 'imdb' ? expected : Number(expected);
			expect(card?.ids[provider]).toBe(want);
		},
	);

	const extraCases = (vectors.data?.extras.cases ?? []).filter(
		(item) => item.libraryRoot === undefined && !item.path.endsWith('.mp3'),
	);
	for (const item of extraCases.filter((item) => EXTRA_GAPS.has(item.path))) {
		it.skip(`"${item.path}" is an extra: ${item.expected} (parser gap)`, () => {});
	}
	it.each(extraCases.filter((item) => !EXTRA_GAPS.has(item.path)))(
		'"$path" is an extra: $expected',
		({ path, expected }) => {
			const [card] = groupInventory([{ path }]);
			expect(card?.extras.length === 1).toBe(expected !== null);
			expect(card?.versions.length === 1).toBe(expected === null);
		},
	);
});
