/**
 * A custom `MetadataProvider` over a local CSV file: a personal catalogue, or titles no online
 * database has. It shows the whole seam in ~100 lines: a field-prefix `name`, its `kinds`, `search`,
 * the optional `getById`, abort support, and core's typed errors.
 *
 * CSV columns: `id,kind,title,original_title,year,aliases` (aliases separated by `|`).
 */
import { readFileSync } from 'node:fs';
// In your project: `from '@vm/core'`.
import {
	type Candidate,
	type MediaKind,
	type MetadataProvider,
	normalizeTitle,
	ProviderResponseError,
	type RequestOptions,
	type SearchQuery,
} from '../../packages/core/src/index.js';

export interface CsvProviderOptions {
	/** Path of the CSV file. */
	readonly file: string;
	/**
	 * Inventory field prefix: `local` writes `local_id`, `local_title`…
	 *
	 * @default 'local'
	 */
	readonly name?: string;
}

/** Splits CSV text into rows of fields (RFC 4180: quoted fields may hold commas, quotes and new lines). */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	for (let index = 0; index < text.length; index += 1) {
		const char = text[index];
		if (quoted) {
			if (char === '"' && text[index + 1] === '"') {
				field += '"';
				index += 1;
			} else if (char === '"') quoted = false;
			else field += char;
		} else if (char === '"') quoted = true;
		else if (char === ',') {
			row.push(field);
			field = '';
		} else if (char === '\n' || char === '\r') {
			if (char === '\r' && text[index + 1] === '\n') index += 1;
			row.push(field);
			if (row.some((value) => value !== '')) rows.push(row);
			row = [];
			field = '';
		} else field += char;
	}
	row.push(field);
	if (row.some((value) => value !== '')) rows.push(row);
	return rows;
}

/** Reads and checks the catalogue; a bad line throws a `ProviderResponseError` naming the file and line. */
function loadCatalogue(file: string, name: string): Candidate[] {
	const [header, ...lines] = parseCsv(readFileSync(file, 'utf8'));
	if (header?.join(',') !== 'id,kind,title,original_title,year,aliases') {
		throw new ProviderResponseError(
			`${file}: expected the header id,kind,title,original_title,year,aliases.`,
			{
				provider: name,
			},
		);
	}
	return lines.map(([id = '', kind = '', title = '', originalTitle = '', year = '', aliases = ''], index) => {
		const bad = (what: string): never => {
			throw new ProviderResponseError(`${file}:${index + 2}: ${what}.`, { provider: name });
		};
		if (!/^[1-9]\d*$/.test(id)) bad(`id should be a positive integer, got "${id}"`);
		if (kind !== 'movie' && kind !== 'series') bad(`kind should be movie or series, got "${kind}"`);
		if (title.trim() === '') bad('title is empty');
		if (year !== '' && !/^\d{4}$/.test(year)) bad(`year should have four digits, got "${year}"`);
		const others = aliases.split('|').filter((alias) => alias.trim() !== '');
		return {
			id: Number(id),
			kind: kind as MediaKind,
			title,
			...(originalTitle === '' ? {} : { originalTitle }),
			...(others.length === 0 ? {} : { aliases: others }),
			...(year === '' ? {} : { year: Number(year) }),
		};
	});
}

const names = (candidate: Candidate): string[] => [
	candidate.title,
	...(candidate.originalTitle === undefined ? [] : [candidate.originalTitle]),
	...(candidate.aliases ?? []),
];

/** Creates the provider. The file is read once, here: a bad file fails fast. */
export function createCsvProvider(options: CsvProviderOptions): MetadataProvider {
	const name = options.name ?? 'local';
	const catalogue = loadCatalogue(options.file, name);
	const copy = (candidate: Candidate): Candidate => ({
		...candidate,
		...(candidate.aliases === undefined ? {} : { aliases: [...candidate.aliases] }),
	});
	return {
		name,
		kinds: ['movie', 'series'],
		// Like TMDB: every word of the query must appear in one of the titles; the year only narrows.
		// Ranking is not our job: enrichInventory scores the candidates with pickBestMatch.
		async search(query: SearchQuery, request: RequestOptions = {}): Promise<Candidate[]> {
			request.signal?.throwIfAborted();
			const wanted = normalizeTitle(query.title).split(' ').filter(Boolean);
			if (wanted.length === 0) return [];
			return catalogue
				.filter((candidate) => candidate.kind === query.kind)
				.filter((candidate) => query.year === undefined || candidate.year === query.year)
				.filter((candidate) =>
					names(candidate).some((title) => {
						const words = new Set(normalizeTitle(title).split(' '));
						return wanted.every((word) => words.has(word));
					}),
				)
				.map(copy);
		},
		async getById(kind: MediaKind, id: number, request: RequestOptions = {}): Promise<Candidate | undefined> {
			request.signal?.throwIfAborted();
			const found = catalogue.find((candidate) => candidate.kind === kind && candidate.id === id);
			return found === undefined ? undefined : copy(found);
		},
	};
}
