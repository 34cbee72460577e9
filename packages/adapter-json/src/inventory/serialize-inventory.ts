import type { InventoryItem } from '@vm/core';
import { JsonValidationError } from '../errors/adapter-json-error.js';
import { stringifyWithLiterals } from '../json/stringify-with-literals.js';
import type { InventorySource } from './inventory.js';
import { rowLabel } from './validate-inventory.js';

/** A value JSON cannot represent (a BigInt, a cycle) or a throwing `toJSON`: name where it is. */
function unserializable(file: string, at: string, error: unknown): JsonValidationError {
	const reason = error instanceof Error ? error.message : String(error);
	return new JsonValidationError(`${file}: ${at} cannot be written as JSON: ${reason}.`, {
		file,
		code: 'INVALID_INVENTORY',
		issues: [{ at, message: `cannot be written as JSON: ${reason}` }],
		cause: error,
	});
}

const ROWS_PER_CHUNK = 2000;

/**
 * Serialize an inventory as a sequence of string chunks (about 2,000 rows each), so that a million rows
 * never become one giant string. Same shape, key order, layout and number literals as the source.
 */
export function* serializeInventory(
	items: readonly InventoryItem[],
	fields: Readonly<Record<string, unknown>>,
	source: InventorySource,
	file: string,
): Generator<string> {
	const container = source.shape === 'array' ? '' : 'items';
	const { layout, literals } = source;
	const { indent, eol } = layout;
	const pretty = indent !== '';
	const nl = layout.lineBreaks ? eol : '';
	// Objects: the rows sit two levels deep; bare arrays: one.
	const rowMargin = source.shape === 'object' ? indent + indent : indent;
	const rowIndent = pretty && !layout.rowPerLine ? indent : '';
	const fixEol = (text: string): string =>
		eol === '\n' || !text.includes('\n') ? text : text.replaceAll('\n', eol);

	const rowText = (row: InventoryItem): string => {
		const rowLiterals = literals.rows.size === 0 ? undefined : literals.rows.get(row.path);
		// The common case, kept on JSON.stringify's fast path (no gap argument, no literal to splice in).
		if (rowLiterals === undefined && rowIndent === '') return JSON.stringify(row) ?? 'null';
		return fixEol(stringifyWithLiterals(row, rowLiterals ?? [], rowIndent, rowMargin) ?? 'null');
	};

	function* rowsChunks(closingMargin: string): Generator<string> {
		if (items.length === 0) {
			yield '[]';
			return;
		}
		let chunk = `[${nl}`;
		for (let index = 0; index < items.length; index++) {
			let text: string;
			try {
				text = rowText(items[index] as InventoryItem);
			} catch (error) {
				throw unserializable(file, rowLabel(container, index), error);
			}
			chunk += `${pretty ? rowMargin : ''}${text}${index + 1 < items.length ? ',' : ''}${nl}`;
			if ((index + 1) % ROWS_PER_CHUNK === 0) {
				yield chunk;
				chunk = '';
			}
		}
		yield `${chunk}${pretty ? closingMargin : ''}]`;
	}

	if (layout.bom) yield '\uFEFF';
	if (source.shape === 'array') {
		yield* rowsChunks('');
	} else {
		const entries = Object.entries(fields).filter(([key]) => key !== 'items');
		const position = Math.min(source.itemsPosition, entries.length);
		const colon = layout.lineBreaks ? ': ' : ':';
		const fieldText = ([key, value]: [string, unknown]): string | undefined => {
			const fieldLiterals = literals.fields.filter((literal) => literal.path[0] === key);
			let text: string | undefined;
			try {
				text = stringifyWithLiterals(value, fieldLiterals, indent, indent, [key]);
			} catch (error) {
				throw unserializable(file, key, error);
			}
			return text === undefined
				? undefined
				: `${pretty ? indent : ''}${JSON.stringify(key)}${colon}${fixEol(text)}`;
		};
		const before = entries
			.slice(0, position)
			.map(fieldText)
			.filter((text) => text !== undefined);
		const after = entries
			.slice(position)
			.map(fieldText)
			.filter((text) => text !== undefined);
		const separator = `,${nl}`;
		yield `{${nl}${before.map((text) => `${text}${separator}`).join('')}${pretty ? indent : ''}"items"${colon}`;
		yield* rowsChunks(indent);
		yield `${after.map((text) => `${separator}${text}`).join('')}${nl}}`;
	}
	if (layout.finalNewline) yield eol;
}
