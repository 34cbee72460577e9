import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../src/parse/clean-title.js';
import { endAt, startAt, tokenize } from '../../src/parse/tokenize.js';

const wordChar = (text: string, index: number): boolean =>
	index >= 0 && index < text.length && /[\p{L}\p{N}\u0080-\uffff]/u.test(text[index] as string);

/**
 * The title rules spelled out on the text alone: `_` as a space, dot runs as a space, single dots as
 * spaces in a dotted title (more dots than spaces, or no space) unless between two single characters
 * (`S.H.I.E.L.D`), then trimmed of ` -.,_:;~+` and runs of spaces folded.
 */
const reference = (raw: string): string => {
	let text = raw.replaceAll('_', ' ').replace(/\.{2,}/g, ' ');
	const dots = [...text].filter((char) => char === '.').length;
	const spaces = [...text].filter((char) => char === ' ').length;
	if (dots > 0 && (spaces === 0 || dots > spaces)) {
		let out = '';
		for (let index = 0; index < text.length; index++) {
			const acronym =
				wordChar(text, index - 1) &&
				!wordChar(text, index - 2) &&
				wordChar(text, index + 1) &&
				!wordChar(text, index + 2);
			out += text[index] === '.' && !acronym ? ' ' : text[index];
		}
		text = out;
	}
	return text.replace(/^[ \-.,_:;~+]+|[ \-.,_:;~+]+$/g, '').replace(/ {2,}/g, ' ');
};

describe('cleanTitle: the words of a title back as text', () => {
	it('reads any run of words as the rules on its text do (single-separator titles take a shorter path)', () => {
		fc.assert(
			fc.property(
				fc.string({
					unit: fc.constantFrom('a', 'B', 'é', 'K', 'İ', '1', '+', '!', '.', ' ', '_', '-', '..'),
					maxLength: 24,
				}),
				fc.nat(),
				fc.nat(),
				(name, a, b) => {
					const words = tokenize(name);
					if (words.count === 0) return;
					const from = a % words.count;
					const to = from + 1 + (b % (words.count - from));
					const text = name.slice(startAt(words, from), endAt(words, to - 1));
					expect(cleanTitle(words, from, to)).toBe(reference(text));
				},
			),
			{ numRuns: 2000 },
		);
	});

	it('keeps the dots of an acronym and turns the others into spaces', () => {
		const words = tokenize('Marvels.Agents.of.S.H.I.E.L.D.S01E01');
		expect(cleanTitle(words, 0, 9)).toBe('Marvels Agents of S.H.I.E.L.D');
	});
});
