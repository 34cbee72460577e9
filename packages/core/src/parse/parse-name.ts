import { digitsValue, readEpisodeWord, readPartWord } from './markers.js';
import { COMPOUND_HEADS, COMPOUND_ONLY, TAGS, type Tag } from './tags.js';
import { type Token, tokenize } from './tokenize.js';
import type { AudioCodec, ExtraType, Hdr, Resolution, Source, VideoCodec } from './types.js';

/**
 * What one path segment (a file name without extension, or a folder name) says on its own.
 *
 * @internal
 */
export interface NameInfo {
	title: string;
	year?: number;
	season?: number;
	episodes?: number[];
	/** The episode number is an anime-style absolute number (`Show - 24`). */
	absolute?: boolean;
	episodeTitle?: string;
	date?: string;
	resolution?: Resolution;
	source?: Source;
	videoCodec?: VideoCodec;
	hdr?: Hdr;
	audio?: AudioCodec[];
	releaseGroup?: string;
	edition?: string;
	part?: number;
	extra?: ExtraType;
	languages?: string[];
	subtitleLanguages?: string[];
}

type Mark =
	| { readonly t: 'tag'; readonly span: number; readonly tag: Tag }
	| { readonly t: 'episode'; readonly span: number; readonly season?: number; readonly episodes: number[] }
	| { readonly t: 'date'; readonly span: number; readonly value: string }
	| { readonly t: 'part'; readonly span: number; readonly value: number; readonly strong: boolean }
	| { readonly t: 'year'; readonly span: 1; readonly value: number }
	| { readonly t: 'extra'; readonly span: 1; readonly value: ExtraType };

const SEASON_WORDS: ReadonlySet<string> = new Set([
	'season',
	'saison',
	'series',
	'temporada',
	'stagione',
	'staffel',
	'seizoen',
	'sezon',
	'seasons',
	'saisons',
]);
const EPISODE_WORDS: ReadonlySet<string> = new Set([
	'episode',
	'episodes',
	'épisode',
	'episodio',
	'ep',
	'eps',
	'folge',
]);
const PART_SPACED: ReadonlySet<string> = new Set(['cd', 'pt', 'disc', 'disk', 'part', 'dvd']);
const EXTRA_SUFFIXES: ReadonlyMap<string, ExtraType> = new Map([
	['trailer', 'trailer'],
	['teaser', 'trailer'],
	['sample', 'sample'],
	['featurette', 'featurette'],
	['behindthescenes', 'behind-the-scenes'],
	['deleted', 'deleted-scene'],
	['deletedscene', 'deleted-scene'],
	['interview', 'interview'],
	['short', 'short'],
	['scene', 'other'],
	['clip', 'other'],
	['other', 'other'],
	['extra', 'other'],
]);
const WEBSITE_ENDS: ReadonlySet<string> = new Set([
	'com',
	'org',
	'net',
	'info',
	'biz',
	'ph',
	'to',
	'ru',
	'cc',
	'io',
	'tv',
	'me',
	'co',
	'uk',
	'fr',
	'eu',
	'ws',
	'nz',
	'la',
	'in',
	'xyz',
	'se',
	'nl',
	'de',
	'es',
	'it',
	'pl',
	'cx',
	'vip',
	'top',
	'ch',
	'be',
	'mx',
	'lol',
	'site',
	'club',
	'onl',
	'am',
	'st',
	'sx',
	'is',
	'li',
	'pw',
	'nu',
	'ag',
	'gs',
	'cd',
	'ms',
	'bz',
	'unblocked',
]);

const isUpper = (text: string): boolean => text !== text.toLowerCase() && text === text.toUpperCase();

const hasDash = (gap: string): boolean => gap.indexOf('-') !== -1;

/** A gap that joins two words of one multi-word tag: empty or a single `.`, `-`, `_` or space. */
const joins = (gap: string): boolean =>
	gap.length === 1 && (gap === '.' || gap === '-' || gap === ' ' || gap === '_');

/**
 * Read one segment. `file` enables the rules that only make sense for a file name (extra suffixes,
 * a leading episode number).
 *
 * @internal
 */
export function parseName(name: string, maxYear: number, file: boolean): NameInfo {
	const tokens = tokenize(name);
	const count = tokens.length;
	const marks: (Mark | undefined)[] = new Array(count);
	const at = (index: number): Token | undefined => tokens[index];

	// 1. Mark every known word.
	for (let index = 0; index < count; ) {
		const mark = markAt(tokens, index, maxYear);
		if (mark === undefined) {
			index++;
			continue;
		}
		marks[index] = mark;
		index += mark.span;
	}

	// 2. Skip leading bracket groups (anime groups, websites) and `www.site.tld` prefixes.
	let start = 0;
	let leadingGroup: string | undefined;
	while (start < count) {
		const token = at(start) as Token;
		if (token.bracket !== 0) {
			const group = token.group;
			let end = start;
			let allMarked = true;
			let website = false;
			while (end < count && (at(end) as Token).group === group) {
				const key = (at(end) as Token).key;
				if (key === 'www' || (end > start && WEBSITE_ENDS.has(key) && (at(end) as Token).gap === '.'))
					website = true;
				if (marks[end] === undefined) allMarked = false;
				end++;
			}
			if (end >= count) break;
			if (!website && !allMarked && leadingGroup === undefined)
				leadingGroup = name.slice(token.start, (at(end - 1) as Token).end);
			start = end;
			continue;
		}
		if (token.key === 'www') {
			let end = start + 1;
			while (end < count && end < start + 6 && !WEBSITE_ENDS.has((at(end) as Token).key)) end++;
			if (end < count && end < start + 6 && end + 1 < count) {
				start = end + 1;
				continue;
			}
		}
		break;
	}

	// 3. Extra suffix (`-trailer`, `.sample`) on a file name.
	let last = count - 1;
	while (last >= start && (at(last) as Token).bracket !== 0) last--;
	if (file && last > start) {
		const token = at(last) as Token;
		const extra = EXTRA_SUFFIXES.get(token.key);
		const gap = token.gap;
		if (extra !== undefined && (hasDash(gap) || (extra === 'sample' && joins(gap))))
			marks[last] = { t: 'extra', span: 1, value: extra };
	}

	// 4. Find where the title ends.
	let boundary = count;
	let absoluteAt = -1;
	for (let index = start; index < count; index++) {
		const token = at(index) as Token;
		const mark = marks[index];
		if (index > start && token.groupStart) {
			boundary = index;
			break;
		}
		if (mark === undefined) {
			// Anime absolute number: `Show - 24`, `Show - 24v2`; or a file that starts with `03 - Title`.
			if (
				file &&
				isEpisodeNumber(token.key) &&
				(index > start ? token.gap.endsWith('- ') : startsEpisode(tokens, index))
			) {
				absoluteAt = index;
				boundary = index;
				break;
			}
			continue;
		}
		if (mark.t === 'year') continue;
		if (mark.t === 'part' && !mark.strong) {
			index += mark.span - 1;
			continue;
		}
		if (mark.t === 'tag' && mark.tag.weak === true) {
			if (index === start || !weakEnds(tokens, marks, index)) {
				index += mark.span - 1;
				continue;
			}
		}
		boundary = index;
		break;
	}

	// 5. The year: the last plausible year before the boundary (never the first word), else the first after.
	let yearAt = -1;
	const boundaryMark = marks[boundary];
	if (boundaryMark?.t === 'year' && boundary > start) yearAt = boundary;
	else
		for (let index = boundary - 1; index > start; index--)
			if (marks[index]?.t === 'year') {
				yearAt = index;
				break;
			}
	const titleEnd = yearAt >= 0 ? yearAt : boundary;
	const info: NameInfo = { title: titleEnd > start ? cleanTitle(name, tokens, start, titleEnd) : '' };
	if (leadingGroup !== undefined) info.releaseGroup = leadingGroup;

	// 6. Everything after the title.
	let lastMarked = -1;
	let episodeEnd = -1;
	for (let index = titleEnd; index < count; ) {
		const mark = marks[index];
		const token = at(index) as Token;
		if (index === absoluteAt) {
			const value = digitsValue(token.key, 0, leadingDigits(token.key), 4);
			info.episodes = [value];
			if (index > start) info.absolute = true;
			episodeEnd = index + 1;
			if (token.bracket === 0) lastMarked = index;
			index++;
			continue;
		}
		if (mark === undefined) {
			index++;
			continue;
		}
		if (token.bracket === 0) lastMarked = index + mark.span - 1;
		apply(info, mark, index === yearAt || (yearAt < 0 && info.year === undefined));
		if (mark.t === 'episode' && episodeEnd < 0) {
			episodeEnd = index + mark.span;
			// Ranges and lists: S01E01-E03, S01E01-03, S01E01E02, S01.E02.
			let next = episodeEnd;
			while (next < count) {
				const following = at(next) as Token;
				if (following.bracket !== 0 || marks[next] !== undefined) {
					if (marks[next]?.t !== 'episode') break;
				}
				const word = readEpisodeWord(following.key);
				const bare = word === undefined ? digitsValue(following.key, 0, following.key.length, 3) : -1;
				const value =
					word !== undefined && word.season === undefined ? word.episodes[0] : bare >= 0 ? bare : undefined;
				const episodes = info.episodes ?? [];
				const previous = episodes[episodes.length - 1];
				if (value === undefined || !(joins(following.gap) || following.gap === '')) break;
				if (hasDash(following.gap) && previous !== undefined && value > previous && value - previous < 100) {
					for (let episode = previous + 1; episode <= value; episode++) episodes.push(episode);
				} else if (word !== undefined && value !== previous) episodes.push(value);
				else break;
				info.episodes = episodes;
				marks[next] = undefined;
				lastMarked = next;
				next++;
			}
			episodeEnd = next;
			index = next;
			continue;
		}
		index += mark.span;
	}

	// 7. Episode title: the words between the episode marker and the next tag.
	if (episodeEnd > 0 && info.episodes !== undefined) {
		let end = episodeEnd;
		while (end <= last && marks[end] === undefined && !(at(end) as Token).groupStart) end++;
		// A final `-GROUP` word after the episode title is the release group.
		if (end === last + 1 && end - episodeEnd > 1 && (at(end - 1) as Token).gap === '-') end--;
		if (end > episodeEnd) {
			const title = cleanTitle(name, tokens, episodeEnd, end);
			if (title !== '') info.episodeTitle = title;
			lastMarked = Math.max(lastMarked, end - 1);
		}
	}

	// 8. Release group: the words after the last tag, after a `-`; or a trailing `-[GROUP]`.
	if (info.releaseGroup === undefined || leadingGroup !== undefined) {
		const group = readGroup(name, tokens, marks, Math.max(lastMarked, titleEnd - 1), last);
		if (group !== undefined && leadingGroup === undefined) info.releaseGroup = group;
	}
	return info;
}

const leadingDigits = (key: string): number => {
	let index = 0;
	while (index < key.length && key.charCodeAt(index) >= 48 && key.charCodeAt(index) <= 57) index++;
	return index;
};

/** `24`, `024`, `24v2`: a 1–4 digit number, optionally with a version suffix. */
const isEpisodeNumber = (key: string): boolean => {
	const digits = leadingDigits(key);
	if (digits === 0 || digits > 4) return false;
	if (digits === key.length) return true;
	return key.charCodeAt(digits) === 118 /* v */ && digitsValue(key, digits + 1, key.length, 1) >= 0;
};

/** A file name that starts with `03 - ` or `03. `: an episode number, its title after. */
const startsEpisode = (tokens: readonly Token[], index: number): boolean => {
	const token = tokens[index] as Token;
	const next = tokens[index + 1];
	if (token.key.length > 3 || next === undefined) return false;
	return next.gap.indexOf('-') !== -1 || next.gap === '. ';
};

/** A weak tag ends the title when a strong mark follows it, or when it is the last word, in capitals. */
const weakEnds = (tokens: readonly Token[], marks: readonly (Mark | undefined)[], index: number): boolean => {
	const mark = marks[index] as Mark;
	const next = index + mark.span;
	if (next >= tokens.length || (tokens[next] as Token).bracket !== 0) {
		const token = tokens[index] as Token;
		return isUpper(token.text) && !isUpper((tokens[0] as Token).text);
	}
	const following = marks[next];
	if (following === undefined || following.t === 'year') return false;
	if (following.t === 'tag' && following.tag.weak === true) return weakEnds(tokens, marks, next);
	return true;
};

function readGroup(
	name: string,
	tokens: readonly Token[],
	marks: readonly (Mark | undefined)[],
	lastMarked: number,
	last: number,
): string | undefined {
	const first = tokens[lastMarked + 1];
	if (lastMarked >= 0 && first !== undefined && lastMarked + 1 <= last && hasDash(first.gap)) {
		let end = lastMarked + 1;
		while (end + 1 <= last && marks[end + 1] === undefined) end++;
		return name.slice(first.start, (tokens[end] as Token).end);
	}
	// `…x264-[YTS.MX]`: a bracket group right after a dash, at the end.
	const after = tokens[last + 1];
	if (after?.groupStart && hasDash(after.gap) && marks[last + 1] === undefined) {
		let end = last + 1;
		while (end + 1 < tokens.length && (tokens[end + 1] as Token).group === after.group) end++;
		return name.slice(after.start, (tokens[end] as Token).end);
	}
	return undefined;
}

function apply(info: NameInfo, mark: Mark, yearAllowed: boolean): void {
	switch (mark.t) {
		case 'year':
			if (yearAllowed && info.year === undefined) info.year = mark.value;
			return;
		case 'episode':
			if (mark.season !== undefined && info.season === undefined) info.season = mark.season;
			if (mark.episodes.length > 0 && info.episodes === undefined) info.episodes = [...mark.episodes];
			return;
		case 'date':
			info.date ??= mark.value;
			return;
		case 'part':
			info.part ??= mark.value;
			return;
		case 'extra':
			info.extra = mark.value;
			return;
		case 'tag':
			applyTag(info, mark.tag);
	}
}

function applyTag(info: NameInfo, tag: Tag): void {
	switch (tag.type) {
		case 'resolution':
			info.resolution ??= tag.value;
			return;
		case 'source':
			if (info.source === undefined || tag.value === 'remux') info.source = tag.value;
			return;
		case 'videoCodec':
			info.videoCodec ??= tag.value;
			return;
		case 'hdr':
			if (info.hdr === undefined || info.hdr === 'hdr') info.hdr = tag.value;
			return;
		case 'audio':
			if (info.audio === undefined) info.audio = [tag.value];
			else if (!info.audio.includes(tag.value)) info.audio.push(tag.value);
			return;
		case 'language':
			if (info.languages === undefined) info.languages = [tag.value];
			else if (!info.languages.includes(tag.value)) info.languages.push(tag.value);
			return;
		case 'subtitle':
			if (info.subtitleLanguages === undefined) info.subtitleLanguages = [tag.value];
			else if (!info.subtitleLanguages.includes(tag.value)) info.subtitleLanguages.push(tag.value);
			return;
		case 'edition':
			info.edition ??= tag.value;
			return;
		case 'other':
			return;
	}
}

/** Classify the word at `index`, trying the multi-word tags first. */
function markAt(tokens: readonly Token[], index: number, maxYear: number): Mark | undefined {
	const token = tokens[index] as Token;
	const key = token.key;
	const next = tokens[index + 1];
	if (next !== undefined && COMPOUND_HEADS.has(key) && joins(next.gap) && next.bracket === token.bracket) {
		const third = tokens[index + 2];
		if (third !== undefined && joins(third.gap) && third.bracket === token.bracket) {
			const tag = TAGS.get(key + next.key + third.key);
			if (tag !== undefined) return { t: 'tag', span: 3, tag };
		}
		const pair = key + next.key;
		const tag = TAGS.get(pair) ?? (next.gap === '.' ? COMPOUND_ONLY.get(pair) : undefined);
		if (tag !== undefined) return { t: 'tag', span: 2, tag };
	}
	const tag = TAGS.get(key);
	if (tag !== undefined) return { t: 'tag', span: 1, tag };
	const code = key.charCodeAt(0);
	if (code >= 48 && code <= 57) {
		// Digits: a year, a date, a `1x02` marker or a `1920x1080` size.
		if (key.length === 4) {
			const value = digitsValue(key);
			if (value >= 1900 && value <= maxYear) {
				const date = readDate(tokens, index, maxYear);
				if (date !== undefined) return { t: 'date', span: 3, value: date };
				return { t: 'year', span: 1, value };
			}
			if (value >= 0) return undefined;
		}
		if (key.length === 2) {
			const date = readDate(tokens, index, maxYear);
			if (date !== undefined) return { t: 'date', span: 3, value: date };
		}
		const word = readEpisodeWord(key);
		if (word !== undefined) return { t: 'episode', span: 1, ...word };
		return undefined;
	}
	if (code === 115 /* s */ || code === 101 /* e */) {
		const word = readEpisodeWord(key);
		if (word !== undefined) {
			// `S01 E02` / `S01.E02` written as two words.
			if (word.episodes.length === 0 && next !== undefined && joins(next.gap)) {
				const more = next.key.charCodeAt(0) === 101 ? readEpisodeWord(next.key) : undefined;
				if (more !== undefined && more.season === undefined)
					return { t: 'episode', span: 2, season: word.season as number, episodes: more.episodes };
			}
			return { t: 'episode', span: 1, ...word };
		}
	}
	if (next !== undefined && next.bracket === token.bracket) {
		const number = digitsValue(next.key, 0, next.key.length, 3);
		if (number >= 0) {
			if (SEASON_WORDS.has(key)) {
				const third = tokens[index + 2];
				if (third !== undefined && EPISODE_WORDS.has(third.key)) {
					const episode = digitsValue((tokens[index + 3] as Token | undefined)?.key ?? '', 0, undefined, 4);
					if (episode >= 0) return { t: 'episode', span: 4, season: number, episodes: [episode] };
				}
				return { t: 'episode', span: 2, season: number, episodes: [] };
			}
			if (EPISODE_WORDS.has(key)) return { t: 'episode', span: 2, episodes: [number] };
			if (PART_SPACED.has(key) && number > 0 && number < 100)
				return {
					t: 'part',
					span: 2,
					value: number,
					strong: key !== 'part' && key !== 'dvd' ? true : hasDash(token.gap),
				};
		}
	}
	const part = readPartWord(key);
	if (part !== undefined && part.value > 0) return { t: 'part', span: 1, value: part.value, strong: true };
	const episodeGlued = gluedNumber(key, SEASON_WORDS) ?? undefined;
	if (episodeGlued !== undefined) return { t: 'episode', span: 1, season: episodeGlued, episodes: [] };
	return undefined;
}

/** `season2`, `saison02`: a season word glued to its number. */
const gluedNumber = (key: string, words: ReadonlySet<string>): number | undefined => {
	const digits = key.length - trailingDigits(key);
	if (digits === key.length || digits === 0 || !words.has(key.slice(0, digits))) return undefined;
	const value = digitsValue(key, digits, key.length, 3);
	return value >= 0 ? value : undefined;
};

const trailingDigits = (key: string): number => {
	let count = 0;
	for (let index = key.length - 1; index >= 0; index--) {
		const code = key.charCodeAt(index);
		if (code < 48 || code > 57) break;
		count++;
	}
	return count;
};

const pad = (value: number): string => (value < 10 ? `0${value}` : `${value}`);

/** `2014.03.25`, `2014-03-25` or `25.03.2014`, starting at `index`. */
function readDate(tokens: readonly Token[], index: number, maxYear: number): string | undefined {
	const a = tokens[index] as Token;
	const b = tokens[index + 1];
	const c = tokens[index + 2];
	if (b === undefined || c === undefined || !joins(b.gap) || !joins(c.gap) || b.gap !== c.gap)
		return undefined;
	let year: number;
	let day: number;
	const month = digitsValue(b.key, 0, b.key.length, 2);
	if (a.key.length === 4 && b.key.length === 2 && c.key.length === 2) {
		year = digitsValue(a.key);
		day = digitsValue(c.key, 0, 2, 2);
	} else if (a.key.length === 2 && b.key.length === 2 && c.key.length === 4) {
		year = digitsValue(c.key);
		day = digitsValue(a.key, 0, 2, 2);
	} else return undefined;
	if (year < 1900 || year > maxYear || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
	return `${year}-${pad(month)}-${pad(day)}`;
}

const TRIM_CHARS = ' -.,_:;~+';

/** The text between two words, as written: `_` (and `.` in dotted names) read as spaces, trimmed. */
export function cleanTitle(name: string, tokens: readonly Token[], from: number, to: number): string {
	let text = name.slice((tokens[from] as Token).start, (tokens[to - 1] as Token).end);
	if (text.indexOf('_') !== -1) text = text.replaceAll('_', ' ');
	if (text.indexOf('.') !== -1 && (text.indexOf(' ') === -1 || dottedWords(text))) text = dotsToSpaces(text);
	let begin = 0;
	let end = text.length;
	while (begin < end && TRIM_CHARS.indexOf(text.charAt(begin)) !== -1) begin++;
	while (end > begin && TRIM_CHARS.indexOf(text.charAt(end - 1)) !== -1) end--;
	text = text.slice(begin, end);
	return text.indexOf('  ') === -1 ? text : collapseSpaces(text);
}

/** More dots than spaces between words: `The.Title - Other.Words`. */
const dottedWords = (text: string): boolean => {
	let dots = 0;
	let spaces = 0;
	for (let index = 0; index < text.length; index++) {
		const char = text.charCodeAt(index);
		if (char === 46) dots++;
		else if (char === 32) spaces++;
	}
	return dots > spaces;
};

/** Dots become spaces, except inside acronyms (`S.H.I.E.L.D`): a dot between two single letters stays. */
const dotsToSpaces = (text: string): string => {
	let out = '';
	for (let index = 0; index < text.length; index++) {
		const char = text.charAt(index);
		if (char !== '.') {
			out += char;
			continue;
		}
		const singleBefore = index >= 1 && isWordChar(text, index - 1) && !isWordChar(text, index - 2);
		const singleAfter = isWordChar(text, index + 1) && !isWordChar(text, index + 2);
		out += singleBefore && singleAfter ? '.' : ' ';
	}
	return out;
};

const isWordChar = (text: string, index: number): boolean => {
	if (index < 0 || index >= text.length) return false;
	const code = text.charCodeAt(index);
	return code > 127 || (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
};

const collapseSpaces = (text: string): string => {
	let out = '';
	let space = false;
	for (let index = 0; index < text.length; index++) {
		const char = text.charAt(index);
		if (char === ' ') {
			if (!space) out += char;
			space = true;
		} else {
			out += char;
			space = false;
		}
	}
	return out;
};
