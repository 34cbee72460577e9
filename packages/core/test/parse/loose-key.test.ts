import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looseKey } from '../../src/parse/loose-key.js';
import { spellLetters } from '../helpers/letter-folds.js';

/**
 * What a loose key is, written the slow way: lowered, NFKD-normalized, combining marks and apostrophes
 * dropped, `œ`, `æ`, `ß`… spelled in ASCII, every other run of characters that are neither ASCII
 * letters and digits nor non-ASCII made one space, and the ends trimmed.
 */
const reference = (title: string): string =>
	spellLetters(
		title
			.toLowerCase()
			.normalize('NFKD')
			.replace(/[\u0300-\u036f']/g, ''),
	)
		.replace(/[^a-z0-9\u0080-\uffff]+/g, ' ')
		.trim();

/** Characters where the fast paths could go wrong: Latin-1 (each folded by a table), marks, separators. */
const tricky = fc.oneof(
	fc.integer({ min: 0x80, max: 0xff }).map((code) => String.fromCharCode(code)),
	fc.constantFrom(
		'a',
		'Z',
		'7',
		' ',
		'  ',
		'.',
		'-',
		"'",
		'\u0301',
		'\u0327',
		'İ',
		'Σ',
		'µ',
		'½',
		'œ',
		'ǅ',
		'😀',
	),
);

describe('looseKey', () => {
	it('reads titles as written in libraries', () => {
		expect(looseKey('Les Guerre Ghost 0')).toBe('les guerre ghost 0');
		expect(looseKey('Château Étoile')).toBe('chateau etoile');
		expect(looseKey("L'Été  d'Amélie - 2")).toBe('lete damelie 2');
		expect(looseKey(' Spaced  out ')).toBe('spaced out');
		expect(looseKey('Ça½')).toBe('ca1⁄2');
		expect(looseKey('')).toBe('');
	});

	it('is the slow definition for any Latin-1 heavy title', () => {
		fc.assert(
			fc.property(fc.array(tricky, { maxLength: 16 }), (parts) => {
				const title = parts.join('');
				expect(looseKey(title)).toBe(reference(title));
			}),
			{ numRuns: 2000 },
		);
	});

	it('is the slow definition for any text', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (title) => {
				expect(looseKey(title)).toBe(reference(title));
			}),
		);
	});
});
