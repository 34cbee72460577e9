import type { ValidationIssue } from '../errors/adapter-json-error.js';
import { JsonValidationError } from '../errors/adapter-json-error.js';
import { describeValue } from '../json/describe-value.js';
import { findDuplicates } from './find-duplicates.js';

const MAX_ISSUES = 50;
const SHOWN_IN_MESSAGE = 3;

type Check = (value: unknown) => string | undefined;

const integer = (value: unknown): boolean => typeof value === 'number' && Number.isInteger(value);
const nonNegativeInteger: Check = (value) =>
	integer(value) && (value as number) >= 0 ? undefined : 'must be a non-negative integer';
const idOrNull: Check = (value) =>
	value === null || (integer(value) && (value as number) > 0)
		? undefined
		: 'must be a positive integer or null';
const mediaKind: Check = (value) =>
	value === 'movie' || value === 'series' ? undefined : 'must be "movie" or "series"';
const string: Check = (value) => (typeof value === 'string' ? undefined : 'must be a string');
const year: Check = (value) => (integer(value) ? undefined : 'must be an integer year');

/** Checks of the fields core's `InventoryItem` declares; any other field is the application's and is not checked. */
const FIELD_CHECKS: Readonly<Record<string, Check | undefined>> = Object.assign(
	Object.create(null) as object,
	{
		size: nonNegativeInteger,
		tmdb_id: idOrNull,
		tmdb_type: mediaKind,
		tmdb_title: string,
		tmdb_year: year,
		tvdb_id: idOrNull,
		tvdb_type: mediaKind,
		tvdb_title: string,
		tvdb_year: year,
	},
);

/** `items[42]` for the object shape, `[42]` for a bare array. */
export const rowLabel = (container: string, index: number): string => `${container}[${index}]`;

/**
 * Validate inventory rows; throw a {@link JsonValidationError} listing up to 50 problems (row index,
 * field, value), with `DUPLICATE_PATH` when duplicate paths are the only problem.
 */
export function validateRows(rows: readonly unknown[], file: string, container: string): void {
	const issues: (ValidationIssue & { row: number })[] = [];
	let problems = 0;
	let onlyDuplicates = true;
	const add = (row: number, at: string, message: string, duplicate = false): void => {
		problems++;
		if (!duplicate) onlyDuplicates = false;
		if (issues.length < MAX_ISSUES) issues.push({ row, at, message });
	};
	const paths: (string | undefined)[] = new Array(rows.length);
	for (let index = 0; index < rows.length; index++) {
		const row = rows[index];
		if (typeof row !== 'object' || row === null || Array.isArray(row)) {
			add(index, rowLabel(container, index), `must be an object, got ${describeValue(row)}`);
			continue;
		}
		const record = row as Record<string, unknown> & { path?: unknown };
		const path = record.path;
		if (typeof path !== 'string' || path.length === 0) {
			add(
				index,
				`${rowLabel(container, index)}.path`,
				`must be a non-empty string, got ${describeValue(path)}`,
			);
		} else paths[index] = path;
		// Only the row's own fields are visited (a row has a few), in file order.
		for (const field in record) {
			const check = FIELD_CHECKS[field];
			const value = record[field];
			if (check === undefined || value === undefined) continue;
			const problem = check(value);
			if (problem !== undefined)
				add(index, `${rowLabel(container, index)}.${field}`, `${problem}, got ${describeValue(value)}`);
		}
	}
	for (const [first, duplicate] of findDuplicates(paths)) {
		const label = `${rowLabel(container, duplicate)}.path`;
		add(
			duplicate,
			label,
			`duplicates ${rowLabel(container, first)}.path (${describeValue(paths[first])})`,
			true,
		);
	}
	if (problems === 0) return;
	// Row order (a stable sort: within a row, type problems in file order, then a duplicate path).
	issues.sort((a, b) => a.row - b.row);
	const kept = issues.slice(0, MAX_ISSUES).map(({ at, message }) => ({ at, message }));
	const shown = kept
		.slice(0, SHOWN_IN_MESSAGE)
		.map((issue) => `${issue.at} ${issue.message}`)
		.join('; ');
	const more = problems > SHOWN_IN_MESSAGE ? ` (and ${problems - SHOWN_IN_MESSAGE} more problems)` : '';
	throw new JsonValidationError(`${file}: ${shown}${more}.`, {
		file,
		issues: kept,
		code: onlyDuplicates ? 'DUPLICATE_PATH' : 'INVALID_INVENTORY',
	});
}
