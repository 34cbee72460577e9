import type { FileKind } from '../media.js';

/**
 * Vertical resolution of the picture. `4K` and `UHD` are read as `2160p`.
 *
 * @example
 * ```ts
 * import type { Resolution } from '@vm/core';
 * const uhd: Resolution = '2160p';
 * ```
 */
export type Resolution = '480p' | '576p' | '720p' | '1080p' | '2160p' | '4320p';

/**
 * Where the picture came from, normalized. `remux` is an untouched Blu-ray stream; `bluray` covers BDRip,
 * BRRip and encodes; `web-dl` an untouched streaming download; `webrip` a capture of a stream.
 *
 * @example
 * ```ts
 * import type { Source } from '@vm/core';
 * const source: Source = 'web-dl';
 * ```
 */
export type Source =
	| 'remux'
	| 'bluray'
	| 'hd-dvd'
	| 'web-dl'
	| 'webrip'
	| 'hdtv'
	| 'tv'
	| 'dvd'
	| 'vhs'
	| 'screener'
	| 'telesync'
	| 'telecine'
	| 'cam';

/**
 * Video codec, normalized (`x264`, `AVC` and `H.264` are all `h264`).
 *
 * @example
 * ```ts
 * import type { VideoCodec } from '@vm/core';
 * const codec: VideoCodec = 'h265';
 * ```
 */
export type VideoCodec = 'h264' | 'h265' | 'av1' | 'vp9' | 'xvid' | 'divx' | 'mpeg2' | 'vc1';

/**
 * High dynamic range format.
 *
 * @example
 * ```ts
 * import type { Hdr } from '@vm/core';
 * const hdr: Hdr = 'dolby-vision';
 * ```
 */
export type Hdr = 'hdr' | 'hdr10' | 'hdr10+' | 'dolby-vision' | 'hlg';

/**
 * Audio codec, normalized.
 *
 * @example
 * ```ts
 * import type { AudioCodec } from '@vm/core';
 * const audio: AudioCodec = 'truehd';
 * ```
 */
export type AudioCodec =
	| 'aac'
	| 'ac3'
	| 'eac3'
	| 'dts'
	| 'dts-hd'
	| 'truehd'
	| 'atmos'
	| 'flac'
	| 'mp3'
	| 'opus'
	| 'pcm';

/**
 * A file that belongs to a film or episode without being a copy of it.
 *
 * @example
 * ```ts
 * import type { ExtraType } from '@vm/core';
 * const extra: ExtraType = 'trailer';
 * ```
 */
export type ExtraType =
	| 'sample'
	| 'trailer'
	| 'featurette'
	| 'behind-the-scenes'
	| 'deleted-scene'
	| 'interview'
	| 'short'
	| 'other';

/**
 * Provider ids found in Plex / Jellyfin / Emby tags anywhere in the path (`{tmdb-603}`, `[imdbid-tt0133093]`).
 *
 * @example
 * ```ts
 * import type { PathIds } from '@vm/core';
 * const ids: PathIds = { tmdb: 603, imdb: 'tt0133093' };
 * ```
 */
export interface PathIds {
	/** TMDB id. */
	tmdb?: number;
	/** IMDb id, `tt` followed by 7 or 8 digits. */
	imdb?: string;
	/** TheTVDB id. */
	tvdb?: number;
}

/**
 * What {@link parseMediaPath} reads from a video file's path.
 *
 * @example
 * ```ts
 * import type { ParsedMedia } from '@vm/core';
 * const parsed: ParsedMedia = { kind: 'movie', title: 'The Matrix', year: 1999, resolution: '1080p', ids: {} };
 * ```
 */
export interface ParsedMedia {
	/** A film, or one or more episodes of a series. */
	kind: FileKind;
	/**
	 * The film's title, or the series' name for an episode, cleaned but as written. A film keeps the
	 * subtitle it writes after ` - ` (`Mission Impossible - Fallout`); see {@link ParsedMedia.alternativeTitle}.
	 * A camera's or phone's clip (`VID_20190714_153000.mp4`) is titled with its whole name.
	 */
	title: string;
	/**
	 * The words after a ` - ` that {@link ParsedMedia.title} leaves out, where guessit reads an
	 * `alternative_title`: a show's `Show - Other Name - 02`, or a film named scene-style
	 * (`Artist - Concert 2012 1080i HDTV`). A film named as a library names it keeps its subtitle in
	 * `title` instead (`Mission Impossible - Fallout (2018)`, `Harry Potter - The Chamber of Secrets`).
	 */
	alternativeTitle?: string;
	/** Release year (for an episode, the year in the show's name, e.g. `Doctor Who 2005`). */
	year?: number;
	/** Season number (episodes). For a multi-season pack, the first season. */
	season?: number;
	/** Every season of a multi-season pack (`S01-S04`, `Seasons 1 & 2`), in order; absent for one season. */
	seasons?: number[];
	/** Episode numbers, in order (several for multi-episode files; an absolute number for anime). */
	episodes?: number[];
	/** Episode title, when the name carries one. */
	episodeTitle?: string;
	/** Air date of a daily show, `YYYY-MM-DD`. */
	date?: string;
	/** Picture height, when it is a standard one. */
	resolution?: Resolution;
	/** Picture height in pixels when the name gives one outside {@link Resolution} (`1440p`, `540p`, `360p`). */
	height?: number;
	/** Where the picture came from. */
	source?: Source;
	/** Video codec. */
	videoCodec?: VideoCodec;
	/** HDR format. */
	hdr?: Hdr;
	/** Audio codecs, in the order found. */
	audio?: AudioCodec[];
	/** Scene release group. */
	releaseGroup?: string;
	/**
	 * Edition label, normalized: `Director's Cut`, `Extended`, `Final Cut`, `Theatrical`, `Unrated`, `IMAX`…,
	 * and `3D` for a stereoscopic copy (`3D`, `HSBS`, `Half-OU`, `MVC`).
	 */
	edition?: string;
	/** Every edition label, in order, when the name gives more than one (`Unrated Director's Cut`). */
	editions?: string[];
	/** Part number of a multi-part file of one version (`cd1`, `pt2`, `disc1`); never a title's `Part II`. */
	part?: number;
	/** Set when the file is an extra (sample, trailer…) rather than the feature. */
	extra?: ExtraType;
	/** Audio languages, ISO 639-1 (`fr` for FRENCH/TRUEFRENCH/VFF/VFQ, `mul` for MULTi). */
	languages?: string[];
	/** Subtitle languages, ISO 639-1 (`fr` for VOSTFR). */
	subtitleLanguages?: string[];
	/** Provider ids tagged in the path. */
	ids: PathIds;
	/** Country code that closed the title (`Show.US.S01E01` → `US`, `UK` → `GB`), ISO 3166-1 alpha-2. */
	country?: string;
	/** Lower-case file extension without the dot, when there is one. */
	container?: string;
}
