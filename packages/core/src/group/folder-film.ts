import type { BatchMedia } from '../parse/media-result.js';
import { groupingTitle } from './grouping-title.js';

/** What the folder rule needs to know about one film file of the folder. @internal */
export interface FolderMember {
	readonly parsed: BatchMedia;
	/** `groupingTitle(parsed.title)`. */
	readonly norm: string;
	/** File name without extension. */
	readonly stem: string;
}

/** What {@link agreesWithFolder} reads of a film file: no stem. @internal */
export type FolderTitle = Pick<FolderMember, 'parsed' | 'norm'>;

/**
 * True when {@link folderFilm} finds nothing to do for the folder because its film files agree with
 * its name (the usual `Title (Year)/Title (Year) 1080p.mkv`), decided without the files' stems: a
 * caller can then skip building its members.
 *
 * @internal
 */
export function agreesWithFolder(
	folder: string,
	members: readonly FolderTitle[],
	title: (text: string) => string = groupingTitle,
): boolean {
	const first = members[0];
	return folder.length >= 2 && first !== undefined && agreeWithFolder(folder, members, first, title);
}

/** The film a folder stands for. @internal */
export interface FolderFilm {
	readonly norm: string;
	readonly year?: number | undefined;
	readonly display: string;
}

const ASCII = /^[\x20-\x7e]*$/;

/** File names that say nothing but "the film": they take the folder's identity. */
const GENERIC: ReadonlySet<string> = new Set([
	'movie',
	'film',
	'video',
	'feature',
	'main',
	'main feature',
	'title',
]);

/** Whether a file's own title says nothing (empty, or `movie.mkv`-like). @internal */
export const isGenericTitle = (norm: string): boolean => norm === '' || GENERIC.has(norm);

const startsWithFolder = (stem: string, folder: string): boolean => {
	if (stem.length < folder.length || stem.slice(0, folder.length).toLowerCase() !== folder.toLowerCase()) {
		return false;
	}
	const rest = stem.slice(folder.length).trim();
	const first = rest[0];
	return (
		first === undefined ||
		first === '-' ||
		first === '_' ||
		first === '.' ||
		(first === '[' && rest.includes(']'))
	);
};

/**
 * Whether a folder holds the files of one film, and which. A folder longer than one character
 * whose name parses as a film title is one film when every film file in it (extras aside):
 *
 * - has no year, or the folder's year (or, when the folder has none, the same year as the others); and
 * - has the folder's normalized title, or a generic name (`movie.mkv`), or a name that starts with the
 *   folder name followed by `-`, `_`, `.`, a closed `[…]` or nothing (`Iron Man - 720p`,
 *   `Movie (2020)_4K`; only when the folder has a year or holds a file of its own name or title), or
 *   the folder's year with another title, as long as at most one such other title
 *   is in the folder (a scene name inside `Title (Year)/`; two of them mean a collection), or, in a
 *   scene release folder (`The.Matrix.1999.1080p.BluRay-GRP/`), another title without a year (an
 *   obfuscated file name), under the same one-other-title limit.
 *
 * `parseName` is only called when the files disagree or one of them needs the folder's title.
 *
 * @internal
 */
export function folderFilm(
	folder: string,
	members: readonly FolderMember[],
	parseName: (name: string) => BatchMedia,
	title: (text: string) => string = groupingTitle,
): FolderFilm | undefined {
	const first = members[0];
	if (folder.length < 2 || first === undefined) return undefined;
	if (agreeWithFolder(folder, members, first, title)) return undefined;
	const parsedFolder = parseName(folder);
	if (parsedFolder.kind !== 'movie') return undefined;
	// The parser leaves a bare generic word (`Movie/`) without a title: the folder name is all there is.
	const display = parsedFolder.title === '' ? folder : parsedFolder.title;
	const norm = title(display);
	if (norm === '') return undefined;
	let year = parsedFolder.year;
	const folderHasYear = year !== undefined;
	const releaseFolder =
		parsedFolder.resolution !== undefined ||
		parsedFolder.source !== undefined ||
		parsedFolder.releaseGroup !== undefined;
	// A name that merely starts with the folder's (`Iron Man - 720p`) counts only next to a file of the
	// folder's own title, or under a folder with a year: `Star Wars/Star Wars - Episode IV.mkv` and
	// `Star Wars - Episode V.mkv` alone are a collection, not two copies.
	// Decided at the first file that needs it: a flat collection folder (`Films/` with thousands of
	// films) fails on its first other title, before any stem is read.
	let prefixCounts: boolean | undefined;
	let otherTitle: string | undefined;
	for (const member of members) {
		const memberYear = member.parsed.year;
		if (memberYear !== undefined) {
			if (year === undefined) year = memberYear;
			else if (memberYear !== year) return undefined;
		}
		if (member.norm === norm || isGenericTitle(member.norm)) continue;
		prefixCounts ??= folderHasYear || namesFolder(members, norm, folder.toLowerCase());
		if (prefixCounts && startsWithFolder(member.stem, folder)) continue;
		const sameYear = folderHasYear && memberYear !== undefined;
		const inRelease = releaseFolder && memberYear === undefined;
		if (!sameYear && !inRelease) return undefined;
		if (otherTitle !== undefined && otherTitle !== member.norm) return undefined;
		otherTitle = member.norm;
	}
	return { norm, year, display };
}

/** Whether a file of the folder has its title (`norm`) or its name (`lowerFolder`, lower case). */
const namesFolder = (members: readonly FolderMember[], norm: string, lowerFolder: string): boolean =>
	members.some((member) => member.norm === norm || member.stem.toLowerCase() === lowerFolder);

/**
 * True when the folder rule cannot change anything: all files share one non-generic title and year,
 * and the folder's name is that title (with that year first after it). Saves parsing the folder name
 * in the usual `Title (Year)/Title (Year) 1080p.mkv` layout.
 */
const agreeWithFolder = (
	folder: string,
	members: readonly FolderTitle[],
	first: FolderTitle,
	title: (text: string) => string,
): boolean => {
	const { norm } = first;
	const year = first.parsed.year;
	if (isGenericTitle(norm)) return false;
	for (const member of members) {
		if (member.norm !== norm || member.parsed.year !== year) return false;
	}
	const written = first.parsed.title;
	if (year === undefined) {
		// A folder named as the files are written is their title; one with more digits than the title
		// cannot normalize to it (normalizing keeps every digit), as in a release folder
		// (`Heat.1995.1080p-GRP/heat-grp.mkv`): no title to compute in either case.
		return folder === written || (asciiDigits(folder) <= asciiDigits(norm) && title(folder) === norm);
	}
	const expected = `${norm} ${year}`;
	// Most folders are plain ASCII `Title (Year)`: a cheap fold finds the title and year in them.
	if (ASCII.test(folder) && foldedIncludes(folder, expected)) return true;
	// A folder that writes the files' title (spaces as `.` or `_` allowed), then the year, then
	// anything ASCII (`Le Château (1987)`, `Le.Château.1987.1080p-GRP`) normalizes to `norm year…`,
	// without normalizing it again: normalizing reads words one by one (the ASCII tail keeps it on the
	// same path), and only the leading-article rule could see the year as one more word, which cannot
	// matter once the title has two words.
	if (norm.includes(' ') && isTitleAndYear(folder, written, year)) return true;
	return title(folder).startsWith(expected);
};

/** How many ASCII digits `text` holds. */
const asciiDigits = (text: string): number => {
	let count = 0;
	for (let index = 0; index < text.length; index++) {
		const code = text.charCodeAt(index);
		if (code >= 0x30 && code <= 0x39) count++;
	}
	return count;
};

/**
 * Whether `folder` is `title` (a space of it may be `.` or `_`), a separator, an optional `(`, the
 * four-digit `year`, then nothing or a separator followed by ASCII only.
 */
const isTitleAndYear = (folder: string, title: string, year: number): boolean => {
	if (year < 1000 || year > 9999 || folder.length < title.length + 5) return false;
	for (let index = 0; index < title.length; index++) {
		const want = title.charCodeAt(index);
		const code = folder.charCodeAt(index);
		if (code !== want && !(want === SPACE && (code === DOT || code === UNDERSCORE))) return false;
	}
	let at = title.length;
	if (!isYearSeparator(folder.charCodeAt(at))) return false;
	at++;
	if (folder.charCodeAt(at) === OPEN) at++;
	let value = 0;
	for (const end = at + 4; at < end; at++) {
		const code = folder.charCodeAt(at);
		if (!(code >= 0x30 && code <= 0x39)) return false;
		value = value * 10 + code - 0x30;
	}
	if (value !== year) return false;
	if (at === folder.length) return true;
	const next = folder.charCodeAt(at);
	if (!isYearSeparator(next) && next !== CLOSE && next !== 0x5d) return false;
	for (; at < folder.length; at++) if (folder.charCodeAt(at) > 0x7f) return false;
	return true;
};

const DOT = 0x2e;
const UNDERSCORE = 0x5f;
const OPEN = 0x28;
const CLOSE = 0x29;

/** Separators both normalizing paths read as a word break (`(` too, after the title). */
const isYearSeparator = (code: number): boolean =>
	code === SPACE || code === DOT || code === UNDERSCORE || code === 0x2d || code === OPEN;

/**
 * `folder.toLowerCase().replace(/[^a-z0-9]+/g, ' ').includes(expected)` for an ASCII folder and an
 * `expected` made of `[a-z0-9]` words joined by single spaces, without building the folded copy: a
 * space of `expected` matches a whole run of other characters of the folder.
 */
const foldedIncludes = (folder: string, expected: string): boolean => {
	for (let start = 0; start < folder.length; start++) {
		if (!isAlnum(lower(folder.charCodeAt(start)))) continue;
		let at = start;
		let index = 0;
		for (; index < expected.length; index++) {
			const want = expected.charCodeAt(index);
			if (want === SPACE) {
				if (at >= folder.length || isAlnum(lower(folder.charCodeAt(at)))) break;
				while (at < folder.length && !isAlnum(lower(folder.charCodeAt(at)))) at++;
			} else if (at < folder.length && lower(folder.charCodeAt(at)) === want && isAlnum(want)) at++;
			else break;
		}
		if (index === expected.length) return true;
	}
	return false;
};

const SPACE = 0x20;

/** ASCII lower case of a char code. */
const lower = (code: number): number => (code >= 0x41 && code <= 0x5a ? code + 0x20 : code);

const isAlnum = (code: number): boolean => (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
