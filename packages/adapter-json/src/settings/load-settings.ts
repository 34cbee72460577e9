import { JsonValidationError } from '../errors/adapter-json-error.js';
import { type FileSystem, nodeFileSystem } from '../file-system.js';
import { readFileIfExists } from '../inventory/load-inventory.js';
import { describeValue } from '../json/describe-value.js';
import { parseJsonFile } from '../json/parse-json-file.js';
import {
	SETTINGS_ENV_VARIABLES,
	SETTINGS_FIELDS,
	type Settings,
	type SettingsField,
	validateSettingsFields,
} from './settings.js';

/**
 * Where an effective setting came from.
 *
 * @example
 * ```ts
 * import type { SettingOrigin } from '@vm/adapter-json';
 * const origin: SettingOrigin = 'env';
 * ```
 */
export type SettingOrigin = 'default' | 'file' | 'env';

/**
 * Marks `LoadedSettings.values`: the environment overrides it holds (field → value). An enumerable
 * symbol key, so that it survives `{ ...values }` yet stays out of `JSON.stringify` and `Object.keys`.
 */
export const ENV_OVERRIDES: unique symbol = Symbol.for('@vm/adapter-json/env-overrides');

/**
 * The result of {@link loadSettings}: the effective values, and apart from them what the file holds.
 *
 * @example
 * ```ts
 * import { loadSettings, saveSettings } from '@vm/adapter-json';
 * const loaded = await loadSettings('settings.json', { env: process.env });
 * await saveSettings('settings.json', { ...loaded.file, language: 'fr-FR' }); // never writes env secrets
 * ```
 */
export interface LoadedSettings {
	/** Defaults, then the file, then the environment: what the application should use. Do not save it. */
	readonly values: Settings;
	/** Exactly what the file holds (unknown fields included; `{}` when missing): save this, with your changes. */
	readonly file: Settings;
	/** Where each known field of `values` came from. */
	readonly origins: Readonly<Partial<Record<SettingsField, SettingOrigin>>>;
	/** The file existed. */
	readonly exists: boolean;
}

/**
 * Options of {@link loadSettings}.
 *
 * @example
 * ```ts
 * import type { LoadSettingsOptions } from '@vm/adapter-json';
 * const options: LoadSettingsOptions = { env: process.env, defaults: { language: 'en-US' } };
 * ```
 */
export interface LoadSettingsOptions {
	/**
	 * Environment variables (`TMDB_API_KEY`, `TMDB_ACCESS_TOKEN`, `TVDB_API_KEY`, `TVDB_PIN`, `VM_LANGUAGE`,
	 * `TMDB_BASE_URL`, `TVDB_BASE_URL`) that override the file; an empty value counts as unset. Pass
	 * `process.env` to use the real environment.
	 * @default no overrides
	 */
	readonly env?: Readonly<Record<string, string | undefined>>;
	/**
	 * Values used when neither the file nor the environment sets a field.
	 * @default DEFAULT_SETTINGS (`{ language: 'fr-FR' }`)
	 */
	readonly defaults?: Readonly<Settings>;
	/**
	 * The file system (inject one to simulate failures).
	 * @default nodeFileSystem
	 */
	readonly fs?: FileSystem;
}

/**
 * What a missing field defaults to: French metadata.
 *
 * @example
 * ```ts
 * import { DEFAULT_SETTINGS } from '@vm/adapter-json';
 * console.log(DEFAULT_SETTINGS.language); // 'fr-FR'
 * ```
 */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ language: 'fr-FR' });

/** Set an own property, even one named `__proto__` (plain assignment would replace the prototype). */
export function setOwn(target: object, field: string, value: unknown): void {
	Object.defineProperty(target, field, { value, enumerable: true, writable: true, configurable: true });
}

function invalid(file: string, issues: JsonValidationError['issues']): JsonValidationError {
	const first = issues[0];
	const more = issues.length > 1 ? ` (and ${issues.length - 1} more problems)` : '';
	return new JsonValidationError(`${file}: ${first?.at} ${first?.message}${more}.`, {
		file,
		code: 'INVALID_SETTINGS',
		issues,
	});
}

/**
 * Read settings.json, validate it, and apply defaults and environment overrides. A missing file gives the
 * defaults. Known fields must be strings (`null` = not set); secrets must not be empty or padded with
 * whitespace; `language` is a tag like `fr-FR`; base URLs are http(s) URLs. Unknown fields are kept.
 *
 * Secrets from the environment stay apart from the file: `file` holds only what the file holds, and
 * {@link saveSettings} refuses `values` while it still carries an environment secret, so saving never
 * copies `TMDB_API_KEY` & co. into the file by accident.
 *
 * @throws {@link JsonSyntaxError}, {@link JsonValidationError} (`INVALID_SETTINGS`: names the file, or the
 * environment variable, and the field; never a secret's value), {@link FileAccessError}.
 *
 * @example
 * ```ts
 * import { loadSettings } from '@vm/adapter-json';
 * const { values } = await loadSettings('settings.json', { env: process.env });
 * if (values.tmdb_access_token === undefined) throw new Error('Set tmdb_access_token in settings.json or TMDB_ACCESS_TOKEN.');
 * ```
 */
export async function loadSettings(file: string, options: LoadSettingsOptions = {}): Promise<LoadedSettings> {
	const fs = options.fs ?? nodeFileSystem;
	const bytes = await readFileIfExists(fs, file);
	let fromFile: Settings = {};
	if (bytes !== undefined) {
		const { value } = parseJsonFile(bytes, file);
		if (typeof value !== 'object' || value === null || Array.isArray(value)) {
			throw invalid(file, [{ at: '(root)', message: `must be a JSON object, got ${describeValue(value)}` }]);
		}
		fromFile = value as Settings;
		const issues = validateSettingsFields(fromFile);
		if (issues.length > 0) throw invalid(file, issues);
	}

	const fromEnv: Partial<Record<SettingsField, string>> = {};
	for (const field of SETTINGS_FIELDS) {
		const value = options.env?.[SETTINGS_ENV_VARIABLES[field]];
		if (value !== undefined && value !== '') fromEnv[field] = value;
	}
	const envIssues = validateSettingsFields(
		fromEnv,
		(field) => `environment variable ${SETTINGS_ENV_VARIABLES[field]}`,
	);
	if (envIssues.length > 0) throw invalid(file, envIssues);

	const values: Settings = {};
	for (const [field, value] of Object.entries(options.defaults ?? DEFAULT_SETTINGS))
		setOwn(values, field, value);
	const origins: Partial<Record<SettingsField, SettingOrigin>> = {};
	for (const field of SETTINGS_FIELDS) if (values[field] !== undefined) origins[field] = 'default';
	for (const [field, value] of Object.entries(fromFile)) {
		if (value === null && (SETTINGS_FIELDS as readonly string[]).includes(field)) continue;
		setOwn(values, field, value);
		if ((SETTINGS_FIELDS as readonly string[]).includes(field)) origins[field as SettingsField] = 'file';
	}
	for (const [field, value] of Object.entries(fromEnv)) {
		setOwn(values, field, value);
		origins[field as SettingsField] = 'env';
	}
	Object.defineProperty(values, ENV_OVERRIDES, { value: fromEnv, enumerable: true });
	return { values, file: fromFile, origins, exists: bytes !== undefined };
}
