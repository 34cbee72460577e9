import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_YEAR, type ParsedMedia, parseMediaPath } from '../src/index.js';

const RESOLUTIONS = new Set(['480p', '576p', '720p', '1080p', '2160p', '4320p']);
const EXTRAS = new Set([
	'sample',
	'trailer',
	'featurette',
	'behind-the-scenes',
	'deleted-scene',
	'interview',
	'short',
	'other',
]);
const EDGE = ' -._,;:~+';

/** What every result must satisfy, whatever the input. */
function expectInvariants(parsed: ParsedMedia, maxYear = DEFAULT_MAX_YEAR): void {
	expect(['movie', 'episode']).toContain(parsed.kind);
	expect(typeof parsed.title).toBe('string');
	if (parsed.title !== '') {
		expect(EDGE).not.toContain(parsed.title.charAt(0));
		expect(EDGE).not.toContain(parsed.title.charAt(parsed.title.length - 1));
		expect(parsed.title).not.toContain('  ');
	}
	if (parsed.year !== undefined) {
		expect(Number.isInteger(parsed.year)).toBe(true);
		expect(parsed.year).toBeGreaterThanOrEqual(1900);
		expect(parsed.year).toBeLessThanOrEqual(maxYear);
	}
	if (parsed.resolution !== undefined) expect(RESOLUTIONS.has(parsed.resolution)).toBe(true);
	if (parsed.extra !== undefined) expect(EXTRAS.has(parsed.extra)).toBe(true);
	if (parsed.season !== undefined) expect(Number.isInteger(parsed.season) && parsed.season >= 0).toBe(true);
	if (parsed.episodes !== undefined) {
		expect(parsed.episodes.length).toBeGreaterThan(0);
		expect(parsed.episodes.length).toBeLessThanOrEqual(200);
		for (const episode of parsed.episodes) expect(Number.isInteger(episode) && episode >= 0).toBe(true);
	}
	if (parsed.kind === 'movie') {
		expect(parsed.season).toBeUndefined();
		expect(parsed.episodes).toBeUndefined();
	}
	if (parsed.date !== undefined) expect(parsed.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	if (parsed.part !== undefined) expect(parsed.part).toBeGreaterThan(0);
	if (parsed.ids.tmdb !== undefined) expect(Number.isSafeInteger(parsed.ids.tmdb)).toBe(true);
	if (parsed.ids.tvdb !== undefined) expect(Number.isSafeInteger(parsed.ids.tvdb)).toBe(true);
	if (parsed.ids.imdb !== undefined) expect(parsed.ids.imdb).toMatch(/^tt\d{7,8}$/);
}

/** Words release names are made of, to reach the parser's rules more often than random text does. */
const word = fc.constantFrom(
	'The',
	'Matrix',
	'1999',
	'2049',
	'S01E02',
	'1x03',
	'E05',
	'1080p',
	'4K',
	'BluRay',
	'WEB-DL',
	'x264',
	'FRENCH',
	'MULTi',
	'VOSTFR',
	'Part',
	'II',
	'cd1',
	'-trailer',
	'sample',
	'Season',
	'2',
	'[Group]',
	'(2010)',
	'{tmdb-603}',
	'[imdbid-tt0133093]',
	'{edition-Final Cut}',
	'www',
	'com',
	'-',
	'24',
	'307',
	'2014.03.25',
	'VIDEO_TS',
	'Extras',
	'movie',
	'ÉtÉ',
	"L'Été",
	'&',
	'',
);
const separator = fc.constantFrom('.', ' ', '_', '-', ' - ', '/', '\\', '', '[', ']', '(', ')', '{', '}');
const releaseLike = fc
	.array(fc.tuple(word, separator), { maxLength: 24 })
	.map((parts) => parts.map(([text, sep]) => text + sep).join(''));

// Property runs do thousands of parses: give them room on a loaded CI machine (nothing here asserts on time).
describe('parseMediaPath properties', { timeout: 60_000 }, () => {
	it('never throws on arbitrary unicode, and its output holds the invariants', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (input) => {
				expectInvariants(parseMediaPath(input));
			}),
			{ numRuns: 1000 },
		);
	});

	it('never throws on release-like names, and its output holds the invariants', () => {
		fc.assert(
			fc.property(releaseLike, (input) => {
				expectInvariants(parseMediaPath(input));
			}),
			{ numRuns: 2000 },
		);
	});

	it('honours maxYear', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1900, max: 2200 }),
				fc.integer({ min: 1900, max: 2200 }),
				(year, maxYear) => {
					const parsed = parseMediaPath(`Some.Movie.${year}.1080p.mkv`, { maxYear });
					expectInvariants(parsed, maxYear);
					expect(parsed.year).toBe(year <= maxYear ? year : undefined);
				},
			),
		);
	});

	it('accepts separator-only and empty inputs', () => {
		for (const input of ['', '.', '/', '\\', ' - ', '[]', '()', '{}', '....', '/////', '-_-_-', '..mkv']) {
			const parsed = parseMediaPath(input);
			expectInvariants(parsed);
			expect(parsed.title).toBe('');
		}
	});

	it('is a total function even for values that are not strings at run time', () => {
		expectInvariants(parseMediaPath(undefined as unknown as string));
		expectInvariants(parseMediaPath(42 as unknown as string));
	});

	it('caps chained ranges at 200 numbers in all (each range alone stops at 100)', () => {
		// Found by the release-like property: two chained ranges once listed 201 episodes.
		expect(parseMediaPath('E05-307-307.').episodes).toEqual(Array.from({ length: 200 }, (_, i) => i + 5));
		expect(parseMediaPath('Show.S01E01-E150-E300.mkv').episodes).toHaveLength(200);
		expect(parseMediaPath('Show S01-S150-S300').seasons).toHaveLength(200);
	});

	describe('adversarial 100,000-character inputs finish (linear-time scanning)', () => {
		const size = 100_000;
		const inputs: [string, string][] = [
			['dots', '.'.repeat(size)],
			['dashes', '-'.repeat(size)],
			['spaces', ' '.repeat(size)],
			['mixed separators', ' .-_'.repeat(size / 4)],
			['digits', '1'.repeat(size)],
			['dotted digits', '1.'.repeat(size / 2)],
			['years', '1999.'.repeat(size / 5)],
			['open brackets', '['.repeat(size)],
			['open braces', '{'.repeat(size)],
			['nested brackets', `${'[('.repeat(size / 4)}${')]'.repeat(size / 4)}`],
			['unclosed id tags', '{tmdb-'.repeat(size / 6)],
			['id tags', '{tmdb-1}'.repeat(size / 8)],
			['S01E repeats', 'S01E'.repeat(size / 4)],
			['episode list', `Show.S01${'E01'.repeat(size / 3)}`],
			['episode range chain', `Show.S01E01${'-E02'.repeat(size / 4)}`],
			['folders', 'a/'.repeat(size / 2)],
			['backslashes', '\\'.repeat(size)],
			['one long word', 'a'.repeat(size)],
			['tags', '1080p.'.repeat(size / 6)],
			['anime dashes', `[G] Show${' - 1'.repeat(size / 4)}`],
			['apostrophes', "l'".repeat(size / 2)],
			['www', 'www.'.repeat(size / 4)],
			['weak tags', `Title.${'hd.'.repeat(size / 3)}`],
			['weak tags after an episode', `Show.S01E01.${'Real.'.repeat(size / 5)}`],
			['languages and years', `Title.${'French.2010.'.repeat(size / 12)}`],
			['title splits', 'a - '.repeat(size / 4)],
			['season chain', `Show.S01${'-S02'.repeat(size / 4)}`],
			['dashed numbers', `Show ${'1-'.repeat(size / 2)}`],
			['reversed markers', `${'p0801.'.repeat(size / 6)}70E10S`],
		];
		it.each(inputs)('%s', (_name, input) => {
			expect(input.length).toBeGreaterThanOrEqual(size - 10);
			expectInvariants(parseMediaPath(input));
		});

		it('reads them normally (no fallback result)', () => {
			expect(parseMediaPath(`Title.${'hd.'.repeat(size / 3)}`).title).toMatch(/^Title hd/);
			expect(parseMediaPath(`Show.S01E01${'-E02'.repeat(size / 4)}`).episodes).toEqual([1, 2]);
		});
	});
});
