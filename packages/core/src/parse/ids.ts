import { isDigitCode } from '../ascii-text.js';
import type { PathIds } from './types.js';

/** The segment with its tags blanked out, and the edition tag's value. */
export interface SegmentTags {
	readonly text: string;
	readonly edition?: string;
}

const KEYS: ReadonlyMap<string, 'tmdb' | 'imdb' | 'tvdb' | 'edition'> = new Map([
	['tmdb', 'tmdb'],
	['tmdbid', 'tmdb'],
	['imdb', 'imdb'],
	['imdbid', 'imdb'],
	['tvdb', 'tvdb'],
	['tvdbid', 'tvdb'],
	['edition', 'edition'],
]);

const isDigits = (text: string): boolean => {
	if (text.length === 0 || text.length > 12) return false;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code < 48 || code > 57) return false;
	}
	return true;
};

const isImdb = (text: string): boolean =>
	(text.length === 9 || text.length === 10) && text.startsWith('tt') && isDigits(text.slice(2));

/**
 * Read Plex / Jellyfin / Emby tags (`{tmdb-603}`, `[imdbid-tt0133093]`, `(tvdb=81189)`,
 * `{edition-Director's Cut}`) and a bare `tt0133093` word from one path segment. Each `[`/`{` scans only up to the next bracket, so
 * the whole pass is linear. Ids go into `ids` (first of each provider wins); the result is undefined
 * when the segment has no tag to blank out (most names), so that those cost no object.
 *
 * @internal
 */
export function readSegmentTags(segment: string, ids: PathIds): SegmentTags | undefined {
	// Made at the first tag: most names have none.
	let blanks: number[] | undefined;
	let edition: string | undefined;
	let from = 0;
	for (;;) {
		// A native regex scan first: most names have no bracket, and it beats a char-code loop on them.
		if (from === 0 && !HAS_OPEN.test(segment)) break;
		const open = nextOpen(segment, from);
		if (open < 0) break;
		from = open + 1;
		const opener = segment.charCodeAt(open);
		const close = opener === 123 ? 125 : opener === 91 ? 93 : 41;
		let keyEnd = open + 1;
		while (keyEnd < segment.length && keyEnd - open <= 8 && isLetter(segment.charCodeAt(keyEnd))) keyEnd++;
		const separator = segment.charCodeAt(keyEnd);
		if (separator !== 45 /* - */ && separator !== 61 /* = */) continue;
		const key = KEYS.get(segment.slice(open + 1, keyEnd).toLowerCase());
		if (key === undefined) continue;
		let end = keyEnd + 1;
		while (end < segment.length && end - keyEnd <= 200) {
			const code = segment.charCodeAt(end);
			if (code === close || BRACKETS.has(code)) break;
			end++;
		}
		if (segment.charCodeAt(end) !== close) continue;
		const value = segment.slice(keyEnd + 1, end).trim();
		if (key === 'imdb') {
			const lower = value.toLowerCase();
			if (!isImdb(lower)) continue;
			ids.imdb ??= lower;
		} else if (key === 'edition') {
			if (value === '') continue;
			edition ??= value;
		} else {
			if (!isDigits(value)) continue;
			ids[key] ??= Number(value);
		}
		blanks ??= [];
		blanks.push(open, end + 1);
		from = end + 1;
	}
	if (ids.imdb === undefined) {
		const imdb = bareImdb(segment);
		if (imdb !== undefined) ids.imdb = imdb;
	}
	if (blanks === undefined) return undefined;
	const text = blank(segment, blanks);
	return edition === undefined ? { text } : { text, edition };
}

const isLetter = (code: number): boolean => (code | 32) >= 97 && (code | 32) <= 122;

const HAS_OPEN = /[[{(]/;

/** `[ ] { } ( )` */
const BRACKETS: ReadonlySet<number> = new Set([91, 93, 123, 125, 40, 41]);

const nextOpen = (text: string, from: number): number => {
	for (let index = from; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code === 123 || code === 91 || code === 40) return index;
	}
	return -1;
};

/** A bare IMDb id written as a word (`Title - tt0133093`), or undefined. */
const bareImdb = (segment: string): string | undefined => {
	let from = 0;
	for (;;) {
		const at = segment.indexOf('tt', from);
		if (at < 0) return undefined;
		from = at + 2;
		if (at > 0 && isWordCode(segment.charCodeAt(at - 1))) continue;
		let end = at + 2;
		while (end < segment.length && end - at <= 10 && isDigitCode(segment.charCodeAt(end))) end++;
		if (end - at < 9 || end - at > 10 || (end < segment.length && isWordCode(segment.charCodeAt(end))))
			continue;
		return segment.slice(at, end);
	}
};

const isWordCode = (code: number): boolean => isDigitCode(code) || isLetter(code) || code > 127;

/** The segment with each `[start, end)` range of `ranges` replaced by spaces. */
const blank = (segment: string, ranges: readonly number[]): string => {
	let out = '';
	let from = 0;
	for (let index = 0; index < ranges.length; index += 2) {
		const start = ranges[index] as number;
		const end = ranges[index + 1] as number;
		out += `${segment.slice(from, start)}${' '.repeat(end - start)}`;
		from = end;
	}
	return out + segment.slice(from);
};
