import { type ChildProcess, spawn } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { loadInventory, saveInventory } from '../src/index.js';
import { useBundledChild } from './helpers/bundled-child.js';
import { useTempDir } from './helpers/temp-dir.js';

const temp = useTempDir();
const ROUNDS = 30;
const ROWS = 10_000;
const child = useBundledChild('save-loop.ts');

/** Resolve once the child printed `ready`; reject if it exits first. */
function ready(process: ChildProcess): Promise<void> {
	return new Promise((resolve, reject) => {
		let output = '';
		let errors = '';
		process.stdout?.on('data', (chunk: Buffer) => {
			output += chunk.toString();
			if (output.includes('ready\n')) resolve();
		});
		process.stderr?.on('data', (chunk: Buffer) => {
			errors += chunk.toString();
		});
		process.on('exit', (code) => reject(new Error(`save loop exited early (${code}): ${errors}`)));
	});
}

const exited = (process: ChildProcess): Promise<void> =>
	new Promise((resolve) => {
		if (process.exitCode !== null || process.signalCode !== null) resolve();
		else process.on('exit', () => resolve());
	});

const tempFiles = (names: string[]): string[] => names.filter((name) => name.endsWith('.tmp'));

describe('a process killed mid-save leaves the old file intact', () => {
	it(`SIGKILL at random moments, ${ROUNDS} rounds: the file is always one complete generation`, {
		timeout: 120_000,
	}, async () => {
		const file = temp.path('inventory.json');
		await writeFile(file, JSON.stringify({ generation: 0, items: [{ path: 'seed.mkv', generation: 0 }] }));
		let lastGeneration = 0;
		let killedMidWrite = 0;
		// A fixed sequence of delays (no Math.random: reproducible), spread over several save cycles.
		const delays = Array.from({ length: ROUNDS }, (_, round) => (round * 23) % 100);
		for (const delay of delays) {
			const saver = spawn(process.execPath, [child.path, file, String(ROWS)], {
				stdio: ['ignore', 'pipe', 'pipe'],
			});
			await ready(saver);
			await new Promise((resolve) => setTimeout(resolve, delay));
			saver.kill('SIGKILL');
			await exited(saver);

			const document = JSON.parse(await readFile(file, 'utf8')) as {
				generation: number;
				items: { generation: number }[];
			};
			const { generation } = document;
			expect(generation).toBeGreaterThanOrEqual(lastGeneration);
			expect(document.items.every((row) => row.generation === generation)).toBe(true);
			if (generation > 0) expect(document.items).toHaveLength(ROWS);
			lastGeneration = generation;
			// At most the dead child's one temp file; the next save removes it.
			const leftovers = tempFiles(await temp.list());
			expect(leftovers.length).toBeLessThanOrEqual(1);
			killedMidWrite += leftovers.length;
		}
		// The kills did land during saves, not only between them.
		expect(killedMidWrite).toBeGreaterThan(0);
		// A final save by a live process cleans up the last dead child's temp file.
		const inventory = await loadInventory(file);
		await saveInventory(file, inventory);
		expect(tempFiles(await temp.list())).toEqual([]);
		console.info(
			`crash test: ${ROUNDS} kills, ${killedMidWrite} mid-write, last generation ${lastGeneration}`,
		);
	});
});
