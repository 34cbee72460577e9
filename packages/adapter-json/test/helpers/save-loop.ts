/**
 * Child process of the crash test: load the inventory, then save new generations of it forever,
 * printing `saved <n>` after each, until the parent kills it with SIGKILL.
 * Usage: node save-loop.js <file> <rows> (bundled by the test), or node --import tsx save-loop.ts <file> <rows>
 */
import { loadInventory, saveInventory } from '../../src/index.js';

const [file, rowsText] = process.argv.slice(2);
if (file === undefined || rowsText === undefined) throw new Error('usage: save-loop.ts <file> <rows>');
const rows = Number(rowsText);
const inventory = await loadInventory(file);
const fields = inventory.fields as { generation?: number };
let generation = fields.generation ?? 0;
process.stdout.write('ready\n');
for (;;) {
	generation++;
	fields.generation = generation;
	inventory.items = Array.from({ length: rows }, (_, index) => ({
		path: `Séries/Show ${index % 97}/S01E${index}.mkv`,
		size: index * generation,
		generation,
	}));
	await saveInventory(file, inventory);
	process.stdout.write(`saved ${generation}\n`);
}
