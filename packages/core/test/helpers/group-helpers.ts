import type { InventoryItem, MediaGroup } from '@vm/core';

/** Rows for bare paths. */
export const rows = (...paths: string[]): InventoryItem[] => paths.map((path) => ({ path }));

/** Each card as the list of its version paths (parts in order), best version first. */
export const versionPaths = (groups: readonly MediaGroup[]): string[][] =>
	groups.map((group) => group.versions.flatMap((version) => version.items.map((item) => item.path)));

/** The card holding a path (as a version part or an extra). */
export const cardOf = (groups: readonly MediaGroup[], path: string): MediaGroup => {
	const found = groups.find(
		(group) =>
			group.extras.some((item) => item.path === path) ||
			group.versions.some((version) => version.items.some((item) => item.path === path)),
	);
	if (found === undefined) throw new Error(`no card holds ${path}`);
	return found;
};

/** Every row object the cards hold, versions first, then extras. */
export const heldRows = <T extends InventoryItem>(groups: readonly MediaGroup<T>[]): T[] =>
	groups.flatMap((group) => [...group.versions.flatMap((version) => version.items), ...group.extras]);

/** Fisher–Yates shuffle with a seeded generator, so failures replay. */
export const shuffled = <V>(values: readonly V[], seed: number): V[] => {
	const copy = [...values];
	let state = seed >>> 0 || 1;
	for (let i = copy.length - 1; i > 0; i--) {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		const j = state % (i + 1);
		[copy[i], copy[j]] = [copy[j] as V, copy[i] as V];
	}
	return copy;
};
