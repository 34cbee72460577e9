/**
 * Extensions of files that sit next to videos without being one: subtitles, artwork, metadata, DVD
 * menus' data, Blu-ray indexes and playlists, soundtracks, checksums, download leftovers and downloads
 * not finished yet (`Heat.1995.1080p.mkv.part`, `.!qB`). The
 * parser strips them like a video's (so that they never read as part of a title) and grouping files
 * them as extras of their film.
 *
 * @internal
 */
export const NOT_VIDEO: ReadonlySet<string> = new Set([
	'srt',
	'sub',
	'idx',
	'ass',
	'ssa',
	'vtt',
	'sup',
	'nfo',
	'txt',
	'jpg',
	'jpeg',
	'png',
	'gif',
	'webp',
	'tbn',
	'xml',
	'sfv',
	'md5',
	'nzb',
	'torrent',
	'url',
	'ifo',
	'bup',
	'bdmv',
	'mpls',
	'clpi',
	'bdjo',
	'mp3',
	'flac',
	'm4a',
	'mka',
	'ogg',
	'opus',
	'wav',
	// A download not finished yet (browsers, qBittorrent, µTorrent, aria2): not playable as a copy.
	'part',
	'partial',
	'crdownload',
	'!qb',
	'!ut',
	'aria2',
]);

const VIDEO: readonly string[] = [
	'mkv',
	'mp4',
	'm4v',
	'avi',
	'mov',
	'wmv',
	'mpg',
	'mpeg',
	'm2ts',
	'mts',
	'ts',
	'vob',
	'iso',
	'img',
	'webm',
	'flv',
	'ogm',
	'ogv',
	'divx',
	'rmvb',
	'rm',
	'asf',
	'3gp',
	'mk3d',
	'm2v',
	'strm',
];

/**
 * Lower-case extensions stripped from the file name and reported as `container` (videos and
 * {@link NOT_VIDEO}), each mapped to itself: the result takes the table's string, not a new one per
 * file (results live as long as the inventory).
 *
 * @internal
 */
export const CONTAINERS: ReadonlyMap<string, string> = new Map(
	[...VIDEO, ...NOT_VIDEO].map((extension) => [extension, extension]),
);
