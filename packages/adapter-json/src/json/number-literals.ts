import { readJsonValue } from './json-reader.js';

/**
 * A number whose source text JSON.parse cannot reproduce (`1e21`, `-0`, `1.50`, an integer beyond 2^53),
 * with where it sits and the value JSON.parse gave it.
 *
 * @example
 * ```ts
 * import type { NumberLiteral } from '@vm/adapter-json';
 * const literal: NumberLiteral = { path: ['size'], text: '9007199254740993', value: 9007199254740992 };
 * ```
 */
export interface NumberLiteral {
	/** Keys and indexes from the row (or, for other top-level fields, from the document root). */
	readonly path: readonly (string | number)[];
	/** The number exactly as written in the file. */
	readonly text: string;
	/** What JSON.parse made of it: the literal is written back only while the value is still this one. */
	readonly value: number;
}

/** Where the lossy number literals of an inventory document are. */
export interface LiteralScan {
	/** Row index → the row's lossy literals (paths relative to the row). */
	readonly rows: Map<number, NumberLiteral[]>;
	/** Lossy literals of the other top-level fields (paths from the root). */
	readonly fields: NumberLiteral[];
	/** Offset of the first row's first character, if there is a row. */
	readonly firstRowStart: number | undefined;
	/** Offsets of the rows' first characters when lossy literals were found (else only the first row). */
	readonly rowStarts: number[];
}

/**
 * Sticky: skip up to 256 runs of strings or of characters that cannot start a number, then capture one
 * number if there is one. Outside strings, `-` and digits only occur in numbers (`true`, `false`, `null`
 * have none), so every number of the document is captured, and nothing inside a string. Runs (`+`)
 * and the bound keep the regexp engine's backtracking stack small, even for megabytes without a number.
 */
const NEXT_NUMBER = /(?:"(?:[^"\\]+|\\.)*"|[^"\-\d]+){0,256}(-?\d[\d.eE+-]*)?/y;

/**
 * Offsets of the non-canonical number literals of a valid JSON text. A regular expression does the
 * scanning (several times faster than a character loop in JavaScript); `undefined` if it gave up (the
 * engine's stack on some pathological input), in which case the caller scans by hand.
 */
function findLossyNumbers(text: string): number[] | undefined {
	const offsets: number[] = [];
	const pattern = new RegExp(NEXT_NUMBER);
	try {
		for (let match = pattern.exec(text); match !== null && match[0].length > 0; match = pattern.exec(text)) {
			const literal = match[1];
			if (literal !== undefined && !isCanonicalNumber(literal))
				offsets.push(pattern.lastIndex - literal.length);
		}
	} catch {
		return undefined;
	}
	return pattern.lastIndex === text.length ? offsets : undefined;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
// digits . + - e E
const isNumberChar = (code: number): boolean =>
	isDigit(code) || code === 46 || code === 43 || code === 45 || code === 101 || code === 69;

/** True when `JSON.stringify(JSON.parse(text)) === text` for this number literal. */
export function isCanonicalNumber(text: string): boolean {
	const length = text.length;
	if (length <= 15) {
		let index = text.charCodeAt(0) === 45 ? 1 : 0;
		if (index === 1 && text === '-0') return false;
		while (index < length && isDigit(text.charCodeAt(index))) index++;
		if (index === length) return true;
	}
	return JSON.stringify(Number(text)) === text;
}

/**
 * A copy of a substring that does not keep the whole document alive: V8 represents a long `slice` as a
 * view into its parent, which would pin a 200 MB text in memory for one 20-digit literal.
 */
function detach(literal: string): string {
	return Buffer.from(literal, 'latin1').toString('latin1');
}

function endOfString(text: string, start: number): number {
	let end = text.indexOf('"', start + 1);
	for (;;) {
		let backslashes = 0;
		while (text.charCodeAt(end - 1 - backslashes) === 92) backslashes++;
		if (backslashes % 2 === 0) return end;
		end = text.indexOf('"', end + 1);
	}
}

function collect(text: string, start: number, prefix: readonly (string | number)[]): NumberLiteral[] {
	const found = new Map<string, NumberLiteral>();
	readJsonValue(text, start, (path, literal) => {
		const key = JSON.stringify(path);
		// Duplicate keys: the last one wins, as in JSON.parse.
		if (isCanonicalNumber(literal)) found.delete(key);
		else found.set(key, { path: [...prefix, ...path], text: detach(literal), value: Number(literal) });
	});
	return [...found.values()];
}

/**
 * Find the number literals of a valid JSON inventory document that JSON.parse would not write back
 * as they were. A regular expression finds them; only when there are some does a structural pass
 * (strings skipped with `indexOf`) locate the rows, and only the rows and fields holding one are read
 * again, with paths.
 *
 * @param rootIsArray - the document is a bare array of rows (else an object whose `items` holds them).
 */
export function scanNumberLiterals(text: string, rootIsArray: boolean): LiteralScan {
	const found = findLossyNumbers(text);
	// Nothing to preserve (the usual case): only the first row's position is needed (for the layout).
	const firstRowOnly = found !== undefined && found.length === 0;
	const rowsDepth = rootIsArray ? 1 : 2;
	const lossy: number[] = [];
	const fieldStarts: { key: string; start: number }[] = [];
	let rowStarts: number[] = [];
	let itemsStart = -1;
	let itemsEnd = -1;
	let inItems = false;
	let depth = 0;
	let keyStart = -1;
	let keyEnd = -1;
	let currentKey = '';
	const length = text.length;
	for (let index = 0; index < length; index++) {
		const code = text.charCodeAt(index);
		if (code === 34) {
			const end = endOfString(text, index);
			if (depth === 1 && !rootIsArray) {
				keyStart = index;
				keyEnd = end + 1;
			}
			index = end;
		} else if (code === 58) {
			if (depth === 1 && !rootIsArray) {
				currentKey = JSON.parse(text.slice(keyStart, keyEnd)) as string;
				fieldStarts.push({ key: currentKey, start: index + 1 });
			}
		} else if (code === 123 || code === 91) {
			if (inItems && depth === rowsDepth) {
				rowStarts.push(index);
				if (firstRowOnly) break;
			} else if (code === 91 && depth === rowsDepth - 1 && (rootIsArray || currentKey === 'items')) {
				inItems = true;
				itemsStart = index;
				rowStarts = [];
			}
			depth++;
		} else if (code === 125 || code === 93) {
			depth--;
			if (inItems && depth === rowsDepth - 1) {
				inItems = false;
				itemsEnd = index;
			}
		} else if (code === 45 || isDigit(code)) {
			let end = index + 1;
			while (isNumberChar(text.charCodeAt(end))) end++;
			if (found === undefined && !isCanonicalNumber(text.slice(index, end))) lossy.push(index);
			index = end - 1;
		}
	}

	const rows = new Map<number, NumberLiteral[]>();
	const fields: NumberLiteral[] = [];
	const fieldsRead = new Set<number>();
	const fieldOffsets = fieldStarts.map((entry) => entry.start);
	for (const offset of found ?? lossy) {
		if (offset > itemsStart && offset < itemsEnd) {
			const row = lastAtOrBefore(rowStarts, offset);
			const rowStart = rowStarts[row];
			if (rowStart !== undefined && !rows.has(row)) rows.set(row, collect(text, rowStart, []));
		} else if (!rootIsArray) {
			const field = lastAtOrBefore(fieldOffsets, offset);
			const entry = fieldStarts[field];
			if (entry !== undefined && entry.key !== 'items' && !fieldsRead.has(field)) {
				fieldsRead.add(field);
				fields.push(...collect(text, entry.start, [entry.key]));
			}
		}
	}
	return { rows, fields, firstRowStart: rowStarts[0], rowStarts };
}

/** Index of the last element `<= value` in an ascending array (-1 if none). */
function lastAtOrBefore(sorted: readonly number[], value: number): number {
	let low = 0;
	let high = sorted.length - 1;
	let found = -1;
	while (low <= high) {
		const middle = (low + high) >>> 1;
		if ((sorted[middle] as number) <= value) {
			found = middle;
			low = middle + 1;
		} else high = middle - 1;
	}
	return found;
}
