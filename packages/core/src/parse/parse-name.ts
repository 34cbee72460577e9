import { cleanTitle, rotateArticle } from './clean-title.js';
import { digitsValue, numberWord, readEpisodeWord, readPartWord } from './markers.js';
import { COMPOUND_HEADS, COMPOUND_ONLY, GLUED_LANGUAGES, TAGS, type Tag } from './tags.js';
import { type Token, type TokenScratch, tokenize } from './tokenize.js';
import type { AudioCodec, ExtraType, Hdr, Resolution, Source, VideoCodec } from './types.js';

/**
 * What one path segment (a file name without extension, or a folder name) says on its own.
 *
 * @internal
 */
export interface NameInfo {
	title: string;
	year: number | undefined;
	season: number | undefined;
	episodes: number[] | undefined;
	/** The episode number is an anime-style absolute number (`Show - 24`). */
	absolute: boolean | undefined;
	/** Country code closing the title (`US`, `GB`…). */
	country: string | undefined;
	/** The file name starts with its episode number (`03 - Title`): a folder may hold the show's name. */
	leadingNumber: boolean | undefined;
	episodeTitle: string | undefined;
	date: string | undefined;
	resolution: Resolution | undefined;
	height: number | undefined;
	seasons: number[] | undefined;
	source: Source | undefined;
	videoCodec: VideoCodec | undefined;
	hdr: Hdr | undefined;
	audio: AudioCodec[] | undefined;
	releaseGroup: string | undefined;
	edition: string | undefined;
	part: number | undefined;
	extra: ExtraType | undefined;
	languages: string[] | undefined;
	subtitleLanguages: string[] | undefined;
	editions: string[] | undefined;
	/** Words after a ` - ` in the title (`Fallout` in `Mission Impossible - Fallout`), guessit's alternative title. */
	subtitle: string | undefined;
	/** The name writes the subtitle as part of a film's title (a Plex-style `Title - Subtitle (2018)`). */
	keepSubtitle: boolean | undefined;
	/** A camera's or phone's clip name (`VID_20190714_153000`, `WhatsApp Video 2020-05-01 at …`). */
	camera: boolean | undefined;
}

/**
 * A {@link NameInfo} with every field present: all results share one object shape, which keeps the
 * engine's property accesses monomorphic (the parser reads these objects a lot).
 *
 * @internal
 */
export const emptyInfo = (): NameInfo => ({
	title: '',
	year: undefined,
	season: undefined,
	episodes: undefined,
	absolute: undefined,
	country: undefined,
	leadingNumber: undefined,
	episodeTitle: undefined,
	date: undefined,
	resolution: undefined,
	height: undefined,
	seasons: undefined,
	source: undefined,
	videoCodec: undefined,
	hdr: undefined,
	audio: undefined,
	releaseGroup: undefined,
	edition: undefined,
	part: undefined,
	extra: undefined,
	languages: undefined,
	subtitleLanguages: undefined,
	editions: undefined,
	subtitle: undefined,
	keepSubtitle: undefined,
	camera: undefined,
});

type Mark =
	| { readonly t: 'tag'; readonly span: number; readonly tag: Tag }
	| { readonly t: 'tags'; readonly span: 1; readonly tags: readonly Tag[] }
	| { readonly t: 'episode'; readonly span: number; readonly season?: number; readonly episodes: number[] }
	| { readonly t: 'date'; readonly span: number; readonly value: string }
	| { readonly t: 'part'; readonly span: number; readonly value: number; readonly strong: boolean }
	| { readonly t: 'year'; readonly span: 1; readonly value: number }
	| { readonly t: 'extra'; readonly span: 1; readonly value: ExtraType };

/**
 * Every mark is built with all fields present, in one object shape for every kind, so that reads of
 * `t` stay monomorphic (built in that shape directly: copying each mark into it cost an object per word).
 */
const newMark = (
	t: Mark['t'],
	span: number,
	tag: Tag | undefined,
	tags: readonly Tag[] | undefined,
	season: number | undefined,
	episodes: number[] | undefined,
	value: unknown,
	strong: boolean | undefined,
): Mark => ({ t, span, tag, tags, season, episodes, value, strong }) as unknown as Mark;

const tagMark = (span: number, tag: Tag): Mark =>
	newMark('tag', span, tag, undefined, undefined, undefined, undefined, undefined);
const tagsMark = (tags: readonly Tag[]): Mark =>
	newMark('tags', 1, undefined, tags, undefined, undefined, undefined, undefined);
const episodeMark = (span: number, season: number | undefined, episodes: number[]): Mark =>
	newMark('episode', span, undefined, undefined, season, episodes, undefined, undefined);
const dateMark = (value: string): Mark =>
	newMark('date', 3, undefined, undefined, undefined, undefined, value, undefined);
const yearMark = (value: number): Mark =>
	newMark('year', 1, undefined, undefined, undefined, undefined, value, undefined);
const partMark = (span: number, value: number, strong: boolean): Mark =>
	newMark('part', span, undefined, undefined, undefined, undefined, value, strong);
const extraMark = (value: ExtraType): Mark =>
	newMark('extra', 1, undefined, undefined, undefined, undefined, value, undefined);

/** Country codes that scene names append to a show's title, written in capitals. */
const COUNTRIES: ReadonlyMap<string, string> = new Map([
	['US', 'US'],
	['UK', 'GB'],
	['AU', 'AU'],
	['NZ', 'NZ'],
	['CA', 'CA'],
]);

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
	'e',
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

/** The country a word names (every code is two letters: others are not sliced). */
const countryOf = (name: string, token: Token): string | undefined =>
	token.end - token.start === 2 ? COUNTRIES.get(textOf(name, token)) : undefined;

/** A word as written. */
const textOf = (name: string, token: Token): string => name.slice(token.start, token.end);

const isUpper = (text: string): boolean => text !== text.toLowerCase() && text === text.toUpperCase();

/**
 * {@link isUpper} of a word as written. An ASCII word is read letter by letter, without the three strings
 * the case conversions make: in capitals when it has a capital and no small letter.
 */
const upperWord = (name: string, token: Token): boolean => {
	let capital = false;
	for (let index = token.start; index < token.end; index++) {
		const code = name.charCodeAt(index);
		if (code > 127) return isUpper(textOf(name, token));
		if (code >= 97 && code <= 122) return false;
		if (code >= 65 && code <= 90) capital = true;
	}
	return capital;
};

const hasDash = (gap: string): boolean => gap.indexOf('-') !== -1;

/** A short gap without a dash: `.`, ` `, `. `. */
const shortGap = (gap: string): boolean => gap.length <= 2 && gap.indexOf('-') === -1;

/** A gap that joins two words of one multi-word tag: empty or a single `.`, `-`, `_` or space. */
const joins = (gap: string): boolean =>
	gap.length === 1 && (gap === '.' || gap === '-' || gap === ' ' || gap === '_');

/** File-name prefixes of cameras and phones. */
const CAMERA_PREFIXES: ReadonlySet<string> = new Set([
	'img',
	'vid',
	'video',
	'mov',
	'mvi',
	'dsc',
	'dscn',
	'dscf',
	'pxl',
	'gopr',
	'gp',
	'dji',
	'cimg',
	'sam',
	'wp',
	'mah',
	'signal',
	'whatsapp',
	'screenrecording',
	'trim',
]);

/** A title split: ` - `, `_-_`, `.-.`, `--` (a dash with another separator), not the dash of `Spider-Man`. */
const isSplit = (gap: string): boolean => gap.length >= 2 && gap.indexOf('-') !== -1;

/** Words before a number that make it part of a title (`Vol 1`, `Part 2`, `Chapter 3`). */
const TITLE_NUMBER_WORDS: ReadonlySet<string> = new Set([
	'vol',
	'volume',
	'part',
	'pt',
	'chapter',
	'chapitre',
	'tome',
	'no',
	'number',
	'book',
	'livre',
	'saga',
	'of',
	'and',
	'&',
	'#',
]);

/**
 * Read one segment. `file` enables the rules that only make sense for a file name (extra suffixes,
 * bare episode numbers); `numbers: false` turns the bare episode numbers off (a file under a film library).
 *
 * @internal
 */
export function parseName(
	name: string,
	maxYear: number,
	file: boolean,
	numbers = true,
	scratch?: TokenScratch,
): NameInfo {
	// The words live in `scratch` until its next name: nothing read here keeps a token.
	const tokens = tokenize(name, scratch);
	const count = tokens.length;
	if (file && cameraClip(tokens)) {
		// A home video: no episode, date or year reading; the whole name is its title.
		const clip = emptyInfo();
		clip.title = cleanTitle(name, tokens, 0, count);
		clip.camera = true;
		return clip;
	}
	const marks: (Mark | undefined)[] = new Array(count);

	// 1. Mark every known word.
	let lastYear = -1;
	let lastEpisode = -1;
	let film = -1;
	let lastLanguage: LastLanguage | undefined;
	for (let index = 0; index < count; ) {
		let mark = markAt(tokens, index, maxYear);
		if (mark === undefined) {
			// `Franchise-f21-Film-x02-Bonus`: a film number, and a bonus (or, without a film number, an episode).
			const token = tokens[index] as Token;
			const number = dashedNumber(tokens, index);
			if (number >= 0 && token.key.charCodeAt(0) === 102 /* f */ && film < 0) film = index;
			else if (number >= 0 && token.key.charCodeAt(0) === 120 /* x */)
				mark = film >= 0 ? extraMark('other') : episodeMark(1, undefined, [number]);
		}
		if (mark === undefined) {
			index++;
			continue;
		}
		marks[index] = mark;
		if (mark.t === 'year') lastYear = index;
		else if (mark.t === 'episode') lastEpisode = index;
		else if (mark.t === 'tag' && mark.tag.type === 'language')
			lastLanguage = setLastLanguage(lastLanguage, mark.tag.value, index);
		index += mark.span;
	}

	// 2. Skip leading bracket groups (anime groups, websites), `www.site.tld` / `site.com_` prefixes and tags.
	let start = film >= 0 && hasWordAfter(tokens, marks, film + 1) ? film + 1 : 0;
	let leadingGroup: string | undefined;
	while (start < count) {
		const token = tokens[start] as Token;
		if (token.bracket !== 0) {
			const group = token.group;
			let end = start;
			let allMarked = true;
			let website = false;
			while (end < count && (tokens[end] as Token).group === group) {
				const key = (tokens[end] as Token).key;
				if (key === 'www' || (end > start && WEBSITE_ENDS.has(key) && (tokens[end] as Token).gap === '.'))
					website = true;
				if (marks[end] === undefined) allMarked = false;
				end++;
			}
			if (end >= count) break;
			if (!website && !allMarked && leadingGroup === undefined)
				leadingGroup = name.slice(token.start, (tokens[end - 1] as Token).end);
			start = end;
			continue;
		}
		const website = websiteEnd(tokens, start);
		if (website > start) {
			start = website;
			continue;
		}
		// `09.03.08.Title`: a leading short date.
		if (shortDate(tokens, marks, start)) {
			start += 3;
			continue;
		}
		// Leading technical tags (`h265 - HEVC Riddick …`, `HD 720p: Title`), when words follow them.
		const run = leadingTags(tokens, marks, start);
		if (run > start && hasWordAfter(tokens, marks, run)) {
			start = run;
			continue;
		}
		break;
	}

	// 3. Extra suffix (`-trailer`, `.sample`) on a file name.
	let last = count - 1;
	while (last >= start && (tokens[last] as Token).bracket !== 0) last--;
	if (file && last > start) {
		const token = tokens[last] as Token;
		// `-trailer`, `.trailer`, `_trailer`, `-scene2`; never after a plain space (`The DNA Sample`).
		const digits = trailingDigits(token.key);
		const extra = EXTRA_SUFFIXES.get(
			digits === 0 ? token.key : token.key.slice(0, token.key.length - digits),
		);
		const gap = token.gap;
		// `Show - S01E02 - Other`: a word set off by ` - ` right after an episode marker is the episode's
		// title; `Show - S01E01-trailer` stays a trailer.
		const episodeTitle =
			isSplit(gap) && lastEpisode >= 0 && lastEpisode + (marks[lastEpisode] as Mark).span === last;
		if (extra !== undefined && !episodeTitle && (hasDash(gap) || gap === '.' || gap === '_'))
			marks[last] = extraMark(extra);
	}

	// 4. A file name that starts with its episode number: `03 - Title`, `003-004. Show - Title`, `[Grp] 06 Show`.
	const info = emptyInfo();
	if (leadingGroup !== undefined) info.releaseGroup = leadingGroup;
	let leadingNumber = false;
	if (
		file &&
		start < count &&
		lastYear < 0 &&
		lastEpisode < 0 &&
		marks[start] === undefined &&
		isEpisodeNumber((tokens[start] as Token).key)
	) {
		const next = tokens[start + 1];
		if (
			next !== undefined &&
			(tokens[start] as Token).key.length <= 3 &&
			(hasDash(next.gap) || next.gap === '. ' || leadingGroup !== undefined)
		) {
			const episodes = [leadingValue((tokens[start] as Token).key)];
			let after = start + 1;
			const range = tokens[after];
			if (range !== undefined && range.gap === '-' && marks[after] === undefined) {
				const end = digitsValue(range.key, 0, range.key.length, 3);
				if (end > (episodes[0] as number)) {
					appendRange(episodes, end);
					after++;
				}
			}
			// `03 - Title`, or a name that is only its episode numbers (`05-06`).
			info.episodes = episodes;
			leadingNumber = true;
			start = after;
		}
	}

	// 5. Find where the title ends.
	let boundary = count;
	let weakRun = -1;
	let weakAnswer = false;
	let numberAt = -1;
	for (let index = start; index < count; index++) {
		const token = tokens[index] as Token;
		const mark = marks[index];
		if (index > start && token.groupStart) {
			boundary = index;
			break;
		}
		if (mark === undefined) {
			if (
				file &&
				numbers &&
				index > start &&
				info.episodes === undefined &&
				isEpisodeNumber(token.key) &&
				lastEpisode < index &&
				(isSplit(token.gap) || bareEpisode(tokens, marks, index, lastYear, leadingGroup !== undefined))
			) {
				numberAt = index;
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
			// Every weak tag of a run gets the run's answer: computed once per run (linear time).
			if (index >= weakRun) {
				weakRun = weakRunEnd(marks, index);
				weakAnswer = weakEnds(name, tokens, marks, index, lastLanguage);
			}
			if (index === start || !weakAnswer) {
				index += mark.span - 1;
				continue;
			}
		} else if (
			mark.t === 'tag' &&
			!TECHNICAL.has(mark.tag.type) &&
			!upperWord(name, token) &&
			((mark.span === 1 && (index === start || (lastYear > index && mark.tag.type !== 'language'))) ||
				(lastYear > index && articlesOnly(tokens, start, index)))
		) {
			// Before the year, a word like `Internal` or `Multi` not in capitals is the title's
			// (`Internal.Affairs.1990`), and so is any tag after a lone article (`The.Final.Cut.2004`):
			// scene tags follow the year or are in capitals.
			index += mark.span - 1;
			continue;
		}
		boundary = index;
		break;
	}

	// 6. The year: the last plausible year before the boundary (never the first word), else the first after.
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
	// `Show.US.S01E01`, `The.Voice.UK.2014`: a country code closing the title is not part of it.
	let wordsEnd = titleEnd;
	const country =
		titleEnd - 1 > start && titleEnd < count ? countryOf(name, tokens[titleEnd - 1] as Token) : undefined;
	if (country !== undefined && marks[titleEnd] !== undefined) {
		info.country = country;
		wordsEnd--;
	} else if (titleEnd > start && titleEnd < count) {
		// `The Office (US)`, Plex's way of naming the country's show: a bracketed code right after the title.
		const code = tokens[titleEnd] as Token;
		const after = tokens[titleEnd + 1];
		if (code.bracket === 2 && code.groupStart && (after === undefined || after.group !== code.group))
			info.country = countryOf(name, code);
	}
	const split = titleSplit(tokens, marks, start, wordsEnd);
	if (split.end > split.start) {
		info.title = rotateArticle(cleanTitle(name, tokens, split.start, split.end));
		if (split.end < wordsEnd && !leadingNumber && subtitleWords(name, tokens, split.end, wordsEnd)) {
			info.subtitle = cleanTitle(name, tokens, split.end, wordsEnd);
			info.keepSubtitle = spacedSplits(tokens, split.start, wordsEnd) && plainEnd(tokens, marks, titleEnd);
		}
	}
	if (leadingNumber && split.rest < titleEnd)
		info.episodeTitle = cleanTitle(name, tokens, split.rest, titleEnd);
	if (leadingNumber) info.leadingNumber = true;

	// 7. Tags of the skipped prefix (`[BD][1080p] Title`), then everything after the title.
	for (let index = 0; index < start; index++) {
		const mark = marks[index];
		if (mark?.t === 'tag') applyTag(info, mark.tag);
	}
	let lastMarked = -1;
	let episodeEnd = -1;
	let episodeWords = false;
	let titleRun = -1;
	let titleRunEnds = false;
	for (let index = titleEnd; index < count; ) {
		const mark = marks[index];
		const token = tokens[index] as Token;
		if (
			index === numberAt ||
			// `[Grp] Show (2019) - 04`, `[Grp] Show S2 - 05`: an episode number after the title's year or season.
			(numberAt < 0 &&
				file &&
				numbers &&
				mark === undefined &&
				info.episodes === undefined &&
				(leadingGroup !== undefined || info.season !== undefined) &&
				token.bracket === 0 &&
				isSplit(token.gap) &&
				isEpisodeNumber(token.key) &&
				lastEpisode < index)
		) {
			info.episodes = decodeNumber(token.key, leadingGroup !== undefined, info);
			let next = index + 1;
			// Ranges: `Show - 16-20`, `Show 13-16`.
			const range = tokens[next];
			if (
				range !== undefined &&
				range.gap === '-' &&
				marks[next] === undefined &&
				info.season === undefined
			) {
				const end = digitsValue(range.key, 0, range.key.length, 4);
				if (end > (info.episodes[0] as number)) {
					appendRange(info.episodes, end);
					next++;
				}
			}
			if (tokens[next]?.key === 'of' && digitsValue(tokens[next + 1]?.key ?? '', 0, undefined, 3) >= 0)
				next += 2;
			episodeEnd = next;
			episodeWords = true;
			lastMarked = next - 1;
			index = next;
			continue;
		}
		if (mark === undefined) {
			index++;
			continue;
		}
		if (token.bracket === 0) lastMarked = index + mark.span - 1;
		// Plain words of an episode title (`S00E01.Special`, `The.Real.Deal`) are not tags.
		if (token.bracket !== 0) episodeWords = false;
		const plain = plainWord(name, tokens, marks, index);
		if (plain && episodeWords) {
			// Decided once per run of weak tags, as in step 5.
			if (index >= titleRun) {
				titleRun = weakRunEnd(marks, index);
				titleRunEnds = weakEnds(name, tokens, marks, index, lastLanguage);
			}
			if (!titleRunEnds) {
				index++;
				continue;
			}
		}
		episodeWords = false;
		// A two-letter weak tag (`en`, `fr`) counts in capitals or in brackets: `En Close` is a title's.
		if (plain && token.key.length <= 2 && token.bracket === 0) {
			index++;
			continue;
		}
		apply(info, mark, index === yearAt || (yearAt < 0 && info.year === undefined));
		if (
			mark.t === 'episode' &&
			mark.episodes.length === 0 &&
			info.seasons === undefined &&
			info.season !== undefined
		) {
			const next = extendSeasons(tokens, marks, index + mark.span, info);
			if (next > index + mark.span) {
				lastMarked = next - 1;
				index = next;
				continue;
			}
		}
		if (mark.t === 'episode' && episodeEnd < 0 && info.episodes !== undefined) {
			const next = extendEpisodes(tokens, marks, index + mark.span, info);
			if (next > index + mark.span) lastMarked = next - 1;
			episodeEnd = next;
			episodeWords = true;
			index = next;
			continue;
		}
		index += mark.span;
	}

	// 8. Episode title: the words between the episode marker and the next tag.
	if (episodeEnd > 0 && info.episodeTitle === undefined) {
		let end = episodeEnd;
		while (
			end <= last &&
			!(tokens[end] as Token).groupStart &&
			(marks[end] === undefined || plainWord(name, tokens, marks, end))
		)
			end++;
		// A final `-GROUP` word after the episode title is the release group.
		if (end === last + 1 && end - episodeEnd > 1 && (tokens[end - 1] as Token).gap === '-') end--;
		if (end > episodeEnd) {
			const title = cleanTitle(name, tokens, episodeEnd, end);
			if (title !== '') info.episodeTitle = title;
			lastMarked = Math.max(lastMarked, end - 1);
		}
	}

	// 9. Release group: the words after the last tag, after a `-`; or a trailing `-[GROUP]`.
	if (leadingGroup === undefined) {
		const group = readGroup(name, tokens, marks, Math.max(lastMarked, titleEnd - 1), last);
		if (group !== undefined) info.releaseGroup = group;
	}
	return info;
}

/** Extend an episode list with what follows the marker: `-E03`, `-03`, `E02`, `.S01E03`, ` & S01E03`. */
function extendEpisodes(
	tokens: readonly Token[],
	marks: (Mark | undefined)[],
	from: number,
	info: NameInfo,
): number {
	const episodes = info.episodes as number[];
	let next = from;
	while (next < tokens.length && episodes.length < 200) {
		let following = tokens[next] as Token;
		let skip = 0;
		if ((following.key === '&' || following.key === 'and') && tokens[next + 1] !== undefined) {
			skip = 1;
			following = tokens[next + 1] as Token;
		}
		if (following.bracket !== 0) break;
		const mark = marks[next + skip];
		if (mark !== undefined && mark.t !== 'episode') break;
		const word = readEpisodeWord(following.key);
		const bare =
			word === undefined && mark === undefined ? digitsValue(following.key, 0, following.key.length, 3) : -1;
		const previous = episodes[episodes.length - 1] as number;
		const gap = following.gap;
		if (
			word !== undefined &&
			word.episodes.length > 0 &&
			(word.season === undefined || word.season === info.season)
		) {
			if (!(joins(gap) || gap === '' || isSplit(gap) || skip === 1)) break;
			const value = word.episodes[0] as number;
			if (word.season === undefined && hasDash(gap) && !isSplit(gap) && value > previous)
				appendRange(episodes, value);
			else for (const episode of word.episodes) if (!episodes.includes(episode)) episodes.push(episode);
		} else if (bare > previous && gap === '-' && skip === 0) appendRange(episodes, bare);
		else break;
		marks[next + skip] = undefined;
		next += 1 + skip;
	}
	return next;
}

/** Extend a season with what follows it: `S01-S04`, `Season 1-3`, `Seasons 1 & 2`, `Seasons 1 to 5`. */
function extendSeasons(
	tokens: readonly Token[],
	marks: (Mark | undefined)[],
	from: number,
	info: NameInfo,
): number {
	const seasons = [info.season as number];
	let next = from;
	while (next < tokens.length && seasons.length < 100) {
		const joiner = (tokens[next] as Token).key;
		const skip = joiner === '&' || joiner === 'and' || joiner === 'to' ? 1 : 0;
		const token = tokens[next + skip];
		if (token === undefined || token.bracket !== 0) break;
		const mark = marks[next + skip];
		let value = -1;
		if (mark?.t === 'episode' && mark.episodes.length === 0 && mark.season !== undefined) value = mark.season;
		else if (mark === undefined) value = digitsValue(token.key, 0, token.key.length, 2);
		const previous = seasons[seasons.length - 1] as number;
		if (value <= previous) break;
		if (joiner === 'to' || (skip === 0 && token.gap === '-')) appendRange(seasons, value);
		else if (skip === 1 || token.gap === '.' || token.gap === ' ') seasons.push(value);
		else break;
		marks[next + skip] = undefined;
		next += 1 + skip;
	}
	if (seasons.length > 1) info.seasons = seasons;
	return next;
}

/** Push `last + 1 … to` (at most 100 numbers). */
const appendRange = (episodes: number[], to: number): void => {
	const from = (episodes[episodes.length - 1] as number) + 1;
	for (let episode = from; episode <= to && episode < from + 100; episode++) episodes.push(episode);
};

const leadingValue = (key: string): number => digitsValue(key, 0, leadingDigits(key), 4);

/**
 * The episode a bare number stands for: absolute for anime (`[Group] Show 679`, `Show - 24`); otherwise
 * `307` / `0307` read as season 3 episode 7, as scene names write them.
 */
function decodeNumber(key: string, absolute: boolean, info: NameInfo): number[] {
	const value = leadingValue(key);
	const digits = leadingDigits(key);
	if (!absolute && (digits === 3 || (digits === 4 && key.charCodeAt(0) === 48)) && value >= 100) {
		info.season = Math.floor(value / 100);
		return [value % 100];
	}
	if (absolute) info.absolute = true;
	return [value];
}

/**
 * A bare number after the title is an episode (`Show.Name.07.HDTV`, `[Grp] Show 13`) unless a year
 * follows it (`Ocean's 11 2001`), a word makes it part of the title (`Vol 1`), or it is too short.
 */
function bareEpisode(
	tokens: readonly Token[],
	marks: readonly (Mark | undefined)[],
	index: number,
	lastMarker: number,
	anime: boolean,
): boolean {
	const token = tokens[index] as Token;
	if (lastMarker > index) return false;
	const digits = leadingDigits(token.key);
	const next = tokens[index + 1];
	if (next?.key === 'of' && digitsValue(tokens[index + 2]?.key ?? '', 0, undefined, 3) >= 0) return true;
	if (digits < 2 && !anime) return false;
	// 4 digits: `0307`, or an anime count below any year (`One.Piece.1071`); never `Blade Runner 2049`.
	if (digits === 4 && token.key.charCodeAt(0) !== 48 && !anime && leadingValue(token.key) >= 1900)
		return false;
	if (TITLE_NUMBER_WORDS.has((tokens[index - 1] as Token).key)) return false;
	// `IMG_1234.MOV`, `DSC_0001.JPG`: a camera's clip counter, not an episode.
	if (index === 1 && CAMERA_PREFIXES.has((tokens[0] as Token).key)) return false;
	if (next === undefined || next.groupStart || next.bracket !== 0) return true;
	const mark = marks[index + 1];
	if (mark !== undefined) return mark.t !== 'year';
	if (next.gap === '-' && digitsValue(next.key) >= 0) return true;
	if (isEpisodeNumber(next.key)) return false;
	return isSplit(next.gap) || token.key.charCodeAt(0) === 48 || digits === 3;
}

const TECHNICAL: ReadonlySet<string> = new Set(['resolution', 'source', 'videoCodec', 'audio', 'hdr']);

/** End of a run of tags at `start` that holds at least one strong technical tag, or `start`. */
const leadingTags = (
	tokens: readonly Token[],
	marks: readonly (Mark | undefined)[],
	start: number,
): number => {
	let index = start;
	let technical = false;
	for (;;) {
		const mark = marks[index];
		if (mark?.t !== 'tag' || (tokens[index] as Token).bracket !== 0) break;
		if (mark.tag.weak !== true && TECHNICAL.has(mark.tag.type)) technical = true;
		index += mark.span;
	}
	return technical ? index : start;
};

/** `-f21-` / `-x02-`: a letter and 1–3 digits between dashes; its number, or -1. */
const dashedNumber = (tokens: readonly Token[], index: number): number => {
	const token = tokens[index] as Token;
	const next = tokens[index + 1];
	if (token.gap !== '-' || (next !== undefined && next.gap !== '-') || token.bracket !== 0) return -1;
	return digitsValue(token.key, 1, token.key.length, 3);
};

/** Three dotted 2-digit numbers (`09.03.08`) followed by words. */
const shortDate = (
	tokens: readonly Token[],
	marks: readonly (Mark | undefined)[],
	start: number,
): boolean => {
	for (let index = start; index < start + 3; index++) {
		const token = tokens[index];
		if (token === undefined || token.key.length !== 2 || digitsValue(token.key) < 0) return false;
		if (index > start && token.gap !== '.') return false;
	}
	return hasWordAfter(tokens, marks, start + 3);
};

/** Whether an unmarked word comes at or after `from`, outside brackets. */
const hasWordAfter = (
	tokens: readonly Token[],
	marks: readonly (Mark | undefined)[],
	from: number,
): boolean => {
	for (let index = from; index < tokens.length; index++) {
		if ((tokens[index] as Token).bracket !== 0) return false;
		if (marks[index] === undefined) return !isEpisodeNumber((tokens[index] as Token).key);
	}
	return false;
};

/** End of a `www.site.tld` or `site.com` prefix starting at `start`, or `start`. */
const websiteEnd = (tokens: readonly Token[], start: number): number => {
	const first = tokens[start] as Token;
	const www = first.key === 'www';
	for (let index = start + 1; index < tokens.length && index < start + 5; index++) {
		const token = tokens[index] as Token;
		if (token.gap !== '.') return start;
		if (WEBSITE_ENDS.has(token.key) && (www || index === start + 1)) {
			const after = tokens[index + 1];
			if (after === undefined) return start;
			if (after.gap !== '.') return index + 1;
		}
	}
	return start;
};

/** Single words after a ` - ` that label a copy or a version rather than a subtitle. */
const VERSION_WORDS: ReadonlySet<string> = new Set([
	'copy',
	'copie',
	'kopie',
	'copia',
	'version',
	'alt',
	'new',
]);

/**
 * Whether `[from, to)` reads as a subtitle: not a version label (`- A`, `- 2`, `- Copy`) nor a
 * one-word release group in capitals (`- YIFY`); a roman numeral (`- II`) is a title's.
 */
function subtitleWords(name: string, tokens: readonly Token[], from: number, to: number): boolean {
	if (to - from > 1) return true;
	const token = tokens[from] as Token;
	const key = token.key;
	if (key.length <= 1 || VERSION_WORDS.has(key) || digitsValue(key, 0, key.length, 8) >= 0) return false;
	return !upperWord(name, token) || numberWord(key) > 0;
}

/** Every title split in `(from, to)` is written ` - `, as a person names a file (not `--`, `.-.`, `_-_`). */
const spacedSplits = (tokens: readonly Token[], from: number, to: number): boolean => {
	for (let index = from + 1; index < to; index++) {
		const gap = (tokens[index] as Token).gap;
		if (isSplit(gap) && gap !== ' - ') return false;
	}
	return true;
};

/**
 * What follows a title ends it the way a library name does: nothing, a year in brackets
 * (`Title - Subtitle (2018) 1080p`), a bare year closing the name, or only bracketed tags.
 * Scene-style names with tags right after the words (`Artist - Concert 2012 1080i HDTV`) keep
 * guessit's split.
 */
const plainEnd = (tokens: readonly Token[], marks: readonly (Mark | undefined)[], end: number): boolean => {
	const token = tokens[end];
	if (token === undefined) return true;
	if (marks[end]?.t === 'year' && (token.bracket !== 0 || end === tokens.length - 1)) return true;
	for (let index = end; index < tokens.length; index++)
		if ((tokens[index] as Token).bracket === 0) return false;
	return true;
};

/** Words of a camera's or phone's clip name: a prefix, then a number or a date. */
const CLIP_WORDS: ReadonlyMap<string, string> = new Map([
	['whatsapp', 'video'],
	['screen', 'recording'],
]);

/** A word that starts with a digit (no word: false). */
const startsWithDigit = (token: Token | undefined): boolean => {
	const code = token?.key.charCodeAt(0) ?? 0;
	return code >= 48 && code <= 57;
};

/** `VID_20190714_153000`, `IMG_1234`, `VIDEO_2019-07-14_…`, `WhatsApp Video 2020-05-01 at …`, `Screen Recording …`. */
const cameraClip = (tokens: readonly Token[]): boolean => {
	const first = tokens[0];
	const second = tokens[1];
	if (first === undefined || second === undefined || first.bracket !== 0) return false;
	if (CLIP_WORDS.get(first.key) === second.key) return startsWithDigit(tokens[2]);
	return (
		CAMERA_PREFIXES.has(first.key) && (second.gap === '_' || second.gap === '-') && startsWithDigit(second)
	);
};

/**
 * guessit's reading of `Title - Other words`: the title is the part before the first ` - `; a first part
 * made only of tags (`Fr - Title`) is skipped. `rest` is where the words after the split start.
 */
function titleSplit(
	tokens: readonly Token[],
	marks: readonly (Mark | undefined)[],
	start: number,
	end: number,
): { start: number; end: number; rest: number } {
	let from = start;
	for (let index = start + 1; index < end; index++) {
		if (!isSplit((tokens[index] as Token).gap)) continue;
		let tagsOnly = true;
		for (let word = from; word < index; word++) if (marks[word] === undefined) tagsOnly = false;
		if (!tagsOnly) return { start: from, end: index, rest: index };
		from = index;
	}
	return { start: from, end, rest: end };
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

/**
 * A weak tag ends the title when a strong tag follows it (a year too, for languages and editions), or
 * when it is the last word, in capitals, after a title that is not.
 */
/** A weak one-word tag written as a plain word (`Real`, `En`): part of an episode title. */
const plainWord = (
	name: string,
	tokens: readonly Token[],
	marks: readonly (Mark | undefined)[],
	index: number,
): boolean => {
	const mark = marks[index] as Mark;
	return (
		mark.t === 'tag' && mark.tag.weak === true && mark.span === 1 && !upperWord(name, tokens[index] as Token)
	);
};

const ARTICLES: ReadonlySet<string> = new Set([
	'the',
	'a',
	'an',
	'le',
	'la',
	'les',
	'l',
	'un',
	'une',
	'der',
	'die',
	'das',
]);

/** Whether the words in `[start, end)` are all articles (`The`): no title on their own. */
const articlesOnly = (tokens: readonly Token[], start: number, end: number): boolean => {
	for (let index = start; index < end; index++) if (!ARTICLES.has((tokens[index] as Token).key)) return false;
	return true;
};

/**
 * Where each language was last tagged in a name, as `[value, index, value, index…]`. A plain list, not a
 * map: a name tags one or two languages, and the tag table bounds the distinct values, so a lookup
 * stays a short scan (and the name's pass linear).
 */
type LastLanguage = (string | number)[];

const setLastLanguage = (list: LastLanguage | undefined, value: string, index: number): LastLanguage => {
	if (list === undefined) return [value, index];
	for (let at = 0; at < list.length; at += 2)
		if (list[at] === value) {
			list[at + 1] = index;
			return list;
		}
	list.push(value, index);
	return list;
};

const lastLanguageAt = (list: LastLanguage | undefined, value: string): number => {
	if (list !== undefined)
		for (let at = 0; at < list.length; at += 2) if (list[at] === value) return list[at + 1] as number;
	return -1;
};

/** End of the run of weak tags starting at `start`. */
const weakRunEnd = (marks: readonly (Mark | undefined)[], start: number): number => {
	let index = start;
	for (;;) {
		const mark = marks[index];
		if (mark?.t !== 'tag' || mark.tag.weak !== true) return index;
		index += mark.span;
	}
};

const weakEnds = (
	name: string,
	tokens: readonly Token[],
	marks: readonly (Mark | undefined)[],
	start: number,
	lastLanguage: LastLanguage | undefined,
): boolean => {
	// Walk a run of weak tags (a loop, not recursion: a name can hold thousands of them).
	for (let index = start; ; ) {
		const mark = marks[index] as Mark & { t: 'tag' };
		const next = index + mark.span;
		if (next >= tokens.length || (tokens[next] as Token).bracket !== 0) {
			const token = tokens[index] as Token;
			return upperWord(name, token) && !upperWord(name, tokens[0] as Token);
		}
		const following = marks[next];
		if (following === undefined) return false;
		if (following.t === 'year') {
			if (mark.tag.type === 'edition') return upperWord(name, tokens[index] as Token);
			// `Pacific.Rim.3D.2013`: a 3D release says so right before a bare year; `Step Up 3D (2010)` is a title.
			if (mark.tag.type === 'other' && mark.tag.value === '3d') return (tokens[next] as Token).bracket === 0;
			// `Immersion.French.2011…FRENCH`: the same language tagged again later makes this word the title's.
			return mark.tag.type === 'language' && lastLanguageAt(lastLanguage, mark.tag.value) < next;
		}
		if (following.t !== 'tag') return false;
		if (following.tag.weak !== true) return true;
		index = next;
	}
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
			// `S2014E18`, `2016x03`: a year used as the season number.
			if (mark.season !== undefined && mark.season >= 1900 && info.year === undefined)
				info.year = mark.season;
			if (mark.season !== undefined && info.season === undefined) info.season = mark.season;
			if (mark.episodes.length > 0 && info.episodes === undefined) info.episodes = [...mark.episodes];
			return;
		case 'date':
			info.date ??= mark.value;
			return;
		case 'part':
			// `Title Disc 2 cd1`: the last marker is the file's part, as stacking reads it.
			info.part = mark.value;
			return;
		case 'extra':
			info.extra = mark.value;
			return;
		case 'tag':
			applyTag(info, mark.tag);
			return;
		case 'tags':
			for (const tag of mark.tags) applyTag(info, tag);
	}
}

function applyTag(info: NameInfo, tag: Tag): void {
	switch (tag.type) {
		case 'resolution':
			info.resolution ??= tag.value;
			return;
		case 'height':
			info.height ??= tag.value;
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
			if (info.editions === undefined) info.editions = [tag.value];
			else if (!info.editions.includes(tag.value)) info.editions.push(tag.value);
			info.edition ??= tag.value;
			return;
		case 'other':
			return;
	}
}

/**
 * The mark of each table tag, made once and shared by every name (per word count: one, two or three
 * words): a mark is never changed once made, and most marked words are table tags, so marking them
 * allocates nothing.
 */
const tagMarks = (table: ReadonlyMap<string, Tag>, span: number): ReadonlyMap<string, Mark> =>
	new Map([...table].map(([key, tag]) => [key, tagMark(span, tag)]));
const PAIR_TAG_MARKS = tagMarks(TAGS, 2);
const TRIPLE_TAG_MARKS = tagMarks(TAGS, 3);
const CHANNEL_MARKS = tagMarks(COMPOUND_ONLY, 2);

/** What the tables say of one word: its own tag's mark, and whether it may start a multi-word tag. */
interface WordEntry {
	readonly head: boolean;
	readonly mark: Mark | undefined;
}

/**
 * Every table word, tag or compound head, in one map: a word is looked up once (most words of a name
 * are title words, found in neither table, and each lookup hashes and probes).
 */
const WORDS: ReadonlyMap<string, WordEntry> = (() => {
	const words = new Map<string, WordEntry>();
	for (const [key, tag] of TAGS) words.set(key, { head: COMPOUND_HEADS.has(key), mark: tagMark(1, tag) });
	for (const key of COMPOUND_HEADS) if (!words.has(key)) words.set(key, { head: true, mark: undefined });
	return words;
})();

/** Classify the word at `index`, trying the multi-word tags first. */
function markAt(tokens: readonly Token[], index: number, maxYear: number): Mark | undefined {
	const token = tokens[index] as Token;
	const key = token.key;
	const next = tokens[index + 1];
	const entry = WORDS.get(key);
	if (entry?.head === true && next !== undefined && joins(next.gap) && next.bracket === token.bracket) {
		const third = tokens[index + 2];
		if (third !== undefined && joins(third.gap) && third.bracket === token.bracket) {
			const triple = TRIPLE_TAG_MARKS.get(key + next.key + third.key);
			if (triple !== undefined) return triple;
		}
		const pair = key + next.key;
		const double = PAIR_TAG_MARKS.get(pair) ?? (next.gap === '.' ? CHANNEL_MARKS.get(pair) : undefined);
		if (double !== undefined) return double;
	}
	const single = entry?.mark;
	// A plausible year wins over the bare `2160` a far-future `maxYear` would let through.
	if (single !== undefined && !(key.length === 4 && digitsValue(key) >= 1900 && digitsValue(key) <= maxYear))
		return single;
	if (key.indexOf('+') > 0) {
		// `VO+VFF`, `ENG+RU+PT`: tags glued with `+`.
		const glued: Tag[] = [];
		for (const part of key.split('+')) {
			const found = TAGS.get(part);
			if (found !== undefined && found.weak !== true) glued.push(found);
			else if (GLUED_LANGUAGES.has(part)) glued.push({ type: 'language', value: part, weak: false });
			else if (found !== undefined) glued.push(found);
		}
		if (glued.length > 1) return tagsMark(glued);
	}
	const code = key.charCodeAt(0);
	if (code >= 48 && code <= 57) {
		// Digits: a year, a date, a `1x02` marker or a `1920x1080` size.
		if (key.length === 4) {
			const value = digitsValue(key);
			if (value >= 1900 && value <= maxYear) {
				const date = readDate(tokens, index, maxYear);
				if (date !== undefined) return dateMark(date);
				return yearMark(value);
			}
			if (value >= 0) return undefined;
		}
		if (key.length === 2) {
			const date = readDate(tokens, index, maxYear);
			if (date !== undefined) return dateMark(date);
		}
		// `3of9`: episode 3 of 9.
		const of = key.indexOf('of');
		if (of > 0 && of <= 3) {
			const episode = digitsValue(key, 0, of, 3);
			const total = digitsValue(key, of + 2, key.length, 3);
			if (episode > 0 && total >= episode) return episodeMark(1, undefined, [episode]);
		}
		const size = readSize(key) ?? readHeight(key);
		if (size !== undefined) return tagMark(1, size);
		const word = readEpisodeWord(key);
		if (word !== undefined && (word.season as number) <= maxYear)
			return episodeMark(1, word.season, word.episodes);
		return undefined;
	}
	if (code === 115 /* s */ || code === 101 /* e */) {
		const word = readEpisodeWord(key);
		if (word !== undefined && (word.season ?? 0) <= maxYear) {
			// `S01 E02` / `S01.E02` written as two words.
			if (word.episodes.length === 0 && next !== undefined && joins(next.gap)) {
				const more = next.key.charCodeAt(0) === 101 ? readEpisodeWord(next.key) : undefined;
				if (more !== undefined && more.season === undefined)
					return episodeMark(2, word.season as number, more.episodes);
			}
			return episodeMark(1, word.season, word.episodes);
		}
	}
	if (next !== undefined && next.bracket === token.bracket && shortGap(next.gap)) {
		if (SEASON_WORDS.has(key)) {
			const season = numberWord(next.key);
			if (season >= 0 && season < 100 && readDate(tokens, index + 1, maxYear) === undefined) {
				const third = tokens[index + 2];
				if (third !== undefined && EPISODE_WORDS.has(third.key)) {
					const episode = episodeNumber((tokens[index + 3] as Token | undefined)?.key ?? '');
					if (episode >= 0) return episodeMark(4, season, [episode]);
				}
				return episodeMark(2, season, []);
			}
		}
		// A lone `E` takes a short number only (`ESPN.E.60`, not `WALL-E.2008`).
		if (EPISODE_WORDS.has(key) && (key !== 'e' || (next.key.length <= 3 && !hasDash(token.gap)))) {
			const episode = episodeNumber(next.key);
			if (episode >= 0) return episodeMark(2, undefined, [episode]);
			// `Ep 2x03`.
			const word = readEpisodeWord(next.key);
			if (word?.season !== undefined && word.season <= maxYear && word.episodes.length > 0)
				return episodeMark(2, word.season, word.episodes);
		}
		// Spanish `Cap.102`: season 1, episode 2.
		if (key === 'cap') {
			const value = digitsValue(next.key, 0, next.key.length, 4);
			if (value >= 100) return episodeMark(2, Math.floor(value / 100), [value % 100]);
		}
		const number = digitsValue(next.key, 0, next.key.length, 2);
		if (PART_SPACED.has(key) && number > 0)
			return partMark(2, number, key !== 'part' && key !== 'dvd' ? true : hasDash(token.gap));
	}
	const part = readPartWord(key);
	if (part !== undefined && part.value > 0) return partMark(1, part.value, true);
	const episodeGlued = gluedNumber(key, SEASON_WORDS) ?? undefined;
	if (episodeGlued !== undefined) return episodeMark(1, episodeGlued, []);
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

const HEIGHTS: ReadonlyMap<number, Resolution> = new Map([
	[480, '480p'],
	[576, '576p'],
	[720, '720p'],
	[1080, '1080p'],
	[2160, '2160p'],
	[4320, '4320p'],
]);

/** `1444x866`, `1280x720`: a picture size; its height gives the resolution, or `height` when not a standard one. */
const readSize = (key: string): Tag | undefined => {
	const width = leadingDigits(key);
	if (width < 3 || width > 4 || key.charCodeAt(width) !== 120 /* x */) return undefined;
	const height = digitsValue(key, width + 1, key.length, 4);
	if (height < 100) return undefined;
	const resolution = HEIGHTS.get(height);
	return resolution === undefined
		? { type: 'height', value: height, weak: false }
		: { type: 'resolution', value: resolution, weak: false };
};

/** `1440p`, `540p`, `1080p25`: a picture height, as a resolution when it is a standard one. */
const readHeight = (key: string): Tag | undefined => {
	const digits = leadingDigits(key);
	if (digits < 3 || digits > 4) return undefined;
	const letter = key.charCodeAt(digits);
	if (letter !== 112 /* p */ && letter !== 105 /* i */) return undefined;
	if (digits + 1 < key.length && digitsValue(key, digits + 1, key.length, 3) < 0) return undefined;
	const height = digitsValue(key, 0, digits, 4);
	const resolution = HEIGHTS.get(height);
	if (resolution !== undefined) return { type: 'resolution', value: resolution, weak: false };
	return height >= 240 && height <= 4320 ? { type: 'height', value: height, weak: false } : undefined;
};

/** `366`, `366v2`: an episode number with an optional version suffix, or -1. */
const episodeNumber = (key: string): number => {
	const digits = leadingDigits(key);
	if (digits === 0 || digits > 4) return -1;
	if (digits < key.length && !(key.charCodeAt(digits) === 118 && key.length === digits + 2)) return -1;
	return digitsValue(key, 0, digits, 4);
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
		// `03-29-2012`: month first when the day cannot be one.
		if (month > 12 && day <= 12) return validDate(year, day, month, maxYear);
	} else return undefined;
	return validDate(year, month, day, maxYear);
}

const validDate = (year: number, month: number, day: number, maxYear: number): string | undefined => {
	if (year < 1900 || year > maxYear || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
	return `${year}-${pad(month)}-${pad(day)}`;
};
