import type {
	AdapterJsonError,
	FileAccessError,
	InventoryChangedError,
	JsonSyntaxError,
	JsonValidationError,
	SettingsEnvError,
} from './adapter-json-error.js';

const ERROR_NAMES: ReadonlySet<string> = new Set([
	'AdapterJsonError',
	'JsonSyntaxError',
	'JsonValidationError',
	'InventoryChangedError',
	'SettingsEnvError',
	'FileAccessError',
]);

const hasName = (error: unknown, name: string): boolean =>
	typeof error === 'object' && error !== null && (error as { name?: unknown }).name === name;

/**
 * True for any error of this package, even one from another copy of it (matches on `name` and `code`).
 *
 * @example
 * ```ts
 * import { isAdapterJsonError } from '@vm/adapter-json';
 * if (isAdapterJsonError(error)) console.error(error.code, error.file);
 * ```
 */
export function isAdapterJsonError(error: unknown): error is AdapterJsonError {
	return (
		typeof error === 'object' &&
		error !== null &&
		ERROR_NAMES.has(String((error as { name?: unknown }).name)) &&
		typeof (error as { code?: unknown }).code === 'string'
	);
}

/**
 * True when a file is not valid UTF-8 JSON.
 *
 * @example
 * ```ts
 * import { isJsonSyntaxError } from '@vm/adapter-json';
 * if (isJsonSyntaxError(error)) console.error(`line ${error.line}, column ${error.column}`);
 * ```
 */
export function isJsonSyntaxError(error: unknown): error is JsonSyntaxError {
	return isAdapterJsonError(error) && hasName(error, 'JsonSyntaxError');
}

/**
 * True when a file parsed but holds a wrong value, or duplicate inventory paths.
 *
 * @example
 * ```ts
 * import { isJsonValidationError } from '@vm/adapter-json';
 * if (isJsonValidationError(error)) console.error(error.issues.map((issue) => issue.at));
 * ```
 */
export function isJsonValidationError(error: unknown): error is JsonValidationError {
	return isAdapterJsonError(error) && hasName(error, 'JsonValidationError');
}

/**
 * True when `saveInventory` refused because the file changed on disk since it was loaded.
 *
 * @example
 * ```ts
 * import { isInventoryChangedError } from '@vm/adapter-json';
 * if (isInventoryChangedError(error)) console.warn('Someone else saved the inventory: reload and retry.');
 * ```
 */
export function isInventoryChangedError(error: unknown): error is InventoryChangedError {
	return isAdapterJsonError(error) && hasName(error, 'InventoryChangedError');
}

/**
 * True when `saveSettings` refused to write a secret that came from the environment.
 *
 * @example
 * ```ts
 * import { isSettingsEnvError } from '@vm/adapter-json';
 * if (isSettingsEnvError(error)) console.error('Save `loaded.file`, not `loaded.values`.');
 * ```
 */
export function isSettingsEnvError(error: unknown): error is SettingsEnvError {
	return isAdapterJsonError(error) && hasName(error, 'SettingsEnvError');
}

/**
 * True when reading or writing failed at the file-system level (permission, disk full, a directory).
 *
 * @example
 * ```ts
 * import { isFileAccessError } from '@vm/adapter-json';
 * if (isFileAccessError(error) && error.errno === 'ENOSPC') console.error('Disk full.');
 * ```
 */
export function isFileAccessError(error: unknown): error is FileAccessError {
	return isAdapterJsonError(error) && hasName(error, 'FileAccessError');
}
