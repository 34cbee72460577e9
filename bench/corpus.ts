/**
 * Reads the guessit-derived JSONL corpus (LGPL data, kept outside the repo) at run time.
 * Directory: env `VM_CORPUS_DIR`, else `../shared/corpus` relative to the repository root.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One guessit test case. */
export interface CorpusCase {
	readonly id: string;
	readonly input: string;
	readonly expected: Readonly<Record<string, unknown>>;
}

/** The corpus directory, from `VM_CORPUS_DIR` or next to the repository. */
export const corpusDir = (): string =>
	process.env.VM_CORPUS_DIR ??
	resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'corpus');

/** Read one JSONL file of the corpus; a bad line is an error naming the file and line. */
export function readCorpus(file: string): CorpusCase[] {
	const path = resolve(corpusDir(), file);
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		throw new Error(`[bench] cannot read corpus file ${path}; set VM_CORPUS_DIR to the corpus folder`, {
			cause: error,
		});
	}
	const cases: CorpusCase[] = [];
	for (const [index, line] of text.split('\n').entries()) {
		if (line.trim() === '') continue;
		try {
			cases.push(JSON.parse(line) as CorpusCase);
		} catch (error) {
			throw new Error(`[bench] ${path}:${index + 1} is not valid JSON`, { cause: error });
		}
	}
	return cases;
}
