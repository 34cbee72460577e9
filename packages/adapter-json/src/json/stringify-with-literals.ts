import type { NumberLiteral } from './number-literals.js';

/**
 * `JSON.stringify(value, null, indent)`, except that a number still equal (`Object.is`) to a literal's
 * parsed value is written as the literal's original text. Nested lines are prefixed with `margin`.
 */
export function stringifyWithLiterals(
	value: unknown,
	literals: readonly NumberLiteral[],
	indent: string,
	margin: string,
	basePath: readonly (string | number)[] = [],
): string | undefined {
	if (literals.length === 0) return plain(value, indent, margin);
	const byPath = new Map<string, NumberLiteral>();
	const prefixes = new Set<string>();
	for (const literal of literals) {
		byPath.set(JSON.stringify(literal.path), literal);
		for (let end = 0; end < literal.path.length; end++)
			prefixes.add(JSON.stringify(literal.path.slice(0, end)));
	}
	return write(value, [...basePath], byPath, prefixes, indent, margin);
}

function plain(value: unknown, indent: string, margin: string): string | undefined {
	const text = JSON.stringify(value, null, indent) as string | undefined;
	return margin === '' || text === undefined || !text.includes('\n')
		? text
		: text.replaceAll('\n', `\n${margin}`);
}

function write(
	value: unknown,
	path: (string | number)[],
	byPath: ReadonlyMap<string, NumberLiteral>,
	prefixes: ReadonlySet<string>,
	indent: string,
	margin: string,
): string | undefined {
	const key = JSON.stringify(path);
	const literal = byPath.get(key);
	if (literal !== undefined && typeof value === 'number' && Object.is(value, literal.value))
		return literal.text;
	if (
		!prefixes.has(key) ||
		typeof value !== 'object' ||
		value === null ||
		typeof (value as { toJSON?: unknown }).toJSON === 'function'
	) {
		return plain(value, indent, margin);
	}
	const inner = margin + indent;
	const open = indent === '' ? '' : `\n${inner}`;
	const separator = indent === '' ? ',' : `,\n${inner}`;
	const close = indent === '' ? '' : `\n${margin}`;
	const parts: string[] = [];
	if (Array.isArray(value)) {
		for (let index = 0; index < value.length; index++) {
			path.push(index);
			parts.push(write(value[index], path, byPath, prefixes, indent, inner) ?? 'null');
			path.pop();
		}
		return parts.length === 0 ? '[]' : `[${open}${parts.join(separator)}${close}]`;
	}
	const colon = indent === '' ? ':' : ': ';
	for (const [name, child] of Object.entries(value)) {
		path.push(name);
		const text = write(child, path, byPath, prefixes, indent, inner);
		path.pop();
		if (text !== undefined) parts.push(`${JSON.stringify(name)}${colon}${text}`);
	}
	return parts.length === 0 ? '{}' : `{${open}${parts.join(separator)}${close}}`;
}
