/**
 * Readers for the numbered markers of a release name (`S01E02`, `1x02`, `E05`, `cd1`), working on one
 * lower-case word at a time with plain index scans: no regular expression, linear time.
 *
 * @packageDocumentation
 * @internal
 */
import { isDigitCode } from '../ascii-text.js';

/** Season and episode numbers read from one word. */
export interface EpisodeWord {
	readonly season?: number;
	readonly episodes: number[];
}

/** Value of `text[from, to)` when it is 1 to `max` ASCII digits, else -1. */
export const digitsValue = (text: string, from = 0, to: number = text.length, max = 4): number => {
	if (to <= from || to - from > max) return -1;
	let value = 0;
	for (let index = from; index < to; index++) {
		const code = text.charCodeAt(index);
		if (!isDigitCode(code)) return -1;
		value = value * 10 + code - 48;
	}
	return value;
};

/** End of the digit run starting at `from`. */
const digitsEnd = (text: string, from: number): number => {
	let index = from;
	while (index < text.length && isDigitCode(text.charCodeAt(index))) index++;
	return index;
};

/** More episodes than this in one word is not a release name. */
const MAX_EPISODES = 100;

/**
 * Read `s01e02`, `s01e02e03`, `s01`, `1x02`, `1x02x03`, `e02` or `ep02`.
 *
 * @internal
 */
export function readEpisodeWord(key: string): EpisodeWord | undefined {
	const first = key.charCodeAt(0);
	if (first === 115 /* s */) {
		const seasonEnd = digitsEnd(key, 1);
		const season = digitsValue(key, 1, seasonEnd, 4);
		if (season < 0) return undefined;
		const episodes: number[] = [];
		let index = seasonEnd;
		// `S06xE01` is written too; `S07D1` is a season's disc.
		if (key.charCodeAt(index) === 120 /* x */ && key.charCodeAt(index + 1) === 101) index++;
		if (key.charCodeAt(index) === 100 /* d */ && digitsValue(key, index + 1, key.length, 2) >= 0)
			return { season, episodes };
		while (index < key.length) {
			const code = key.charCodeAt(index);
			if (code === 43 /* + */ && episodes.length > 0) {
				index++;
				if (key.charCodeAt(index) === 101) index++;
			} else if (code === 101 /* e */) {
				index++;
				if (key.charCodeAt(index) === 112 /* p */) index++;
			} else return undefined;
			const end = digitsEnd(key, index);
			const episode = digitsValue(key, index, end, 4);
			if (episode < 0 || episodes.length >= MAX_EPISODES) return undefined;
			episodes.push(episode);
			index = end;
		}
		return { season, episodes };
	}
	if (first === 101 /* e */) {
		const from = key.charCodeAt(1) === 112 /* p */ ? 2 : 1;
		const end = digitsEnd(key, from);
		const episode = digitsValue(key, from, end, 4);
		if (episode < 0 || end !== key.length) return undefined;
		return { episodes: [episode] };
	}
	if (isDigitCode(first)) {
		const seasonEnd = digitsEnd(key, 0);
		const season = digitsValue(key, 0, seasonEnd, 4);
		if (season < 0 || key.charCodeAt(seasonEnd) !== 120 /* x */) return undefined;
		// `1444x866` is a picture size; a 4-digit season is a year (`1940x01`).
		if (season >= 100 && (season < 1900 || seasonEnd !== 4)) return undefined;
		const episodes: number[] = [];
		let index = seasonEnd;
		while (index < key.length) {
			if (key.charCodeAt(index) !== 120 /* x */) return undefined;
			const end = digitsEnd(key, index + 1);
			const episode = digitsValue(key, index + 1, end, 3);
			if (episode < 0 || episodes.length >= MAX_EPISODES) return undefined;
			episodes.push(episode);
			index = end;
		}
		return { season, episodes };
	}
	return undefined;
}

// `dvd1`, as Plex and Jellyfin stack it (`dvd5` and `dvd9`, disc formats, are source tags read first);
// `disque1`, the French disc.
const PART_PREFIXES: readonly string[] = ['cd', 'pt', 'disc', 'disk', 'disque', 'part', 'dvd'];

/**
 * Read a glued part word (`cd1`, `pt2`, `disc1`, `dvd1`, `part2`, `cd1of2`, `cd1sur2`, `parta` … `partd`).
 *
 * @internal
 */
export function readPartWord(key: string): { readonly prefix: string; readonly value: number } | undefined {
	// Every prefix starts with `c`, `p` or `d`: most words leave here without a string compare.
	const first = key.charCodeAt(0);
	if (first !== 99 && first !== 112 && first !== 100) return undefined;
	for (const prefix of PART_PREFIXES) {
		if (!key.startsWith(prefix)) continue;
		const end = digitsEnd(key, prefix.length);
		// `parta` … `partd`, `cdb`, `disca`: lettered parts, a to d only (`parte` is a word).
		if (end === prefix.length && key.length === end + 1) {
			const letter = partLetter(key, end);
			return letter > 0 ? { prefix, value: letter } : undefined;
		}
		const value = digitsValue(key, prefix.length, end, 2);
		if (value < 0) return undefined;
		if (end === key.length) return { prefix, value };
		// `cd1of2`, French `cd1sur2`.
		const of = key.startsWith('of', end) ? 2 : key.startsWith('sur', end) ? 3 : 0;
		if (of > 0 && digitsValue(key, end + of, key.length, 2) >= 0) return { prefix, value };
		return undefined;
	}
	return undefined;
}

/**
 * The part a lone letter `a` to `d` that ends `key` at `at` stands for (1 to 4), else 0 (`parte`,
 * `Part E` are words).
 *
 * @internal
 */
export const partLetter = (key: string, at: number): number => {
	const letter = at === key.length - 1 ? key.charCodeAt(at) - 96 : 0;
	return letter >= 1 && letter <= 4 ? letter : 0;
};

const NUMBER_WORDS: ReadonlyMap<string, number> = new Map(
	[
		['i', 'one', 'un', 'une', 'premiere'],
		['ii', 'two', 'deux', 'deuxieme'],
		['iii', 'three', 'trois'],
		['iv', 'four', 'quatre'],
		['v', 'five', 'cinq'],
		['vi', 'six'],
		['vii', 'seven', 'sept'],
		['viii', 'eight', 'huit'],
		['ix', 'nine', 'neuf'],
		['x', 'ten', 'dix'],
		['xi', 'eleven', 'onze'],
		['xii', 'twelve', 'douze'],
		['xiii'],
		['xiv'],
		['xv'],
	].flatMap((words, index) => words.map((word) => [word, index + 1] as const)),
);

/**
 * A season or episode number written as digits, a roman numeral or an English / French word.
 *
 * @internal
 */
export const numberWord = (key: string): number => {
	// `2of5`: the second of five.
	const of = key.indexOf('of');
	const value = of > 0 ? digitsValue(key, 0, of, 2) : digitsValue(key, 0, key.length, 4);
	return value >= 0 ? value : (NUMBER_WORDS.get(key) ?? -1);
};
