import type { MediaKind } from '../media.js';
import type { Candidate } from '../provider.js';

/** What is wrong with one candidate, as readable strings (empty when it is well-formed). Internal. */
export const candidateProblems = (candidate: Candidate, kind: MediaKind, at: string): string[] => {
	const problems: string[] = [];
	const value = candidate as unknown as {
		readonly [field: string]: unknown;
		readonly id?: unknown;
		readonly kind?: unknown;
		readonly title?: unknown;
		readonly originalTitle?: unknown;
		readonly aliases?: unknown;
		readonly year?: unknown;
		readonly popularity?: unknown;
	};
	if (!Number.isSafeInteger(value.id) || (value.id as number) <= 0) {
		problems.push(`${at}.id should be a positive integer, got ${JSON.stringify(value.id)}`);
	}
	if (value.kind !== kind) problems.push(`${at}.kind should be '${kind}', got ${JSON.stringify(value.kind)}`);
	if (typeof value.title !== 'string' || value.title.trim() === '') {
		problems.push(`${at}.title should be a non-empty string, got ${JSON.stringify(value.title)}`);
	}
	if (value.originalTitle !== undefined && typeof value.originalTitle !== 'string') {
		problems.push(`${at}.originalTitle should be a string when present`);
	}
	const aliases = value.aliases;
	if (
		aliases !== undefined &&
		!(Array.isArray(aliases) && aliases.every((alias) => typeof alias === 'string'))
	) {
		problems.push(`${at}.aliases should be an array of strings when present`);
	}
	const year = value.year;
	if (
		year !== undefined &&
		!(Number.isInteger(year) && (year as number) >= 1850 && (year as number) <= 2200)
	) {
		problems.push(`${at}.year should be a plausible integer year when present, got ${JSON.stringify(year)}`);
	}
	const popularity = value.popularity;
	if (
		popularity !== undefined &&
		!(typeof popularity === 'number' && Number.isFinite(popularity) && popularity >= 0)
	) {
		problems.push(
			`${at}.popularity should be a finite number ≥ 0 when present, got ${JSON.stringify(popularity)}`,
		);
	}
	for (const [key, field] of Object.entries(value)) {
		if (field === undefined) problems.push(`${at}.${key} is present but undefined (leave it out instead)`);
	}
	return problems;
};

/** {@link candidateProblems} of every candidate of a search answer, or why it is not an array. Internal. */
export const listProblems = (result: unknown, kind: MediaKind, at: string): string[] => {
	if (!Array.isArray(result)) return [`${at} should be an array, got ${typeof result}`];
	return result.flatMap((candidate: Candidate, index) =>
		candidateProblems(candidate, kind, `${at}[${index}]`),
	);
};

/** Every message, name and own field along an error's `cause` chain, to look for leaked secrets. Internal. */
export const errorText = (error: unknown, depth = 0): string => {
	if (depth > 5 || error === undefined || error === null) return '';
	if (typeof error !== 'object') return String(error);
	const parts = [
		String((error as { name?: unknown }).name),
		String((error as { message?: unknown }).message),
	];
	for (const [key, field] of Object.entries(error)) {
		if (key === 'cause') continue;
		try {
			parts.push(`${key}=${JSON.stringify(field)}`);
		} catch {
			parts.push(`${key}=${String(field)}`);
		}
	}
	return `${parts.join(' ')} ${errorText((error as { cause?: unknown }).cause, depth + 1)}`;
};
