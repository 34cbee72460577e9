import { chmod, readFile, stat, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
	DEFAULT_SETTINGS,
	formatSettings,
	isJsonValidationError,
	isSecretField,
	isSettingsEnvError,
	type JsonValidationError,
	loadSettings,
	maskSecret,
	redactSettings,
	SETTINGS_ENV_VARIABLES,
	SettingsEnvError,
	saveSettings,
} from '../src/index.js';
import { useTempDir } from './helpers/temp-dir.js';

const temp = useTempDir();
/** `values` carries an enumerable symbol (the environment overrides); compare its string keys only. */
const plain = (values: object): Record<string, unknown> => Object.fromEntries(Object.entries(values));
const TMDB_KEY = '0123456789abcdef0123456789abcdef';
const TVDB_KEY = 'f1e2d3c4-b5a6-4978-8695-a4b3c2d1e0f9';
const ENV_KEY = 'eeeeeeeeeeeeeeeeeeeeeeeeeeeeeeee';

async function settingsFile(content: unknown): Promise<string> {
	const file = temp.path('settings.json');
	await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content));
	return file;
}

async function loadError(content: unknown, env?: Record<string, string>): Promise<JsonValidationError> {
	const file = await settingsFile(content);
	return loadSettings(file, env === undefined ? {} : { env }).then(
		() => expect.unreachable('loadSettings should have thrown'),
		(error: unknown) => error as JsonValidationError,
	);
}

describe('loadSettings', () => {
	it('gives the defaults for a missing file', async () => {
		const loaded = await loadSettings(temp.path('settings.json'));
		expect({ ...loaded, values: plain(loaded.values) }).toEqual({
			values: { language: 'fr-FR' },
			file: {},
			origins: { language: 'default' },
			exists: false,
		});
		expect(DEFAULT_SETTINGS).toEqual({ language: 'fr-FR' });
	});

	it('reads every known field and keeps unknown ones', async () => {
		const content = {
			tmdb_api_key: TMDB_KEY,
			tmdb_access_token: 'eyJhbGciOiJIUzI1NiJ9.abc.def',
			tvdb_api_key: TVDB_KEY,
			tvdb_pin: '1234',
			language: 'en-US',
			tmdb_base_url: 'http://127.0.0.1:8080/3',
			tvdb_base_url: 'https://proxy.example/v4',
			plex: { url: 'http://plex:32400' },
		};
		const loaded = await loadSettings(await settingsFile(content));
		expect(plain(loaded.values)).toEqual(content);
		expect(loaded.file).toEqual(content);
		expect(loaded.exists).toBe(true);
		expect(Object.values(loaded.origins)).toEqual(Array(7).fill('file'));
	});

	it('lets the environment override the file, field by field, ignoring empty variables', async () => {
		const file = await settingsFile({ tmdb_api_key: TMDB_KEY, language: 'fr-FR', tvdb_pin: '1234' });
		const env = {
			TMDB_API_KEY: ENV_KEY,
			VM_LANGUAGE: 'en-GB',
			TVDB_PIN: '',
			TMDB_BASE_URL: 'http://127.0.0.1:1/3',
			UNRELATED: 'x',
		};
		const loaded = await loadSettings(file, { env });
		expect(plain(loaded.values)).toEqual({
			tmdb_api_key: ENV_KEY,
			language: 'en-GB',
			tvdb_pin: '1234',
			tmdb_base_url: 'http://127.0.0.1:1/3',
		});
		expect(loaded.file).toEqual({ tmdb_api_key: TMDB_KEY, language: 'fr-FR', tvdb_pin: '1234' });
		expect(loaded.origins).toEqual({
			tmdb_api_key: 'env',
			language: 'env',
			tvdb_pin: 'file',
			tmdb_base_url: 'env',
		});
		expect(JSON.stringify(loaded.values)).not.toContain('Symbol');
	});

	it('maps every field to its environment variable', async () => {
		const env = Object.fromEntries(
			Object.values(SETTINGS_ENV_VARIABLES).map((name) => [
				name,
				name.endsWith('URL') ? 'https://x.test/' : name === 'VM_LANGUAGE' ? 'de' : `value-of-${name}`,
			]),
		);
		const loaded = await loadSettings(temp.path('none.json'), { env, defaults: {} });
		expect(plain(loaded.values)).toEqual({
			tmdb_api_key: 'value-of-TMDB_API_KEY',
			tmdb_access_token: 'value-of-TMDB_ACCESS_TOKEN',
			tvdb_api_key: 'value-of-TVDB_API_KEY',
			tvdb_pin: 'value-of-TVDB_PIN',
			language: 'de',
			tmdb_base_url: 'https://x.test/',
			tvdb_base_url: 'https://x.test/',
		});
	});

	it('treats null as "not set", so the default applies', async () => {
		const loaded = await loadSettings(await settingsFile({ language: null, tvdb_pin: null }));
		expect(plain(loaded.values)).toEqual({ language: 'fr-FR' });
		expect(loaded.origins).toEqual({ language: 'default' });
		expect(loaded.file).toEqual({ language: null, tvdb_pin: null });
	});

	it.each([
		['a number as API key', { tmdb_api_key: 12345 }, 'tmdb_api_key must be a string, got a number'],
		[
			'an object as token',
			{ tmdb_access_token: { t: 'x' } },
			'tmdb_access_token must be a string, got an object',
		],
		['an array as PIN', { tvdb_pin: ['1'] }, 'tvdb_pin must be a string, got an array'],
		['a boolean as key', { tvdb_api_key: true }, 'tvdb_api_key must be a string, got a boolean'],
		[
			'an empty key',
			{ tvdb_api_key: '' },
			'tvdb_api_key must not be empty (remove the field, or set it to null)',
		],
		[
			'a padded key',
			{ tmdb_api_key: ` ${TMDB_KEY}\n` },
			'tmdb_api_key must not start or end with whitespace (check the copy-paste; value not shown)',
		],
		[
			'a bad language',
			{ language: 'french' },
			'language must be a language tag such as "fr-FR", got "french"',
		],
		['a numeric language', { language: 33 }, 'language must be a string, got 33'],
		[
			'a relative URL',
			{ tmdb_base_url: '/3' },
			'tmdb_base_url must be an absolute http(s) URL, got a string that is not a URL (value not shown)',
		],
		[
			'an ftp URL',
			{ tvdb_base_url: 'ftp://x.test/' },
			'tvdb_base_url must be an absolute http(s) URL, got a ftp URL',
		],
	])('rejects %s, naming file and field', async (_label, content, message) => {
		const error = await loadError(content);
		expect(isJsonValidationError(error)).toBe(true);
		expect(error.code).toBe('INVALID_SETTINGS');
		expect(error.message).toBe(`[adapter-json] ${temp.path('settings.json')}: ${message}.`);
	});

	it('never puts a secret in the message, the issues or the cause', async () => {
		const secret = 'sup3r-secret-value-123456789';
		const error = await loadError({ tmdb_api_key: ` ${secret}`, tmdb_base_url: `https://user:${secret}@x` });
		const everything = JSON.stringify({
			message: error.message,
			issues: error.issues,
			cause: String(error.cause),
			stack: error.stack,
		});
		expect(everything).not.toContain(secret);
		expect(error.issues).toHaveLength(1);
		const urlError = await loadError({ tmdb_base_url: `notaurl ${secret}` });
		expect(urlError.message).not.toContain(secret);
	});

	it('counts further problems', async () => {
		const error = await loadError({ tmdb_api_key: 1, tvdb_api_key: 2, language: 3 });
		expect(error.issues.map((issue) => issue.at)).toEqual(['tmdb_api_key', 'tvdb_api_key', 'language']);
		expect(error.message).toContain('(and 2 more problems)');
	});

	it('validates environment variables and names them, without their value', async () => {
		const error = await loadError({}, { TMDB_API_KEY: ` ${ENV_KEY}`, VM_LANGUAGE: 'fr_FR' });
		expect(error.issues.map((issue) => issue.at)).toEqual([
			'environment variable TMDB_API_KEY',
			'environment variable VM_LANGUAGE',
		]);
		expect(error.message).not.toContain(ENV_KEY);
	});

	it.each([
		['an array', '[1]', 'an array'],
		['a string', '"x"', '"x"'],
		['null', 'null', 'null'],
	])('rejects a file holding %s', async (_label, text, got) => {
		const error = await loadError(text);
		expect(error.message).toBe(
			`[adapter-json] ${temp.path('settings.json')}: (root) must be a JSON object, got ${got}.`,
		);
	});

	it('keeps a field named __proto__ as data, without touching any prototype', async () => {
		const loaded = await loadSettings(await settingsFile('{"__proto__":{"polluted":true},"language":"fr"}'));
		expect(Object.getPrototypeOf(loaded.values)).toBe(Object.prototype);
		expect((loaded.values as { polluted?: unknown }).polluted).toBeUndefined();
		expect(Object.keys(loaded.values)).toContain('__proto__');
		expect(Object.getPrototypeOf(redactSettings(loaded.values))).toBe(Object.prototype);
		expect(JSON.stringify(redactSettings(loaded.values))).toBe(
			'{"language":"fr","__proto__":{"polluted":true}}',
		);
	});

	it('refuses a directory in place of the file, on load and on save', async () => {
		await expect(loadSettings(temp.dir)).rejects.toMatchObject({ code: 'NOT_A_FILE', file: temp.dir });
		await expect(saveSettings(temp.dir, {})).rejects.toMatchObject({ code: 'NOT_A_FILE', file: temp.dir });
	});

	it('accepts a BOM', async () => {
		const loaded = await loadSettings(await settingsFile('\uFEFF{"language":"fr"}'));
		expect(loaded.values.language).toBe('fr');
	});
});

describe('saveSettings', () => {
	it('creates a new file with mode 0600, even under a permissive umask', async () => {
		const file = temp.path('settings.json');
		const previous = process.umask(0o000);
		try {
			await saveSettings(file, { tmdb_api_key: TMDB_KEY });
		} finally {
			process.umask(previous);
		}
		expect((await stat(file)).mode & 0o777).toBe(0o600);
		expect(await readFile(file, 'utf8')).toBe(`{\n  "tmdb_api_key": "${TMDB_KEY}"\n}\n`);
	});

	it('keeps the mode of an existing file', async () => {
		const file = await settingsFile({});
		await chmod(file, 0o640);
		await saveSettings(file, { language: 'fr-FR' });
		expect((await stat(file)).mode & 0o777).toBe(0o640);
	});

	it('round-trips unknown fields', async () => {
		const content = { language: 'fr-FR', plex: { token_file: '/x', sections: [1, 2] }, comment: 'mine' };
		const file = await settingsFile(content);
		const loaded = await loadSettings(file);
		await saveSettings(file, { ...loaded.file, tvdb_pin: '9999' });
		expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ ...content, tvdb_pin: '9999' });
	});

	it('never copies environment secrets into the file: `file` is what the file held', async () => {
		const file = await settingsFile({ tmdb_api_key: TMDB_KEY });
		const loaded = await loadSettings(file, { env: { TMDB_API_KEY: ENV_KEY, TVDB_PIN: '4321' } });
		await saveSettings(file, { ...loaded.file, language: 'en-US' });
		const saved = await readFile(file, 'utf8');
		expect(saved).not.toContain(ENV_KEY);
		expect(saved).not.toContain('4321');
		expect(JSON.parse(saved)).toEqual({ tmdb_api_key: TMDB_KEY, language: 'en-US' });
	});

	it('refuses `values` (or a copy of it) while it holds an environment value', async () => {
		const file = await settingsFile({ tmdb_api_key: TMDB_KEY });
		const before = await readFile(file, 'utf8');
		const loaded = await loadSettings(file, { env: { TMDB_API_KEY: ENV_KEY, VM_LANGUAGE: 'en' } });
		for (const attempt of [loaded.values, { ...loaded.values, tvdb_pin: '1' }]) {
			const error = await saveSettings(file, attempt).catch((caught: unknown) => caught);
			expect(error).toBeInstanceOf(SettingsEnvError);
			expect(isSettingsEnvError(error)).toBe(true);
			expect((error as SettingsEnvError).code).toBe('SETTINGS_FROM_ENV');
			expect((error as Error).message).toBe(
				`[adapter-json] ${file}: refusing to write tmdb_api_key: it holds a secret from the environment variable TMDB_API_KEY, not from the file. Save \`loaded.file\` (what the file holds) with your changes instead of \`loaded.values\`.`,
			);
			expect((error as Error).message).not.toContain(ENV_KEY);
		}
		const languageOnly = await saveSettings(file, {
			...loaded.values,
			tmdb_api_key: 'a-new-key-typed-by-the-user',
		}).catch((caught: unknown) => caught);
		expect((languageOnly as Error).message).toContain(
			'refusing to write language: it holds a value from the environment variable VM_LANGUAGE',
		);
		expect(await readFile(file, 'utf8')).toBe(before);
	});

	it('accepts a copy of `values` once the user replaced every environment value', async () => {
		const file = await settingsFile({});
		const loaded = await loadSettings(file, { env: { TMDB_API_KEY: ENV_KEY } });
		await saveSettings(file, { ...loaded.values, tmdb_api_key: TMDB_KEY });
		expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ language: 'fr-FR', tmdb_api_key: TMDB_KEY });
	});

	it('validates before writing, without quoting secrets', async () => {
		const file = await settingsFile({ language: 'fr-FR' });
		const error = await saveSettings(file, { tvdb_pin: 1234 as unknown as string }).catch(
			(caught: unknown) => caught,
		);
		expect(error).toMatchObject({ code: 'INVALID_SETTINGS' });
		expect((error as Error).message).toBe(`[adapter-json] ${file}: tvdb_pin must be a string, got a number.`);
		expect(await readFile(file, 'utf8')).toBe('{"language":"fr-FR"}');
	});
});

describe('display helpers', () => {
	it('masks long secrets as abcd…wxyz and short ones entirely', () => {
		expect(maskSecret(TMDB_KEY)).toBe('0123…cdef');
		expect(maskSecret('0123456789abcdef')).toBe('0123…cdef');
		expect(maskSecret('0123456789abcde')).toBe('****');
		expect(maskSecret('1234')).toBe('****');
		expect(maskSecret('')).toBe('(empty)');
	});

	it('knows which fields are secrets, including unknown ones that look like secrets', () => {
		expect(
			[
				'tmdb_api_key',
				'tmdb_access_token',
				'tvdb_api_key',
				'tvdb_pin',
				'plex_token',
				'smtpPassword',
				'client_secret',
			].every(isSecretField),
		).toBe(true);
		expect(['language', 'tmdb_base_url', 'library'].some(isSecretField)).toBe(false);
	});

	it('redacts every secret, whatever its type', () => {
		expect(
			redactSettings({
				tmdb_api_key: TMDB_KEY,
				tvdb_pin: '1234',
				plex_token: 42,
				language: 'fr-FR',
				api_key: null,
			}),
		).toEqual({
			tmdb_api_key: '0123…cdef',
			tvdb_pin: '****',
			plex_token: '****',
			language: 'fr-FR',
			api_key: null,
		});
	});

	it('formats loaded settings with origins, masked secrets and unset fields', async () => {
		const file = await settingsFile({ tmdb_api_key: TMDB_KEY, tvdb_pin: '1234', theme: 'dark' });
		const loaded = await loadSettings(file, { env: { TMDB_ACCESS_TOKEN: ENV_KEY } });
		const text = formatSettings(loaded);
		expect(text.split('\n')).toEqual([
			'language = "fr-FR" (default)',
			'tmdb_api_key = 0123…cdef (file)',
			'tvdb_pin = **** (file)',
			'theme = "dark" (file)',
			'tmdb_access_token = eeee…eeee (env TMDB_ACCESS_TOKEN)',
			'tvdb_api_key = (not set)',
			'tmdb_base_url = (not set)',
			'tvdb_base_url = (not set)',
		]);
		expect(text).not.toContain(TMDB_KEY);
		expect(text).not.toContain(ENV_KEY);
	});
});
