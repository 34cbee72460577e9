import { describe, expect, it } from 'vitest';
import {
	AdapterJsonError,
	FileAccessError,
	InventoryChangedError,
	isAdapterJsonError,
	isFileAccessError,
	isInventoryChangedError,
	isJsonSyntaxError,
	isJsonValidationError,
	isSettingsEnvError,
	JsonSyntaxError,
	JsonValidationError,
	SettingsEnvError,
} from '../src/index.js';

const samples = {
	base: new AdapterJsonError('x', { file: 'f.json' }),
	syntax: new JsonSyntaxError('f.json: bad', { file: 'f.json', line: 2, column: 3 }),
	validation: new JsonValidationError('f.json: bad', {
		file: 'f.json',
		code: 'DUPLICATE_PATH',
		issues: [{ at: '[1].path', message: 'duplicates [0].path ("a")' }],
	}),
	changed: new InventoryChangedError('f.json changed', { file: 'f.json' }),
	env: new SettingsEnvError('f.json: env', { file: 'f.json' }),
	access: new FileAccessError('cannot write', {
		file: 'f.json',
		code: 'FILE_WRITE_FAILED',
		errno: 'ENOSPC',
		cause: new Error('ENOSPC'),
	}),
};

describe('errors', () => {
	it('prefix the message, keep the file, a stable name and code, and the cause', () => {
		expect(samples.base.message).toBe('[adapter-json] x');
		expect(samples.base).toMatchObject({
			name: 'AdapterJsonError',
			code: 'ADAPTER_JSON_ERROR',
			file: 'f.json',
		});
		expect(samples.base.cause).toBeUndefined();
		expect(samples.syntax).toMatchObject({
			name: 'JsonSyntaxError',
			code: 'JSON_SYNTAX',
			line: 2,
			column: 3,
		});
		expect(samples.validation).toMatchObject({ name: 'JsonValidationError', code: 'DUPLICATE_PATH' });
		expect(samples.validation.issues).toHaveLength(1);
		expect(samples.changed).toMatchObject({
			name: 'InventoryChangedError',
			code: 'INVENTORY_CHANGED_ON_DISK',
		});
		expect(samples.env).toMatchObject({ name: 'SettingsEnvError', code: 'SETTINGS_FROM_ENV' });
		expect(samples.access).toMatchObject({
			name: 'FileAccessError',
			code: 'FILE_WRITE_FAILED',
			errno: 'ENOSPC',
		});
		expect(samples.access.cause).toBeInstanceOf(Error);
		for (const error of Object.values(samples)) {
			expect(error).toBeInstanceOf(AdapterJsonError);
			expect(error).toBeInstanceOf(Error);
			expect(String(error)).toMatch(/^\w+Error: \[adapter-json\] /);
		}
	});

	it('have guards that accept only their own kind', () => {
		const guards = {
			syntax: isJsonSyntaxError,
			validation: isJsonValidationError,
			changed: isInventoryChangedError,
			env: isSettingsEnvError,
			access: isFileAccessError,
		};
		for (const [kind, guard] of Object.entries(guards)) {
			for (const [other, error] of Object.entries(samples)) {
				expect(guard(error), `${kind} guard on ${other}`).toBe(kind === other);
			}
		}
		for (const error of Object.values(samples)) expect(isAdapterJsonError(error)).toBe(true);
	});

	it('guards match on name and code, so errors from another copy of the package are recognised', () => {
		const foreign = {
			name: 'InventoryChangedError',
			code: 'INVENTORY_CHANGED_ON_DISK',
			message: '[adapter-json] x',
		};
		expect(isAdapterJsonError(foreign)).toBe(true);
		expect(isInventoryChangedError(foreign)).toBe(true);
		expect(isAdapterJsonError({ name: 'InventoryChangedError' })).toBe(false);
		expect(isAdapterJsonError(new Error('x'))).toBe(false);
		expect(isAdapterJsonError(null)).toBe(false);
		expect(isAdapterJsonError('InventoryChangedError')).toBe(false);
	});
});
