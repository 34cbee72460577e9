/**
 * The quick-start demo: vm's whole job on a built-in library, offline (no API key, no network).
 *
 *     npx -y pnpm@10 demo        (or: node --import tsx examples/demo/demo.ts [library.json] [catalogue.csv])
 *
 * 1. identify: `enrichInventory()` parses every path and asks a metadata provider once per unique title.
 *    Here the provider is the CSV catalogue of `examples/custom-provider`, named `tmdb` and filled with a
 *    few TMDB ids, standing in for `createTmdbProvider({ apiKey })`.
 * 2. group: `groupInventory()` turns the identified rows into one card per film or episode, with every
 *    version (best first), the parts of each version and the extras inside.
 */

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// In your project: `from '@vm/core'`.
import { enrichInventory, groupInventory, type InventoryItem } from '../../packages/core/src/index.js';
import { createCsvProvider } from '../custom-provider/csv-provider.js';

const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));
const [libraryFile = here('../library.json'), catalogueFile = here('./catalogue.csv')] =
	process.argv.slice(2);

const library = JSON.parse(readFileSync(libraryFile, 'utf8')) as { items: InventoryItem[] };
console.log(`vm demo: ${library.items.length} files from ${libraryFile}`);
console.log(`offline catalogue standing in for TMDB: ${catalogueFile}\n`);

const provider = createCsvProvider({ file: catalogueFile, name: 'tmdb' });
const { items, stats } = await enrichInventory(library.items, { providers: provider, language: 'fr-FR' });
console.log(
	`identify: ${stats.matched} rows matched, ${stats.unmatched} unmatched, ${stats.failed} failed, ` +
		`with ${stats.searches} searches and ${stats.lookups} id lookups`,
);
for (const entry of stats.review) console.log(`  to review: ${entry.path} (${entry.reason})`);

const cards = groupInventory(items);
console.log(`group: ${cards.length} cards\n`);
for (const card of cards) {
	const episode =
		card.kind === 'episode' && card.season !== undefined && card.episode !== undefined
			? ` S${String(card.season).padStart(2, '0')}E${String(card.episode).padStart(2, '0')}`
			: '';
	const heading = `${card.title}${card.year === undefined ? '' : ` (${card.year})`}${episode}`;
	console.log(`${heading.padEnd(44)} ${card.key}`);
	for (const version of card.versions) {
		console.log(`  ▸ ${version.label}`);
		for (const item of version.items) console.log(`      ${item.path}`);
	}
	for (const extra of card.extras) console.log(`  + extra: ${extra.path}`);
}
