const MAX_SHOWN = 60;

/**
 * Describe a value for an error message: `null`, `42`, `"Films/x.mkv"` (truncated), `an array`,
 * `an empty string`. Never use it on a secret: see {@link describeSecretValue}.
 */
export function describeValue(value: unknown): string {
	if (value === null) return 'null';
	if (value === undefined) return 'undefined';
	if (typeof value === 'string') {
		if (value.length === 0) return 'an empty string';
		const shown = value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
		return JSON.stringify(shown);
	}
	if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
	if (typeof value === 'boolean') return String(value);
	if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : 'an array';
	return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Describe a secret's type and nothing of its content: `a number`, `a string`, `an empty string`. */
export function describeSecretValue(value: unknown): string {
	if (value === null) return 'null';
	if (typeof value === 'string') return value.length === 0 ? 'an empty string' : 'a string';
	if (Array.isArray(value)) return 'an array';
	if (typeof value === 'object') return 'an object';
	return typeof value === 'undefined' ? 'undefined' : `a ${typeof value}`;
}
