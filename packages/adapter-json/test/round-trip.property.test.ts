import { readFile, writeFile } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadInventory, saveInventory } from '../src/index.js';
import { useTempDir } from './helpers/temp-dir.js';

const temp = useTempDir();
/** 100 runs by default; `FC_RUNS=2000` for a longer hunt. */
const { FC_RUNS } = process.env;
const RUNS = Number(FC_RUNS ?? 100);

/** A number literal as people and other tools write them, lossy or not. */
const numberLiteral = fc.oneof(
	fc.integer().map(String),
	fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }).map(String),
	fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => JSON.stringify(value)),
	fc
		.tuple(
			fc.integer({ min: -9, max: 9 }),
			fc.nat(99),
			fc.integer({ min: -400, max: 400 }),
			fc.constantFrom('e', 'E', 'e+', 'e-'),
		)
		.map(([int, fraction, exponent, marker]) => `${int}.${fraction}${marker}${Math.abs(exponent)}`),
	fc.constantFrom('-0', '-0.0', '0.0', '1.50', '1e21', '1E+2'),
);

/** Rows with unique paths, unknown fields (any JSON) and literal numbers spliced in as raw text. */
const document = fc
	.record({
		rows: fc.uniqueArray(
			fc.record({
				path: fc.string({ minLength: 1 }),
				extra: fc.dictionary(
					fc.string().filter((key) => key !== 'path' && key !== '__proto__'),
					fc.jsonValue(),
					{ maxKeys: 3 },
				),
				literal: numberLiteral,
			}),
			{ selector: (row) => row.path, maxLength: 8 },
		),
		shape: fc.constantFrom('array', 'object'),
		indent: fc.constantFrom(undefined, 2, '\t'),
	})
	.map(({ rows, shape, indent }) => {
		const rowTexts = rows.map(
			(row) => `{"path":${JSON.stringify(row.path)},"extra":${JSON.stringify(row.extra)},"n":${row.literal}}`,
		);
		const text =
			shape === 'array'
				? `[${rowTexts.join(',')}]`
				: `{"v":${rows[0]?.literal ?? 1},"items":[${rowTexts.join(',')}]}`;
		return { text, rows, indent };
	});

describe('round trip (property)', () => {
	it('an unchanged compact document is written back byte for byte, literals included', {
		timeout: 60_000,
	}, async () => {
		await fc.assert(
			fc.asyncProperty(document, async ({ text }) => {
				const file = temp.path('inventory.json');
				await writeFile(file, text);
				const inventory = await loadInventory(file);
				await saveInventory(file, inventory, { force: true });
				expect(await readFile(file, 'utf8')).toBe(text);
			}),
			{ numRuns: RUNS },
		);
	});

	it('a document written by JSON.stringify (any indent) is written back byte for byte, and again on a second save', {
		timeout: 60_000,
	}, async () => {
		await fc.assert(
			fc.asyncProperty(document, async ({ text, indent }) => {
				const written = JSON.stringify(JSON.parse(text), null, indent);
				const file = temp.path('inventory.json');
				await writeFile(file, written);
				const inventory = await loadInventory(file);
				await saveInventory(file, inventory);
				const once = await readFile(file, 'utf8');
				expect(once).toBe(written);
				await saveInventory(file, await loadInventory(file));
				expect(await readFile(file, 'utf8')).toBe(once);
			}),
			{ numRuns: RUNS },
		);
	});
});
