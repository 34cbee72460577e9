import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root (`packages/core/test/helpers` → four levels up). */
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

const { VM_CORPUS_DIR } = process.env;

/**
 * Folder of the shared corpus: `VM_CORPUS_DIR`, else `../shared/corpus` next to the repository. The
 * corpus is GPL/LGPL test data: read at run time, never copied into the repository.
 */
export const corpusDir: string = VM_CORPUS_DIR ?? resolve(repoRoot, '../shared/corpus');

/** A corpus file parsed as JSON, or `undefined` (with the path tried) when it is absent. */
export const loadCorpus = <V>(name: string): { path: string; data: V | undefined } => {
	const path = join(corpusDir, name);
	return { path, data: existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as V) : undefined };
};

/** One case of `jellyfin-grouping.json` (GROUPING-ANCHORS.md §7), the fields these tests read. */
export interface GroupingCase {
	id: string;
	api: string;
	files: string[];
	expected: { checks?: { select: unknown; primaryContains?: string }[] };
	implied: {
		groups?: string[][];
		extras?: { path: string; type: string }[];
		notVideo?: string[];
		stacks?: ({ name: string; files: string[] } | string[])[];
		unstacked?: string[];
	};
}

/** The vectors of `jellyfin-naming-vectors.json` these tests read. */
export interface NamingVectors {
	extras: { cases: { path: string; expected: string | null; libraryRoot?: string }[] };
	providerIdTags: { cases: { input: string; attribute: string; expected: string | null }[] };
}
