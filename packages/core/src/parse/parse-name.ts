import { cleanTitle } from './clean-title.js';
import { digitsValue, numberWord, partLetter, readEpisodeWord, readPartWord } from './markers.js';
import { COMPOUND_HEADS, COMPOUND_ONLY, GLUED_LANGUAGES, isBroadcastSource, TAGS, type Tag } from './tags.js';
import {
	bracketAt,
	createTokenScratch,
	endAt,
	gapCode,
	gapIs,
	gapLength,
	groupAt,
	hasDash,
	hashAt,
	hasPlus,
	isSplit,
	joins,
	keyAt,
	shortGap,
	startAt,
	startsGroup,
	type TokenScratch,
	tokenize,
} from './tokenize.js';
import type { AudioCodec, ExtraType, Hdr, Resolution, Source, VideoCodec } from './types.js';
import { createWordTable, findJoined, findWord, joinedHash, type WordTable } from './word-table.js';

/**
 * What one path segment (a file name without extension, or a folder name) says on its own.
 *
 * The first fields are a `ParsedMedia`'s, in that layout's key order; the last five only serve the
 * parser. A file's info becomes its result in `toParsedMedia` (`parseMediaPath`) or `finishDense`
 * (`createPathParser`), which add the kind, ids and container its path gives.
 *
 * @internal
 */
export interface NameInfo {
	title: string;
	year: number | undefined;
	season: number | undefined;
	seasons: number[] | undefined;
	episodes: number[] | undefined;
	episodeTitle: string | undefined;
	date: string | undefined;
	resolution: Resolution | undefined;
	height: number | undefined;
	source: Source | undefined;
	videoCodec: VideoCodec | undefined;
	hdr: Hdr | undefined;
	audio: AudioCodec[] | undefined;
	releaseGroup: string | undefined;
	edition: string | undefined;
	editions: string[] | undefined;
	part: number | undefined;
	extra: ExtraType | undefined;
	languages: string[] | undefined;
	/** The French dubs the name writes (`VFQ`, `TRUEFRENCH`), one bit each (see `FRENCH_DUBS`). */
	dubs: number | undefined;
	subtitleLanguages: string[] | undefined;
	/** Country code closing the title (`US`, `GB`…). */
	country: string | undefined;
	/** The episode number is an anime-style absolute number (`Show - 24`). */
	absolute: boolean | undefined;
	/**
	 * The episode is a bare two-digit number right after the title, nothing else making it one (`Apollo
	 * 13`, `Apollo.13.1080p.BluRay`; not `Show - 13`, `[Grp] Show 13`, `07` or a range): a film's number
	 * as often as an episode's, which only the rest of the library tells (grouping reads it).
	 */
	bareNumber: boolean | undefined;
	/** The file name starts with its episode number (`03 - Title`): a folder may hold the show's name. */
	leadingNumber: boolean | undefined;
	/**
	 * A spelled-out `Episode` and its digit were read as a film's number in its saga, part of its title
	 * (see {@link sagaEpisode}): a season folder may say they number an episode after all.
	 */
	sagaNumber: boolean | undefined;
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
	seasons: undefined,
	episodes: undefined,
	episodeTitle: undefined,
	date: undefined,
	resolution: undefined,
	height: undefined,
	source: undefined,
	videoCodec: undefined,
	hdr: undefined,
	audio: undefined,
	releaseGroup: undefined,
	edition: undefined,
	editions: undefined,
	part: undefined,
	extra: undefined,
	languages: undefined,
	dubs: undefined,
	subtitleLanguages: undefined,
	country: undefined,
	absolute: undefined,
	bareNumber: undefined,
	leadingNumber: undefined,
	sagaNumber: undefined,
	subtitle: undefined,
	keepSubtitle: undefined,
	camera: undefined,
});

/** The words of the name being read (the parser's reused scratch). */
type Words = TokenScratch;

type Mark =
	| { readonly t: 'tag'; readonly span: number; readonly tag: Tag }
	| { readonly t: 'tags'; readonly span: 1; readonly tags: readonly Tag[] }
	| { readonly t: 'episode'; readonly span: number; readonly season?: number; readonly episodes: number[] }
	| { readonly t: 'date'; readonly span: number; readonly value: string }
	| { readonly t: 'part'; readonly span: number; readonly value: number; readonly strong: boolean }
	| { readonly t: 'year'; readonly span: 1; readonly value: number }
	| { readonly t: 'extra'; readonly span: number; readonly value: ExtraType };

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
const extraMark = (value: ExtraType, span = 1): Mark =>
	newMark('extra', span, undefined, undefined, undefined, undefined, value, undefined);

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
/**
 * Words numbering a show's seasons by their book (Kaamelott's `Livre I` to `Livre VI`): a season only
 * where an episode follows its number (`Livre I - 01`, `Livre.II.E05`) or the name ends with it after a
 * ` - ` or nothing (the `Livre I/` folder), since elsewhere `Livre 2` is as likely a title's (see
 * {@link TITLE_NUMBER_WORDS}).
 */
const BOOK_WORDS: ReadonlySet<string> = new Set(['livre']);
const EPISODE_WORDS: ReadonlySet<string> = new Set([
	'e',
	'episode',
	'episodes',
	'épisode',
	'épisodes',
	'episodio',
	'ep',
	'eps',
	// French names shorten `Épisode` with its accent: `Baron Noir - Ép. 2`.
	'ép',
	'éps',
	'folge',
]);
const PART_SPACED: ReadonlySet<string> = new Set([
	'cd',
	'pt',
	'disc',
	'disk',
	'disque',
	'part',
	'partie',
	'dvd',
]);
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
	['bonus', 'other'],
	// French: a trailer written as one word, the making-of, bloopers, an interview.
	['bandeannonce', 'trailer'],
	['makingof', 'behind-the-scenes'],
	['coulisses', 'behind-the-scenes'],
	['betisier', 'other'],
	['bêtisier', 'other'],
	['entretien', 'interview'],
	['commentaire', 'other'],
	['commentaires', 'other'],
	['reportage', 'featurette'],
	['documentaire', 'featurette'],
	['documentaires', 'featurette'],
	// Quebec's word for a trailer, and a title or credits sequence.
	['filmannonce', 'trailer'],
	['generique', 'other'],
	['générique', 'other'],
	['storyboard', 'other'],
	['storyboards', 'other'],
]);

/**
 * Extras named in several words at the end of a file name: the French trailer (`Heat - Bande annonce`,
 * `Heat.Bande-Annonce`), the making-of, deleted scenes. Unlike one word, such a phrase ends a name
 * after a plain space too (`Heat Bande Annonce VF.mp4`): no title ends that way.
 */
const PHRASES: readonly (readonly [readonly string[], ExtraType])[] = [
	[['bande', 'annonce'], 'trailer'],
	[['la', 'bande', 'annonce'], 'trailer'],
	[['bandes', 'annonces'], 'trailer'],
	[['making', 'of'], 'behind-the-scenes'],
	[['le', 'making', 'of'], 'behind-the-scenes'],
	[['the', 'making', 'of'], 'behind-the-scenes'],
	[['behind', 'the', 'scenes'], 'behind-the-scenes'],
	[['deleted', 'scene'], 'deleted-scene'],
	[['deleted', 'scenes'], 'deleted-scene'],
	[['scene', 'coupee'], 'deleted-scene'],
	[['scenes', 'coupees'], 'deleted-scene'],
	[['scène', 'coupée'], 'deleted-scene'],
	[['scènes', 'coupées'], 'deleted-scene'],
	[['fin', 'alternative'], 'deleted-scene'],
	[['scenes', 'inedites'], 'deleted-scene'],
	[['scènes', 'inédites'], 'deleted-scene'],
	[['prises', 'ratees'], 'other'],
	[['prises', 'ratées'], 'other'],
	[['galerie', 'photos'], 'other'],
	[['film', 'annonce'], 'trailer'],
	[['spot', 'tv'], 'trailer'],
];

/** {@link PHRASES} by their words' keys run together (`bandeannonce`). */
const EXTRA_PHRASES: ReadonlyMap<string, ExtraType> = new Map(
	PHRASES.map(([phrase, extra]) => [phrase.join(''), extra]),
);

/** The last word of each of {@link PHRASES}: most names end with none, and join no keys. */
const PHRASE_ENDS: ReadonlySet<string> = new Set(
	PHRASES.map(([phrase]) => phrase[phrase.length - 1] as string),
);
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

/** The country word `index` names (every code is two letters: others are not sliced). */
const countryOf = (words: Words, index: number): string | undefined =>
	endAt(words, index) - startAt(words, index) === 2 ? COUNTRIES.get(textOf(words, index)) : undefined;

/** Word `index` as written. */
const textOf = (words: Words, index: number): string =>
	words.text.slice(startAt(words, index), endAt(words, index));

const isUpper = (text: string): boolean => text !== text.toLowerCase() && text === text.toUpperCase();

/**
 * {@link isUpper} of a word as written. An ASCII word is read letter by letter, without the three strings
 * the case conversions make: in capitals when it has a capital and no small letter.
 */
const upperWord = (words: Words, word: number): boolean => {
	const name = words.text;
	let capital = false;
	for (let index = startAt(words, word); index < endAt(words, word); index++) {
		const code = name.charCodeAt(index);
		if (code > 127) return isUpper(textOf(words, word));
		if (code >= 97 && code <= 122) return false;
		if (code >= 65 && code <= 90) capital = true;
	}
	return capital;
};

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

/** Words before a number that make it part of a title (`Vol 1`, `Part 2`, `Chapter 3`). */
const TITLE_NUMBER_WORDS: ReadonlySet<string> = new Set([
	'vol',
	'volume',
	'part',
	'partie',
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
 * bare episode numbers); `numbers: false` turns the bare episode numbers off (a file under a film library);
 * `sagas: false` reads `Episode 4` before a year as an episode, not a film's number (see {@link sagaEpisode});
 * `anime: true` (a file under an `Anime/` root) counts bare numbers from the first episode (see
 * {@link decodeNumber}).
 *
 * @internal
 */
export function parseName(
	name: string,
	maxYear: number,
	file: boolean,
	numbers = true,
	scratch?: TokenScratch,
	sagas = true,
	anime = false,
): NameInfo {
	// The words live in `scratch` until its next name: nothing read here keeps a word.
	const words = tokenize(name, scratch ?? createTokenScratch());
	const count = words.count;
	if (file && cameraClip(words)) {
		// A home video: no episode, date or year reading; the whole name is its title.
		const clip = emptyInfo();
		clip.title = cleanTitle(words, 0, count);
		clip.camera = true;
		return clip;
	}
	// One list reused from name to name rather than a new one per name. Step 1 writes every slot of this
	// name (a mark or `undefined`) and the one past its last word: readers of a run (`weakRunEnd`,
	// `leadingTags`) stop at the first empty slot, at most at `count`, and never see a mark of the last name.
	const marks = words.marks as (Mark | undefined)[];

	// 1. Mark every known word.
	let lastYear = -1;
	let lastEpisode = -1;
	let film = -1;
	let lastLanguage: LastLanguage | undefined;
	for (let index = 0; index < count; ) {
		let mark = markAt(words, index, maxYear);
		if (mark === undefined) {
			// `Franchise-f21-Film-x02-Bonus`: a film number, and a bonus (or, without a film number, an episode).
			const number = dashedNumber(words, index);
			if (number >= 0 && keyAt(words, index).charCodeAt(0) === 102 /* f */ && film < 0) film = index;
			else if (number >= 0 && keyAt(words, index).charCodeAt(0) === 120 /* x */)
				mark = film >= 0 ? extraMark('other') : episodeMark(1, undefined, [number]);
		}
		if (mark === undefined) {
			marks[index++] = undefined;
			continue;
		}
		marks[index] = mark;
		if (mark.t === 'year') lastYear = index;
		else if (mark.t === 'episode') lastEpisode = index;
		else if (mark.t === 'tag' && mark.tag.type === 'language')
			lastLanguage = setLastLanguage(lastLanguage, mark.tag.value, index);
		// The other words of a multi-word mark hold none of their own.
		for (let covered = index + 1; covered < index + mark.span; covered++) marks[covered] = undefined;
		index += mark.span;
	}
	marks[count] = undefined;
	const sagaNumber =
		sagas && file && lastEpisode >= 0 && lastYear > lastEpisode && sagaEpisode(words, marks, lastEpisode);
	if (sagaNumber) {
		marks[lastEpisode] = undefined;
		lastEpisode = -1;
	}

	// 2. Skip leading bracket groups (anime groups, websites), `www.site.tld` / `site.com_` prefixes and tags.
	let start = film >= 0 && hasWordAfter(words, marks, film + 1) ? film + 1 : 0;
	let leadingGroup: string | undefined;
	while (start < count) {
		if (bracketAt(words, start) !== 0) {
			const group = groupAt(words, start);
			let end = start;
			let allMarked = true;
			let website = false;
			while (end < count && groupAt(words, end) === group) {
				const key = keyAt(words, end);
				if (key === 'www' || (end > start && gapIs(words, end, '.') && entryAt(words, end)?.website === true))
					website = true;
				if (marks[end] === undefined) allMarked = false;
				end++;
			}
			if (end >= count) break;
			if (!website && !allMarked && leadingGroup === undefined)
				leadingGroup = name.slice(startAt(words, start), endAt(words, end - 1));
			start = end;
			continue;
		}
		const website = websiteEnd(words, start);
		if (website > start) {
			start = website;
			continue;
		}
		// `09.03.08.Title`: a leading short date.
		if (shortDate(words, marks, start)) {
			start += 3;
			continue;
		}
		// Leading technical tags (`h265 - HEVC Riddick …`, `HD 720p: Title`), when words follow them.
		const run = leadingTags(words, marks, start);
		if (run > start && hasWordAfter(words, marks, run)) {
			start = run;
			continue;
		}
		break;
	}

	// 3. Extra suffix (`-trailer`, `.sample`, `Bande annonce VF`) on a file name: the last words out of
	// brackets (`last`, which later steps read too), and before the languages that may follow an extra.
	let last = count - 1;
	while (last >= start && bracketAt(words, last) !== 0) last--;
	const extraEnd = lastBeforeLanguages(marks, start, last);
	const phrase = file ? extraPhrase(words, start, extraEnd) : -1;
	if (phrase >= 0) {
		marks[phrase] = extraMark(
			EXTRA_PHRASES.get(joinedKeys(words, phrase, extraEnd)) as ExtraType,
			extraEnd - phrase + 1,
		);
		for (let covered = phrase + 1; covered <= extraEnd; covered++) marks[covered] = undefined;
	} else if (file && extraEnd > start) {
		const key = keyAt(words, extraEnd);
		// `-trailer`, `.trailer`, `_trailer`, `-scene2`; never after a plain space (`The DNA Sample`).
		const digits = trailingDigits(key);
		const extra =
			digits === 0 ? entryAt(words, extraEnd)?.extra : EXTRA_SUFFIXES.get(key.slice(0, key.length - digits));
		// `Show - S01E02 - Other`: a word set off by ` - ` right after an episode marker is the episode's
		// title; `Show - S01E01-trailer` stays a trailer.
		const episodeTitle =
			isSplit(words, extraEnd) &&
			lastEpisode >= 0 &&
			lastEpisode + (marks[lastEpisode] as Mark).span === extraEnd;
		if (
			extra !== undefined &&
			!episodeTitle &&
			(hasDash(words, extraEnd) || gapIs(words, extraEnd, '.') || gapIs(words, extraEnd, '_'))
		)
			marks[extraEnd] = extraMark(extra);
	}
	// `Heat (1995) - Entretien avec Michael Mann`, `Heat (1995) - Scène coupée 1`: set off by ` - ` right
	// after the year, a part that starts with an extras word or phrase names an extra, whatever follows
	// it (the tests above find one only where it closes the name). Without a year, the part after the
	// first ` - ` (`Inception - Featurette - Dream Is Collapsing`), or the name's first part
	// (`Featurette - Dream Is Collapsing`, its film named by its folder). Not in an episode's name, where
	// the words after a ` - ` are the episode's title; a season alone after the extras words is the
	// extra's (`The Crown - Bande-annonce Saison 1`).
	const seasonOnly = file && lastEpisode > start && seasonMarkOnly(marks, start, lastEpisode);
	let afterYear = lastYear + 1;
	if (file && lastYear < start && (lastEpisode < 0 || seasonOnly)) {
		const split = firstSplit(words, start + 1, extraEnd);
		const leading =
			split <= extraEnd &&
			!STANDALONE_STARTS.has(keyAt(words, start)) &&
			leadingExtra(words, start, split - 1) !== undefined;
		afterYear = leading ? start : split;
	}
	if (
		file &&
		(lastEpisode < 0 || (seasonOnly && afterYear < lastEpisode && lastEpisode <= extraEnd)) &&
		afterYear <= extraEnd &&
		phrase < 0 &&
		marks[extraEnd]?.t !== 'extra' &&
		(afterYear === start || isSplit(words, afterYear)) &&
		bracketAt(words, afterYear) === 0
	) {
		const extra = leadingExtra(words, afterYear, extraEnd);
		if (extra !== undefined) {
			marks[afterYear] = extraMark(extra, extraEnd - afterYear + 1);
			for (let covered = afterYear + 1; covered <= extraEnd; covered++) marks[covered] = undefined;
			lastEpisode = -1;
		}
	}

	// 4. A file name that starts with its episode number: `03 - Title`, `003-004. Show - Title`, `[Grp] 06 Show`.
	const info = emptyInfo();
	if (leadingGroup !== undefined) info.releaseGroup = leadingGroup;
	if (sagaNumber) info.sagaNumber = true;
	let leadingNumber = false;
	if (
		file &&
		start < count &&
		lastYear < 0 &&
		lastEpisode < 0 &&
		marks[start] === undefined &&
		isEpisodeNumber(keyAt(words, start))
	) {
		const next = start + 1;
		if (
			next < count &&
			keyAt(words, start).length <= 3 &&
			(hasDash(words, next) || gapIs(words, next, '. ') || leadingGroup !== undefined)
		) {
			const episodes = [leadingValue(keyAt(words, start))];
			let after = start + 1;
			if (after < count && gapIs(words, after, '-') && marks[after] === undefined) {
				const range = keyAt(words, after);
				const end = digitsValue(range, 0, range.length, 3);
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
		const mark = marks[index];
		if (index > start && startsGroup(words, index)) {
			boundary = index;
			break;
		}
		if (mark === undefined) {
			if (
				file &&
				numbers &&
				index > start &&
				info.episodes === undefined &&
				isEpisodeNumber(keyAt(words, index)) &&
				lastEpisode < index &&
				(isSplit(words, index) || bareEpisode(words, marks, index, lastYear, leadingGroup !== undefined))
			) {
				numberAt = index;
				boundary = index;
				break;
			}
			continue;
		}
		if (mark.t === 'year') continue;
		// A weak part word is the title's (`Part.1.2010`); so is a dashed `Part 1` before the year, Plex's
		// way of naming such a film (`Deathly Hallows - Part 1 (2010)`, `- Partie 1 (2010)`).
		if (mark.t === 'part' && (!mark.strong || (lastYear > index && titlePart(words, index)))) {
			index += mark.span - 1;
			continue;
		}
		if (mark.t === 'tag' && mark.tag.weak === true) {
			// Every weak tag of a run gets the run's answer: computed once per run (linear time).
			if (index >= weakRun) {
				weakRun = weakRunEnd(marks, index);
				weakAnswer = weakEnds(words, marks, index, lastLanguage);
			}
			if ((index === start || !weakAnswer) && !dashedEdition(words, marks, index)) {
				index += mark.span - 1;
				continue;
			}
		} else if (
			mark.t === 'tag' &&
			!TECHNICAL.has(mark.tag.type) &&
			!upperWord(words, index) &&
			((mark.span === 1 && (index === start || (lastYear > index && mark.tag.type !== 'language'))) ||
				(lastYear > index && articlesOnly(words, start, index))) &&
			!dashedEdition(words, marks, index)
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
	const country = titleEnd - 1 > start && titleEnd < count ? countryOf(words, titleEnd - 1) : undefined;
	if (country !== undefined && marks[titleEnd] !== undefined) {
		info.country = country;
		wordsEnd--;
	} else if (titleEnd > start && titleEnd < count) {
		// `The Office (US)`, Plex's way of naming the country's show: a bracketed code right after the title.
		const group = groupAt(words, titleEnd);
		if (
			bracketAt(words, titleEnd) === 2 &&
			startsGroup(words, titleEnd) &&
			(titleEnd + 1 === count || groupAt(words, titleEnd + 1) !== group)
		)
			info.country = countryOf(words, titleEnd);
	}
	const split = titleSplit(words, marks, start, wordsEnd);
	if (split.end > split.start) {
		info.title = cleanTitle(words, split.start, split.end, true);
		if (split.end < wordsEnd && !leadingNumber && subtitleWords(words, split.end, wordsEnd)) {
			info.subtitle = cleanTitle(words, split.end, wordsEnd);
			info.keepSubtitle = spacedSplits(words, split.start, wordsEnd) && plainEnd(words, marks, titleEnd);
		}
	}
	if (leadingNumber && split.rest < titleEnd) info.episodeTitle = cleanTitle(words, split.rest, titleEnd);
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
		const key = keyAt(words, index);
		const bracket = bracketAt(words, index);
		if (
			index === numberAt ||
			// `[Grp] Show (2019) - 04`, `[Grp] Show S2 - 05`: an episode number after the title's year or season.
			(numberAt < 0 &&
				file &&
				numbers &&
				mark === undefined &&
				info.episodes === undefined &&
				(leadingGroup !== undefined || info.season !== undefined) &&
				bracket === 0 &&
				isSplit(words, index) &&
				isEpisodeNumber(key) &&
				lastEpisode < index) ||
			// `The Office [401] Fun Run`, `[Grp] Show [05]`: a number alone in brackets right after the title.
			(numberAt < 0 &&
				file &&
				numbers &&
				index === titleEnd &&
				index > start &&
				mark === undefined &&
				info.episodes === undefined &&
				lastEpisode < 0 &&
				bracket !== 0 &&
				startsGroup(words, index) &&
				(index + 1 === count || groupAt(words, index + 1) !== groupAt(words, index)) &&
				key.length >= 2 &&
				isEpisodeNumber(key))
		) {
			info.episodes = decodeNumber(
				key,
				leadingGroup !== undefined || anime || subtitledAfter(marks, index + 1, count),
				info,
			);
			let next = index + 1;
			// Ranges: `Show - 16-20`, `Show 13-16`.
			if (next < count && gapIs(words, next, '-') && marks[next] === undefined && info.season === undefined) {
				const range = keyAt(words, next);
				const end = digitsValue(range, 0, range.length, 4);
				if (end > (info.episodes[0] as number)) {
					appendRange(info.episodes, end);
					next++;
				}
			}
			if (next < count && keyAt(words, next) === 'of' && numberAfter(words, next + 1) >= 0) next += 2;
			if (
				index === numberAt &&
				next === index + 1 &&
				leadingGroup === undefined &&
				info.season === undefined &&
				!isSplit(words, index) &&
				isBareNumber(key) &&
				!NUMBERING_WORDS.has(keyAt(words, index - 1))
			)
				info.bareNumber = true;
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
		if (bracket === 0) lastMarked = index + mark.span - 1;
		// Plain words of an episode title (`S00E01.Special`, `The.Real.Deal`) are not tags.
		if (bracket !== 0) episodeWords = false;
		const plain = plainWord(words, marks, index);
		if (plain && episodeWords) {
			// Decided once per run of weak tags, as in step 5.
			if (index >= titleRun) {
				titleRun = weakRunEnd(marks, index);
				titleRunEnds = weakEnds(words, marks, index, lastLanguage);
			}
			if (!titleRunEnds) {
				index++;
				continue;
			}
		}
		episodeWords = false;
		// A two-letter weak tag (`en`, `fr`) counts in capitals or in brackets: `En Close` is a title's.
		if (plain && key.length <= 2 && bracket === 0) {
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
			const next = extendSeasons(words, marks, index + mark.span, info);
			if (next > index + mark.span) {
				lastMarked = next - 1;
				index = next;
				continue;
			}
		}
		if (mark.t === 'episode' && episodeEnd < 0 && info.episodes !== undefined) {
			const next = extendEpisodes(words, marks, index + mark.span, info);
			if (next > index + mark.span) lastMarked = next - 1;
			episodeEnd = next;
			episodeWords = true;
			index = next;
			continue;
		}
		// An air date numbers an episode too: the words after it are its title
		// (`Thalassa - 12.03.2019 - Les îles`).
		if (mark.t === 'date' && episodeEnd < 0 && info.episodes === undefined) {
			episodeEnd = index + mark.span;
			episodeWords = true;
		}
		index += mark.span;
	}

	// 8. Episode title: the words between the episode marker and the next tag.
	if (episodeEnd > 0 && info.episodeTitle === undefined) {
		let end = episodeEnd;
		while (
			end <= last &&
			!startsGroup(words, end) &&
			(marks[end] === undefined || plainWord(words, marks, end))
		)
			end++;
		// A final `-GROUP` word after the episode title is the release group.
		if (end === last + 1 && end - episodeEnd > 1 && gapIs(words, end - 1, '-')) end--;
		// A lone number after an air date is a stray tag (`2016.05.18.720.HDTV`), not a title.
		if (
			end > episodeEnd &&
			!(info.episodes === undefined && end === episodeEnd + 1 && isDigits(words, episodeEnd))
		) {
			const title = cleanTitle(words, episodeEnd, end);
			if (title !== '') info.episodeTitle = title;
			lastMarked = Math.max(lastMarked, end - 1);
		}
	}

	// 9. Release group: the words after the last tag, after a `-`; or a trailing `-[GROUP]`.
	if (leadingGroup === undefined) {
		const group = readGroup(words, marks, Math.max(lastMarked, titleEnd - 1), last);
		if (group !== undefined) info.releaseGroup = group;
	}
	return info;
}

/** A name never lists more episodes or seasons than this, however many ranges it chains (`E05-307-307`). */
const MAX_LIST = 200;

/** Extend an episode list with what follows the marker: `-E03`, `-03`, `E02`, `.S01E03`, ` & S01E03`. */
function extendEpisodes(words: Words, marks: (Mark | undefined)[], from: number, info: NameInfo): number {
	const episodes = info.episodes as number[];
	let next = from;
	while (next < words.count && episodes.length < MAX_LIST) {
		let following = next;
		let skip = 0;
		const joiner = keyAt(words, next);
		if ((joiner === '&' || joiner === 'and') && next + 1 < words.count) {
			skip = 1;
			following = next + 1;
		}
		if (bracketAt(words, following) !== 0) break;
		const mark = marks[following];
		if (mark !== undefined && mark.t !== 'episode') break;
		const key = keyAt(words, following);
		const word = readEpisodeWord(key);
		const bare = word === undefined && mark === undefined ? digitsValue(key, 0, key.length, 3) : -1;
		const previous = episodes[episodes.length - 1] as number;
		if (
			word !== undefined &&
			word.episodes.length > 0 &&
			(word.season === undefined || word.season === info.season)
		) {
			if (
				!(
					joins(words, following) ||
					gapLength(words, following) === 0 ||
					isSplit(words, following) ||
					skip === 1
				)
			)
				break;
			const value = word.episodes[0] as number;
			if (
				word.season === undefined &&
				hasDash(words, following) &&
				!isSplit(words, following) &&
				value > previous
			)
				appendRange(episodes, value);
			else
				for (const episode of word.episodes)
					if (episodes.length < MAX_LIST && !episodes.includes(episode)) episodes.push(episode);
		} else if (bare > previous && gapIs(words, following, '-') && skip === 0) appendRange(episodes, bare);
		else break;
		marks[next + skip] = undefined;
		next += 1 + skip;
	}
	return next;
}

/** Extend a season with what follows it: `S01-S04`, `Season 1-3`, `Seasons 1 & 2`, `Seasons 1 to 5`. */
function extendSeasons(words: Words, marks: (Mark | undefined)[], from: number, info: NameInfo): number {
	const seasons = [info.season as number];
	let next = from;
	while (next < words.count && seasons.length < MAX_LIST) {
		const joiner = keyAt(words, next);
		const skip = joiner === '&' || joiner === 'and' || joiner === 'to' ? 1 : 0;
		const word = next + skip;
		if (word >= words.count || bracketAt(words, word) !== 0) break;
		const mark = marks[word];
		let value = -1;
		if (mark?.t === 'episode' && mark.episodes.length === 0 && mark.season !== undefined) value = mark.season;
		else if (mark === undefined) value = digitsValue(keyAt(words, word), 0, keyAt(words, word).length, 2);
		const previous = seasons[seasons.length - 1] as number;
		if (value <= previous) break;
		if (joiner === 'to' || (skip === 0 && gapIs(words, word, '-'))) appendRange(seasons, value);
		else if (skip === 1 || gapIs(words, word, '.') || gapIs(words, word, ' ')) seasons.push(value);
		else break;
		marks[next + skip] = undefined;
		next += 1 + skip;
	}
	if (seasons.length > 1) info.seasons = seasons;
	return next;
}

/** Push `last + 1 … to`: at most 100 numbers, and never past {@link MAX_LIST} in all. */
const appendRange = (episodes: number[], to: number): void => {
	const from = (episodes[episodes.length - 1] as number) + 1;
	const stop = Math.min(to, from + 99, from + MAX_LIST - 1 - episodes.length);
	for (let episode = from; episode <= stop; episode++) episodes.push(episode);
};

const leadingValue = (key: string): number => digitsValue(key, 0, leadingDigits(key), 4);

/**
 * The episode a bare number stands for: absolute for anime (`[Group] Show 679`, `Show - 24`, a fansub's
 * `Show 445 VOSTFR`, any under an `Anime/` root); otherwise `307` / `0307` read as season 3 episode 7,
 * as scene names write them.
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
 * Whether a subtitles tag (`VOSTFR`, `VOSTA`, `subfrench`, `engsub`) follows, and no TV broadcast source:
 * the mark of a fansub, whose episode numbers count from the first (`Naruto Shippuden 312 VOSTFR`),
 * where a scene release of a broadcast writes season and episode (`lost.101.VOSTFR.HDTV`).
 */
const subtitledAfter = (marks: readonly (Mark | undefined)[], from: number, count: number): boolean => {
	let subtitled = false;
	for (let index = from; index < count; index++) {
		const mark = marks[index];
		if (mark?.t !== 'tag') continue;
		const { type, value } = mark.tag;
		if (type === 'subtitle') subtitled = true;
		else if (type === 'source' && isBroadcastSource(value)) return false;
	}
	return subtitled;
};

/**
 * A bare number after the title is an episode (`Show.Name.07.HDTV`, `[Grp] Show 13`) unless a year
 * follows it (`Ocean's 11 2001`), a word makes it part of the title (`Vol 1`), or it is too short.
 */
function bareEpisode(
	words: Words,
	marks: readonly (Mark | undefined)[],
	index: number,
	lastMarker: number,
	anime: boolean,
): boolean {
	const key = keyAt(words, index);
	if (lastMarker > index) return false;
	const digits = leadingDigits(key);
	const next = index + 1;
	const last = next >= words.count;
	if (!last && keyAt(words, next) === 'of' && numberAfter(words, index + 2) >= 0) return true;
	if (digits < 2 && !anime) return false;
	// 4 digits: `0307`, or an anime count below any year (`One.Piece.1071`); never `Blade Runner 2049`.
	if (digits === 4 && key.charCodeAt(0) !== 48 && !anime && leadingValue(key) >= 1900) return false;
	if (TITLE_NUMBER_WORDS.has(keyAt(words, index - 1))) return false;
	// `IMG_1234.MOV`, `DSC_0001.JPG`: a camera's clip counter, not an episode.
	if (index === 1 && entryAt(words, 0)?.camera === true) return false;
	if (last || startsGroup(words, next) || bracketAt(words, next) !== 0) return true;
	const mark = marks[next];
	if (mark !== undefined) return mark.t !== 'year';
	if (gapIs(words, next, '-') && digitsValue(keyAt(words, next)) >= 0) return true;
	if (isEpisodeNumber(keyAt(words, next))) return false;
	return isSplit(words, next) || key.charCodeAt(0) === 48 || digits === 3;
}

/** The number (1 to 3 digits) word `index` is, or -1 (no such word: -1). */
const numberAfter = (words: Words, index: number): number => {
	if (index >= words.count) return -1;
	const key = keyAt(words, index);
	return digitsValue(key, 0, key.length, 3);
};

const TECHNICAL: ReadonlySet<string> = new Set(['resolution', 'source', 'videoCodec', 'audio', 'hdr']);

/** End of a run of tags at `start` that holds at least one strong technical tag, or `start`. */
const leadingTags = (words: Words, marks: readonly (Mark | undefined)[], start: number): number => {
	let index = start;
	let technical = false;
	for (;;) {
		const mark = marks[index];
		if (mark?.t !== 'tag' || bracketAt(words, index) !== 0) break;
		if (mark.tag.weak !== true && TECHNICAL.has(mark.tag.type)) technical = true;
		index += mark.span;
	}
	return technical ? index : start;
};

/** `-f21-` / `-x02-`: a letter and 1–3 digits between dashes; its number, or -1. */
const dashedNumber = (words: Words, index: number): number => {
	const next = index + 1;
	if (
		!gapIs(words, index, '-') ||
		(next < words.count && !gapIs(words, next, '-')) ||
		bracketAt(words, index) !== 0
	)
		return -1;
	const key = keyAt(words, index);
	return digitsValue(key, 1, key.length, 3);
};

/** Three dotted 2-digit numbers (`09.03.08`) followed by words. */
const shortDate = (words: Words, marks: readonly (Mark | undefined)[], start: number): boolean => {
	for (let index = start; index < start + 3; index++) {
		if (index >= words.count) return false;
		const key = keyAt(words, index);
		if (key.length !== 2 || digitsValue(key) < 0) return false;
		if (index > start && !gapIs(words, index, '.')) return false;
	}
	return hasWordAfter(words, marks, start + 3);
};

/** Whether an unmarked word comes at or after `from`, outside brackets. */
const hasWordAfter = (words: Words, marks: readonly (Mark | undefined)[], from: number): boolean => {
	for (let index = from; index < words.count; index++) {
		if (bracketAt(words, index) !== 0) return false;
		if (marks[index] === undefined) return !isEpisodeNumber(keyAt(words, index));
	}
	return false;
};

/**
 * End of a `www.site.tld`, `site.com` or `dashed-site.com` prefix starting at `start`, or `start`. After
 * `www.`, any last word of two to four letters is a domain (`www.Cpasbien.pe - Title`); without it, only
 * the known ones of {@link WEBSITE_ENDS} are.
 */
const websiteEnd = (words: Words, start: number): number => {
	const www = keyAt(words, start) === 'www';
	// `Zone-Telechargement.com_Title`: a site's name may hold one dash.
	const dashed = !www && start + 2 < words.count && gapIs(words, start + 1, '-');
	// Only the second word (the third after a dashed name, any of the next four after `www`) can end a
	// website: past it the loop could only return `start`, and testing the gaps of every dotted name's first
	// words for nothing was ~1% of the path parser (looking up every dotted word in the table, ~3%, went
	// first).
	const end = Math.min(words.count, www ? start + 5 : dashed ? start + 3 : start + 2);
	for (let index = start + 1; index < end; index++) {
		// `www.Zone-Telechargement.com - Title`: after `www`, the site's name may hold one dash too.
		const dash = (dashed && index === start + 1) || (www && index === start + 2 && gapIs(words, index, '-'));
		if (dash) continue;
		if (!gapIs(words, index, '.')) return start;
		const after = index + 1;
		if (after >= words.count || gapIs(words, after, '.')) continue;
		if (entryAt(words, index)?.website === true || (www && index > start + 1 && isDomainEnd(words, index)))
			return after;
	}
	return start;
};

/** A word of two to four ASCII letters: the last label of a domain name (`pe`, `com`, `info`). */
const isDomainEnd = (words: Words, index: number): boolean => {
	const key = keyAt(words, index);
	if (key.length < 2 || key.length > 4) return false;
	for (let at = 0; at < key.length; at++) {
		const code = key.charCodeAt(at);
		if (code < 0x61 || code > 0x7a) return false;
	}
	return true;
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
function subtitleWords(words: Words, from: number, to: number): boolean {
	if (to - from > 1) return true;
	const key = keyAt(words, from);
	if (key.length <= 1 || VERSION_WORDS.has(key) || digitsValue(key, 0, key.length, 8) >= 0) return false;
	return !upperWord(words, from) || numberWord(key) > 0;
}

/** Every title split in `(from, to)` is written ` - `, as a person names a file (not `--`, `.-.`, `_-_`). */
const spacedSplits = (words: Words, from: number, to: number): boolean => {
	for (let index = from + 1; index < to; index++)
		if (isSplit(words, index) && !gapIs(words, index, ' - ')) return false;
	return true;
};

/**
 * What follows a title ends it the way a library name does: nothing, a year in brackets
 * (`Title - Subtitle (2018) 1080p`), a bare year closing the name, or only bracketed tags, after an
 * edition written as a part of its own ({@link dashedEdition}) or not.
 * Scene-style names with tags right after the words (`Artist - Concert 2012 1080i HDTV`) keep
 * guessit's split.
 */
const plainEnd = (words: Words, marks: readonly (Mark | undefined)[], end: number): boolean => {
	const mark = marks[end];
	// `Title - Subtitle - Version Longue (2001)`: an edition written as a part of its own, as the year.
	const from = mark?.t === 'tag' && dashedEdition(words, marks, end) ? end + mark.span : end;
	if (from >= words.count) return true;
	if (marks[from]?.t === 'year' && (bracketAt(words, from) !== 0 || from === words.count - 1)) return true;
	for (let index = from; index < words.count; index++) if (bracketAt(words, index) === 0) return false;
	return true;
};

/**
 * An edition written as the last part of a library name, after ` - ` and before the bracketed year or
 * the end (`Title - Subtitle - Extended (2001)`, `Title - Version Longue`): the name's edition, where
 * a lone tag word before the year is otherwise the title's (`The.Final.Cut.2004`).
 */
const dashedEdition = (words: Words, marks: readonly (Mark | undefined)[], index: number): boolean => {
	const mark = marks[index];
	if (mark?.t !== 'tag' || mark.tag.type !== 'edition' || index === 0 || !gapIs(words, index, ' - '))
		return false;
	const next = index + mark.span;
	return next >= words.count || (marks[next]?.t === 'year' && bracketAt(words, next) !== 0);
};

/** Words of a camera's or phone's clip name: a prefix, then a number or a date. */
const CLIP_WORDS: ReadonlyMap<string, string> = new Map([
	['whatsapp', 'video'],
	['screen', 'recording'],
]);

/** Word `index` starts with a digit (no such word: false). */
const startsWithDigit = (words: Words, index: number): boolean => {
	const code = index < words.count ? keyAt(words, index).charCodeAt(0) : 0;
	return code >= 48 && code <= 57;
};

/** `VID_20190714_153000`, `IMG_1234`, `VIDEO_2019-07-14_…`, `WhatsApp Video 2020-05-01 at …`, `Screen Recording …`. */
const cameraClip = (words: Words): boolean => {
	if (words.count < 2 || bracketAt(words, 0) !== 0) return false;
	const first = entryAt(words, 0);
	if (first?.clip !== undefined && first.clip === keyAt(words, 1)) return startsWithDigit(words, 2);
	return (
		first?.camera === true && (gapIs(words, 1, '_') || gapIs(words, 1, '-')) && startsWithDigit(words, 1)
	);
};

/**
 * guessit's reading of `Title - Other words`: the title is the part before the first ` - `; a first part
 * made only of tags (`Fr - Title`) is skipped. `rest` is where the words after the split start.
 */
function titleSplit(
	words: Words,
	marks: readonly (Mark | undefined)[],
	start: number,
	end: number,
): { start: number; end: number; rest: number } {
	let from = start;
	for (let index = start + 1; index < end; index++) {
		if (!isSplit(words, index)) continue;
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

/** Words that say the number after them is an episode's (`Serie.Nombre.Cap.12`, `Show Ep 12`). */
const NUMBERING_WORDS: ReadonlySet<string> = new Set([...EPISODE_WORDS, 'cap', 'capitulo', 'capítulo']);

/** The last word up to `last` that is not a language or subtitles tag, no further back than `start`. */
const lastBeforeLanguages = (marks: readonly (Mark | undefined)[], start: number, last: number): number => {
	let end = last;
	while (end > start && isLanguageMark(marks[end])) end--;
	return end;
};

/** Whether `mark` tags a language or subtitles (`VF`, `FRENCH`, `VOSTFR`): it may follow an extra's name. */
const isLanguageMark = (mark: Mark | undefined): boolean =>
	mark?.t === 'tag' && (mark.tag.type === 'language' || mark.tag.type === 'subtitle');

/** The keys of words `from` to `to` run together (`bande` + `annonce`). */
const joinedKeys = (words: Words, from: number, to: number): string => {
	let joined = '';
	for (let index = from; index <= to; index++) joined += keyAt(words, index);
	return joined;
};

/**
 * Where an {@link EXTRA_PHRASES} phrase of two or three words ending at word `last` starts, after a
 * title that starts at `start`; -1 when there is none.
 */
const extraPhrase = (words: Words, start: number, last: number): number => {
	// Most names end with no phrase's last word: no key joined for them.
	if (last < 0 || !PHRASE_ENDS.has(keyAt(words, last))) return -1;
	// The longer phrase first: `Le Making-of` is one, not `Le` and a making-of.
	for (let at = Math.max(last - 2, start + 1); at < last; at++) {
		if (bracketAt(words, at) === bracketAt(words, last) && EXTRA_PHRASES.has(joinedKeys(words, at, last)))
			return at;
	}
	return -1;
};

/**
 * {@link EXTRA_SUFFIXES} words that also start a version's name (`Short Version`, `Extra Long`, `Other
 * Cut`, `Scene Selection`): an extra when they close a name, not when they start its last part.
 */
const VERSION_START_WORDS: ReadonlySet<string> = new Set(['short', 'scene', 'clip', 'other', 'extra']);

/**
 * The extra that words `from`…`last` start with: an {@link EXTRA_SUFFIXES} word, numbered or not
 * (`Trailer 2`, `Interview2`), but for {@link VERSION_START_WORDS}, or an {@link EXTRA_PHRASES} phrase of
 * two or three words (`Scène coupée 1`).
 */
const leadingExtra = (words: Words, from: number, last: number): ExtraType | undefined => {
	const key = keyAt(words, from);
	const digits = trailingDigits(key);
	const stem = digits === 0 ? key : key.slice(0, key.length - digits);
	const word = VERSION_START_WORDS.has(stem) ? undefined : EXTRA_SUFFIXES.get(stem);
	if (word !== undefined) return word;
	for (let end = from + 1; end <= Math.min(from + 2, last); end++) {
		const phrase = EXTRA_PHRASES.get(joinedKeys(words, from, end));
		if (phrase !== undefined) return phrase;
	}
	return undefined;
};

/**
 * Extras words that also start the name of a video of its own (`Documentaire - Les Alpes.mkv`,
 * `Interview - Tom Cruise.mkv`): at the start of a name, they name no extra; after a title and ` - `,
 * they do.
 */
const STANDALONE_STARTS: ReadonlySet<string> = new Set([
	'documentaire',
	'documentaires',
	'reportage',
	'interview',
	'entretien',
	'commentaire',
	'commentaires',
	'bonus',
]);

/** The first word from `from` to `last` set off by a ` - ` before it, or `last + 1`. */
const firstSplit = (words: Words, from: number, last: number): number => {
	let index = from;
	while (index <= last && !isSplit(words, index)) index++;
	return index;
};

/** `13`, `99`: two digits, not `07` (which numbers episodes, never films). See {@link NameInfo.bareNumber}. */
const isBareNumber = (key: string): boolean =>
	key.length === 2 && key.charCodeAt(0) > 48 && key.charCodeAt(0) <= 57 && leadingDigits(key) === 2;

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
const plainWord = (words: Words, marks: readonly (Mark | undefined)[], index: number): boolean => {
	const mark = marks[index] as Mark;
	return mark.t === 'tag' && mark.tag.weak === true && mark.span === 1 && !upperWord(words, index);
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
const articlesOnly = (words: Words, start: number, end: number): boolean => {
	for (let index = start; index < end; index++) if (!ARTICLES.has(keyAt(words, index))) return false;
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
	words: Words,
	marks: readonly (Mark | undefined)[],
	start: number,
	lastLanguage: LastLanguage | undefined,
): boolean => {
	// Walk a run of weak tags (a loop, not recursion: a name can hold thousands of them).
	for (let index = start; ; ) {
		const mark = marks[index] as Mark & { t: 'tag' };
		const next = index + mark.span;
		if (next >= words.count || bracketAt(words, next) !== 0)
			return upperWord(words, index) && !upperWord(words, 0);
		const following = marks[next];
		if (following === undefined) return false;
		if (following.t === 'year') {
			// An edition in capitals; `3D` in any case (`Pacific.Rim.3d.2013`: a 3D release says so right
			// before a bare year). The year is not in brackets here: that case returned above.
			if (mark.tag.type === 'edition') return mark.tag.value === '3D' || upperWord(words, index);
			// `Immersion.French.2011…FRENCH`: the same language tagged again later makes this word the title's.
			return mark.tag.type === 'language' && lastLanguageAt(lastLanguage, mark.tag.value) < next;
		}
		if (following.t !== 'tag') return false;
		if (following.tag.weak !== true) return true;
		index = next;
	}
};

function readGroup(
	words: Words,
	marks: readonly (Mark | undefined)[],
	lastMarked: number,
	last: number,
): string | undefined {
	const first = lastMarked + 1;
	if (lastMarked >= 0 && first < words.count && first <= last && hasDash(words, first)) {
		let end = first;
		while (end + 1 <= last && marks[end + 1] === undefined) end++;
		return words.text.slice(startAt(words, first), endAt(words, end));
	}
	// `…x264-[YTS.MX]`: a bracket group right after a dash, at the end.
	const after = last + 1;
	if (
		after < words.count &&
		startsGroup(words, after) &&
		hasDash(words, after) &&
		marks[after] === undefined
	) {
		let end = after;
		while (end + 1 < words.count && groupAt(words, end + 1) === groupAt(words, after)) end++;
		return words.text.slice(startAt(words, after), endAt(words, end));
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
			if (tag.dub !== 0 && tag.dub !== undefined) info.dubs = (info.dubs ?? 0) | tag.dub;
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
 * allocates nothing. Word tables, so that a pair or triple is found from its words' hashes without
 * gluing their keys (see `markAt`).
 */
const tagMarks = (table: ReadonlyMap<string, Tag>, span: number): WordTable<Mark> =>
	createWordTable(new Map([...table].map(([key, tag]) => [key, tagMark(span, tag)])));
const PAIR_TAG_MARKS = tagMarks(TAGS, 2);
const TRIPLE_TAG_MARKS = tagMarks(TAGS, 3);
const CHANNEL_MARKS = tagMarks(COMPOUND_ONLY, 2);

/** What the tables say of one word. */
interface WordEntry {
	/** Its own tag's mark. */
	readonly mark: Mark | undefined;
	/**
	 * It starts a multi-word tag: the keys a second word may have (every non-empty piece that follows the
	 * head at the start of a table key, and the empty key of an apostrophe-only word), in a word table
	 * probed with the next word's own hash. A pair or triple is looked up only when the next word is one
	 * of them: most heads (`hd`, `multi`, `5`) are followed by a word no tag continues with.
	 */
	readonly seconds: WordTable<true> | undefined;
	/** A season word: `Season 2`. */
	readonly season: boolean;
	/** A book word, a season word in context only: `Livre I` (see {@link BOOK_WORDS}). */
	readonly book: boolean;
	/** An episode word: `Episode 5`, `Ep 2x03`. */
	readonly episode: boolean;
	/** A part word followed by its number: `CD 1`, `Part 2`. */
	readonly part: boolean;
	/** A camera's file-name prefix: `IMG`, `VID`. */
	readonly camera: boolean;
	/** The word that follows it in a camera clip's name (`WhatsApp Video`), if any. */
	readonly clip: string | undefined;
	/** A website's last label: `com`, `org`. */
	readonly website: boolean;
	/** The extra a `-trailer`-style suffix word names. */
	readonly extra: ExtraType | undefined;
}

/** The second words a head may be followed by in a table key (see {@link WordEntry.seconds}). */
const secondsOf = (head: string): WordTable<true> => {
	const seconds = new Map<string, true>([['', true]]);
	for (const key of [...TAGS.keys(), ...COMPOUND_ONLY.keys()])
		if (key.length > head.length && key.startsWith(head))
			for (let end = head.length + 1; end <= key.length; end++)
				seconds.set(key.slice(head.length, end), true);
	return createWordTable(seconds);
};

/**
 * Every table word (tag, compound head, season, episode, part, camera, website and extra word) in one
 * table: a word is looked up without hashing its key again, and a word found in none (most words of a
 * name are title words) skips every other table.
 */
const WORDS = createWordTable<WordEntry>(
	(() => {
		const words = new Map<string, WordEntry>();
		const keys = new Set([
			...TAGS.keys(),
			...COMPOUND_HEADS,
			...SEASON_WORDS,
			...BOOK_WORDS,
			...EPISODE_WORDS,
			...PART_SPACED,
			'cap',
			...CAMERA_PREFIXES,
			...CLIP_WORDS.keys(),
			...WEBSITE_ENDS,
			...EXTRA_SUFFIXES.keys(),
		]);
		for (const key of keys) {
			const tag = TAGS.get(key);
			words.set(key, {
				mark: tag === undefined ? undefined : tagMark(1, tag),
				seconds: COMPOUND_HEADS.has(key) ? secondsOf(key) : undefined,
				season: SEASON_WORDS.has(key),
				book: BOOK_WORDS.has(key),
				episode: EPISODE_WORDS.has(key),
				part: PART_SPACED.has(key),
				camera: CAMERA_PREFIXES.has(key),
				clip: CLIP_WORDS.get(key),
				website: WEBSITE_ENDS.has(key),
				extra: EXTRA_SUFFIXES.get(key),
			});
		}
		return words;
	})(),
);

/** What the tables say of word `index` (probed with the hash the tokenizer computed). */
const entryAt = (words: Words, index: number): WordEntry | undefined =>
	findWord(WORDS, keyAt(words, index), hashAt(words, index));

/** Classify the word at `index`, trying the multi-word tags first. */
function markAt(words: Words, index: number, maxYear: number): Mark | undefined {
	const key = keyAt(words, index);
	const count = words.count;
	const bracket = bracketAt(words, index);
	const next = index + 1;
	const entry = entryAt(words, index);
	if (
		entry?.seconds !== undefined &&
		next < count &&
		joins(words, next) &&
		bracketAt(words, next) === bracket &&
		findWord(entry.seconds, keyAt(words, next), hashAt(words, next)) !== undefined
	) {
		// The pair and the triple are looked up by hashes folded from the words' own (see `joinedHash`) and
		// compared piece by piece: no glued key string is made and hashed.
		const second = keyAt(words, next);
		const pairHash = joinedHash(hashAt(words, index), second.length, hashAt(words, next));
		const third = index + 2;
		if (third < count && joins(words, third) && bracketAt(words, third) === bracket) {
			const last = keyAt(words, third);
			const tripleHash = joinedHash(pairHash, last.length, hashAt(words, third));
			const triple = findJoined(TRIPLE_TAG_MARKS, key, second, last, tripleHash);
			if (triple !== undefined) return triple;
		}
		const double =
			findJoined(PAIR_TAG_MARKS, key, second, '', pairHash) ??
			(gapIs(words, next, '.') ? findJoined(CHANNEL_MARKS, key, second, '', pairHash) : undefined);
		if (double !== undefined) return double;
	}
	const single = entry?.mark;
	if (single !== undefined) {
		// A plausible year wins over the bare `2160` a far-future `maxYear` would let through.
		if (key.length !== 4) return single;
		const value = digitsValue(key);
		if (value < 1900 || value > maxYear) return single;
	}
	if (hasPlus(words, index) && key.indexOf('+') > 0) {
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
				const date = readDate(words, index, maxYear);
				if (date !== undefined) return dateMark(date);
				return yearMark(value);
			}
			if (value >= 0) return undefined;
		}
		if (key.length <= 3) {
			const date = readDate(words, index, maxYear);
			if (date !== undefined) return dateMark(date);
		}
		// `3of9`, French `3sur9`: episode 3 of 9. But a count of a few is a film split in that many files:
		// `1sur2` (French releases count their CDs so), or `1of2` after a film's year.
		const french = key.indexOf('sur');
		const of = french > 0 ? french : key.indexOf('of');
		if (of > 0 && of <= 3) {
			const episode = digitsValue(key, 0, of, 3);
			const total = digitsValue(key, of + (french > 0 ? 3 : 2), key.length, 3);
			if (episode > 0 && total >= episode)
				return total <= MAX_SPLIT && (french > 0 || yearBefore(words, index, maxYear))
					? partMark(1, episode, true)
					: episodeMark(1, undefined, [episode]);
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
			if (word.episodes.length === 0 && next < count && joins(words, next)) {
				const nextKey = keyAt(words, next);
				const more = nextKey.charCodeAt(0) === 101 ? readEpisodeWord(nextKey) : undefined;
				if (more !== undefined && more.season === undefined)
					return episodeMark(2, word.season as number, more.episodes);
			}
			return episodeMark(1, word.season, word.episodes);
		}
	}
	// Season, episode and part words: only words of the table (most words leave here without a lookup).
	if (entry !== undefined && next < count && bracketAt(words, next) === bracket && shortGap(words, next)) {
		const nextKey = keyAt(words, next);
		if (entry.season || entry.book) {
			const season = numberWord(nextKey);
			if (season >= 0 && season < 100 && readDate(words, next, maxYear) === undefined) {
				const third = index + 2;
				const thirdKey = third < count ? keyAt(words, third) : '';
				if (EPISODE_WORDS.has(thirdKey)) {
					const episode = episodeNumber(third + 1 < count ? keyAt(words, third + 1) : '');
					if (episode >= 0) return episodeMark(4, season, [episode]);
				}
				// `Saison 1 03`, `Livre I - 01`: a number of two or three digits, or set off by a dash,
				// right after the season's is the episode; not one of a list of seasons (`Season.1.3.4`).
				const episode = third < count && bracketAt(words, third) === bracket ? shortNumber(thirdKey) : -1;
				if (
					episode > 0 &&
					(isSplit(words, third) || (thirdKey.length >= 2 && shortGap(words, third))) &&
					(third + 1 === count || shortNumber(keyAt(words, third + 1)) < 0)
				)
					return episodeMark(3, season, [episode]);
				// A book: `Livre.II.E05`, or a name that ends with it (a `Livre I/` or `Kaamelott - Livre I/`
				// folder), not `Le Livre 2`.
				if (
					entry.season ||
					episodeWordAfter(thirdKey) ||
					(third === count && (index === 0 || isSplit(words, index)))
				)
					return episodeMark(2, season, []);
			}
		}
		// A lone `E` takes a short number only (`ESPN.E.60`, not `WALL-E.2008`).
		if (entry.episode && (key !== 'e' || (nextKey.length <= 3 && !hasDash(words, index)))) {
			const episode = episodeNumber(nextKey);
			if (episode >= 0) return episodeMark(2, undefined, [episode]);
			// `Ep 2x03`.
			const word = readEpisodeWord(nextKey);
			if (word?.season !== undefined && word.season <= maxYear && word.episodes.length > 0)
				return episodeMark(2, word.season, word.episodes);
		}
		// Spanish `Cap.102`: season 1, episode 2.
		if (key === 'cap') {
			const value = digitsValue(nextKey, 0, nextKey.length, 4);
			if (value >= 100) return episodeMark(2, Math.floor(value / 100), [value % 100]);
		}
		if (entry.part) {
			// A number, or a letter a to d last in the name (`Solaris (1972) - Part B`; `Part A Story` is a title).
			const number = digitsValue(nextKey, 0, nextKey.length, 2);
			const value = number > 0 ? number : next + 1 === count ? partLetter(nextKey, 0) : 0;
			if (value > 0)
				return partMark(
					2,
					value,
					key !== 'part' && key !== 'partie' && key !== 'dvd' ? true : hasDash(words, index),
				);
		}
	}
	const part = readPartWord(key);
	if (part !== undefined && part.value > 0) return partMark(1, part.value, true);
	const episodeGlued = gluedNumber(key, SEASON_WORDS) ?? undefined;
	if (episodeGlued !== undefined) return episodeMark(1, episodeGlued, []);
	return undefined;
}

/**
 * Whether the episode mark at `index` numbers a film in its saga rather than an episode:
 * `Star.Wars.Episode.4.Un.Nouvel.Espoir.1977`, `Star Wars Episode 4 - Un nouvel espoir (1977)`. The word
 * spelled out (`Episode`, `Épisode`) and one digit, after a title and before the name's year, the name's
 * only episode mark (no season). guessit keeps `Star Wars: Episode IV` in a film's title so; a show's
 * episode puts its year, if any, before its number (`Doctor.Who.2005.Episode.4`).
 */
const sagaEpisode = (words: Words, marks: readonly (Mark | undefined)[], index: number): boolean => {
	const mark = marks[index];
	if (mark?.t !== 'episode' || mark.span !== 2 || mark.season !== undefined || index === 0) return false;
	const key = keyAt(words, index);
	if (key !== 'episode' && key !== 'épisode') return false;
	const number = keyAt(words, index + 1);
	return digitsValue(number, 0, number.length, 1) >= 1 && noEpisodeMark(marks, 0, index);
};

/** Whether the episode mark at `index` is the name's only one after `start`, and names a season alone. */
const seasonMarkOnly = (marks: readonly (Mark | undefined)[], start: number, index: number): boolean => {
	const mark = marks[index];
	return mark?.t === 'episode' && mark.episodes.length === 0 && noEpisodeMark(marks, start, index);
};

/** Whether no word from `from` up to `to` (excluded) is marked as an episode or season. */
const noEpisodeMark = (marks: readonly (Mark | undefined)[], from: number, to: number): boolean => {
	for (let index = from; index < to; index++) if (marks[index]?.t === 'episode') return false;
	return true;
};

/** The most files a film is split in that `1of2` and `1sur2` are read as parts of (more is a series'). */
const MAX_SPLIT = 4;

/** Whether a word before `index` is a year (`Titanic (1997) 1of2`). */
const yearBefore = (words: Words, index: number, maxYear: number): boolean => {
	for (let at = 0; at < index; at++) {
		const key = keyAt(words, at);
		if (key.length !== 4) continue;
		const value = digitsValue(key);
		if (value >= 1900 && value <= maxYear) return true;
	}
	return false;
};

/** `season2`, `saison02`: a season word glued to its number. */
const gluedNumber = (key: string, words: ReadonlySet<string>): number | undefined => {
	const digits = key.length - trailingDigits(key);
	if (digits === key.length || digits === 0 || !words.has(key.slice(0, digits))) return undefined;
	const value = digitsValue(key, digits, key.length, 3);
	return value >= 0 ? value : undefined;
};

/**
 * How many digits end `key` (`trailer2` → 1): extras numbered `-trailer2` or `Trailer 2`.
 *
 * @internal
 */
export const trailingDigits = (key: string): number => {
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

/** Word `index` is digits only. */
const isDigits = (words: Words, index: number): boolean => {
	const key = keyAt(words, index);
	return leadingDigits(key) === key.length;
};

/** Word `index` is `Part` or `Partie`, which name a film's part as often as a copy's. */
const titlePart = (words: Words, index: number): boolean => {
	const key = keyAt(words, index);
	return key === 'part' || key === 'partie';
};

/** `3`, `03`, `103`: an episode number of one to three digits, else -1. */
const shortNumber = (key: string): number =>
	key !== '' && key.length <= 3 && leadingDigits(key) === key.length
		? digitsValue(key, 0, key.length, 3)
		: -1;

/** `E05`, `Ep03`: an episode marker without a season, as follows a book's number (`Livre.II.E05`). */
const episodeWordAfter = (key: string): boolean => {
	const word = key === '' ? undefined : readEpisodeWord(key);
	return word !== undefined && word.season === undefined && word.episodes.length > 0;
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
function readDate(words: Words, index: number, maxYear: number): string | undefined {
	if (
		index + 2 >= words.count ||
		!joins(words, index + 1) ||
		!joins(words, index + 2) ||
		gapCode(words, index + 1) !== gapCode(words, index + 2)
	)
		return undefined;
	const a = keyAt(words, index);
	const b = keyAt(words, index + 1);
	const c = keyAt(words, index + 2);
	const written = WRITTEN_MONTHS.get(b);
	if (written !== undefined) {
		// `13 janvier 2023`, `1er mai 2023`, `13 January 2023`: day, month in words, year.
		const digits = leadingDigits(a);
		const ordinal = digits === a.length || (digits === 1 && a.length === 3 && a.endsWith('er'));
		if (digits === 0 || digits > 2 || !ordinal || c.length !== 4) return undefined;
		return validDate(digitsValue(c), written, digitsValue(a, 0, digits, 2), maxYear);
	}
	let year: number;
	let day: number;
	const month = digitsValue(b, 0, b.length, 2);
	if (a.length === 4 && b.length === 2 && c.length === 2) {
		year = digitsValue(a);
		day = digitsValue(c, 0, 2, 2);
	} else if (a.length === 2 && b.length === 2 && c.length === 4) {
		year = digitsValue(c);
		day = digitsValue(a, 0, 2, 2);
		// `03-29-2012`: month first when the day cannot be one.
		if (month > 12 && day <= 12) return validDate(year, day, month, maxYear);
	} else return undefined;
	return validDate(year, month, day, maxYear);
}

/** Months written in words, French and English, by their number. */
const WRITTEN_MONTHS: ReadonlyMap<string, number> = new Map(
	[
		['janvier', 'january'],
		['fevrier', 'février', 'february'],
		['mars', 'march'],
		['avril', 'april'],
		['mai', 'may'],
		['juin', 'june'],
		['juillet', 'july'],
		['aout', 'août', 'august'],
		['septembre', 'september'],
		['octobre', 'october'],
		['novembre', 'november'],
		['decembre', 'décembre', 'december'],
	].flatMap((names, index) => names.map((name): [string, number] => [name, index + 1])),
);

const validDate = (year: number, month: number, day: number, maxYear: number): string | undefined => {
	if (year < 1900 || year > maxYear || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
	return `${year}-${pad(month)}-${pad(day)}`;
};
