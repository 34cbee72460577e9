import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashAt, keyAt, tokenize } from '../../src/parse/tokenize.js';
import { createWordTable, findWord, hashKey } from '../../src/parse/word-table.js';

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
