import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashAt, keyAt, tokenize } from '../../src/parse/tokenize.js';
import { createWordTable, findJoined, findWord, hashKey, joinedHash } from '../../src/parse/word-table.js';

describe('createWordTable / findWord: a fixed table probed with the hash the tokenizer computes', () => {
	it('finds every entry and nothing else, whatever the keys', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.string({ maxLength: 8 }), { maxLength: 60 }),
				fc.string({ maxLength: 8 }),
				(keys, other) => {
					const table = createWordTable(new Map(keys.map((key, index) => [key, index])));
					keys.forEach((key, index) => {
						expect(findWord(table, key, hashKey(key))).toBe(index);
					});
					if (!keys.includes(other)) expect(findWord(table, other, hashKey(other))).toBeUndefined();
				},
			),
		);
	});

	it('tells apart keys whose hashes collide', () => {
		// `Aa` and `BB` share a hash (65 * 31 + 97 = 66 * 31 + 66).
		expect(hashKey('Aa')).toBe(hashKey('BB'));
		const table = createWordTable(new Map([['Aa', 1]]));
		expect(findWord(table, 'Aa', hashKey('Aa'))).toBe(1);
		expect(findWord(table, 'BB', hashKey('BB'))).toBeUndefined();
	});
});

describe('tokenize: the hash read on the fly is the hash of the key', () => {
	it('holds for any text, apostrophes and the word-by-word lowering (İ, Σ) included', () => {
		const check = (name: string): void => {
			const words = tokenize(name);
			for (let index = 0; index < words.count; index++)
				expect(hashAt(words, index)).toBe(hashKey(keyAt(words, index)));
		};
		for (const name of ["L'Été.d’Amélie", 'İSTANBUL.Café', 'ΟΔΟΣ.ΣΤΟ', "''.x'y"]) check(name);
		fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), check));
	});
});

describe('joinedHash / findJoined: a glued key found from its pieces', () => {
	it('hashes two pieces as their concatenation and finds a+b+c exactly as findWord finds the glued key', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.string({ maxLength: 6 }), { maxLength: 40 }),
				fc.string({ maxLength: 3 }),
				fc.string({ maxLength: 3 }),
				fc.string({ maxLength: 3 }),
				(keys, a, b, c) => {
					expect(joinedHash(hashKey(a), b.length, hashKey(b))).toBe(hashKey(a + b));
					const table = createWordTable(new Map(keys.map((key, index) => [key, index])));
					const hash = joinedHash(joinedHash(hashKey(a), b.length, hashKey(b)), c.length, hashKey(c));
					expect(findJoined(table, a, b, c, hash)).toBe(findWord(table, a + b + c, hashKey(a + b + c)));
					// A key the table holds is found from any split of it.
					for (const key of keys.slice(0, 5))
						for (let cut = 0; cut <= key.length; cut++) {
							const left = key.slice(0, cut);
							const right = key.slice(cut);
							expect(
								findJoined(table, left, right, '', joinedHash(hashKey(left), right.length, hashKey(right))),
							).toBe(keys.indexOf(key));
						}
				},
			),
		);
	});
});
