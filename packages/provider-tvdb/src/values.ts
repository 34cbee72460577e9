/**
 * Defensive readers for TheTVDB's loosely typed JSON (ids and years arrive as strings or numbers).
 *
 * @packageDocumentation
 */

/** A positive integer id from `194031` or `"194031"`; `undefined` for anything else. */
export function readId(value: unknown): number | undefined {
	if (typeof value === 'number') return Number.isSafeInteger(value) && value > 0 ? value : undefined;
	if (typeof value === 'string' && /^\d{1,15}$/.test(value.trim())) {
		const id = Number(value.trim());
		return id > 0 ? id : undefined;
	}
	return undefined;
}

/** A non-negative integer (season or episode number) from a number or a digit string. */
export function readCount(value: unknown): number | undefined {
	if (typeof value === 'number') return Number.isSafeInteger(value) && value >= 0 ? value : undefined;
	if (typeof value === 'string' && /^\d{1,9}$/.test(value.trim())) return Number(value.trim());
	return undefined;
}

/** A plausible year (1870–2200) from `2011`, `"2011"` or a date such as `"2011-01-09"`. */
export function readYear(value: unknown): number | undefined {
	let year: number | undefined;
	if (typeof value === 'number') year = value;
	else if (typeof value === 'string') {
		const match = /^\s*(\d{4})(?:\b|-)/.exec(value);
		if (match?.[1] !== undefined) year = Number(match[1]);
	}
	return year !== undefined && Number.isInteger(year) && year >= 1870 && year <= 2200 ? year : undefined;
}

/** A trimmed non-empty string, or `undefined`. */
export function readText(value: unknown): string | undefined {
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	return text === '' ? undefined : text;
}

/** A finite number, or `undefined`. */
export function readNumber(value: unknown): number | undefined {
	return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The value when it is an array, else an empty array. */
export function readArray(value: unknown): readonly unknown[] {
	return Array.isArray(value) ? value : [];
}

/** The value when it is a plain object, else `undefined`. */
export function readObject(value: unknown): Readonly<Record<string, unknown>> | undefined {
	return typeof value === 'object' && value !== null && !Array.isArray(value)
		? (value as Record<string, unknown>)
		: undefined;
}

/** Distinct strings in first-seen order, without the excluded ones (compared case-insensitively). */
export function distinctTexts(
	values: Iterable<string>,
	exclude: Iterable<string | undefined> = [],
): string[] {
	const seen = new Set<string>();
	for (const value of exclude) if (value !== undefined) seen.add(value.toLowerCase());
	const out: string[] = [];
	for (const value of values) {
		const key = value.toLowerCase();
		if (seen.has(key)) continue;
		seen.add(key);
		out.push(value);
	}
	return out;
}

/** `value[key]` when `value` is a plain object, else `undefined`. */
export function field(value: unknown, key: string): unknown {
	return readObject(value)?.[key];
}
