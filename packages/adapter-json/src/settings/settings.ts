import type { ValidationIssue } from '../errors/adapter-json-error.js';
import { describeSecretValue, describeValue } from '../json/describe-value.js';

/**
 * The contents of settings.json. Every field is optional; any other field is kept and written back.
 *
 * @example
 * ```ts
 * import type { Settings } from '@vm/adapter-json';
 * const settings: Settings = { tmdb_access_token: 'eyJhbGciOi…', language: 'fr-FR' };
 * ```
 */
export interface Settings {
	/** TMDB v3 API key (secret). */
	tmdb_api_key?: string;
	/** TMDB v4 read access token, sent as a bearer header (secret). */
	tmdb_access_token?: string;
	/** TheTVDB v4 API key (secret). */
	tvdb_api_key?: string;
	/** TheTVDB subscriber PIN (secret). */
	tvdb_pin?: string;
	/** Metadata language, a BCP 47 tag such as `fr-FR`. */
	language?: string;
	/** TMDB API base URL (a proxy or a local test server). */
	tmdb_base_url?: string;
	/** TheTVDB API base URL (a proxy or a local test server). */
	tvdb_base_url?: string;
	/** Any other field: kept and written back untouched. */
	[field: string]: unknown;
}

/**
 * The fields this package knows and validates.
 *
 * @example
 * ```ts
 * import type { SettingsField } from '@vm/adapter-json';
 * const field: SettingsField = 'tvdb_pin';
 * ```
 */
export type SettingsField =
	| 'tmdb_api_key'
	| 'tmdb_access_token'
	| 'tvdb_api_key'
	| 'tvdb_pin'
	| 'language'
	| 'tmdb_base_url'
	| 'tvdb_base_url';

/**
 * The environment variable that overrides each field.
 *
 * @example
 * ```ts
 * import { SETTINGS_ENV_VARIABLES } from '@vm/adapter-json';
 * console.log(SETTINGS_ENV_VARIABLES.language); // 'VM_LANGUAGE'
 * ```
 */
export const SETTINGS_ENV_VARIABLES: Readonly<Record<SettingsField, string>> = Object.freeze({
	tmdb_api_key: 'TMDB_API_KEY',
	tmdb_access_token: 'TMDB_ACCESS_TOKEN',
	tvdb_api_key: 'TVDB_API_KEY',
	tvdb_pin: 'TVDB_PIN',
	language: 'VM_LANGUAGE',
	tmdb_base_url: 'TMDB_BASE_URL',
	tvdb_base_url: 'TVDB_BASE_URL',
});

/** The known fields, in display order. */
export const SETTINGS_FIELDS: readonly SettingsField[] = Object.keys(
	SETTINGS_ENV_VARIABLES,
) as SettingsField[];

const SECRET_FIELDS: ReadonlySet<string> = new Set([
	'tmdb_api_key',
	'tmdb_access_token',
	'tvdb_api_key',
	'tvdb_pin',
]);
const SECRET_NAME = /key|token|secret|pin|password|passwd|credential|auth/i;

/**
 * True for a field holding a secret: the four credentials, and any other field whose name looks like one
 * (`…key`, `…token`, `…secret`, `…pin`, `…password`, `…auth…`).
 *
 * @example
 * ```ts
 * import { isSecretField } from '@vm/adapter-json';
 * isSecretField('tvdb_pin'); // true
 * isSecretField('language'); // false
 * ```
 */
export function isSecretField(field: string): boolean {
	return SECRET_FIELDS.has(field) || SECRET_NAME.test(field);
}

const LANGUAGE_TAG = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;

function checkField(field: SettingsField, value: unknown): string | undefined {
	const secret = isSecretField(field);
	const got = secret ? describeSecretValue(value) : describeValue(value);
	if (typeof value !== 'string') return `must be a string, got ${got}`;
	if (value.length === 0) return 'must not be empty (remove the field, or set it to null)';
	if (secret) {
		return value.trim() === value
			? undefined
			: 'must not start or end with whitespace (check the copy-paste; value not shown)';
	}
	if (field === 'language') {
		return LANGUAGE_TAG.test(value) ? undefined : `must be a language tag such as "fr-FR", got ${got}`;
	}
	// Base URLs: the value is not quoted, since a URL may embed credentials.
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return 'must be an absolute http(s) URL, got a string that is not a URL (value not shown)';
	}
	return url.protocol === 'http:' || url.protocol === 'https:'
		? undefined
		: `must be an absolute http(s) URL, got a ${url.protocol.slice(0, -1)} URL`;
}

/**
 * Validate the known fields of a settings object (`null` means "not set"). Returns the problems found.
 * `label` maps a field to how it is named in messages (the field, or its environment variable).
 */
export function validateSettingsFields(
	values: Readonly<Record<string, unknown>>,
	label: (field: SettingsField) => string = (field) => field,
): ValidationIssue[] {
	const issues: ValidationIssue[] = [];
	for (const field of SETTINGS_FIELDS) {
		const value = values[field];
		if (value === undefined || value === null) continue;
		const problem = checkField(field, value);
		if (problem !== undefined) issues.push({ at: label(field), message: problem });
	}
	return issues;
}
