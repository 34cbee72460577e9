import { writeFileAtomic } from '../atomic-write.js';
import { JsonValidationError, SettingsEnvError } from '../errors/adapter-json-error.js';
import { type FileSystem, nodeFileSystem } from '../file-system.js';
import { ENV_OVERRIDES } from './load-settings.js';
import {
	isSecretField,
	SETTINGS_ENV_VARIABLES,
	type Settings,
	type SettingsField,
	validateSettingsFields,
} from './settings.js';

/**
 * Options of {@link saveSettings}.
 *
 * @example
 * ```ts
 * import type { SaveSettingsOptions } from '@vm/adapter-json';
 * const options: SaveSettingsOptions = { fs: (await import('@vm/adapter-json')).nodeFileSystem };
 * ```
 */
export interface SaveSettingsOptions {
	/**
	 * The file system (inject one to simulate failures).
	 * @default nodeFileSystem
	 */
	readonly fs?: FileSystem;
}

/**
 * Write settings.json atomically, exactly as given (unknown fields included, two-space indented). A new
 * file gets mode 0600 (it holds secrets); an existing file keeps its mode.
 *
 * Refuses with a {@link SettingsEnvError} (`SETTINGS_FROM_ENV`) an object derived from
 * `loadSettings(…).values` that still holds a secret taken from the environment: save `loaded.file`
 * with your changes instead. Overridden non-secret fields (`language`, base URLs) are refused too, so the
 * environment never leaks into the file silently.
 *
 * @throws {@link JsonValidationError} (`INVALID_SETTINGS`), {@link SettingsEnvError}, {@link FileAccessError}.
 *
 * @example
 * ```ts
 * import { loadSettings, saveSettings } from '@vm/adapter-json';
 * const loaded = await loadSettings('settings.json', { env: process.env });
 * await saveSettings('settings.json', { ...loaded.file, tmdb_access_token: 'eyJhbGciOi…' });
 * ```
 */
export async function saveSettings(
	file: string,
	settings: Settings,
	options: SaveSettingsOptions = {},
): Promise<void> {
	const overrides = (settings as { [ENV_OVERRIDES]?: Partial<Record<SettingsField, string>> })[ENV_OVERRIDES];
	for (const [field, value] of Object.entries(overrides ?? {})) {
		if (settings[field] === value) {
			const what = isSecretField(field) ? 'a secret' : 'a value';
			throw new SettingsEnvError(
				`${file}: refusing to write ${field}: it holds ${what} from the environment variable ${SETTINGS_ENV_VARIABLES[field as SettingsField]}, not from the file. Save \`loaded.file\` (what the file holds) with your changes instead of \`loaded.values\`.`,
				{ file },
			);
		}
	}
	const issues = validateSettingsFields(settings);
	const first = issues[0];
	if (first !== undefined) {
		throw new JsonValidationError(`${file}: ${first.at} ${first.message}.`, {
			file,
			code: 'INVALID_SETTINGS',
			issues,
		});
	}
	await writeFileAtomic(file, [`${JSON.stringify(settings, null, 2)}\n`], {
		fs: options.fs ?? nodeFileSystem,
		newFileMode: 0o600,
		backup: false,
		removeStale: true,
	});
}
