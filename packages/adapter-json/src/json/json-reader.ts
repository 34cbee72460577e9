/**
 * A small strict JSON reader (RFC 8259) that builds no values. It serves two purposes JSON.parse cannot
 * on Node 20: pinpoint a syntax error (line and column), and report the exact source text of number
 * literals together with their path, so that they can be written back unchanged.
 */

/** A syntax error found by {@link readJsonDocument}, at a UTF-16 offset. */
export class JsonReadError extends Error {
	override readonly name = 'JsonReadError' as const;
	readonly offset: number;

	constructor(message: string, offset: number) {
		super(message);
		this.offset = offset;
	}
}

/** Called for each number literal met, with its path (live array: copy it to keep it) and its text. */
export type NumberVisitor = (path: readonly (string | number)[], text: string) => void;

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

class Reader {
	pos: number;
	readonly path: (string | number)[] = [];
	readonly text: string;
	readonly onNumber: NumberVisitor | undefined;

	constructor(text: string, start: number, onNumber: NumberVisitor | undefined) {
		this.text = text;
		this.pos = start;
		this.onNumber = onNumber;
	}

	fail(message: string, at = this.pos): never {
		throw new JsonReadError(at >= this.text.length ? 'unexpected end of file' : message, at);
	}

	skipWhitespace(): void {
		const { text } = this;
		let { pos } = this;
		for (;;) {
			const code = text.charCodeAt(pos);
			if (code === 32 || code === 10 || code === 13 || code === 9) pos++;
			else break;
		}
		this.pos = pos;
	}

	value(): void {
		this.skipWhitespace();
		const code = this.text.charCodeAt(this.pos);
		if (code === 123) this.object();
		else if (code === 91) this.array();
		else if (code === 34) this.string();
		else if (code === 45 || isDigit(code)) this.number();
		else if (this.text.startsWith('true', this.pos)) this.pos += 4;
		else if (this.text.startsWith('false', this.pos)) this.pos += 5;
		else if (this.text.startsWith('null', this.pos)) this.pos += 4;
		else this.fail('expected a value (object, array, string, number, true, false or null)');
	}

	object(): void {
		this.pos++;
		this.skipWhitespace();
		if (this.text.charCodeAt(this.pos) === 125) {
			this.pos++;
			return;
		}
		for (;;) {
			this.skipWhitespace();
			if (this.text.charCodeAt(this.pos) !== 34) this.fail('expected a property name in double quotes');
			const keyStart = this.pos;
			this.string();
			const key =
				this.onNumber === undefined ? '' : (JSON.parse(this.text.slice(keyStart, this.pos)) as string);
			this.skipWhitespace();
			if (this.text.charCodeAt(this.pos) !== 58) this.fail('expected `:` after the property name');
			this.pos++;
			this.path.push(key);
			this.value();
			this.path.pop();
			this.skipWhitespace();
			const code = this.text.charCodeAt(this.pos);
			this.pos++;
			if (code === 125) return;
			if (code !== 44) this.fail('expected `,` or `}` after a property value', this.pos - 1);
		}
	}

	array(): void {
		this.pos++;
		this.skipWhitespace();
		if (this.text.charCodeAt(this.pos) === 93) {
			this.pos++;
			return;
		}
		for (let index = 0; ; index++) {
			this.path.push(index);
			this.value();
			this.path.pop();
			this.skipWhitespace();
			const code = this.text.charCodeAt(this.pos);
			this.pos++;
			if (code === 93) return;
			if (code !== 44) this.fail('expected `,` or `]` after an array element', this.pos - 1);
		}
	}

	string(): void {
		const { text } = this;
		let pos = this.pos + 1;
		for (;;) {
			const code = text.charCodeAt(pos);
			if (code === 34) break;
			if (Number.isNaN(code)) this.fail('unterminated string', pos);
			if (code < 32) this.fail('control character in a string (escape it)', pos);
			if (code === 92) {
				const escaped = text.charCodeAt(pos + 1);
				// " \ / b f n r t
				if ([34, 92, 47, 98, 102, 110, 114, 116].includes(escaped)) pos += 2;
				else if (escaped === 117 && /^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) pos += 6;
				else this.fail('invalid escape sequence in a string', pos);
			} else pos++;
		}
		this.pos = pos + 1;
	}

	number(): void {
		const { text } = this;
		const start = this.pos;
		let pos = start;
		if (text.charCodeAt(pos) === 45) pos++;
		if (text.charCodeAt(pos) === 48) pos++;
		else if (isDigit(text.charCodeAt(pos))) while (isDigit(text.charCodeAt(pos))) pos++;
		else this.fail('invalid number', pos);
		if (text.charCodeAt(pos) === 46) {
			pos++;
			if (!isDigit(text.charCodeAt(pos))) this.fail('invalid number: expected a digit after `.`', pos);
			while (isDigit(text.charCodeAt(pos))) pos++;
		}
		const exponent = text.charCodeAt(pos);
		if (exponent === 101 || exponent === 69) {
			pos++;
			const sign = text.charCodeAt(pos);
			if (sign === 43 || sign === 45) pos++;
			if (!isDigit(text.charCodeAt(pos))) this.fail('invalid number: expected a digit in the exponent', pos);
			while (isDigit(text.charCodeAt(pos))) pos++;
		}
		this.pos = pos;
		this.onNumber?.(this.path, text.slice(start, pos));
	}
}

/**
 * Read one JSON value starting at `start` (leading whitespace allowed) and return the offset just after
 * it. Throws {@link JsonReadError} on a syntax error.
 */
export function readJsonValue(text: string, start: number, onNumber?: NumberVisitor): number {
	const reader = new Reader(text, start, onNumber);
	reader.value();
	return reader.pos;
}

/** Check a whole document: one value, then only whitespace. Throws {@link JsonReadError}. */
export function readJsonDocument(text: string): void {
	const reader = new Reader(text, 0, undefined);
	reader.value();
	reader.skipWhitespace();
	if (reader.pos < text.length) reader.fail('unexpected content after the JSON value');
}
