import { writeFile } from 'node:fs/promises';
import type { InventoryItem } from '@vm/core';
import { describe, expect, it } from 'vitest';
import {
	isFileAccessError,
	isJsonSyntaxError,
	isJsonValidationError,
	JsonSyntaxError,
	JsonValidationError,
	loadInventory,
} from '../src/index.js';
import { useTempDir } from './helpers/temp-dir.js';

const temp = useTempDir();

async function loadText(text: string | Uint8Array, name = 'inventory.json') {
	const file = temp.path(name);
	await writeFile(file, text);
	return loadInventory(file);
}

async function loadError(text: string | Uint8Array, name = 'inventory.json'): Promise<unknown> {
	return loadText(text, name).then(
		() => expect.unreachable('loadInventory should have thrown'),
		(error: unknown) => error,
	);
}

describe('loadInventory: shapes', () => {
	it('gives an empty inventory for a missing file, with no stamp', async () => {
		const inventory = await loadInventory(temp.path('absent.json'));
		expect(inventory.items).toEqual([]);
		expect(inventory.fields).toEqual({});
		expect(inventory.source.stamp).toBeUndefined();
		expect(inventory.source.shape).toBe('object');
	});

	it('reads a bare array of rows', async () => {
		const rows: InventoryItem[] = [{ path: 'a.mkv', size: 1 }, { path: 'b.mkv' }];
		const inventory = await loadText(JSON.stringify(rows));
		expect(inventory.items).toEqual(rows);
		expect(inventory.source.shape).toBe('array');
		expect(inventory.source.layout.indent).toBe('');
	});

	it('reads an object with items and keeps the other top-level fields and the position of items', async () => {
		const inventory = await loadText(
			JSON.stringify(
				{ version: 2, items: [{ path: 'a.mkv', custom: { x: [1] } }], scanned: 'yes' },
				null,
				'\t',
			),
		);
		expect(inventory.items).toEqual([{ path: 'a.mkv', custom: { x: [1] } }]);
		expect(inventory.fields).toEqual({ version: 2, scanned: 'yes' });
		expect(Object.keys(inventory.fields)).toEqual(['version', 'scanned']);
		expect(inventory.source.itemsPosition).toBe(1);
		expect(inventory.source.layout.indent).toBe('\t');
	});

	it('stamps the file with its size, SHA-256 and mtime', async () => {
		const inventory = await loadText('[]');
		expect(inventory.source.stamp).toMatchObject({
			size: 2,
			sha256: '4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945',
		});
		expect(inventory.source.stamp?.mtimeMs).toBeGreaterThan(0);
	});

	it('accepts UTF-8 with or without a BOM and remembers which', async () => {
		const withBom = await loadText('\uFEFF[{"path":"Amélie.mkv"}]');
		const without = await loadText('[{"path":"Amélie.mkv"}]', 'other.json');
		expect(withBom.items).toEqual(without.items);
		expect(withBom.source.layout.bom).toBe(true);
		expect(without.source.layout.bom).toBe(false);
	});

	it('detects the layout: indent, row per line or pretty rows, CRLF, final newline', async () => {
		const pretty = await loadText(`${JSON.stringify({ items: [{ path: 'a', size: 1 }] }, null, 4)}`);
		expect(pretty.source.layout).toEqual({
			indent: '    ',
			lineBreaks: true,
			rowPerLine: false,
			eol: '\n',
			bom: false,
			finalNewline: false,
		});
		const lines = await loadText('[\r\n  {"path":"a"},\r\n  {"path":"b"}\r\n]\r\n', 'crlf.json');
		expect(lines.source.layout).toEqual({
			indent: '  ',
			lineBreaks: true,
			rowPerLine: true,
			eol: '\r\n',
			bom: false,
			finalNewline: true,
		});
	});
});

describe('loadInventory: validation names the file, the row and the field', () => {
	it.each([
		[
			'a path that is not a string',
			'{"items":[{"path":1}]}',
			'items[0].path must be a non-empty string, got 1',
		],
		[
			'an empty path',
			'{"items":[{"path":"a"},{"path":""}]}',
			'items[1].path must be a non-empty string, got an empty string',
		],
		['a missing path', '[{"size":1}]', '[0].path must be a non-empty string, got undefined'],
		['a row that is not an object', '[{"path":"a"},null]', '[1] must be an object, got null'],
		['a row that is an array', '[["a"]]', '[0] must be an object, got an array'],
		['a negative size', '[{"path":"a","size":-1}]', '[0].size must be a non-negative integer, got -1'],
		['a fractional size', '[{"path":"a","size":1.5}]', '[0].size must be a non-negative integer, got 1.5'],
		[
			'a string id',
			'[{"path":"a","tmdb_id":"603"}]',
			'[0].tmdb_id must be a positive integer or null, got "603"',
		],
		['a zero tvdb id', '[{"path":"a","tvdb_id":0}]', '[0].tvdb_id must be a positive integer or null, got 0'],
		[
			'an unknown kind',
			'[{"path":"a","tmdb_type":"tv"}]',
			'[0].tmdb_type must be "movie" or "series", got "tv"',
		],
		['a numeric title', '[{"path":"a","tvdb_title":5}]', '[0].tvdb_title must be a string, got 5'],
		[
			'a string year',
			'[{"path":"a","tmdb_year":"1999"}]',
			'[0].tmdb_year must be an integer year, got "1999"',
		],
	])('rejects %s', async (_label, text, message) => {
		const error = await loadError(text);
		expect(error).toBeInstanceOf(JsonValidationError);
		expect((error as JsonValidationError).code).toBe('INVALID_INVENTORY');
		expect((error as Error).message).toBe(`[adapter-json] ${temp.path('inventory.json')}: ${message}.`);
	});

	it('names the 42nd row as in the issue', async () => {
		const rows = Array.from(
			{ length: 50 },
			(_, index) => ({ path: `f${index}.mkv` }) as Record<string, unknown>,
		);
		rows[42] = { path: null };
		const error = await loadError(JSON.stringify({ items: rows }));
		expect((error as Error).message).toContain(
			'inventory.json: items[42].path must be a non-empty string, got null.',
		);
	});

	it('reports duplicate paths naming both rows, with code DUPLICATE_PATH', async () => {
		const error = await loadError('{"items":[{"path":"x.mkv"},{"path":"y.mkv"},{"path":"x.mkv"}]}');
		expect(isJsonValidationError(error)).toBe(true);
		expect((error as JsonValidationError).code).toBe('DUPLICATE_PATH');
		expect((error as Error).message).toContain('items[2].path duplicates items[0].path ("x.mkv")');
	});

	it('names the first occurrence for every later copy, and sorts problems by row', async () => {
		const error = (await loadError(
			'[{"path":"x"},{"path":"y","size":"1"},{"path":"x"},{"path":"y"},{"path":"x","tmdb_id":-1}]',
		)) as JsonValidationError;
		expect(error.code).toBe('INVALID_INVENTORY');
		expect(error.issues).toEqual([
			{ at: '[1].size', message: 'must be a non-negative integer, got "1"' },
			{ at: '[2].path', message: 'duplicates [0].path ("x")' },
			{ at: '[3].path', message: 'duplicates [1].path ("y")' },
			{ at: '[4].tmdb_id', message: 'must be a positive integer or null, got -1' },
			{ at: '[4].path', message: 'duplicates [0].path ("x")' },
		]);
	});

	it('finds duplicates among many rows (slot collisions included)', async () => {
		const rows = Array.from({ length: 20_000 }, (_, index) => ({ path: `Films/${index % 19_999}.mkv` }));
		const error = (await loadError(JSON.stringify(rows))) as JsonValidationError;
		expect(error.issues).toEqual([{ at: '[19999].path', message: 'duplicates [0].path ("Films/0.mkv")' }]);
	});

	it('lists every problem in `issues` (capped at 50) and counts the rest in the message', async () => {
		const rows = Array.from({ length: 60 }, () => ({ path: 7 }));
		const error = (await loadError(JSON.stringify(rows))) as JsonValidationError;
		expect(error.issues).toHaveLength(50);
		expect(error.issues[49]).toEqual({ at: '[49].path', message: 'must be a non-empty string, got 7' });
		expect(error.message).toContain('(and 57 more problems)');
		expect(error.code).toBe('INVALID_INVENTORY');
	});

	it('truncates long values in messages', async () => {
		const error = await loadError(JSON.stringify([{ path: 'a', tmdb_type: 'x'.repeat(200) }]));
		expect((error as Error).message).toContain(`got "${'x'.repeat(60)}…"`);
	});

	it.each([
		['a number', '42', '(root) is 42'],
		['a string', '"items"', '(root) is "items"'],
		['null', 'null', '(root) is null'],
		['an object without items', '{"rows":[]}', 'items is undefined'],
		['an object whose items is not an array', '{"items":{}}', 'items is an object'],
	])('rejects a document that is %s', async (_label, text, what) => {
		const error = await loadError(text);
		expect(isJsonValidationError(error)).toBe(true);
		expect((error as Error).message).toContain(
			`expected a JSON array of rows or an object with an \`items\` array; ${what}`,
		);
	});
});

describe('loadInventory: syntax errors give line and column', () => {
	it.each([
		['truncated JSON', '{\n  "items": [\n    {"path": "a"},\n', 4, 1, 'unexpected end of file'],
		[
			'a trailing comma',
			'[\n  {"path": "a"},\n]',
			3,
			1,
			'expected a value (object, array, string, number, true, false or null)',
		],
		['a missing colon', '{"items" []}', 1, 10, 'expected `:` after the property name'],
		['a missing comma', '[{"path": "a"} {"path": "b"}]', 1, 16, 'expected `,` or `]` after an array element'],
		['an unquoted key', '{items: []}', 1, 2, 'expected a property name in double quotes'],
		['garbage after the value', '[]\n\nx', 3, 1, 'unexpected content after the JSON value'],
		['a bad escape', '["\\x"]', 1, 3, 'invalid escape sequence in a string'],
		['a raw newline in a string', '["a\nb"]', 1, 4, 'control character in a string (escape it)'],
		['a bad number', '[01]', 1, 3, 'expected `,` or `]` after an array element'],
		['a lone minus', '[-]', 1, 3, 'invalid number'],
		['a bare dot', '[1.]', 1, 4, 'invalid number: expected a digit after `.`'],
		['an empty exponent', '[1e]', 1, 4, 'invalid number: expected a digit in the exponent'],
		['an empty file', '', 1, 1, 'the file is empty'],
		['a missing brace', '{"items": [], "x": 1', 1, 21, 'unexpected end of file'],
		['an unterminated string', '["abc', 1, 6, 'unexpected end of file'],
		[
			'a truncated literal',
			'[tru',
			1,
			2,
			'expected a value (object, array, string, number, true, false or null)',
		],
	])('%s', async (_label, text, line, column, reason) => {
		const error = await loadError(text);
		expect(error).toBeInstanceOf(JsonSyntaxError);
		expect(isJsonSyntaxError(error)).toBe(true);
		expect(error).toMatchObject({ code: 'JSON_SYNTAX', line, column });
		expect((error as Error).message).toBe(
			`[adapter-json] ${temp.path('inventory.json')}: invalid JSON at line ${line}, column ${column}: ${reason}.`,
		);
	});

	it('rejects bytes that are not UTF-8 (no silent U+FFFD that a save would make permanent)', async () => {
		const error = await loadError(Uint8Array.from([0x5b, 0x22, 0xff, 0x22, 0x5d]));
		expect(isJsonSyntaxError(error)).toBe(true);
		expect((error as Error).message).toContain('is not valid UTF-8 text');
	});

	it('reads a file with a BOM and a syntax error, positions relative to the text', async () => {
		const error = await loadError('\uFEFF[\n1,,]');
		expect(error).toMatchObject({ line: 2, column: 3 });
	});
});

describe('loadInventory: the file itself', () => {
	it('refuses a directory with NOT_A_FILE', async () => {
		const error = await loadInventory(temp.dir).catch((caught: unknown) => caught);
		expect(isFileAccessError(error)).toBe(true);
		expect(error).toMatchObject({ code: 'NOT_A_FILE', errno: 'EISDIR', file: temp.dir });
		expect((error as Error).message).toBe(
			`[adapter-json] cannot read ${temp.dir}: it is a directory, not a file.`,
		);
	});

	it('reports a parent that is a file (a real ENOTDIR, even as root)', async () => {
		await writeFile(temp.path('plain'), 'x');
		const error = await loadInventory(temp.path('plain/inventory.json')).catch((caught: unknown) => caught);
		expect(error).toMatchObject({ code: 'FILE_READ_FAILED', errno: 'ENOTDIR' });
		expect((error as Error).message).toContain('a parent is not a directory (ENOTDIR)');
		expect((error as Error).cause).toMatchObject({ code: 'ENOTDIR' });
	});
});
