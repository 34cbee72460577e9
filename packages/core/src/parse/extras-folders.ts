/**
 * The folders that hold a film's extras, in one list read by the parser (a file in `Trailers/` is a
 * trailer, titled by the folder above) and by grouping (an extra in `Sample/` belongs to the film of
 * the folder above). Two lists had drifted apart: `Subs/` was an extras folder for grouping only,
 * `Featurette/` for the parser only.
 *
 * @packageDocumentation
 * @internal
 */
import type { ExtraType } from './types.js';

/**
 * A folder or file name as a lookup key: lower case, without spaces, dots, dashes and underscores
 * (`Behind The Scenes`, `behind.the.scenes` and `Behind_The_Scenes` are one key).
 *
 * @internal
 */
export const folderKey = (segment: string): string => {
	// Every name looked up is short; a long one cannot match.
	if (segment.length > 24) return '~';
	const lower = segment.toLowerCase();
	// Spaces, dots, underscores and dashes dropped: kept runs are sliced, not matched by a regex.
	let out = '';
	let start = 0;
	for (let index = 0; index < lower.length; index++) {
		const code = lower.charCodeAt(index);
		if (code !== 32 && code !== 46 && code !== 95 && code !== 45) continue;
		if (index > start) out += lower.slice(start, index);
		start = index + 1;
	}
	if (start === 0) return lower;
	return start < lower.length ? out + lower.slice(start) : out;
};

/**
 * Folders that hold extras, by {@link folderKey}, with the kind of extra their files are: Plex's and
 * Jellyfin's names, the scene's `Sample/`, subtitle and artwork folders, and their French names.
 *
 * @internal
 */
export const EXTRA_FOLDERS: ReadonlyMap<string, ExtraType> = new Map([
	['sample', 'sample'],
	['samples', 'sample'],
	// The Hungarian sample folder Jellyfin skips.
	['minta', 'sample'],
	['trailer', 'trailer'],
	['trailers', 'trailer'],
	['bandeannonce', 'trailer'],
	['bandesannonces', 'trailer'],
	['featurette', 'featurette'],
	['featurettes', 'featurette'],
	['behindthescenes', 'behind-the-scenes'],
	['makingof', 'behind-the-scenes'],
	['coulisses', 'behind-the-scenes'],
	['deleted', 'deleted-scene'],
	['deletedscenes', 'deleted-scene'],
	['scenescoupees', 'deleted-scene'],
	['scènescoupées', 'deleted-scene'],
	['bloopers', 'other'],
	['gagreel', 'other'],
	['betisier', 'other'],
	['bêtisier', 'other'],
	['interview', 'interview'],
	['interviews', 'interview'],
	['entretien', 'interview'],
	['entretiens', 'interview'],
	['short', 'short'],
	['shorts', 'short'],
	['extra', 'other'],
	['extras', 'other'],
	['bonus', 'other'],
	['bonuses', 'other'],
	['supplements', 'other'],
	['suppléments', 'other'],
	['specialfeatures', 'other'],
	['specialsfeatures', 'other'],
	['other', 'other'],
	['others', 'other'],
	['scenes', 'other'],
	['clips', 'other'],
	// Jellyfin's theme videos and theme songs.
	['backdrops', 'other'],
	['thememusic', 'other'],
	// Subtitles and artwork of the film above (`Heat (1995)/Subs/English.srt`, Kodi's `extrafanart/`).
	['subs', 'other'],
	['subtitles', 'other'],
	['soustitres', 'other'],
	['artwork', 'other'],
	['extrafanart', 'other'],
	['extrathumbs', 'other'],
	['covers', 'other'],
	// A scene release's proof pictures and screenshots (`Heat.1995.1080p.BluRay-GRP/Proof/proof.jpg`).
	['proof', 'other'],
	['proofs', 'other'],
	['screens', 'other'],
	['screenshots', 'other'],
]);

/**
 * The kind of extra the files of folder `name` are, or undefined when it is not an extras folder
 * (case, spaces, dots, dashes and underscores aside).
 *
 * @internal
 */
export const extraFolderType = (name: string): ExtraType | undefined => EXTRA_FOLDERS.get(folderKey(name));
