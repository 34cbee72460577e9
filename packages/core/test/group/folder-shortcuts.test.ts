import type { ParsedMedia } from '@vm/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { agreesWithFolder, folderFilm } from '../../src/group/folder-film.js';
import { groupingTitle } from '../../src/group/grouping-title.js';

const movie = (title: string, year?: number): ParsedMedia =>
	year === undefined ? { kind: 'movie', title, ids: {} } : { kind: 'movie', title, year, ids: {} };

/** `groupingTitle`, recording what it was asked to normalize. */
const spy = (): { seen: string[]; title: (text: string) => string } => {
	const seen: string[] = [];
	const title = (text: string): string => {
		seen.push(text);
		return groupingTitle(text);
	};
	return { seen, title };
};

const noParse = (): ParsedMedia => {
	throw new Error('the folder name was parsed');
};

describe('folder rule shortcuts', () => {
	it.each([
		['Le Château Nuit 12 (1987)', 'Le Château Nuit 12'],
		['Le.Château.Nuit.12.1987.MULTi.1080p.BluRay-GRP', 'Le Château Nuit 12'],
		['Amélie_Poulain_2001_[FR]', 'Amélie Poulain'],
		['Étoile Noire-(1987)', 'Étoile Noire'],
	])('agrees with %s without normalizing or parsing it', (folder, written) => {
		const year = Number(/\d{4}/.exec(folder.slice(written.length))?.[0]);
		const { seen, title } = spy();
		const members = [{ stem: 'x', parsed: movie(written, year), norm: groupingTitle(written) }];
		expect(folderFilm(folder, members, noParse, title)).toBeUndefined();
		expect(seen).not.toContain(folder);
		// What the shortcut stands for:
		expect(groupingTitle(folder).startsWith(`${groupingTitle(written)} ${year}`)).toBe(true);
	});

	it.each([
		// One word: the year could change which leading article is dropped.
		['Château (1987)', 'Château'],
		// A non-ASCII tail could take the normalizing down the other path.
		['Le Château Nuit (1987) Ré', 'Le Château Nuit'],
		// The year glued to a word.
		['Le Château Nuit 1987x', 'Le Château Nuit'],
	])('normalizes %s when the shortcut cannot tell', (folder, written) => {
		const { seen, title } = spy();
		const members = [{ stem: 'x', parsed: movie(written, 1987), norm: groupingTitle(written) }];
		const agrees = groupingTitle(folder).startsWith(`${groupingTitle(written)} 1987`);
		if (agrees) expect(folderFilm(folder, members, noParse, title)).toBeUndefined();
		else folderFilm(folder, members, () => movie(written, 1987), title);
		expect(seen).toContain(folder);
	});

	it.each([
		['Le Château Nuit 12 (1987)', ['Le Château Nuit 12'], 1987, true],
		['Heat (1995)', ['Heat', 'Heat'], 1995, true],
		['Heat (1995)', ['Heat', 'Movie'], 1995, false],
		['Heat (1995)', ['Heat', 'Ronin'], 1995, false],
		['Heat', ['Heat'], undefined, true],
		['H', ['H'], undefined, false],
	])(
		'agreesWithFolder(%s, %j, %s) is %s, and then folderFilm finds nothing to do',
		(folder, titles, year, agrees) => {
			const members = titles.map((written) => ({
				parsed: movie(written, year),
				norm: groupingTitle(written),
			}));
			expect(agreesWithFolder(folder, members)).toBe(agrees);
			if (agrees) {
				const withStems = members.map((member) => ({ ...member, stem: 'x' }));
				expect(folderFilm(folder, withStems, noParse)).toBeUndefined();
			}
		},
	);

	it('skips a year-less folder with more digits than its files’ title', () => {
		const { seen, title } = spy();
		const members = [{ stem: 'heat-grp', parsed: movie('heat'), norm: 'heat' }];
		const folder = 'Heat.1995.1080p-GRP';
		expect(folderFilm(folder, members, () => movie('Heat', 1995), title)).toEqual({
			norm: 'heat',
			year: 1995,
			display: 'Heat',
		});
		expect(seen).not.toContain(folder);
		expect(groupingTitle(folder)).not.toBe('heat');
	});

	it('title, separator, year and an ASCII tail normalize to the title and year first', () => {
		const word = fc.constantFrom(
			'Le',
			'la',
			"L'Odyssée",
			'Château',
			'Et',
			'II',
			'Amélie',
			'secret',
			'Ω',
			'd’Été',
			'&',
		);
		fc.assert(
			fc.property(
				fc.array(word, { minLength: 1, maxLength: 4 }),
				fc.constantFrom(' ', '.', '_'),
				fc.constantFrom(' ', '.', '_', '-', ' (', '.('),
				fc.integer({ min: 1000, max: 9999 }),
				fc.constantFrom('', ')', '.1080p-GRP', ']', ' & II', ".l'x"),
				(words, space, before, year, tail) => {
					const written = words.join(' ');
					const norm = groupingTitle(written);
					fc.pre(norm.includes(' '));
					const folder = `${words.join(space)}${before}${year}${tail}`;
					expect(groupingTitle(folder).startsWith(`${norm} ${year}`)).toBe(true);
				},
			),
		);
	});
});
