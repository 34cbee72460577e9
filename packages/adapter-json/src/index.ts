/**
 * `@vm/adapter-json`: read and write vm's settings.json and inventory file. Validated (errors name the
 * file, row and field, never a secret), atomic (temp file, fsync, rename: never half-written), guarded
 * against lost updates, and faithful (shape, key order, layout and number literals are written back).
 *
 * @packageDocumentation
 */

export type {
	AdapterJsonErrorCode,
	AdapterJsonErrorOptions,
	FileAccessErrorOptions,
	JsonSyntaxErrorOptions,
	JsonValidationErrorOptions,
	ValidationIssue,
} from './errors/adapter-json-error.js';
export {
	AdapterJsonError,
	FileAccessError,
	InventoryChangedError,
	JsonSyntaxError,
	JsonValidationError,
	SettingsEnvError,
} from './errors/adapter-json-error.js';
export {
	isAdapterJsonError,
	isFileAccessError,
	isInventoryChangedError,
	isJsonSyntaxError,
	isJsonValidationError,
	isSettingsEnvError,
} from './errors/type-guards.js';
export type { FileHandleLike, FileStats, FileSystem } from './file-system.js';
export { nodeFileSystem } from './file-system.js';
export type {
	Inventory,
	InventoryLayout,
	InventoryLiterals,
	InventorySource,
	InventoryStamp,
} from './inventory/inventory.js';
export type { LoadInventoryOptions } from './inventory/load-inventory.js';
export { loadInventory } from './inventory/load-inventory.js';
export type { SaveInventoryOptions } from './inventory/save-inventory.js';
export { saveInventory } from './inventory/save-inventory.js';
export type { NumberLiteral } from './json/number-literals.js';
export { formatSettings, redactSettings } from './settings/format-settings.js';
export type { LoadedSettings, LoadSettingsOptions, SettingOrigin } from './settings/load-settings.js';
export { DEFAULT_SETTINGS, loadSettings } from './settings/load-settings.js';
export { maskSecret } from './settings/mask-secret.js';
export type { SaveSettingsOptions } from './settings/save-settings.js';
export { saveSettings } from './settings/save-settings.js';
export type { Settings, SettingsField } from './settings/settings.js';
export { isSecretField, SETTINGS_ENV_VARIABLES } from './settings/settings.js';
