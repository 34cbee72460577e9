import { normalizeTitle } from '../normalize-title.js';
import type { ParsedMedia } from '../parse/types.js';
import type { TitleKey } from './identify.js';

const AKA = /\s+a\.?k\.?a\.?\s+/i;
const TRAILING_ARTICLE = /^(.+?),\s*(the|a|an|le|la|les|l')$/i;

/**
 * The title to search for a parsed file, and other spellings it suggests: `X aka Y` gives `X` then `Y`;
 * `Matrix, The` (a sortable name) gives `The Matrix`. `undefined` when the parse found no title.
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
	return { kind, title, ...(parsed.year === undefined ? {} : { year: parsed.year }), alternatives };
}

/** The dedupe key of a {@link TitleKey}: kind, normalized title and year. */
export function titleKeyId(key: TitleKey): string {
	return `${key.kind}\u0000${normalizeTitle(key.title)}\u0000${key.year ?? ''}`;
}
