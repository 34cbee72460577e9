/** 32-bit FNV-1a over UTF-16 code units. */
function fnv1a(text: string): number {
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

/**
 * Pairs `[first, duplicate]` of indexes whose strings are equal (`undefined` entries are skipped), in
 * the order the duplicates appear. An open-addressing table in typed arrays: for a million paths it is
 * about twice as fast as a `Set` and holds no per-entry objects.
 */
export function findDuplicates(values: readonly (string | undefined)[]): [number, number][] {
	let size = 16;
	while (size < values.length * 2) size *= 2;
	const mask = size - 1;
	const slots = new Int32Array(size).fill(-1);
	const hashes = new Uint32Array(values.length);
	const pairs: [number, number][] = [];
	for (let index = 0; index < values.length; index++) {
		const value = values[index];
		if (value === undefined) continue;
		const hash = fnv1a(value);
		hashes[index] = hash;
		for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
			const other = slots[slot] as number;
			if (other === -1) {
				slots[slot] = index;
				break;
			}
			if (hashes[other] === hash && values[other] === value) {
				pairs.push([other, index]);
				break;
			}
		}
	}
	return pairs;
}
