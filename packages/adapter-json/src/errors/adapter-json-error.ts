/**
 * Stable machine-readable codes of {@link AdapterJsonError} and its subclasses.
 *
 * @example
 * ```ts
 * import type { AdapterJsonErrorCode } from '@vm/adapter-json';
 * const retryable: AdapterJsonErrorCode = 'INVENTORY_CHANGED_ON_DISK';
 * ```
 */
export type AdapterJsonErrorCode =
	| 'ADAPTER_JSON_ERROR'
	| 'JSON_SYNTAX'
	| 'INVALID_SETTINGS'
	| 'INVALID_INVENTORY'
	| 'DUPLICATE_PATH'
	| 'INVENTORY_CHANGED_ON_DISK'
	| 'SETTINGS_FROM_ENV'
	| 'NOT_A_FILE'
	| 'FILE_READ_FAILED'
	| 'FILE_WRITE_FAILED'
	| 'FILE_LOCKED';

/**
 * What an adapter-json error may carry besides its message.
 *
 * @example
 * ```ts
 * import type { AdapterJsonErrorOptions } from '@vm/adapter-json';
 * const options: AdapterJsonErrorOptions = { file: '/data/inventory.json' };
 * ```
 */
export interface AdapterJsonErrorOptions {
	/** The file that was being read or written. */
	readonly file: string;
	/** The underlying failure (an `fs` error…). Never carries a secret. */
	readonly cause?: unknown;
}

/**
 * Base class of every error this package throws. Messages start with `[adapter-json]`, name the file,
 * and never contain a credential.
 *
 * @example
 * ```ts
 * import { AdapterJsonError, loadInventory } from '@vm/adapter-json';
 * try {
 * 	await loadInventory('inventory.json');
 * } catch (error) {
 * 	if (error instanceof AdapterJsonError) console.error(error.code, error.file);
 * }
 * ```
 */
export class AdapterJsonError extends Error {
	override readonly name: string = 'AdapterJsonError';
	/** Stable code; subclasses narrow it. */
	readonly code: AdapterJsonErrorCode = 'ADAPTER_JSON_ERROR';
	/** The file that was being read or written. */
	readonly file: string;

	constructor(message: string, options: AdapterJsonErrorOptions) {
		super(`[adapter-json] ${message}`, options.cause === undefined ? {} : { cause: options.cause });
		this.file = options.file;
	}
}

/** Options of {@link JsonSyntaxError}. */
export interface JsonSyntaxErrorOptions extends AdapterJsonErrorOptions {
	/** 1-based line of the first offending character, when known. */
	readonly line?: number;
	/** 1-based column (in UTF-16 code units) of the first offending character, when known. */
	readonly column?: number;
}

/**
 * The file is not valid UTF-8 JSON. The message gives the line and column; it quotes no file content
 * (a settings file holds secrets), so there is no `cause` either.
 *
 * @example
 * ```ts
 * import { JsonSyntaxError } from '@vm/adapter-json';
 * throw new JsonSyntaxError('inventory.json: invalid JSON at line 3, column 7: expected `,` or `]`.', { file: 'inventory.json', line: 3, column: 7 });
 * ```
 */
export class JsonSyntaxError extends AdapterJsonError {
	override readonly name = 'JsonSyntaxError' as const;
	override readonly code = 'JSON_SYNTAX' as const;
	/** 1-based line of the first offending character, when known. */
	readonly line: number | undefined;
	/** 1-based column of the first offending character, when known. */
	readonly column: number | undefined;

	constructor(message: string, options: JsonSyntaxErrorOptions) {
		super(message, options);
		this.line = options.line;
		this.column = options.column;
	}
}

/**
 * One problem found while validating a file: where (`items[42].path`) and what.
 *
 * @example
 * ```ts
 * import type { ValidationIssue } from '@vm/adapter-json';
 * const issue: ValidationIssue = { at: 'items[42].path', message: 'must be a non-empty string, got null' };
 * ```
 */
export interface ValidationIssue {
	/** Where the problem is: `items[42].path`, `[3].size`, `tmdb_api_key`. */
	readonly at: string;
	/** What is wrong, with a description of the value (never a secret's content). */
	readonly message: string;
}

/** Options of {@link JsonValidationError}. */
export interface JsonValidationErrorOptions extends AdapterJsonErrorOptions {
	/** Every problem found (capped), the first one first. */
	readonly issues: readonly ValidationIssue[];
	/** Which kind of file failed validation. */
	readonly code: 'INVALID_SETTINGS' | 'INVALID_INVENTORY' | 'DUPLICATE_PATH';
}

/**
 * The JSON parsed, but a value has the wrong type or shape (`INVALID_SETTINGS`, `INVALID_INVENTORY`), or
 * two inventory rows share a path (`DUPLICATE_PATH`). `issues` lists each problem.
 *
 * @example
 * ```ts
 * import { isJsonValidationError, loadInventory } from '@vm/adapter-json';
 * await loadInventory('inventory.json').catch((error) => {
 * 	if (isJsonValidationError(error)) for (const issue of error.issues) console.error(issue.at, issue.message);
 * 	throw error;
 * });
 * ```
 */
export class JsonValidationError extends AdapterJsonError {
	override readonly name = 'JsonValidationError' as const;
	override readonly code: 'INVALID_SETTINGS' | 'INVALID_INVENTORY' | 'DUPLICATE_PATH';
	/** Every problem found (capped), the first one first. */
	readonly issues: readonly ValidationIssue[];

	constructor(message: string, options: JsonValidationErrorOptions) {
		super(message, options);
		this.code = options.code;
		this.issues = options.issues;
	}
}

/**
 * `saveInventory` refused: the file on disk is not the one that was loaded (another process saved it,
 * or it was created or deleted since). Reload, reapply your changes, and save again; or pass `force`.
 *
 * @example
 * ```ts
 * import { InventoryChangedError } from '@vm/adapter-json';
 * throw new InventoryChangedError('inventory.json changed on disk since it was loaded.', { file: 'inventory.json' });
 * ```
 */
export class InventoryChangedError extends AdapterJsonError {
	override readonly name = 'InventoryChangedError' as const;
	override readonly code = 'INVENTORY_CHANGED_ON_DISK' as const;
}

/**
 * `saveSettings` refused to write a secret whose value came from an environment variable rather than
 * from the file. Save `loaded.file` (what the file holds) with your changes instead.
 *
 * @example
 * ```ts
 * import { SettingsEnvError } from '@vm/adapter-json';
 * throw new SettingsEnvError('settings.json: tmdb_api_key came from TMDB_API_KEY.', { file: 'settings.json' });
 * ```
 */
export class SettingsEnvError extends AdapterJsonError {
	override readonly name = 'SettingsEnvError' as const;
	override readonly code = 'SETTINGS_FROM_ENV' as const;
}

/** Options of {@link FileAccessError}. */
export interface FileAccessErrorOptions extends AdapterJsonErrorOptions {
	/**
	 * `NOT_A_FILE` (a directory…), `FILE_READ_FAILED`, `FILE_WRITE_FAILED`, or `FILE_LOCKED` (another
	 * process kept saving the file for longer than the save would wait).
	 */
	readonly code: 'NOT_A_FILE' | 'FILE_READ_FAILED' | 'FILE_WRITE_FAILED' | 'FILE_LOCKED';
	/** The system error code (`EACCES`, `ENOSPC`…), when there was one. */
	readonly errno?: string;
}

/**
 * Reading or writing the file failed at the file-system level (permission, disk full, a directory in the
 * way). On a failed write, the original file is untouched.
 *
 * @example
 * ```ts
 * import { FileAccessError } from '@vm/adapter-json';
 * throw new FileAccessError('cannot write inventory.json: no space left on device (ENOSPC).', { file: 'inventory.json', code: 'FILE_WRITE_FAILED', errno: 'ENOSPC' });
 * ```
 */
export class FileAccessError extends AdapterJsonError {
	override readonly name = 'FileAccessError' as const;
	override readonly code: 'NOT_A_FILE' | 'FILE_READ_FAILED' | 'FILE_WRITE_FAILED' | 'FILE_LOCKED';
	/** The system error code (`EACCES`, `ENOSPC`…), when there was one. */
	readonly errno: string | undefined;

	constructor(message: string, options: FileAccessErrorOptions) {
		super(message, options);
		this.code = options.code;
		this.errno = options.errno;
	}
}
