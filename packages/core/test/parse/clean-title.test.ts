import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../src/parse/clean-title.js';
import { endAt, startAt, tokenize } from '../../src/parse/tokenize.js';

const wordChar = (text: string, index: number): boolean =>
	index >= 0 && index < text.length && /[\p{L}\p{N}\u0080-\uffff]/u.test(text[index] as string);

/**
 * Whether the character at `index` is a French elision letter followed by one separator and a word of
 * two characters or more that opens with a vowel, an `h` or a non-ASCII letter other than `ç`.
 */
const elision = (text: string, index: number): boolean =>
	/^[ldjmnstc][. _][aeiouyh\u0080-\uffff]/iu.test(text.slice(index, index + 3)) &&
	!/^ç$/i.test(text[index + 2] as string) &&
	wordChar(text, index + 3);

/**
 * The title rules spelled out on the text alone: `_` as a space, dot runs as a space, single dots as
 * spaces in a dotted title (more dots than spaces, or no space) unless between two single characters
 * (`S.H.I.E.L.D`) the second of which is no French elision (`A.L.Ecole` is `A L Ecole`), then trimmed of
 * ` -.,_:;~+` and runs of spaces folded.
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
				!wordChar(text, index + 2) &&
				!elision(text, index + 1);
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
					unit: fc.constantFrom(
						'a',
						'B',
						'é',
						'K',
						'İ',
						'1',
						'l',
						'D',
						'h',
						'ç',
						'+',
						'!',
						'.',
						' ',
						'_',
						'-',
						'..',
					),
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

	it("reads a French elision after a single letter as a word, not as an acronym's end", () => {
		const title = (name: string): string => {
			const words = tokenize(name);
			return cleanTitle(words, 0, words.count);
		};
		expect(title('Harry.Potter.A.L.Ecole.Des.Sorciers')).toBe('Harry Potter A L Ecole Des Sorciers');
		expect(title('Star.Wars.Episode.V.L.Empire.Contre.Attaque')).toBe(
			'Star Wars Episode V L Empire Contre Attaque',
		);
		expect(title('E.T.L.Extra-Terrestre')).toBe('E.T L Extra-Terrestre');
		expect(title('A.L.Hôtel')).toBe('A L Hôtel');
		// The same where the gaps differ (a dashed subtitle), which takes the other path.
		expect(title('Star.Wars - Episode.V.L.Empire')).toBe('Star Wars - Episode V L Empire');
		expect(title('Star.Wars - L.A.Story')).toBe('Star Wars - L.A Story');
		// An acronym ends with a letter French does not elide, or before a consonant or `ç`.
		expect(title('L.A.Confidential')).toBe('L.A Confidential');
		expect(title('U.S.Marshals')).toBe('U.S Marshals');
		expect(title('A.L.Ça')).toBe('A.L Ça');
		expect(title('M.A.S.H')).toBe('M.A.S.H');
	});
});
