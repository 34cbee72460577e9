import type { InventoryItem } from '@vm/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
	type AdapterJsonErrorCode,
	type FileAccessError,
	type Inventory,
	type InventoryStamp,
	isInventoryChangedError,
	type JsonValidationError,
	type LoadedSettings,
	loadInventory,
	loadSettings,
	type Settings,
	saveInventory,
	saveSettings,
} from '../src/index.js';

describe('public types', () => {
	it('loads and saves inventories of core rows', () => {
		expectTypeOf(loadInventory).returns.resolves.toEqualTypeOf<Inventory>();
		expectTypeOf<Inventory['items']>().toEqualTypeOf<InventoryItem[]>();
		expectTypeOf(saveInventory).parameter(1).toEqualTypeOf<Inventory | readonly InventoryItem[]>();
		expectTypeOf(saveInventory).returns.resolves.toEqualTypeOf<InventoryStamp>();
	});

	it('types settings, with unknown fields allowed and known ones checked', () => {
		expectTypeOf(loadSettings).returns.resolves.toEqualTypeOf<LoadedSettings>();
		expectTypeOf<Settings['tmdb_api_key']>().toEqualTypeOf<string | undefined>();
		expectTypeOf<{ language: 'fr-FR'; plex: { url: string } }>().toMatchTypeOf<Settings>();
		// @ts-expect-error a PIN is a string
		saveSettings('settings.json', { tvdb_pin: 1234 });
	});

	it('narrows error codes', () => {
		expectTypeOf<FileAccessError['code']>().toEqualTypeOf<
			'NOT_A_FILE' | 'FILE_READ_FAILED' | 'FILE_WRITE_FAILED' | 'FILE_LOCKED'
		>();
		expectTypeOf<JsonValidationError['code']>().toEqualTypeOf<
			'INVALID_SETTINGS' | 'INVALID_INVENTORY' | 'DUPLICATE_PATH'
		>();
		expectTypeOf<FileAccessError['code']>().toMatchTypeOf<AdapterJsonErrorCode>();
		const error: unknown = new Error('x');
		if (isInventoryChangedError(error)) expectTypeOf(error.code).toEqualTypeOf<'INVENTORY_CHANGED_ON_DISK'>();
	});
});
