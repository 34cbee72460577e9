import { describe, expect, it } from 'vitest';
import { describeSecretValue, describeValue } from '../src/json/describe-value.js';
import { isCanonicalNumber } from '../src/json/number-literals.js';
import { lineAndColumn } from '../src/json/parse-json-file.js';
import { stringifyWithLiterals } from '../src/json/stringify-with-literals.js';

describe('describeValue', () => {
	it.each([
		[null, 'null'],
		[undefined, 'undefined'],
		['', 'an empty string'],
		['Heat', '"Heat"'],
		[-0, '-0'],
		[1.5, '1.5'],
		[false, 'false'],
		[[], 'an empty array'],
		[[1], 'an array'],
		[{}, 'an object'],
		[() => 1, 'a function'],
		[10n, 'a bigint'],
	])('%s → %s', (value, text) => {
		expect(describeValue(value)).toBe(text);
	});

	it.each([
		[null, 'null'],
		[undefined, 'undefined'],
		['', 'an empty string'],
		['secret', 'a string'],
		[[], 'an array'],
		[{}, 'an object'],
		[1234, 'a number'],
	])('describeSecretValue(%s) → %s, never the content', (value, text) => {
		expect(describeSecretValue(value)).toBe(text);
	});
});

describe('isCanonicalNumber', () => {
	it.each(['0', '-1', '123456789012345', '1.5', '1e+21', '-1.5e-7', '9007199254740991'])('%s is', (text) => {
		expect(isCanonicalNumber(text)).toBe(true);
	});
	it.each(['-0', '1.0', '1e21', '1E5', '9007199254740993', '0.10', '1e400', '-0.0'])('%s is not', (text) => {
		expect(isCanonicalNumber(text)).toBe(false);
	});
});

describe('stringifyWithLiterals', () => {
	const literal = { path: ['a', 1], text: '1e21', value: 1e21 };

	it('behaves like JSON.stringify around the literal: undefined, functions, toJSON, empty containers', () => {
		const value = { a: [undefined, 1e21, () => 1], f: () => 1, d: new Date(0), e: [], o: {} };
		expect(stringifyWithLiterals(value, [literal], '', '')).toBe(
			'{"a":[null,1e21,null],"d":"1970-01-01T00:00:00.000Z","e":[],"o":{}}',
		);
		expect(stringifyWithLiterals(value, [literal], '  ', '')).toBe(
			'{\n  "a": [\n    null,\n    1e21,\n    null\n  ],\n  "d": "1970-01-01T00:00:00.000Z",\n  "e": [],\n  "o": {}\n}',
		);
	});

	it('writes empty containers on the literal path compactly, and ignores a literal whose value changed', () => {
		expect(stringifyWithLiterals({ a: [] }, [literal], '  ', '')).toBe('{\n  "a": []\n}');
		expect(stringifyWithLiterals({ a: {} }, [literal], '', '')).toBe('{"a":{}}');
		expect(stringifyWithLiterals({ a: [0, 5] }, [literal], '', '')).toBe('{"a":[0,5]}');
		expect(stringifyWithLiterals({ a: [0, '1e21'] }, [literal], '', '')).toBe('{"a":[0,"1e21"]}');
	});

	it('returns undefined for what JSON.stringify drops', () => {
		expect(stringifyWithLiterals(undefined, [], '', '')).toBeUndefined();
		expect(stringifyWithLiterals(() => 1, [literal], '', '')).toBeUndefined();
	});

	it('indents nested lines with the margin', () => {
		expect(stringifyWithLiterals({ b: [1] }, [], '\t', '\t\t')).toBe(
			'{\n\t\t\t"b": [\n\t\t\t\t1\n\t\t\t]\n\t\t}',
		);
	});
});

describe('lineAndColumn', () => {
	it('counts lines and columns from 1', () => {
		expect(lineAndColumn('ab\ncd\n', 0)).toEqual({ line: 1, column: 1 });
		expect(lineAndColumn('ab\ncd\n', 4)).toEqual({ line: 2, column: 2 });
		expect(lineAndColumn('ab\ncd\n', 6)).toEqual({ line: 3, column: 1 });
	});
});
