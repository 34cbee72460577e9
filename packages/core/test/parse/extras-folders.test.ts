import { describe, expect, it } from 'vitest';
import { isExtrasFolder, ownerDir } from '../../src/group/path-parts.js';
import { parseMediaPath } from '../../src/index.js';
import { extraFolderType } from '../../src/parse/extras-folders.js';

/** One list of extras folders, read alike by the parser and by grouping. */
describe('extras folders', () => {
	it('reads a folder name whatever its case and separators', () => {
		for (const name of ['Behind The Scenes', 'behind.the.scenes', 'Behind_The_Scenes', 'BEHIND-THE-SCENES'])
			expect(extraFolderType(name)).toBe('behind-the-scenes');
		expect(extraFolderType('Bandes-annonces')).toBe('trailer');
		expect(extraFolderType('Scènes coupées')).toBe('deleted-scene');
		expect(extraFolderType('Sous-titres')).toBe('other');
		expect(extraFolderType('Heat (1995)')).toBeUndefined();
		expect(extraFolderType('Season 1')).toBeUndefined();
	});

	it('gives the parser and grouping the same answer for every folder', () => {
		const names = [
			'Featurette',
			'Subs',
			'Making Of',
			'theme-music',
			'Suppléments',
			'Films',
			'Saison 2',
			'Heat',
		];
		for (const name of names) {
			const path = `Films/Heat (1995)/${name}/clip.mkv`;
			const parsed = parseMediaPath(path);
			// An extras folder makes its file an extra of the film above, for the parser…
			expect(parsed.extra !== undefined, name).toBe(isExtrasFolder(name));
			// …and for grouping, which files it under the folder above.
			expect(ownerDir(`Films/Heat (1995)/${name}`) === 'Films/Heat (1995)', name).toBe(isExtrasFolder(name));
		}
	});
});
