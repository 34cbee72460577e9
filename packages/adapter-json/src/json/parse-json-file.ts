import { isUtf8 } from 'node:buffer';
import { JsonSyntaxError } from '../errors/adapter-json-error.js';
import { JsonReadError, readJsonDocument } from './json-reader.js';

/** A decoded JSON file: its text (without BOM), its value, and whether it started with a BOM. */
export interface ParsedJsonFile {
	readonly text: string;
	readonly value: unknown;
	readonly bom: boolean;
}

/** 1-based line and column (UTF-16 code units) of a UTF-16 offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
	let line = 1;
	let lineStart = 0;
	for (
		let index = text.indexOf('\n');
		index !== -1 && index < offset;
		index = text.indexOf('\n', index + 1)
	) {
		line++;
		lineStart = index + 1;
	}
	return { line, column: offset - lineStart + 1 };
}

/**
 * Decode UTF-8 bytes (with or without BOM) and parse them as JSON. Invalid UTF-8 or JSON throws a
 * {@link JsonSyntaxError} naming the file and, for JSON, the line and column; no file content is quoted.
 */
export function parseJsonFile(bytes: Uint8Array, file: string): ParsedJsonFile {
	const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
	const body = Buffer.from(bytes.buffer, bytes.byteOffset + (bom ? 3 : 0), bytes.byteLength - (bom ? 3 : 0));
	// Decoding invalid UTF-8 would silently turn it into U+FFFD, which a save would then make permanent.
	if (!isUtf8(body)) throw new JsonSyntaxError(`${file}: is not valid UTF-8 text.`, { file });
	const text = body.toString('utf8');
	try {
		return { text, value: JSON.parse(text), bom };
	} catch {
		// JSON.parse's message quotes file content and its position is not always given: locate it ourselves.
	}
	let offset = text.length;
	let reason = 'invalid JSON';
	try {
		readJsonDocument(text);
	} catch (error) {
		if (error instanceof JsonReadError) {
			offset = error.offset;
			reason = error.message;
		}
		// A RangeError (nesting too deep for our reader) keeps the end-of-file position.
	}
	const { line, column } = lineAndColumn(text, offset);
	if (text.trim() === '') reason = 'the file is empty';
	throw new JsonSyntaxError(`${file}: invalid JSON at line ${line}, column ${column}: ${reason}.`, {
		file,
		line,
		column,
	});
}
