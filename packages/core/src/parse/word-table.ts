/**
 * A fixed table of words, looked up by a hash the tokenizer computes while it reads each word's
 * characters, so that looking a word up never hashes its key string again.
 *
 * Why not a `Map`: every word of every name is looked up once (100k file names ≈ 1.2M lookups), and
 * each key is a new string, which a `Map` must hash before probing (measured: the `Map` lookup was half
 * of marking a word, ~8% of the path parser). The tokenizer already reads those characters one by one,
 * so it folds them into {@link hashKey}'s hash on the way; the table then probes with that number and
 * compares the key only on a hash match.
 *
 * @packageDocumentation
 * @internal
 */

/**
 * The hash of a key, the one the tokenizer computes on the fly: each UTF-16 code folded in by
 * `hash * 31 + code` in 32-bit arithmetic.
 *
 * @internal
 */
export const hashKey = (key: string): number => {
	let hash = 0;
	for (let index = 0; index < key.length; index++) hash = (Math.imul(hash, 31) + key.charCodeAt(index)) | 0;
	return hash;
};

/**
 * An open-addressing table (linear probing, at most half full) from keys to values.
 *
 * @internal
 */
export interface WordTable<Value> {
	/** Slot count minus one (a power of two minus one). */
	readonly mask: number;
	/** Per slot: 1 + the entry's index, or 0 for an empty slot. */
	readonly slots: Int32Array;
	/** Per entry: its key's {@link hashKey}. */
	readonly hashes: Int32Array;
	/** Per entry: its key. */
	readonly keys: readonly string[];
	/** Per entry: its value. */
	readonly values: readonly Value[];
}

/**
 * A table of `entries` (built once, never changed).
 *
 * @internal
 */
export const createWordTable = <Value>(entries: ReadonlyMap<string, Value>): WordTable<Value> => {
	let size = 8;
	while (size < entries.size * 2) size *= 2;
	const mask = size - 1;
	const slots = new Int32Array(size);
	const hashes = new Int32Array(entries.size);
	const keys: string[] = [];
	const values: Value[] = [];
	for (const [key, value] of entries) {
		const hash = hashKey(key);
		let slot = hash & mask;
		while (slots[slot] !== 0) slot = (slot + 1) & mask;
		slots[slot] = keys.length + 1;
		hashes[keys.length] = hash;
		keys.push(key);
		values.push(value);
	}
	return { mask, slots, hashes, keys, values };
};

/**
 * The value of `key`, whose {@link hashKey} is `hash`, or `undefined`.
 *
 * @internal
 */
export const findWord = <Value>(table: WordTable<Value>, key: string, hash: number): Value | undefined => {
	for (let slot = hash & table.mask; ; slot = (slot + 1) & table.mask) {
		const entry = (table.slots[slot] as number) - 1;
		if (entry < 0) return undefined;
		if (table.hashes[entry] === hash && table.keys[entry] === key) return table.values[entry];
	}
};

/**
 * The {@link hashKey} of `first + second`, from `first`'s hash and `second`'s length and hash (the hash
 * is a polynomial: `first`'s part is shifted by `31 ** second.length`).
 *
 * @internal
 */
export const joinedHash = (firstHash: number, secondLength: number, secondHash: number): number => {
	let shift = 1;
	for (let index = 0; index < secondLength; index++) shift = Math.imul(shift, 31);
	return (Math.imul(firstHash, shift) + secondHash) | 0;
};

/**
 * {@link findWord} of the key `a + b + c`, whose hash is `hash` (see {@link joinedHash}), compared piece
 * by piece: the glued key is never made.
 *
 * @internal
 */
export const findJoined = <Value>(
	table: WordTable<Value>,
	a: string,
	b: string,
	c: string,
	hash: number,
): Value | undefined => {
	for (let slot = hash & table.mask; ; slot = (slot + 1) & table.mask) {
		const entry = (table.slots[slot] as number) - 1;
		if (entry < 0) return undefined;
		const key = table.keys[entry] as string;
		if (
			table.hashes[entry] === hash &&
			key.length === a.length + b.length + c.length &&
			key.startsWith(a) &&
			key.startsWith(b, a.length) &&
			key.endsWith(c)
		)
			return table.values[entry];
	}
};
