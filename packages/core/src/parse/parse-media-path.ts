import { isDigitCode, isLowerCase } from '../ascii-text.js';
import { CONTAINERS } from './containers.js';
import { EXTRA_FOLDERS, folderKey } from './extras-folders.js';
import { readSegmentTags } from './ids.js';
import { initialsOf, mayBeInitials } from './initials.js';
import { looseKey } from './loose-key.js';
import { type BatchMedia, finishDense, NO_IDS, toParsedMedia } from './media-result.js';
import { emptyInfo, type NameInfo, parseName, trailingDigits } from './parse-name.js';
import { createTokenScratch, type TokenScratch } from './tokenize.js';
import type { ExtraType, ParsedMedia, PathIds } from './types.js';

/**
 * Options of {@link parseMediaPath}.
 *
 * @example
 * ```ts
 * import { type ParseOptions, parseMediaPath } from '@vm/core';
 * const options: ParseOptions = { maxYear: 2030 };
 * parseMediaPath('Movie.2029.1080p.mkv', options).year; // 2029
 * ```
 */
export interface ParseOptions {
	/**
	 * The latest year read as a release year; a larger 4-digit number stays in the title
	 * (`Blade Runner 2049`). The parser is pure and never reads the clock: pass the current year + 1
	 * to track time.
	 *
	 * @default DEFAULT_MAX_YEAR (2030)
	 */
	readonly maxYear?: number;
}

/**
 * Default latest plausible release year (see {@link ParseOptions.maxYear}). A fixed constant because
 * `@vm/core` never reads the clock.
 *
 * @example
 * ```ts
 * import { DEFAULT_MAX_YEAR } from '@vm/core';
 * DEFAULT_MAX_YEAR; // 2030
 * ```
 */
export const DEFAULT_MAX_YEAR = 2030;

/** Folders of a disc structure: the title is further up. */
const DISC_FOLDERS: ReadonlySet<string> = new Set([
	'videots',
	'audiots',
	'bdmv',
	'stream',
	'playlist',
	'clipinf',
	'backup',
	'certificate',
	'bdav',
	'hvdvdts',
]);

/** Library roots that never name a work. */
const ROOT_FOLDERS: ReadonlySet<string> = new Set([
	'movies',
	'movie',
	'films',
	'film',
	'series',
	'tv',
	'tvshows',
	'shows',
	'videos',
	'video',
	'downloads',
	'download',
	'media',
	'torrents',
	'complete',
	'completed',
	'incoming',
	'anime',
	'animes',
	'séries',
	'dessinsanimes',
	'documentaires',
	'documentaries',
	'home',
	'mnt',
	'volumes',
	'users',
	'public',
	'data',
	'share',
	'nas',
	'library',
	'plex',
	'jellyfin',
]);

/** Library roots that hold films only. */
const MOVIE_ROOTS: ReadonlySet<string> = new Set([
	'movies',
	'movie',
	'films',
	'film',
	'filmes',
	'peliculas',
	'kino',
]);

/** {@link ROOT_FOLDERS} of series: a bare number under them numbers an episode (see `NameInfo.bareNumber`). */
const SHOW_ROOTS: ReadonlySet<string> = new Set([
	'series',
	'séries',
	'tv',
	'tvshows',
	'shows',
	'anime',
	'animes',
	'dessinsanimes',
]);

/** File names that say nothing: the title is in a folder. */
const GENERIC_FILES: ReadonlySet<string> = new Set([
	'movie',
	'film',
	'video',
	'feature',
	'main',
	'title',
	'index',
	'sample',
	'trailer',
]);

/**
 * Work space of one parser: the words of the name being read, an empty ids object for the next file
 * whose folders tag none, the last title's {@link looseKey} (a file's title is compared with its
 * folder's up to three times, often unchanged), and the last extension as written with its container
 * (a library's files mostly share one).
 */
interface Scratch {
	readonly words: TokenScratch;
	/** Handed to the file's result when its name tags an id, and then replaced (see {@link resultIds}). */
	ids: PathIds;
	title: string;
	loose: string;
	extension: string;
	container: string | undefined;
}

const createScratch = (): Scratch => ({
	words: createTokenScratch(),
	ids: {},
	title: '',
	loose: '',
	extension: '',
	container: undefined,
});

/** The container `fileName`'s extension (after the dot at `dot`) names, kept in `scratch` for the next file. */
const containerOf = (scratch: Scratch, fileName: string, dot: number): string | undefined => {
	const last = scratch.extension;
	if (fileName.length - dot - 1 === last.length && fileName.endsWith(last)) return scratch.container;
	const extension = fileName.slice(dot + 1);
	const container = CONTAINERS.get(extension.toLowerCase());
	scratch.extension = extension;
	scratch.container = container;
	return container;
};

/** {@link looseKey} of `title`, kept in `scratch` for the next call. */
const looseOf = (scratch: Scratch, title: string): string => {
	if (title !== scratch.title) {
		scratch.loose = looseKey(title);
		scratch.title = title;
	}
	return scratch.loose;
};

const isGenericFile = (key: string, parentKey: string): boolean => {
	if (GENERIC_FILES.has(key)) return true;
	if (key.startsWith('vts') || key.startsWith('videots')) return true;
	if (parentKey === 'stream' || parentKey === 'videots' || parentKey === 'bdmv') return true;
	return false;
};

/**
 * The extra a file is when its whole name is an extras word, numbered or not (`Trailer 2.mkv`,
 * `Behind the Scenes.mkv`, `Making-of.mkv`, `Bonus.mkv`: the {@link EXTRA_FOLDERS} names); such a name
 * is generic, its film is its folder's. Not when the folder's own name starts with it (an extras folder
 * aside): that word is the film's title (`Interview (2007)/Interview.mkv`). Read in a named or extras
 * folder only (see {@link parse}).
 */
const extraFileType = (key: string, parentKey: string): ExtraType | undefined => {
	const digits = trailingDigits(key);
	const word = digits === 0 ? key : key.slice(0, key.length - digits);
	const extra = EXTRA_FOLDERS.get(word);
	return extra === undefined || (parentKey.startsWith(word) && !EXTRA_FOLDERS.has(parentKey))
		? undefined
		: extra;
};

/**
 * Read what a video file's path says about it: title, year, season and episodes, quality, edition,
 * part, extra, languages and provider ids. Folders give context: a generic file name (`movie.mkv`,
 * `VIDEO_TS/VTS_01_1.VOB`, `BDMV/STREAM/00000.m2ts`) takes its title and year from its folder, and a
 * `Season 04` folder gives the season. Both `/` and `\` separate folders.
 *
 * Pure and total: no I/O, never throws, linear time in the length of the path.
 *
 * Normalized values: `source` is one of {@link Source}; `videoCodec` of {@link VideoCodec}; `hdr` of
 * {@link Hdr}; `audio` lists {@link AudioCodec}s; languages are ISO 639-1 codes plus `mul`.
 *
 * @example
 * ```ts
 * import { parseMediaPath } from '@vm/core';
 * parseMediaPath('Films/The Matrix (1999)/The.Matrix.1999.1080p.BluRay.x264-GRP.mkv');
 * // { kind: 'movie', title: 'The Matrix', year: 1999, resolution: '1080p', source: 'bluray',
 * //   videoCodec: 'h264', releaseGroup: 'GRP', container: 'mkv', ids: {} }
 * parseMediaPath('Show (2005)/Season 02/Show (2005) - s02e03 - Title.mkv').episodes; // [3]
 * ```
 */
export function parseMediaPath(path: string, options?: ParseOptions): ParsedMedia {
	try {
		const segments = splitPath(typeof path === 'string' ? path : String(path));
		const file = segments.pop() ?? '';
		return parse(
			readFolders(segments, undefined),
			file,
			options?.maxYear ?? DEFAULT_MAX_YEAR,
			createScratch(),
			false,
		);
	} catch {
		/* v8 ignore start -- a safety net: the parser is written not to throw, so no input reaches this */
		return { kind: 'movie', title: '', ids: {} };
		/* v8 ignore stop */
	}
}

/**
 * A {@link parseMediaPath} for many paths at once: what the folders of a path say is read once and
 * kept for the next path while it is in the same directory. An inventory lists a folder's files
 * together, and most of a path is its folders. Only the last directory is kept: a map of every
 * directory kept tens of thousands of objects alive through the batch, and the garbage collector's
 * copying of them cost more than the reads saved; the next directory takes from it the folders they
 * share (see {@link Folder}).
 *
 * Its results are dense (every field present, `undefined` when absent: see {@link finishDense}) and
 * carry only what grouping reads ({@link BatchMedia}), for `groupInventory`; `parseMediaPath` keeps the
 * sparse layout.
 *
 * @internal
 */
export function createPathParser(maxYear: number = DEFAULT_MAX_YEAR): (path: string) => BatchMedia {
	let lastDirectory = '';
	let lastFolders: Folders | undefined;
	// This parser's own work space: one name is read at a time, so its words are reused for the next.
	const scratch = createScratch();
	return (path) => {
		try {
			const cut = lastSeparator(path);
			const file = path.slice(cut + 1);
			// An empty, `.` or `..` last part is dropped by splitPath: the file is further left. Rare: no cache.
			if (file === '' || file === '.' || file === '..') {
				const segments = splitPath(path);
				const last = segments.pop() ?? '';
				return parse(readFolders(segments, lastFolders), last, maxYear, scratch, true);
			}
			// Compared as a slice (no copy is made): `===` on it beat `path.startsWith(lastDirectory)`, 7–10
			// against 11–21 ms per 100k paths, and the slice is the new directory's name when it differs.
			const directory = path.slice(0, Math.max(cut, 0));
			let folders = lastFolders;
			if (folders === undefined || directory !== lastDirectory) {
				folders = readFolders(splitPath(directory), lastFolders);
				lastDirectory = directory;
				lastFolders = folders;
			}
			return parse(folders, file, maxYear, scratch, true);
		} catch {
			/* v8 ignore start -- the same safety net as parseMediaPath's */
			return { kind: 'movie', title: '', ids: {} };
			/* v8 ignore stop */
		}
	};
}

/**
 * One folder of a path, as read on its own. Consecutive directories share the objects of the folders
 * they have in common (`Films/`, `Séries/Show/`), so that a sibling directory, or the folder a file
 * comes back to after its `Sample/` subfolder, neither reads those names again nor parses them again
 * (a fifth of the folder `parseName`s of the bench library). Only the last directory's are kept.
 */
interface Folder {
	/** The name as written in the path. */
	readonly raw: string;
	/** The name with its id and edition tags blanked out. */
	readonly text: string;
	/** {@link folderKey} of `text`. */
	readonly key: string;
	/**
	 * What the key says for a file below, looked up once here rather than in three sets for each file:
	 * `skip` (empty name or disc structure), `drive` (`C:`, the walk stops), `extra` (see `extra`),
	 * `specials`, `root` (a library root) or `name` (a name to parse).
	 */
	readonly role: 'skip' | 'drive' | 'extra' | 'specials' | 'root' | 'name';
	/** The extra type of an extras folder. */
	readonly extra: ExtraType | undefined;
	/** It holds an id tag or a bare IMDb id (rare: its ids are read again when a directory sums them). */
	readonly tagged: boolean;
	readonly edition: string | undefined;
	/** `parseName` of `text`, made when a file first needs it. */
	name: NameInfo | undefined;
	/** {@link looseKey} of the parsed title, made when a file first compares its title with it. */
	loose: string | undefined;
}

/**
 * What the folders of a path say on their own, the same for every file in them. Shared by the files
 * of one directory: nothing here is changed once read (but the lazily made fields of {@link Folder}),
 * and what a file's result takes from it is copied (see {@link unshare}).
 */
interface Folders {
	/** Outermost first. */
	readonly list: readonly Folder[];
	/** Ids tagged in the folders, first tag of each provider wins (copied into each file's `ids`). */
	readonly ids: PathIds | undefined;
	/** The first `{edition-…}` tag of the folders. */
	readonly edition: string | undefined;
	/** Numbers may be an episode's: false under a films-only root (`Movies/`, `Films/`). */
	readonly numbers: boolean;
	/** Under a series root (`Séries/`, `TV/`): a bare number is an episode's. */
	readonly shows: boolean;
	/** Under an anime root (`Anime/`, `Animes/`): a bare number counts episodes from the first. */
	readonly anime: boolean;
	/**
	 * No extras or specials folder below the nearest named one: a complete file name takes nothing
	 * from these folders (see {@link readContext}).
	 */
	readonly plain: boolean;
}

/** Read the folder `raw`. */
const readFolder = (raw: string): Folder => {
	const own: PathIds = {};
	const tags = readSegmentTags(raw, own);
	const text = tags === undefined ? raw : tags.text;
	const tagged = own.tmdb !== undefined || own.imdb !== undefined || own.tvdb !== undefined;
	const key = folderKey(text);
	const extra = EXTRA_FOLDERS.get(key);
	return {
		raw,
		text,
		key,
		role: roleOf(key, extra),
		extra,
		tagged,
		edition: tags?.edition,
		name: undefined,
		loose: undefined,
	};
};

/** Folders of a show's specials, its season 0: `Specials/`, and French `Spéciaux/` and `Hors-série/`. */
const SPECIALS_FOLDERS: ReadonlySet<string> = new Set([
	'specials',
	'special',
	'speciaux',
	'spéciaux',
	'horsserie',
	'horssérie',
	'horsseries',
	'horsséries',
]);

/** {@link Folder.role} of a folder key, in the order the walk up the folders tests them. */
const roleOf = (key: string, extra: ExtraType | undefined): Folder['role'] => {
	if (key === '' || DISC_FOLDERS.has(key)) return 'skip';
	if (key.length === 2 && key.charCodeAt(1) === 58 /* : */) return 'drive';
	if (extra !== undefined) return 'extra';
	if (SPECIALS_FOLDERS.has(key)) return 'specials';
	return ROOT_FOLDERS.has(key) ? 'root' : 'name';
};

/** The folders named by `segments`, taking those it shares with `previous` from it. */
function readFolders(segments: readonly string[], previous: Folders | undefined): Folders {
	const list: Folder[] = new Array(segments.length);
	let ids: PathIds | undefined;
	let edition: string | undefined;
	let numbers = true;
	let shows = false;
	let anime = false;
	let shared = true;
	for (let index = 0; index < segments.length; index++) {
		const raw = segments[index] as string;
		const last: Folder | undefined = shared ? previous?.list[index] : undefined;
		shared = last !== undefined && last.raw === raw;
		const folder = shared ? (last as Folder) : readFolder(raw);
		list[index] = folder;
		// Read again in path order, so that the first tag of each provider wins as before.
		if (folder.tagged) {
			ids ??= {};
			readSegmentTags(raw, ids);
		}
		edition ??= folder.edition;
		if (MOVIE_ROOTS.has(folder.key)) numbers = false;
		else if (SHOW_ROOTS.has(folder.key)) {
			shows = true;
			if (folder.key === 'anime' || folder.key === 'animes') anime = true;
		}
	}
	return { list, ids, edition, numbers, shows, anime, plain: isPlain(list) };
}

/** {@link Folders.plain}: the walk of {@link readContext} for a complete file name, without its effects. */
const isPlain = (list: readonly Folder[]): boolean => {
	for (let index = list.length - 1; index >= 0 && index >= list.length - 8; index--) {
		const { role } = list[index] as Folder;
		if (role === 'extra' || role === 'specials') return false;
		if (role === 'drive' || role === 'name') return true;
	}
	return true;
};

/** `parseName` of `folder`, kept in it for the next file. */
const folderName = (folder: Folder, maxYear: number, scratch: Scratch): NameInfo => {
	let info = folder.name;
	if (info === undefined) {
		info = parseName(folder.text, maxYear, false, true, scratch.words);
		folder.name = info;
	}
	return info;
};

/** Whether the file's nearest folder that says anything is a season or specials folder. */
const inSeasonFolder = (folderInfo: Folders, maxYear: number, scratch: Scratch): boolean => {
	const folders = folderInfo.list;
	for (let index = folders.length - 1; index >= 0; index--) {
		const folder = folders[index] as Folder;
		if (folder.role === 'skip' || folder.role === 'extra') continue;
		if (folder.role === 'specials') return true;
		if (folder.role !== 'name') return false;
		const info = folderName(folder, maxYear, scratch);
		return info.title === '' && info.season !== undefined;
	}
	return false;
};

/**
 * Give `result` its own copy of every list it took from the shared `folder` info, so that two files
 * of one directory never return the same array.
 */
function unshare(result: NameInfo, folder: NameInfo): void {
	if (result.episodes !== undefined && result.episodes === folder.episodes)
		result.episodes = [...folder.episodes];
	if (result.seasons !== undefined && result.seasons === folder.seasons) result.seasons = [...folder.seasons];
	if (result.audio !== undefined && result.audio === folder.audio) result.audio = [...folder.audio];
	if (result.languages !== undefined && result.languages === folder.languages)
		result.languages = [...folder.languages];
	if (result.subtitleLanguages !== undefined && result.subtitleLanguages === folder.subtitleLanguages)
		result.subtitleLanguages = [...folder.subtitleLanguages];
	if (result.editions !== undefined && result.editions === folder.editions)
		result.editions = [...folder.editions];
}

/**
 * The `ids` of a file's result, once its name's tags are read into `ids`: a copy of its folders' ids
 * is the file's own; the scratch's empty object is too when its name tagged an id (the scratch then
 * takes a new one), else the dense result shares {@link NO_IDS}. Most paths tag no id: no object then.
 */
const resultIds = (scratch: Scratch, ids: PathIds): PathIds => {
	if (ids !== scratch.ids) return ids;
	if (ids.tmdb === undefined && ids.imdb === undefined && ids.tvdb === undefined) return NO_IDS;
	scratch.ids = {};
	return ids;
};

function parse(
	folderInfo: Folders,
	segment: string,
	maxYear: number,
	scratch: Scratch,
	dense: true,
): BatchMedia;
function parse(
	folderInfo: Folders,
	segment: string,
	maxYear: number,
	scratch: Scratch,
	dense: false,
): ParsedMedia;
function parse(
	folderInfo: Folders,
	segment: string,
	maxYear: number,
	scratch: Scratch,
	dense: boolean,
): ParsedMedia | BatchMedia {
	// The file's own tags come after its folders', as they are read left to right.
	const ids: PathIds = folderInfo.ids === undefined ? scratch.ids : { ...folderInfo.ids };
	const tags = readSegmentTags(segment, ids);
	const edition = folderInfo.edition ?? tags?.edition;

	let fileName = tags === undefined ? segment : tags.text;
	let container: string | undefined;
	const dot = extensionDot(fileName);
	if (dot > 0) {
		container = containerOf(scratch, fileName, dot);
		if (container !== undefined) {
			fileName = fileName.slice(0, dot);
		}
	}

	const folders = folderInfo.list;
	const parentKey = folders[folders.length - 1]?.key ?? '';
	const numbers = folderInfo.numbers;
	const anime = folderInfo.anime;
	let file = parseName(fileName, maxYear, true, numbers, scratch.words, true, anime);
	// `Star Wars Episode 4 - Un nouvel espoir (1977)` is a film; `Show Episode 5 (1998)` in a season folder
	// or under a series root is an episode (rare: read again then).
	if (file.sagaNumber === true && (folderInfo.shows || inSeasonFolder(folderInfo, maxYear, scratch)))
		file = parseName(fileName, maxYear, true, numbers, scratch.words, false, anime);
	if (file.resolution === undefined && REVERSED.test(fileName)) {
		// Obfuscated releases write the name backwards (`…p0801.70E10S.5102.sregnesseM.ehT`).
		const reversed = parseName(
			[...fileName].reverse().join(''),
			maxYear,
			true,
			numbers,
			scratch.words,
			true,
			anime,
		);
		if (reversed.resolution !== undefined && (reversed.episodes !== undefined || reversed.year !== undefined))
			file = reversed;
	}
	const fileKey = folderKey(fileName);
	// Only in a film's or an extras folder: loose in `Films/`, `Interview.mkv` is more likely the film.
	const parentRole = folders[folders.length - 1]?.role;
	const namedExtra =
		parentRole === 'name' || parentRole === 'extra' ? extraFileType(fileKey, parentKey) : undefined;
	const generic = namedExtra !== undefined || isGenericFile(fileKey, parentKey);
	const result: NameInfo = generic ? emptyInfo() : file;
	if (generic) {
		if (file.extra !== undefined) result.extra = file.extra;
		if (file.part !== undefined) result.part = file.part;
	}
	// `trailer.mp4`, `sample.mkv`: generic names that are extras wherever they are.
	const fileExtra = namedExtra ?? (generic ? EXTRA_FOLDERS.get(fileKey) : undefined);
	if (fileExtra !== undefined) result.extra ??= fileExtra;

	// Walk up the folders for context. An episode without a year reads its show's folder even when the
	// name says everything else: `Doctor Who (2005)/Season 1/Doctor.Who.S01E01.720p.mkv` is the 2005 show.
	const complete =
		!generic &&
		result.title !== '' &&
		result.resolution !== undefined &&
		result.year !== undefined &&
		(result.episodes === undefined || result.season !== undefined) &&
		!unreadable(result.title) &&
		!isLowerCase(result.title);
	// A complete file name under folders that cannot change it (no extras or specials folder below the
	// nearest named one: most files) skips the walk.
	if (!(complete && folderInfo.plain)) readContext(folderInfo, result, generic, complete, maxYear, scratch);
	if (folderInfo.shows) result.bareNumber = undefined;
	// After the folders: a disc folder's number (`Disc 2/VIDEO_TS/…`) stays the part.
	if (generic && container === 'vob') readVob(fileName, result);
	// A Blu-ray folder's streams (`BDMV/STREAM/00000.m2ts`): the disc is the source.
	else if (generic && container === 'm2ts' && parentKey === 'stream') result.source ??= 'bluray';

	const episodic =
		result.episodes !== undefined || result.date !== undefined || (result.season !== undefined && !generic);
	// `1 - La Communauté de l'anneau (2001)`, `02. Les Deux Tours (2002)`: a film's number in its
	// collection, before its title and year, is not part of the title. (In a season folder, the same
	// number is the episode's: read above, and the result is then episodic.)
	if (!episodic && result.year !== undefined) dropCollectionNumber(result);
	// `Quotidien du 16.01.2023`: the French `du` (of the) before a broadcast's date is not the show's.
	else if (result.date !== undefined && DATED_BY.test(result.title))
		result.title = result.title.replace(DATED_BY, '');
	return dense
		? finishDense(result, resultIds(scratch, ids), episodic, edition, container)
		: // A sparse result's scratch is its call's own, dropped after it: its ids object is the result's.
			toParsedMedia(result, ids, episodic, edition, container);
}

/**
 * Drops a film's number in its collection from its title: one or two digits before ` - ` (read as a
 * title and its subtitle: the subtitle is the title) or before `. ` and a letter.
 */
const dropCollectionNumber = (result: NameInfo): void => {
	const { title, subtitle } = result;
	// Most titles start with a letter: no pattern tried on them.
	if (!isDigitCode(title.charCodeAt(0))) return;
	if (subtitle !== undefined && result.keepSubtitle === true && COLLECTION_NUMBER.test(title)) {
		result.title = subtitle;
		result.subtitle = undefined;
		result.keepSubtitle = undefined;
	} else if (NUMBERED_TITLE.test(title)) result.title = title.replace(NUMBERED_TITLE, '');
};

/** A French `du` ending a title, before the date it dates. */
const DATED_BY = /(?<=\S) du$/i;

/** A title that is one or two digits only. */
const COLLECTION_NUMBER = /^\d{1,2}$/;

/** A title starting with one or two digits and `. ` before a letter. */
const NUMBERED_TITLE = /^\d{1,2}\. (?=\p{L})/u;

/**
 * Complete `result`, the reading of a file name, with what its folders say: extras and specials
 * folders, a season folder, and the nearest named folder (its title, year and quality tags when the
 * file is of the same work or says too little). Apart from {@link parse}: the common complete file
 * never needs it, and the parser's hot function stays small.
 */
function readContext(
	folderInfo: Folders,
	result: NameInfo,
	generic: boolean,
	complete: boolean,
	maxYear: number,
	scratch: Scratch,
): void {
	const folders = folderInfo.list;
	let titleFolder: NameInfo | undefined;
	let titleFolderOf: Folder | undefined;
	let seasonFolder = false;
	// The title folder is the file's own release folder: only extras, disc or part folders between them.
	let nearest = true;
	let extraFromFolder = false;
	for (let index = folders.length - 1; index >= 0 && index >= folders.length - 8; index--) {
		const folder = folders[index] as Folder;
		const { role } = folder;
		if (role === 'skip') continue;
		if (role === 'drive') break;
		if (role === 'extra') {
			// A folder named as the file's title is its show or film, not extras:
			// `Extras/Season 1/Extras.S01E01.mkv`, `Interview/Interview.2007.1080p.mkv`, `Proof/Proof.2005.mkv`.
			if (result.extra === undefined && folderKey(result.title) !== folder.key) {
				result.extra = folder.extra;
				extraFromFolder = true;
			}
			continue;
		}
		if (role === 'specials') {
			result.season ??= 0;
			seasonFolder = true;
			continue;
		}
		if (role === 'root') continue;
		// A file name that already says everything needs no folder (the common case, kept fast).
		if (complete && !extraFromFolder) break;
		const info = folderName(folder, maxYear, scratch);
		if (info.title === '') {
			if (info.season !== undefined) {
				nearest = false;
				result.season ??= info.season;
				seasonFolder = true;
			}
			if (info.part !== undefined) result.part ??= info.part;
			continue;
		}
		// A hash-named folder (`XD607ebb-BRc5…`) says nothing: look further up.
		if (unreadable(info.title)) {
			nearest = false;
			continue;
		}
		titleFolder = info;
		titleFolderOf = folder;
		break;
	}

	if (titleFolder !== undefined) {
		const folder = titleFolderOf as Folder;
		let folderLoose = folder.loose;
		if (folderLoose === undefined) {
			folderLoose = looseKey(titleFolder.title);
			folder.loose = folderLoose;
		}
		// A file's title is often its folder's, written alike (`Heat (1995)/Heat.1995.DVDRip.mkv`): the
		// folder's key is then the file's, and {@link looseOf} finds it without a lowered, normalized copy.
		scratch.title = titleFolder.title;
		scratch.loose = folderLoose;
		if (!generic && prefersFolder(result, titleFolder, nearest, folderLoose, scratch)) {
			// An unreadable file name (`i-smwhr.avi`, a hash) inside a release folder: the folder names the work.
			const { extra, part, title } = result;
			Object.assign(result, titleFolder);
			if (extra !== undefined) result.extra = extra;
			if (part !== undefined) result.part = part;
			// `Show.S01.FRENCH.DVDRip/05.avi`: a season pack's file named by its number is that episode.
			const number =
				titleFolder.season !== undefined && titleFolder.episodes === undefined
					? episodeNumberName(title, titleFolder.season)
					: -1;
			if (number >= 0) result.episodes = [number];
		}
		if (!seasonFolder && endsFolderTitle(result, titleFolder, folderLoose, scratch)) {
			// `Apollo 13 (1995)/Apollo 13.mkv`: the number closing the folder's title is the film's, not an episode.
			result.title = titleFolder.title;
			result.episodes = undefined;
			result.absolute = undefined;
			result.bareNumber = undefined;
		}
		if (
			seasonFolder &&
			result.episodes === undefined &&
			result.date === undefined &&
			result.title !== '' &&
			!sameLoose(folderLoose, looseOf(scratch, result.title))
		) {
			// `Show/Season 1/Episode Name.mkv`: the file names the episode, or numbers it (`Season 1/05.mkv`).
			const number = episodeNumberName(result.title, result.season);
			if (number >= 0) result.episodes = [number];
			else result.episodeTitle ??= result.title;
			result.title = titleFolder.title;
			result.subtitle = titleFolder.subtitle;
		}
		if (
			!generic &&
			(result.episodes !== undefined || result.date !== undefined) &&
			spellsInitials(result.title, titleFolder.title)
		) {
			// `Game of Thrones/Saison 8/GOT.S08E06…`, `Plus belle la vie/PBLV.E4500…`: the show's initials.
			result.title = titleFolder.title;
			result.subtitle = titleFolder.subtitle;
			result.keepSubtitle = titleFolder.keepSubtitle;
		}
		const needTitle = result.title === '' || extraFromFolder;
		if (result.leadingNumber === true && result.title !== '' && result.episodeTitle === undefined) {
			// `Show/Season 1/03 - Title.mkv`: the words after the number are the episode's title.
			result.episodeTitle = result.title;
			result.title = titleFolder.title;
			result.subtitle = titleFolder.subtitle;
		}
		const sameWork = needTitle || sameLoose(folderLoose, looseOf(scratch, result.title));
		if (needTitle) {
			result.title = titleFolder.title;
			result.subtitle = titleFolder.subtitle;
			result.keepSubtitle = titleFolder.keepSubtitle;
		}
		if (sameWork) {
			// `Show/Show 05.mkv`: a folder named for the title is the show's, and its bare numbers are episodes.
			result.bareNumber = undefined;
			// A scene release writes its file in lower case (`Heat.1995…-GRP/heat.1995…-grp.mkv`): the
			// title takes its folder's spelling of the same words.
			if (
				!needTitle &&
				isLowerCase(result.title) &&
				!isLowerCase(titleFolder.title) &&
				folderLoose === looseOf(scratch, result.title)
			)
				result.title = titleFolder.title;
			fillFrom(result, titleFolder);
			// `The Office (UK)/Series 1/The.Office.S01E01.mkv`: the show's folder says which Office.
			if (result.country === undefined && titleFolder.country !== undefined)
				result.country = titleFolder.country;
		}
		const unnumbered =
			sameWork &&
			!generic &&
			result.extra === undefined &&
			result.episodes === undefined &&
			result.date === undefined &&
			result.title !== '';
		// `Séries/Show/Show - Christmas Special.mkv`: under a series root, a file of the show's own folder
		// that numbers no episode and names no year is one of its specials (season 0), not a film.
		if (unnumbered && folderInfo.shows && nearest && result.year === undefined && result.season === undefined)
			readShowFolderFile(result, titleFolder, folderLoose, scratch);
		// `Show/Specials/Show - Christmas Special.mkv`: the same special in a specials or season folder;
		// `Les Simpson/Saison 24/les.simpson.2401.hdtv.avi`, the season's episode 1.
		else if (unnumbered && seasonFolder) {
			const rest = nameSpecial(result, titleFolder, folderLoose, scratch);
			if (rest !== undefined && packedSeason(rest) === result.season) readPacked(result, rest);
		}
		// `Movie Disc 2/movie.avi`: the film's own folder numbers the part when the file does not.
		if (sameWork && nearest && result.part === undefined && titleFolder.part !== undefined)
			result.part = titleFolder.part;
		// A film's own folder (`Amélie (2001)/Le.Fabuleux.Destin….mkv`) dates it even under another title.
		if (
			result.year === undefined &&
			titleFolder.year !== undefined &&
			(sameWork || (nearest && result.episodes === undefined))
		)
			result.year = titleFolder.year;
		if (result.season === undefined && titleFolder.season !== undefined) result.season = titleFolder.season;
		unshare(result, titleFolder);
	}
}

/** `VTS_01_3`: title set 01, third piece of its film; piece 0 is the title set's menu. */
const VOB_PIECE = /^vts_\d\d_(\d)$/i;

/**
 * A DVD's `VIDEO_TS` files: the film is cut into 1 GB pieces `VTS_01_1.VOB`, `VTS_01_2.VOB`… which are
 * the parts of one copy; the menus (`VIDEO_TS.VOB`, `VTS_01_0.VOB`) are not the film.
 */
function readVob(fileName: string, result: NameInfo): void {
	const piece = VOB_PIECE.exec(fileName)?.[1];
	if (piece === undefined) {
		if (fileName.toLowerCase() === 'video_ts') result.extra ??= 'other';
		return;
	}
	if (piece === '0') result.extra ??= 'other';
	else result.part ??= Number(piece);
	result.source ??= 'dvd';
}

/**
 * Index of the last `/` or `\\` in `path`, or -1. Forward `indexOf` scans (a fast builtin) from one
 * separator to the next: over 100k paths they cost 5 ms, a char-code loop from the end 15–40 ms and
 * `lastIndexOf` (a slower builtin) 8–15 ms, the higher figures on concatenated (rope) strings.
 */
const lastSeparator = (path: string): number => {
	let last = -1;
	for (let at = path.indexOf('/'); at >= 0; at = path.indexOf('/', at + 1)) last = at;
	// Backslashes after the last slash (Windows paths): rare, and the same scan finds the last one.
	for (let at = path.indexOf('\\', last + 1); at >= 0; at = path.indexOf('\\', at + 1)) last = at;
	return last;
};

/**
 * Index of the dot starting an extension of at most 10 characters (`crdownload`), or -1: only the last
 * 11 characters are looked at (a `lastIndexOf` would scan the whole name for names without a dot, and
 * is the slower builtin).
 */
const extensionDot = (name: string): number => {
	const stop = Math.max(name.length - 11, 0);
	for (let index = name.length - 1; index >= stop; index--) if (name.charCodeAt(index) === 46) return index;
	return -1;
};

/** A backwards `S01E07` or `1080p` in a name. */
const REVERSED = /\d\dE\d\dS|p0801|p027/;

/** Path segments, split on `/` and `\`, without empty, `.` and `..` parts. */
function splitPath(path: string): string[] {
	const segments: string[] = [];
	// Separators found by indexOf (a native scan), each kind looked for again only once passed.
	let slash = path.indexOf('/');
	let backslash = path.indexOf('\\');
	let start = 0;
	for (;;) {
		const end =
			slash < 0
				? backslash < 0
					? path.length
					: backslash
				: backslash < 0
					? slash
					: Math.min(slash, backslash);
		// Empty, `.` and `..` parts are dropped without slicing them.
		const length = end - start;
		const dots =
			length <= 2 && (length === 0 || (path.charCodeAt(start) === 46 && path.charCodeAt(end - 1) === 46));
		if (!dots) segments.push(path.slice(start, end));
		if (end === path.length) return segments;
		start = end + 1;
		if (slash >= 0 && slash < start) slash = path.indexOf('/', start);
		if (backslash >= 0 && backslash < start) backslash = path.indexOf('\\', start);
	}
}

/**
 * Whether the release folder right above the file says more than the file name: the file has no year
 * and no episode while the folder has a year, an episode or a quality tag, and the file's title is
 * one or two words or all lower case (`i-smwhr.avi`, `Amelie.mkv`); or the file's title ends with the
 * folder's (`grp-title.2016…`) and the file names no episode the folder does not; or the file's name
 * is a hash or a number (then any folder above with a year or an episode wins).
 */
function prefersFolder(
	file: NameInfo,
	folder: NameInfo,
	parent: boolean,
	folderKey: string,
	scratch: Scratch,
): boolean {
	// A camera's clip (`VID_20190714_153000`) keeps its own name: the folder is an album, not its title.
	if (file.camera === true) return false;
	if (unreadable(file.title) && (folder.episodes !== undefined || folder.year !== undefined)) return true;
	if (!parent) return false;
	const fileKey = looseOf(scratch, file.title);
	if (fileKey === folderKey) return false;
	// `grp-title.2016…` in its release folder; not `[Grp] Sousou no Frieren - 01` in a `Frieren/` folder,
	// whose episode the folder does not name.
	if (
		fileKey.endsWith(` ${folderKey}`) &&
		fileKey.indexOf(' ') > 0 &&
		folder.year === file.year &&
		(file.episodes === undefined || folder.episodes !== undefined) &&
		(file.date === undefined || folder.date !== undefined)
	)
		return true;
	if (file.year !== undefined || file.episodes !== undefined || file.date !== undefined) return false;
	const release =
		folder.year !== undefined ||
		folder.episodes !== undefined ||
		folder.season !== undefined ||
		folder.source !== undefined ||
		folder.resolution !== undefined ||
		folder.videoCodec !== undefined;
	if (!release) return false;
	// At most two words: at most one space (the key's words are separated by one space each).
	return fileKey.indexOf(' ') === fileKey.lastIndexOf(' ') || isLowerCase(file.title);
}

/**
 * Whether `title`, one word of two letters or more, is the initials of `show`'s words (two or more),
 * its leading article counted or not: `GOT` for `Game of Thrones`, `PBLV` for `Plus belle la vie`,
 * `TWD` or `WD` for `The Walking Dead`. Case and accents aside.
 */
const spellsInitials = (title: string, show: string): boolean =>
	// Most episodes write their show in full, longer than its initials; a one-word show has none to write.
	mayBeInitials(title, 2) && initialsOf(show).includes(looseKey(title));

/** A title with no letters (`160725`), or one long word mixing letters and digits (a hash). */
const unreadable = (title: string): boolean => {
	let letters = 0;
	let digits = 0;
	for (let index = 0; index < title.length; index++) {
		const code = title.charCodeAt(index) | 32;
		if (code >= 97 && code <= 122) letters++;
		else if (code >= 48 && code <= 57) digits++;
		else if (code === 32 /* space, as lower-cased */) return false;
	}
	return (letters === 0 && digits >= 5) || (title.length >= 16 && digits >= 3);
};

/**
 * Whether the one bare episode number of a file (`Apollo 13`: title `Apollo`, episode 13) is the number
 * that closes the title of its film folder (`Apollo 13 (1995)`), compared by loose keys.
 */
const endsFolderTitle = (
	result: NameInfo,
	folder: NameInfo,
	folderLoose: string,
	scratch: Scratch,
): boolean => {
	const { episodes } = result;
	if (episodes?.length !== 1 || result.season !== undefined || result.date !== undefined) return false;
	if (folder.episodes !== undefined || folder.season !== undefined || folder.date !== undefined) return false;
	// Made only for such a file: the key of its title.
	const fileLoose = looseOf(scratch, result.title);
	if (fileLoose === '') return false;
	const cut = fileLoose.length;
	if (!folderLoose.startsWith(fileLoose) || folderLoose.charCodeAt(cut) !== 32) return false;
	const rest = folderLoose.slice(cut + 1);
	return DIGITS.test(rest) && Number(rest) === episodes[0];
};

const DIGITS = /^\d{1,4}$/;

/**
 * The episode a file name made of a number only stands for in a season folder (`Season 2/05.mkv`:
 * 5; `Season 1/107.mkv`: 7, as scene names write season 1 episode 7), else -1.
 */
const episodeNumberName = (title: string, season: number | undefined): number => {
	if (!EPISODE_DIGITS.test(title)) return -1;
	const value = Number(title);
	return title.length === 3 && season !== undefined && Math.floor(value / 100) === season
		? value % 100
		: value;
};

const EPISODE_DIGITS = /^\d{1,3}$/;

/** Whether two {@link looseKey}s name one work: equal, or one starts the other. */
const sameLoose = (left: string, right: string): boolean =>
	left === right || left.startsWith(right) || right.startsWith(left);

/** `Part 2`, `Partie 2`, `Pt 2`: the words numbering one part of a show's miniseries. */
const MINISERIES_PART = /^(?:part|partie|pt)\.? ?(\d{1,2})$/i;

/**
 * A file of a show's own folder (`Séries/Show/`) that numbers no episode and names no year: one of its
 * specials (season 0), titled by the words after the show's name, so that its copies and spellings are
 * one episode (`Show - Christmas Special.mkv`, `Show.Christmas.Special.720p.mkv`: the special
 * `Christmas Special`). A miniseries numbers its episodes as parts instead (`Chernobyl.Part.1.1080p`,
 * `Chernobyl - Partie 2`): the part's number is the episode's. Four digits there are a season and an
 * episode (`the.simpsons.2401.hdtv`).
 */
function readShowFolderFile(result: NameInfo, show: NameInfo, showLoose: string, scratch: Scratch): void {
	const { part } = result;
	const rest = nameSpecial(result, show, showLoose, scratch);
	const numbered = rest === undefined || part !== undefined ? null : MINISERIES_PART.exec(rest);
	if (rest === undefined && part !== undefined) {
		// `Chernobyl - Partie 2`: a miniseries' part.
		result.episodes = [part];
		result.part = undefined;
	} else if (numbered !== null) {
		// `Chernobyl.Part.1.1080p`.
		result.episodes = [Number(numbered[1])];
		result.episodeTitle = undefined;
	} else if (rest !== undefined && packedSeason(rest) !== undefined) {
		// `The Simpsons/the.simpsons.2401.hdtv.avi`: S24E01.
		readPacked(result, rest);
	} else result.season = 0;
}

/**
 * The season of four digits after a show's name in its folder, its season then its episode
 * (`the.simpsons.2401.hdtv`: 24), else undefined. As `lost.101` is S01E01; the parser reads a smaller
 * number as an episode's count (`One.Piece.1071`) and leaves these, which out of the show's folder may
 * as well be a title's number (`Blade.Runner.2049.1080p`).
 */
const packedSeason = (rest: string): number | undefined =>
	SEASON_AND_EPISODE.test(rest) && Number(rest) >= 1900 ? Math.floor(Number(rest) / 100) : undefined;

/** Four digits (see {@link packedSeason}). */
const SEASON_AND_EPISODE = /^\d{4}$/;

/** Reads the season and episode of four digits (see {@link packedSeason}) in place of an episode title. */
const readPacked = (result: NameInfo, rest: string): void => {
	const value = Number(rest);
	result.season = Math.floor(value / 100);
	result.episodes = [value % 100];
	result.episodeTitle = undefined;
};

/**
 * Names a special by the words after its show's name, its subtitle (`Show - Christmas Special`) or the
 * title's words that follow the show's (`Show.Christmas.Special.720p`), and titles it with the show's
 * name: those words, undefined when it has none.
 */
function nameSpecial(
	result: NameInfo,
	show: NameInfo,
	showLoose: string,
	scratch: Scratch,
): string | undefined {
	const rest = result.subtitle ?? wordsAfterShow(result.title, showLoose, scratch);
	if (rest === undefined) return undefined;
	result.title = show.title;
	result.subtitle = undefined;
	result.keepSubtitle = undefined;
	result.episodeTitle ??= rest;
	return rest;
}

/**
 * The words of `title` after its show's name (`Christmas Special` in `Show Christmas Special`), when it
 * starts with the show's name (`showLoose`, its loose key) written word for word.
 */
const wordsAfterShow = (title: string, showLoose: string, scratch: Scratch): string | undefined => {
	const loose = looseOf(scratch, title);
	if (
		loose.length <= showLoose.length ||
		!loose.startsWith(showLoose) ||
		loose.charCodeAt(showLoose.length) !== 32
	)
		return undefined;
	const words = title.split(' ');
	if (loose.split(' ').length !== words.length) return undefined;
	return words.slice(showLoose.split(' ').length).join(' ');
};

/** Quality, language and edition tags of the release folder, when the file name lacks them. */
function fillFrom(result: NameInfo, folder: NameInfo): void {
	if (result.resolution === undefined && folder.resolution !== undefined)
		result.resolution = folder.resolution;
	if (result.source === undefined && folder.source !== undefined) result.source = folder.source;
	if (result.videoCodec === undefined && folder.videoCodec !== undefined)
		result.videoCodec = folder.videoCodec;
	if (result.hdr === undefined && folder.hdr !== undefined) result.hdr = folder.hdr;
	if (result.audio === undefined && folder.audio !== undefined) result.audio = folder.audio;
	if (result.edition === undefined && folder.edition !== undefined) {
		result.edition = folder.edition;
		result.editions = folder.editions;
	}
	if (result.languages === undefined && folder.languages !== undefined) result.languages = folder.languages;
	// The release folder's dub (`Heat.1995.MULTi.VFQ/heat-grp.mkv`, `…VFQ.DVDR/VIDEO_TS/`) is its files'.
	if (result.dubs === undefined && folder.dubs !== undefined) result.dubs = folder.dubs;
	if (result.subtitleLanguages === undefined && folder.subtitleLanguages !== undefined)
		result.subtitleLanguages = folder.subtitleLanguages;
	if (result.releaseGroup === undefined && folder.releaseGroup !== undefined)
		result.releaseGroup = folder.releaseGroup;
}
