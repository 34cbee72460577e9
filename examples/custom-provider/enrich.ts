/**
 * Identifies a small French library with the CSV provider, then prints each row and the run's stats.
 *
 *     node --import tsx examples/custom-provider/enrich.ts [library.json] [films.csv]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// In your project: `from '@vm/core'`.
import { enrichInventory, type InventoryItem } from '../../packages/core/src/index.js';
import { createCsvProvider } from './csv-provider.js';

const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));
const [libraryFile = here('./library.json'), csvFile = here('./films.csv')] = process.argv.slice(2);

const inventory = JSON.parse(readFileSync(libraryFile, 'utf8')) as InventoryItem[];
const { items, stats } = await enrichInventory(inventory, {
	providers: createCsvProvider({ file: csvFile }),
	language: 'fr-FR',
});

for (const item of items) {
	const { local_id: id, local_title: title, local_year: year, local_source: source } = item;
	const found =
		id === undefined
			? '(not looked up)'
			: id === null
				? '(no match)'
				: `#${id} ${title ?? '(no title)'} (${year ?? '?'})${source === 'manual' ? ', set by hand' : ''}`;
	console.log(`${found.padEnd(52)} ← ${item.path}`);
}
console.log(
	`\n${stats.total} rows: ${stats.matched} matched, ${stats.unmatched} unmatched, ${stats.skipped} skipped, ` +
		`${stats.failed} failed; ${stats.searches} searches, ${stats.lookups} lookups, ${stats.cacheHits} cache hits`,
);
for (const entry of stats.review) {
	console.log(
		`to review: ${entry.path} (${entry.reason}, best guess #${entry.candidate.id} ${entry.candidate.title})`,
	);
}
