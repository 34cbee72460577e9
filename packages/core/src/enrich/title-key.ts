import { normalizeTitle } from '../normalize-title.js';
import type { ParsedMedia } from '../parse/types.js';
import type { TitleKey } from './identify.js';

const AKA = /\s+a\.?k\.?a\.?\s+/i;
const TRAILING_ARTICLE = /^(.+?),\s*(the|a|an|le|la|les|l')$/i;

/**
 * Names cameras and phones give their clips (`IMG_1234.MOV`, `VID_20190714_183000.mp4`,
 * `VIDEO_2019-07-14_vacances.mp4`, `GOPR0012.MP4`): they name no film or show, so nothing is looked up.
 */
const CAMERA_NAMES: ReadonlySet<string> = new Set([
	'video',
	'vid',
	'img',
	'mvi',
	'mov',
	'dsc',
	'dscn',
	'dscf',
	'gopr',
	'pxl',
	'clip',
	'signal',
	'screenrecording',
]);
const CAMERA_FILE = /^(?:img|vid|mvi|dsc|dscn|dscf|gopr|gh|gx|dji|pxl)\d+$/;

/** Two-word clip names of phone apps, followed by the date: `WhatsApp Video 2020-05-01 at 12.00.00`. */
const APP_CLIP_NAMES: ReadonlySet<string> = new Set(['whatsapp video', 'screen recording']);

/**
 * A camera's clip name: `IMG 1234`, `VIDEO 2019 07 14 …`, `GOPR0012`, `WhatsApp Video 2020 …`,
 * `Screen Recording 2021 …`, or a bare `VIDEO` with no year.
 */
const isCameraClip = (title: string, year: number | undefined): boolean => {
	const words = normalizeTitle(title).split(' ');
	const [first = '', second] = words;
	if (CAMERA_FILE.test(first)) return true;
	if (APP_CLIP_NAMES.has(`${first} ${second}`)) return /^\d+$/.test(words[2] ?? '');
	if (!CAMERA_NAMES.has(first)) return false;
	return second === undefined ? year === undefined : /^\d+$/.test(second);
};

/** How titles spell a country that tells two same-named shows apart (`The Office (UK)`). */
const COUNTRY_LABELS: Readonly<Record<string, string>> = { GB: 'UK' };

/**
 * The title to search for a parsed file, and other spellings it suggests: `X aka Y` gives `X` then `Y`;
 * `Matrix, The` (a sortable name) gives `The Matrix`; a country that closed the title (`The.Office.US`)
 * is kept apart (`country`) so that `The Office (US)` can be told from `The Office (UK)`. `undefined`
 * when the parse found no title, or a camera's clip name (`IMG 1234`, `VIDEO 2019-07-14 …`).
 */
export function titleKeyOf(parsed: ParsedMedia): TitleKey | undefined {
	const kind = parsed.kind === 'episode' ? 'series' : 'movie';
	const parts = parsed.title
		.split(AKA)
		.map((part) => part.trim())
		.filter((part) => normalizeTitle(part) !== '')
		.map((part) => {
			const sortable = TRAILING_ARTICLE.exec(part);
			return sortable === null ? part : `${sortable[2]} ${sortable[1]}`;
		});
	const [title, ...alternatives] = parts;
	if (title === undefined) return undefined;
	if (isCameraClip(title, parsed.year)) return undefined;
	return {
		kind,
		title,
		...(parsed.year === undefined ? {} : { year: parsed.year }),
		alternatives,
		...(parsed.country === undefined ? {} : { country: COUNTRY_LABELS[parsed.country] ?? parsed.country }),
	};
}

/** The dedupe key of a {@link TitleKey}: kind, normalized title, year and country. */
export function titleKeyId(key: TitleKey): string {
	return `${key.kind}\u0000${normalizeTitle(key.title)}\u0000${key.year ?? ''}\u0000${key.country ?? ''}`;
}
