import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { MetadataProvider } from '../src/index.js';
import { isProviderError } from '../src/index.js';
import { describeProviderContract } from '../src/testing/index.js';

/** `examples/custom-provider`, outside this package: loaded at run time so tsc keeps to the package. */
const exampleDir = fileURLToPath(new URL('../../../examples/custom-provider/', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

type CreateCsvProvider = (options: { file: string; name?: string }) => MetadataProvider;
const loadFactory = async (): Promise<CreateCsvProvider> => {
	const module = (await import(join(exampleDir, 'csv-provider.ts'))) as {
		createCsvProvider: CreateCsvProvider;
	};
	return module.createCsvProvider;
};

describeProviderContract('examples/custom-provider (CSV)', async () => ({
	provider: (await loadFactory())({ file: join(exampleDir, 'films.csv') }),
	knownMovie: { title: 'Le Dîner de cons', year: 1998, id: 9421 },
	knownSeries: { title: 'Kaamelott', year: 2005, id: 1590 },
}));

describe('examples/custom-provider', () => {
	const scratch = mkdtempSync(join(tmpdir(), 'vm-csv-'));
	afterAll(() => rmSync(scratch, { recursive: true, force: true }));

	it('runs with `node --import tsx` and prints every row and the stats', () => {
		const output = execFileSync(process.execPath, ['--import', 'tsx', join(exampleDir, 'enrich.ts')], {
			cwd: repoRoot,
			encoding: 'utf8',
		});
		const lines = output.split('\n');
		const row = (path: string): string | undefined => lines.find((line) => line.endsWith(`← ${path}`));
		expect(row('Films/The.Dinner.Game.1998.VOSTFR.720p.mkv')).toMatch(/^#9421 Le Dîner de cons \(1998\)/);
		expect(row('Films/Amelie.2001.MULTi.1080p.WEB-DL.mkv')).toMatch(/^#194 Le Fabuleux Destin/);
		expect(row('Films/Dune.2021.2160p.WEB-DL.DV.HDR.mkv')).toMatch(/^#438631 Dune \(2021\)/);
		expect(row('Films/Dune.mkv')).toMatch(/^\(no match\)/);
		expect(row('Videos/Anniversaire de Lea 2019.mp4')).toMatch(/^\(no match\)/);
		expect(row('Series/Kaamelott/Livre I/Kaamelott.S01E02.FRENCH.DVDRip.avi')).toMatch(/^#1590 Kaamelott/);
		expect(row('Films/Les.Visiteurs.1993.FRENCH.DVDRip.avi')).toMatch(/^#11687 .*set by hand/);
		expect(output).toMatch(/12 rows: 9 matched, 2 unmatched, 1 skipped, 0 failed/);
		expect(output).toMatch(/to review: Films\/Dune\.mkv \(ambiguous/);
	});

	it.each([
		['a wrong header', 'id,title\n1,Heat\n', /films\.csv: expected the header/],
		[
			'a bad id',
			'id,kind,title,original_title,year,aliases\nx,movie,Heat,,1995,\n',
			/films\.csv:2: id should be/,
		],
		[
			'a bad kind',
			'id,kind,title,original_title,year,aliases\n1,film,Heat,,1995,\n',
			/films\.csv:2: kind should be/,
		],
		[
			'an empty title',
			'id,kind,title,original_title,year,aliases\n1,movie, ,,1995,\n',
			/films\.csv:2: title is empty/,
		],
		[
			'a bad year',
			'id,kind,title,original_title,year,aliases\r\n1,movie,Heat,,95,\r\n',
			/films\.csv:2: year should/,
		],
	])('refuses a CSV with %s, naming the file and line', async (_, text, message) => {
		const file = join(scratch, 'films.csv');
		writeFileSync(file, text);
		const create = await loadFactory();
		let error: unknown;
		try {
			create({ file });
		} catch (failure) {
			error = failure;
		}
		expect(isProviderError(error)).toBe(true);
		expect((error as Error).message).toMatch(message);
	});

	it('reads quoted fields with commas, quotes and aliases', async () => {
		const file = join(scratch, 'quoted.csv');
		writeFileSync(
			file,
			'id,kind,title,original_title,year,aliases\n7,movie,"Crazy, Stupid, Love",,2011,"The ""Love"" Film|CSL"\n',
		);
		const provider = (await loadFactory())({ file, name: 'mine' });
		expect(provider.name).toBe('mine');
		expect(await provider.search({ kind: 'movie', title: 'Crazy Stupid Love' })).toEqual([
			{ id: 7, kind: 'movie', title: 'Crazy, Stupid, Love', aliases: ['The "Love" Film', 'CSL'], year: 2011 },
		]);
		expect(await provider.search({ kind: 'movie', title: '...' })).toEqual([]);
	});
});
