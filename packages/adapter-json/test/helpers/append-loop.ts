/**
 * Child process of the lock test: `count` times, load the inventory, add one row named after this
 * writer, and save; a save refused because another writer saved first (INVENTORY_CHANGED_ON_DISK) is
 * redone from a fresh load, as an app would. Prints `conflicts <n>` at the end.
 * Usage: node append-loop.js <file> <writer> <count> (bundled by the test)
 */
import { isAdapterJsonError, loadInventory, saveInventory } from '../../src/index.js';

const [file, writer, countText] = process.argv.slice(2);
if (file === undefined || writer === undefined || countText === undefined)
	throw new Error('usage: append-loop.ts <file> <writer> <count>');
let conflicts = 0;
for (let index = 0; index < Number(countText); index++) {
	for (;;) {
		const inventory = await loadInventory(file);
		inventory.items.push({ path: `${writer}/${index}.mkv` });
		try {
			await saveInventory(file, inventory);
			break;
		} catch (error) {
			if (!isAdapterJsonError(error) || error.code !== 'INVENTORY_CHANGED_ON_DISK') throw error;
			conflicts++;
		}
	}
}
process.stdout.write(`conflicts ${conflicts}\n`);
