import type { Hdr, Source } from '../parse/types.js';
import type { VersionQuality } from './version-order.js';

const SOURCE_LABEL: Readonly<Record<Source, string>> = {
	remux: 'Remux',
	bluray: 'BluRay',
	'hd-dvd': 'HD DVD',
	'web-dl': 'WEB-DL',
	webrip: 'WEBRip',
	hdtv: 'HDTV',
	tv: 'TV',
	dvd: 'DVD',
	vhs: 'VHS',
	screener: 'Screener',
	telecine: 'Telecine',
	telesync: 'Telesync',
	cam: 'CAM',
};

const HDR_LABEL: Readonly<Record<Hdr, string>> = {
	hdr: 'HDR',
	hdr10: 'HDR10',
	'hdr10+': 'HDR10+',
	'dolby-vision': 'Dolby Vision',
	hlg: 'HLG',
};

/** What a label is made of. @internal */
export interface LabelInput extends VersionQuality {
	readonly edition?: string | undefined;
	/** Number of files of the copy. */
	readonly parts: number;
	/**
	 * Part number of a copy made of one file that says it is a part (`cd2` alone), or disc number of a
	 * copy made of one disc of a set (`Disc 2/VIDEO_TS/`).
	 */
	readonly lonePart?: number | undefined;
	/**
	 * Number of discs when the copy is a DVD or Blu-ray folder structure (`VIDEO_TS/`, `BDMV/`), else 0
	 * or undefined: its files are a disc's pieces or clips, not parts a player joins end to end.
	 */
	readonly discs?: number | undefined;
	/** Episodes of a file that holds several (`S01E01E02`): the label says which. */
	readonly episodes?: readonly number[] | undefined;
	/**
	 * The release group of the copy's name (`GRP` of `Heat.1995.1080p.BluRay.x264-GRP`): what tells apart
	 * copies that read the same otherwise, before their file names.
	 */
	readonly releaseGroup?: string | undefined;
	/**
	 * File name of the first file (the folder holding it, for a disc folder structure): what tells
	 * apart copies that read the same otherwise.
	 */
	readonly fileName: string;
	/**
	 * The copy's languages as {@link describeLanguages} writes them (`French`, `French subs`), `''` when
	 * its name gives none: the label of a copy of unknown quality and edition, before its file name,
	 * and the end of every label of a card whose copies are not all in the same languages.
	 */
	readonly languages?: string | undefined;
	/**
	 * {@link fileName} under `depth` of the folders above it, joined by `/` (`Backup/Heat (1995)` at
	 * depth 1 for a disc folder structure), or the whole path when it has fewer folders: what tells
	 * apart copies of one name in different places (a film and its copy on a backup drive). Absent:
	 * copies are told apart by their file names only.
	 */
	place?(depth: number): string;
}

const SEPARATOR = ' · ';

/**
 * The label of one copy: quality (`2160p HDR`; the source when the resolution is unknown), then the
 * edition, then `N parts` (`disc` or `N discs` for a disc folder structure), then the episodes of a
 * file that holds several (`episodes 1–2`). A copy of unknown quality and edition is labelled by its
 * languages (`French`, `French subs`: `Heat (1995) VF.mkv` next to `Heat (1995) VOSTFR.mkv`), else by
 * its file name.
 * `withSource` adds the source after the quality, to tell apart two copies that would otherwise read
 * the same.
 *
 * @internal
 */
export function versionLabel(input: LabelInput, withSource = false): string {
	const { resolution, source, hdr, edition, parts, lonePart, discs, episodes } = input;
	// The languages and file name are read only when the label is made of them (grouping slices the name
	// on demand).
	const named = namesFile(resolution, source, hdr, edition);
	const languages = named ? (input.languages ?? '') : '';
	const fallback = !named ? '' : languages === '' ? input.fileName : languages;
	return composeLabel(
		resolution,
		source,
		hdr,
		edition,
		parts,
		lonePart,
		discs ?? 0,
		episodes,
		fallback,
		languages === '',
		withSource,
	);
}

/**
 * Whether a copy's label is its file name: nothing about its quality or edition is known.
 *
 * @internal
 */
export const namesFile = (
	resolution: string | undefined,
	source: Source | undefined,
	hdr: Hdr | undefined,
	edition: string | undefined,
): boolean =>
	resolution === undefined &&
	source === undefined &&
	hdr === undefined &&
	(edition === undefined || edition === '');

/**
 * {@link versionLabel} from its fields, for a copy of one file, whose fields are read from its parse
 * without building a {@link LabelInput} for it. `fallback` is what the label says when the quality and
 * edition are unknown: the copy's languages, or its file name (`isFileName`), which already says which
 * episodes the file holds.
 *
 * @internal
 */
export function composeLabel(
	resolution: string | undefined,
	source: Source | undefined,
	hdr: Hdr | undefined,
	edition: string | undefined,
	parts: number,
	lonePart: number | undefined,
	discs: number,
	episodes: readonly number[] | undefined,
	fallback: string,
	isFileName: boolean,
	withSource: boolean,
): string {
	// Built by concatenation (no arrays): this runs once per copy of every card.
	let label = resolution ?? '';
	if (source !== undefined && (withSource || resolution === undefined)) {
		label = label === '' ? SOURCE_LABEL[source] : `${label} ${SOURCE_LABEL[source]}`;
	}
	if (hdr !== undefined) label = label === '' ? HDR_LABEL[hdr] : `${label} ${HDR_LABEL[hdr]}`;
	if (edition !== undefined && edition !== '')
		label = label === '' ? edition : `${label}${SEPARATOR}${edition}`;
	// A split copy known by nothing else reads `2 parts`, not its first file's name (`Heat (1995) -
	// Partie 1.mkv · 2 parts`); the name comes back only if another copy reads the same.
	const split = isFileName && discs === 0 && parts > 1;
	// A label that is the file name says the episodes already (`Show.S01E01E02.mkv`).
	const withEpisodes =
		(label !== '' || !isFileName || split) && episodes !== undefined && episodes.length > 1;
	if (label === '' && !split) label = fallback;
	if (discs > 0) {
		// A disc's files are its pieces and clips: the disc count tells the copy, not the file count.
		if (discs > 1) label = `${label}${SEPARATOR}${discs} discs`;
		else if (lonePart !== undefined && lonePart > 1) label = `${label}${SEPARATOR}disc ${lonePart}`;
		else label = `${label}${SEPARATOR}disc`;
	} else if (parts > 1) label = label === '' ? `${parts} parts` : `${label}${SEPARATOR}${parts} parts`;
	else if (lonePart !== undefined && lonePart > 1) label = `${label}${SEPARATOR}part ${lonePart}`;
	return withEpisodes ? `${label}${SEPARATOR}${episodeList(episodes)}` : label;
}

/** What a file of several episodes holds: `episodes 1–2` (a run), `episodes 1, 3`, `6 episodes`. */
const episodeList = (episodes: readonly number[]): string => {
	const first = episodes[0] as number;
	const last = episodes[episodes.length - 1] as number;
	if (episodes.every((episode, index) => episode === first + index)) return `episodes ${first}–${last}`;
	return episodes.length > 4 ? `${episodes.length} episodes` : `episodes ${episodes.join(', ')}`;
};

/**
 * Labels of the copies of one card, in order: the short label, then each copy's languages when the
 * copies are not all in the same ones (`1080p · French`, `720p · French subs`:
 * {@link LabelInput.languages}), with the source added to copies whose label another copy shares, then
 * their release groups, or the short label and the file name when those do not tell them apart
 * either.
 *
 * @internal
 */
export function versionLabels<I extends LabelInput>(inputs: readonly I[]): string[] {
	const labels = inputs.map((input) => versionLabel(input));
	// Copies in other languages say theirs, whatever else tells them apart: a French library keeps a
	// dubbed copy and a subtitled one (`1080p · French subs`, `720p · French (VFF)`). Each copy's are
	// read once, here, and reused by the passes below.
	const languages = spokenLanguages(inputs);
	if (languages !== undefined)
		for (let i = 0; i < inputs.length; i++)
			labels[i] = withLanguages(labels[i] as string, inputs[i] as I, languages[i] as string);
	// Copies usually differ in quality: no duplicate, nothing to add to any label, no flag lists.
	if (labels.length <= 16 && !hasDuplicate(labels)) return labels;
	const firstPass = duplicated(labels);
	for (let i = 0; i < inputs.length; i++) {
		const input = inputs[i] as I;
		if (firstPass[i] !== true || input.source === undefined) continue;
		const label = versionLabel(input, true);
		labels[i] = languages === undefined ? label : withLanguages(label, input, languages[i] as string);
	}
	addReleaseGroups(inputs, labels);
	const secondPass = duplicated(labels);
	let named = false;
	for (let i = 0; i < inputs.length; i++) {
		const label = labels[i] as string;
		const input = inputs[i] as I;
		if (secondPass[i] !== true) continue;
		named = true;
		if (!label.startsWith(input.fileName)) labels[i] = `${versionLabel(input)}${SEPARATOR}${input.fileName}`;
	}
	if (named) placeLabels(inputs, labels);
	return labels;
}

/**
 * Release groups, where they tell apart the copies that still read the same (`1080p BluRay · CREW`
 * and `1080p BluRay · TEAM`): only when every copy of that label names one, each its own; else the
 * copies keep their label, for their file names to tell them apart.
 */
const addReleaseGroups = <I extends LabelInput>(inputs: readonly I[], labels: string[]): void => {
	// Most cards that get here read apart once the source is added: no list of labels made for them.
	if (labels.length <= 16 && !hasDuplicate(labels)) return;
	const shared = duplicated(labels);
	const byLabel = new Map<string, number[]>();
	for (let i = 0; i < inputs.length; i++) {
		if (shared[i] !== true) continue;
		const same = byLabel.get(labels[i] as string);
		if (same === undefined) byLabel.set(labels[i] as string, [i]);
		else same.push(i);
	}
	for (const same of byLabel.values()) {
		const groups = same.map((i) => (inputs[i] as I).releaseGroup);
		if (groups.some((group) => group === undefined) || new Set(groups).size < groups.length) continue;
		for (const [at, i] of same.entries()) labels[i] = `${labels[i]}${SEPARATOR}${groups[at]}`;
	}
};

/**
 * Each copy's languages ({@link LabelInput.languages}, `''` for none) when some read otherwise than
 * others (a copy that gives none among them), else undefined.
 */
const spokenLanguages = <I extends LabelInput>(inputs: readonly I[]): string[] | undefined => {
	if (inputs.length < 2) return undefined;
	const languages = inputs.map((input) => input.languages ?? '');
	const first = languages[0] as string;
	for (let i = 1; i < languages.length; i++) if (languages[i] !== first) return languages;
	return undefined;
};

/**
 * `label` with the copy's `languages` after it, when it gives some; a copy of unknown quality is
 * labelled by its languages already.
 */
const withLanguages = <I extends LabelInput>(label: string, input: I, languages: string): string =>
	languages === '' || namesFile(input.resolution, input.source, input.hdr, input.edition)
		? label
		: `${label}${SEPARATOR}${languages}`;

/**
 * Copies of one name in different places (a film and its copy on a backup drive): each label that
 * another one still shares takes as many of its copy's folders as make it unique among those, and
 * stays as it is when none do (the same path twice). Depth by depth, with a count per label and place,
 * so that a card of thousands of copies of one name costs no pairwise comparisons.
 */
const placeLabels = <I extends LabelInput>(inputs: readonly I[], labels: string[]): void => {
	const shared = duplicated(labels);
	let pending: number[] = [];
	const previous: string[] = [];
	for (let i = 0; i < inputs.length; i++) {
		if (shared[i] !== true || inputs[i]?.place === undefined) continue;
		pending.push(i);
		previous[i] = (inputs[i] as I).fileName;
	}
	for (let depth = 1; pending.length > 0; depth++) {
		// The label each copy had before this pass, with its place at this depth: equal keys share both.
		const keys = pending.map((i) => `${labels[i]}\u0000${(inputs[i] as I).place?.(depth)}`);
		const counts = new Map<string, number>();
		for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
		const next: number[] = [];
		for (let at = 0; at < pending.length; at++) {
			const i = pending[at] as number;
			const input = inputs[i] as I;
			const place = input.place?.(depth) as string;
			// No folder left to add: the same path as another copy.
			if (place === previous[i]) continue;
			previous[i] = place;
			if (counts.get(keys[at] as string) !== 1) {
				next.push(i);
				continue;
			}
			const short = versionLabel(input);
			// A label that is the file name (nothing else known) becomes the place.
			labels[i] = short.startsWith(input.fileName)
				? `${place}${short.slice(input.fileName.length)}`
				: `${short}${SEPARATOR}${place}`;
		}
		pending = next;
	}
};

/** Whether two labels of a short list are equal (no allocation). */
const hasDuplicate = (labels: readonly string[]): boolean => {
	for (let i = 0; i < labels.length; i++) {
		for (let j = i + 1; j < labels.length; j++) if (labels[i] === labels[j]) return true;
	}
	return false;
};

/**
 * For each label, whether another one reads the same. Cards hold a few copies: pairwise comparison
 * then beats building a map (this runs for every card with more than one copy).
 */
const duplicated = (labels: readonly string[]): boolean[] => {
	const flags: boolean[] = new Array(labels.length).fill(false);
	if (labels.length <= 16) {
		for (let i = 0; i < labels.length; i++) {
			if (flags[i] === true) continue;
			for (let j = i + 1; j < labels.length; j++) {
				if (labels[i] === labels[j]) {
					flags[i] = true;
					flags[j] = true;
				}
			}
		}
		return flags;
	}
	const counts = new Map<string, number>();
	for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
	for (let i = 0; i < labels.length; i++) flags[i] = (counts.get(labels[i] as string) ?? 0) > 1;
	return flags;
};

/**
 * English names of the language codes met so far (`fr` → `French`): the parser gives a few dozen codes
 * at most, and asking `Intl.DisplayNames` each time cost more than the whole label.
 */
const LANGUAGE_NAMES = new Map<string, string>([['mul', 'Multi']]);

/** The English name of an ISO 639-1 code, `Multi` for `mul`, else the code in capitals. */
const languageName = (code: string): string => {
	let name = LANGUAGE_NAMES.get(code);
	if (name === undefined) {
		try {
			name = new Intl.DisplayNames(['en'], { type: 'language' }).of(code) ?? code.toUpperCase();
		} catch {
			// A runtime without the data, or a code it refuses.
			name = code.toUpperCase();
		}
		LANGUAGE_NAMES.set(code, name);
	}
	return name;
};

/**
 * A copy's audio and subtitle languages as a card shows them: `French`, `Multi + French`,
 * `English + Italian`, `French subs` (a `VOSTFR` release), `''` when the name gives none. `dub`, the
 * French dub the name tells (`VFQ`, see `frenchDub`), follows French: `Multi + French (VFQ)`.
 *
 * @internal
 */
export function describeLanguages(
	languages: readonly string[] | undefined,
	subtitleLanguages: readonly string[] | undefined,
	dub?: string,
): string {
	const audio = (languages ?? [])
		.map((code) =>
			code === 'fr' && dub !== undefined ? `${languageName(code)} (${dub})` : languageName(code),
		)
		.join(' + ');
	const subtitles = (subtitleLanguages ?? []).map(languageName).join(' + ');
	if (subtitles === '') return audio;
	return audio === '' ? `${subtitles} subs` : `${audio}${SEPARATOR}${subtitles} subs`;
}
