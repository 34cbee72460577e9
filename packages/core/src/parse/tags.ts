import type { AudioCodec, Hdr, Resolution, Source, VideoCodec } from './types.js';

/**
 * What a known release tag says. `weak` tags are also common words (`Web`, `French`, `Extended`):
 * they end a title only when another tag follows them.
 *
 * @internal
 */
export type Tag =
	| { readonly type: 'resolution'; readonly value: Resolution; readonly weak?: boolean }
	| { readonly type: 'height'; readonly value: number; readonly weak?: boolean }
	| { readonly type: 'source'; readonly value: Source; readonly weak?: boolean }
	| { readonly type: 'videoCodec'; readonly value: VideoCodec; readonly weak?: boolean }
	| { readonly type: 'audio'; readonly value: AudioCodec; readonly weak?: boolean }
	| { readonly type: 'hdr'; readonly value: Hdr; readonly weak?: boolean }
	| {
			readonly type: 'language';
			readonly value: string;
			readonly weak?: boolean;
			/** The French dub the word names, as a bit of {@link FRENCH_DUBS} (`VFQ`: 2); 0 for none. */
			readonly dub?: number;
	  }
	| { readonly type: 'subtitle'; readonly value: string; readonly weak?: boolean }
	| { readonly type: 'edition'; readonly value: string; readonly weak?: boolean }
	| { readonly type: 'other'; readonly value: string; readonly weak?: boolean };

const tags = new Map<string, Tag>();

/** Every tag gets the same fields (`weak` and `dub` included), so reads stay monomorphic. */
const add = (tag: Tag, keys: readonly string[]): void => {
	const dub = tag.type === 'language' ? (tag.dub ?? 0) : 0;
	const uniform = { type: tag.type, value: tag.value, weak: tag.weak === true, dub } as Tag;
	for (const key of keys) tags.set(key, uniform);
};

/**
 * The French dubs release names write, in the order of their bits in a parse's `dubs`: France's,
 * Quebec's, both, Belgium's, international.
 *
 * @internal
 */
export const FRENCH_DUBS: readonly string[] = ['VFF', 'VFQ', 'VF2', 'VFB', 'VFI'];

/**
 * Whether a source is a TV broadcast's (`HDTV`, `TV`): its scene releases pack season and episode in
 * one number (`lost.101.hdtv`), where a fansub or a hand-named anime file counts episodes from the first.
 *
 * @internal
 */
export const isBroadcastSource = (source: string | undefined): boolean =>
	source === 'hdtv' || source === 'tv';

const RESOLUTIONS: readonly [Resolution, readonly string[]][] = [
	['480p', ['480p', '480i', '640x480', '720x480', '848x480', 'sd']],
	['576p', ['576p', '576i', '720x576', '768x576']],
	['720p', ['720p', '720i', '1280x720', '960x720', 'hd720', '720hd']],
	['1080p', ['1080p', '1080i', '1920x1080', '1440x1080', 'fhd', 'fullhd', '1080hd', 'hd1080']],
	['2160p', ['2160p', '2160i', '3840x2160', '4096x2160', '4k', 'uhd', '4kuhd', 'uhd4k', 'ultrahd']],
	['4320p', ['4320p', '7680x4320', '8k']],
];
for (const [value, keys] of RESOLUTIONS) add({ type: 'resolution', value }, keys);
for (const [key, value] of [
	['sd', '480p'],
	['720', '720p'],
	['1080', '1080p'],
	['2160', '2160p'],
] as const)
	add({ type: 'resolution', value, weak: true }, [key]);

const SOURCES: readonly [Source, readonly string[], readonly string[]][] = [
	['remux', ['remux', 'bdremux', 'uhdremux'], []],
	[
		'bluray',
		[
			'bluray',
			'bdrip',
			'brrip',
			'bdripmux',
			'brripmux',
			'hdlight',
			'bdmux',
			'brmux',
			'bd25',
			'bd50',
			'bd5',
			'bd9',
			'uhdbluray',
			'bdr',
			'hdbluray',
		],
		['bd'],
	],
	['hd-dvd', ['hddvd', 'hddvdrip'], []],
	[
		'web-dl',
		['webdl', 'webhd', 'webdlmux', 'webmux', 'amzn', 'nf', 'dsnp', 'hmax', 'atvp', 'itunes'],
		['web'],
	],
	['webrip', ['webrip', 'webdlrip', 'webcap'], []],
	['hdtv', ['hdtv', 'hdtvrip', 'ahdtv', 'uhdtv', 'hdtvmux'], []],
	[
		'tv',
		['pdtv', 'sdtv', 'dsr', 'dsrip', 'dthrip', 'dvb', 'dvbrip', 'satrip', 'tvrip', 'ppv', 'ppvrip'],
		['tv'],
	],
	['dvd', ['dvdrip', 'dvdr', 'dvd5', 'dvd9', 'dvdmux', 'dvdivx'], ['dvd', 'ntsc', 'pal', 'secam']],
	['vhs', ['vhsrip'], ['vhs']],
	['screener', ['dvdscr', 'bdscr', 'webscr', 'screener', 'dvdscreener', 'scr'], []],
	['telesync', ['telesync', 'hdts', 'pdvd', 'tsrip'], ['ts']],
	['telecine', ['telecine', 'hdtc'], ['tc']],
	['cam', ['camrip', 'hdcam', 'hqcam'], ['cam']],
];
for (const [value, strong, weak] of SOURCES) {
	add({ type: 'source', value }, strong);
	add({ type: 'source', value, weak: true }, weak);
}

const VIDEO_CODECS: readonly [VideoCodec, readonly string[]][] = [
	['h264', ['x264', 'h264', 'avc', 'avc1', 'x.264']],
	['h265', ['x265', 'h265', 'hevc', 'hevc10']],
	['av1', ['av1']],
	['vp9', ['vp9']],
	['xvid', ['xvid', 'xvidhd']],
	['divx', ['divx', 'dvdivx']],
	['mpeg2', ['mpeg2', 'mpeg']],
	['vc1', ['vc1']],
];
for (const [value, keys] of VIDEO_CODECS) add({ type: 'videoCodec', value }, keys);

const AUDIO: readonly [AudioCodec, readonly string[]][] = [
	['aac', ['aac', 'aac2', 'aac20', 'aac51', 'heaac', 'aaclc']],
	['ac3', ['ac3', 'ac3d', 'dd5', 'dd', 'dd2', 'dd20', 'dd51', 'dd71', 'ac35', 'ac351', 'dolbydigital']],
	['eac3', ['eac3', 'ddp5', 'ddp', 'ddp2', 'ddp20', 'ddp51', 'ddp71', 'dd+', 'dd+51', 'dd+71', 'ddplus']],
	['dts', ['dts', 'dts51', 'dtses', 'dtsx']],
	['dts-hd', ['dtshd', 'dtsma', 'dtshdma', 'dtshra']],
	['truehd', ['truehd', 'truehd51', 'truehd71']],
	['atmos', ['atmos']],
	['flac', ['flac']],
	['mp3', ['mp3', 'lame']],
	['opus', ['opus']],
	['pcm', ['pcm', 'lpcm']],
];
for (const [value, keys] of AUDIO) add({ type: 'audio', value }, keys);

const HDR: readonly [Hdr, readonly string[], readonly string[]][] = [
	['hdr', ['hdr'], []],
	['hdr10', ['hdr10'], []],
	['hdr10+', ['hdr10+', 'hdr10plus'], []],
	['dolby-vision', ['dovi', 'dolbyvision'], ['dv']],
	['hlg', ['hlg'], []],
];
for (const [value, strong, weak] of HDR) {
	add({ type: 'hdr', value }, strong);
	add({ type: 'hdr', value, weak: true }, weak);
}

const LANGUAGES: readonly [string, readonly string[], readonly string[]][] = [
	[
		'fr',
		// `Heat (1995) - Version Française.mkv`, as a French owner names the dubbed copy.
		['versionfrancaise', 'versionfrançaise'],
		['french', 'francais', 'français', 'vf', 'fr'],
	],
	['mul', ['multi', 'multi3', 'multilang', 'multilanguage', 'multisubs'], []],
	['en', ['eng'], ['english', 'en']],
	['de', ['swissgerman'], ['german', 'deutsch', 'ger']],
	['es', ['castellano'], ['spanish', 'espanol', 'español', 'esp', 'latino', 'spa']],
	['it', [], ['italian', 'italiano', 'ita']],
	['ja', [], ['japanese', 'jpn']],
	['ru', [], ['russian', 'rus']],
	['pt', [], ['portuguese', 'por']],
	['nl', [], ['dutch', 'flemish']],
	['ko', [], ['korean', 'kor']],
	['zh', [], ['chinese', 'chi']],
];
for (const [value, strong, weak] of LANGUAGES) {
	add({ type: 'language', value }, strong);
	add({ type: 'language', value, weak: true }, weak);
}
// French dubs: French audio, and which dub (see `FRENCH_DUBS`); TRUEFRENCH is France's.
for (const [dub, keys] of [
	['VFF', ['vff', 'truefrench']],
	['VFQ', ['vfq', 'versionquebecoise', 'versionquébécoise']],
	['VF2', ['vf2']],
	['VFB', ['vfb']],
	['VFI', ['vfi']],
] as const)
	add({ type: 'language', value: 'fr', dub: 1 << FRENCH_DUBS.indexOf(dub) }, keys);
// German scene releases: `German.DL` is a dual-language (German + original) release.
add({ type: 'language', value: 'mul' }, ['dl']);
for (const [value, keys] of [
	['hu', ['hun', 'hungarian']],
	['uk', ['ukr', 'ukrainian']],
	['cs', ['cz', 'czech']],
	['no', ['norwegian', 'nor']],
	['hi', ['hindi']],
	['ca', ['catalan']],
	['pl', ['polish', 'pol', 'pl']],
	['sv', ['swedish', 'swe']],
	['da', ['danish', 'dan']],
	['fi', ['finnish', 'fin']],
	['tr', ['turkish', 'tur']],
	['el', ['greek', 'gre']],
	['he', ['hebrew', 'heb']],
	['ar', ['arabic', 'ara']],
] as const)
	add({ type: 'language', value, weak: true }, keys);

const SUBTITLES: readonly [string, readonly string[]][] = [
	['fr', ['vostfr', 'stfr', 'subfrench', 'vosta', 'vost', 'subfr']],
	['en', ['vosten', 'subeng', 'engsub', 'engsubs']],
	['mul', ['multisub', 'multisubs']],
];
for (const [value, keys] of SUBTITLES) add({ type: 'subtitle', value }, keys);

const EDITIONS: readonly [string, readonly string[], readonly string[]][] = [
	[
		"Director's Cut",
		[
			'directorscut',
			'directorcut',
			'directorsedition',
			'dircut',
			'versiondurealisateur',
			'versionduréalisateur',
			'montagedurealisateur',
			'montageduréalisateur',
		],
		['dc'],
	],
	['Extended', ['extendedcut', 'extendededition', 'versionlongue', 'extendedversion'], ['extended']],
	['Final Cut', ['finalcut'], []],
	[
		'Theatrical',
		['theatricalcut', 'theatricaledition', 'theatricalversion', 'versioncinema'],
		['theatrical'],
	],
	['Unrated', ['unratedcut', 'unratededition'], ['unrated']],
	['Uncut', ['uncutversion', 'versionintegrale', 'versionintégrale'], ['uncut']],
	['Uncensored', ['uncensored'], []],
	['IMAX', ['imaxedition'], ['imax']],
	[
		'Special Edition',
		['specialedition', 'specialcut', 'editionspeciale', 'éditionspéciale'],
		// Not a lone `Special`: a show's `Christmas.Special`, a title's `A.Common.Title.Special.2014`.
		['se'],
	],
	['Rogue Cut', ['roguecut'], []],
	[
		'Remastered',
		[
			'remastered',
			'remasterd',
			'remaster',
			'4kremaster',
			'remasterise',
			'remasterisé',
			'remasterisee',
			'remasterisée',
			'versionremasterisee',
			'versionremasterisée',
		],
		[],
	],
	['Restored', ['restored', 'versionrestauree', 'versionrestaurée'], []],
	['Criterion', ['criterioncollection', 'criterionedition'], ['criterion']],
	[
		'Collector',
		['collectorsedition', 'collectoredition', 'collectorscut', 'editioncollector', 'éditioncollector'],
		['collector'],
	],
	['Ultimate', ['ultimateedition', 'ultimatecut'], ['ultimate']],
	['Limited', [], ['limited']],
	['Alternative Cut', ['alternativecut', 'alternatecut'], []],
	['Anniversary Edition', ['anniversaryedition'], []],
	['Fan Edit', ['fanedit'], []],
	['Festival', ['festival'], []],
	// A stereoscopic copy is a version of its film told apart by its label (`1080p · 3D`), as Jellyfin shows
	// it, and a card of its own with separate editions, as Plex users tag it (`{edition-3D}`). A lone `3D`
	// is weak, read as a tag only where weak tags end a title (see `weakEnds`); a lone `SBS` is as often
	// Australia's broadcaster.
	['3D', ['hsbs', 'halfsbs', 'fullsbs', 'fsbs', 'hou', 'halfou', 'fullou', 'htab', 'halftab', 'mvc'], ['3d']],
];
for (const [value, strong, weak] of EDITIONS) {
	add({ type: 'edition', value }, strong);
	add({ type: 'edition', value, weak: true }, weak);
}

const OTHER_STRONG = [
	'proper',
	'repack',
	'rerip',
	'readnfo',
	'nfofix',
	'dirfix',
	'syncfix',
	'internal',
	'10bit',
	'8bit',
	'12bit',
	'hi10p',
	'hi10',
	'60fps',
	'50fps',
	'30fps',
	'25fps',
	'24fps',
	'23976fps',
	'hfr',
	'sbs',
	'dubbed',
	'subbed',
	'hardsub',
	'hardsubs',
	'softsub',
	'subforced',
	'dualaudio',
	'md',
	'ld',
	'stv',
	'ws',
	'hq',
	'sdr',
	'rip',
	'mux',
	'2ch',
	'6ch',
	'8ch',
	'qc',
	'retail',
	'convert',
	'doku',
	'hdrip',
	'rarbg',
];
for (const key of OTHER_STRONG) add({ type: 'other', value: key }, [key]);
const OTHER_WEAK = ['real', 'complete', 'hd', 'fs', 'vo', 'sub', 'subs', 'xxx'];
for (const key of OTHER_WEAK) add({ type: 'other', value: key, weak: true }, [key]);
// The original-language copy, written out: a tag, as `VO` is, and never weak in two words.
add({ type: 'other', value: 'vo' }, ['versionoriginale']);

/**
 * Known release tags by lookup key: lower case, apostrophes removed, the words of a multi-word tag
 * glued together (`web-dl` → `webdl`, `Director's Cut` → `directorscut`).
 *
 * @internal
 */
export const TAGS: ReadonlyMap<string, Tag> = tags;

/**
 * First words of the multi-word tags, so that joining neighbours is only tried where it can match.
 *
 * @internal
 */
export const COMPOUND_HEADS: ReadonlySet<string> = new Set([
	'web',
	'blu',
	'hd',
	'h',
	'x',
	'dd',
	'ddp',
	'dd+',
	'dd5',
	'ddp5',
	'aac2',
	'dts',
	'true',
	'dolby',
	'director',
	'directors',
	'montage',
	'extended',
	'version',
	'theatrical',
	'unrated',
	'special',
	'rogue',
	'final',
	'alternative',
	'alternate',
	'ultimate',
	'collectors',
	'collector',
	'criterion',
	'anniversary',
	'fan',
	'edition',
	'dual',
	'read',
	'dvd',
	'bd',
	'4k',
	'hdr10',
	'aac',
	'ac3',
	'eac3',
	'truehd',
	'5',
	'7',
	'2',
	'6',
	'1',
	'vc',
	'mpeg',
	'multi',
	'sub',
	'dir',
	'sync',
	'nfo',
	'imax',
	'uncut',
	'hi10',
	'e',
	'ac',
	'he',
]);

/**
 * Tags that only exist as several words: audio channel layouts (`5.1`, `7.1`, `2.0`). A lone `51` is a
 * title word (`Area 51`).
 *
 * @internal
 */
export const COMPOUND_ONLY: ReadonlyMap<string, Tag> = new Map<string, Tag>(
	['51', '71', '20', '61', '10'].map((key) => [
		key,
		{ type: 'other', value: `channels-${key}`, weak: false },
	]),
);

/**
 * ISO 639-1 codes read inside a `+`-glued language list (`ENG+RU+PT`), where two letters are
 * unambiguous.
 *
 * @internal
 */
export const GLUED_LANGUAGES: ReadonlySet<string> = new Set(
	'en fr de es it pt ru ja ko zh nl pl sv da fi no cs hu tr el he ar hi uk ca ro'.split(' '),
);
