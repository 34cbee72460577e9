import { extraFolderType } from '../parse/extras-folders.js';

/** A path cut into what grouping needs. @internal */
export interface PathParts {
	/** Folder holding the file, `\` turned into `/`, no trailing separator (`''` for a bare name). */
	readonly dir: string;
	/** Last segment of `dir` (`''` for a bare name). */
	readonly folder: string;
	/** File name with its extension. */
	readonly name: string;
}

/** Cuts a path at its last `/` or `\`. @internal */
export function splitPath(path: string): PathParts {
	let end = path.length;
	while (end > 1 && (path[end - 1] === '/' || path[end - 1] === '\\')) end--;
	const trimmed = end === path.length ? path : path.slice(0, end);
	const cut = Math.max(trimmed.lastIndexOf('/'), trimmed.lastIndexOf('\\'));
	if (cut < 0) return { dir: '', folder: '', name: trimmed };
	const rawDir = trimmed.slice(0, cut);
	const dir = rawDir.includes('\\') ? rawDir.replaceAll('\\', '/') : rawDir;
	return { dir, folder: dir.slice(dir.lastIndexOf('/') + 1), name: trimmed.slice(cut + 1) };
}

/** The file name without its extension, when the parser recognized one (`container`). @internal */
export function stemOf(name: string, container: string | undefined): string {
	if (container === undefined || container === '') return name;
	const dot = name.length - container.length - 1;
	return dot > 0 && name[dot] === '.' && endsWithLower(name, dot + 1, container) ? name.slice(0, dot) : name;
}

/** `name.slice(start).toLowerCase() === lower`, without the two copies when the end of `name` is ASCII. */
const endsWithLower = (name: string, start: number, lower: string): boolean => {
	for (let index = start; index < name.length; index++) {
		let code = name.charCodeAt(index);
		if (code > 127) return name.slice(start).toLowerCase() === lower;
		if (code >= 65 && code <= 90) code += 32;
		if (code !== lower.charCodeAt(index - start)) return false;
	}
	return true;
};

/**
 * Whether a folder name is one of the well-known extras folders (case, spaces, dots, dashes and
 * underscores aside): the parser's list, so that both read a folder alike.
 *
 * @internal
 */
export function isExtrasFolder(folder: string): boolean {
	return extraFolderType(folder) !== undefined;
}

/**
 * The folder an extra belongs to: its own folder, or, for `Film (2001)/Sample/x.mkv` or
 * `Film (2001)/Extras/Featurettes/x.mkv`, the first folder above the extras folders.
 *
 * @internal
 */
export function ownerDir(dir: string): string {
	let current = dir;
	for (;;) {
		const cut = current.lastIndexOf('/');
		if (!isExtrasFolder(current.slice(cut + 1))) return current;
		if (cut < 0) return '';
		current = current.slice(0, cut);
	}
}
