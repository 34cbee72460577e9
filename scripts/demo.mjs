#!/usr/bin/env node
// The quick-start demo: takes the built-in example library (examples/library.json) through vm's
// pipeline with no API key and no network. It grows with the packages: today it shows the
// matching key `normalizeTitle()` gives each folder name.
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { normalizeTitle } from '@vm/core';

const library = JSON.parse(readFileSync(new URL('../examples/library.json', import.meta.url), 'utf8'));
console.log(`vm demo: ${library.items.length} files from examples/library.json\n`);
for (const { path } of library.items) {
	const folder = basename(dirname(path));
	console.log(`${normalizeTitle(folder).padEnd(28)} ← ${path}`);
}
