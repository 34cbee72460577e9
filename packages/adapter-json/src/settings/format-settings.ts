import { type LoadedSettings, setOwn } from './load-settings.js';
import { maskSecret } from './mask-secret.js';
import {
	isSecretField,
	SETTINGS_ENV_VARIABLES,
	SETTINGS_FIELDS,
	type Settings,
	type SettingsField,
} from './settings.js';

/**
 * A copy of settings safe to print or log: every secret field masked with {@link maskSecret} (a secret
 * that is not a string becomes `****`).
 *
 * @example
 * ```ts
 * import { redactSettings } from '@vm/adapter-json';
 * console.log(redactSettings({ tmdb_api_key: '0123456789abcdef0123456789abcdef', language: 'fr-FR' }));
 * // { tmdb_api_key: '0123…cdef', language: 'fr-FR' }
 * ```
 */
export function redactSettings(settings: Readonly<Settings>): Record<string, unknown> {
	const redacted: Record<string, unknown> = {};
	for (const [field, value] of Object.entries(settings)) {
		const shown = !isSecretField(field) || value === null || value === undefined;
		setOwn(redacted, field, shown ? value : typeof value === 'string' ? maskSecret(value) : '****');
	}
	return redacted;
}

/**
 * Render loaded settings for display, one `field = value (origin)` line per field, secrets masked.
 *
 * @example
 * ```ts
 * import { formatSettings, loadSettings } from '@vm/adapter-json';
 * console.log(formatSettings(await loadSettings('settings.json', { env: process.env })));
 * // tmdb_access_token = eyJh…Xk3Q (env TMDB_ACCESS_TOKEN)
 * // language = "fr-FR" (file)
 * ```
 */
export function formatSettings(loaded: LoadedSettings): string {
	const redacted = redactSettings(loaded.values);
	const lines: string[] = [];
	for (const [field, value] of Object.entries(redacted)) {
		if (value === undefined) continue;
		const origin = loaded.origins[field as SettingsField];
		const where =
			origin === 'env' ? `env ${SETTINGS_ENV_VARIABLES[field as SettingsField]}` : (origin ?? 'file');
		const shown = isSecretField(field) ? String(value) : JSON.stringify(value);
		lines.push(`${field} = ${shown} (${where})`);
	}
	for (const field of SETTINGS_FIELDS) if (redacted[field] === undefined) lines.push(`${field} = (not set)`);
	return lines.join('\n');
}
