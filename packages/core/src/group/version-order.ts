import type { Hdr, Resolution, Source } from '../parse/types.js';

const RESOLUTION_RANK: Readonly<Record<Resolution, number>> = {
	'4320p': 6,
	'2160p': 5,
	'1080p': 4,
	'720p': 3,
	'576p': 2,
	'480p': 1,
};

const SOURCE_RANK: Readonly<Record<Source, number>> = {
	remux: 13,
	bluray: 12,
	'hd-dvd': 11,
	'web-dl': 10,
	webrip: 9,
	hdtv: 8,
	tv: 7,
	dvd: 6,
	vhs: 5,
	screener: 4,
	telecine: 3,
	telesync: 2,
	cam: 1,
};

const HDR_RANK: Readonly<Record<Hdr, number>> = {
	'dolby-vision': 5,
	'hdr10+': 4,
	hdr10: 3,
	hdr: 2,
	hlg: 1,
};

/**
 * The quality fields {@link compareVersions} reads. A {@link MediaVersion} has them all.
 *
 * @example
 * ```ts
 * import type { VersionQuality } from '@vm/core';
 * const quality: VersionQuality = { resolution: '1080p', source: 'bluray', size: 12e9 };
 * ```
 */
export interface VersionQuality {
	/** Picture height. */
	readonly resolution?: Resolution | undefined;
	/** Where the picture came from. */
	readonly source?: Source | undefined;
	/** HDR format. */
	readonly hdr?: Hdr | undefined;
	/** Total size in bytes. */
	readonly size?: number | undefined;
}

const rank = <K extends string>(table: Readonly<Record<K, number>>, value: K | undefined): number =>
	value === undefined ? 0 : (table[value] ?? 0);

const sizeOf = (size: number | undefined): number =>
	typeof size === 'number' && Number.isFinite(size) ? size : -1;

/**
 * Orders copies of one film or episode best first. The order, each step breaking the ties of the one
 * before:
 *
 * 1. resolution, highest first (`4320p` > `2160p` > `1080p` > `720p` > `576p` > `480p` > unknown);
 * 2. source: `remux` > `bluray` > `hd-dvd` > `web-dl` > `webrip` > `hdtv` > `tv` > `dvd` > `vhs` >
 *    `screener` > `telecine` > `telesync` > `cam` > unknown;
 * 3. HDR: `dolby-vision` > `hdr10+` > `hdr10` > `hdr` > `hlg` > none;
 * 4. size, largest first (unknown last).
 *
 * Returns a negative number when `a` is better, positive when `b` is, 0 when they tie.
 * {@link groupInventory} breaks the remaining ties by edition (none first), then path.
 *
 * @example
 * ```ts
 * import { compareVersions } from '@vm/core';
 * const copies = [
 * 	{ resolution: '1080p', source: 'web-dl' },
 * 	{ resolution: '2160p', source: 'webrip' },
 * 	{ resolution: '1080p', source: 'remux' },
 * ] as const;
 * [...copies].sort(compareVersions); // 2160p webrip, 1080p remux, 1080p web-dl
 * ```
 */
export function compareVersions(a: VersionQuality, b: VersionQuality): number {
	return (
		rank(RESOLUTION_RANK, b.resolution) - rank(RESOLUTION_RANK, a.resolution) ||
		rank(SOURCE_RANK, b.source) - rank(SOURCE_RANK, a.source) ||
		rank(HDR_RANK, b.hdr) - rank(HDR_RANK, a.hdr) ||
		Math.sign(sizeOf(b.size) - sizeOf(a.size))
	);
}
