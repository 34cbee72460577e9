import type { Candidate, MediaKind } from '@vm/core';
import type { TvdbSearchResult } from './tvdb-types.js';
import { distinctTexts, readArray, readId, readObject, readText, readYear } from './values.js';

interface Draft {
	id: number;
	name: string;
	translated: string | undefined;
	names: string[];
	year: number | undefined;
}

/**
 * Maps `GET /search` items to candidates of one kind, in TheTVDB's order.
 *
 * - Items of another `type` are dropped (the service returns episodes and people without a filter).
 * - A `tvdb_id` seen twice (a real quirk) is merged into its first position, keeping the earliest year.
 * - `tvdb_id` and `year` strings become numbers; `first_air_time` wins over `year` when both parse.
 * - `title` is the translation in `language` when there is one, else `name` (which TheTVDB gives in the
 *   show's primary language, hence `originalTitle`); every other translation and alias feeds `aliases`.
 *
 * @param results - The `data` array of a search response (anything else gives no candidates).
 * @param kind - The wanted kind.
 * @param language - A TVDB language code (`fra`), or `undefined` for the primary-language name.
 */
export function mapSearchResults(
	results: unknown,
	kind: MediaKind,
	language: string | undefined,
): Candidate[] {
	const drafts = new Map<number, Draft>();
	for (const raw of readArray(results)) {
		const item = readObject(raw) as TvdbSearchResult | undefined;
		if (item === undefined || !isOfKind(item, kind)) continue;
		const id = readId(item.tvdb_id) ?? readId(String(item.id ?? '').replace(/^\D+-/, ''));
		const name = readText(item.name);
		if (id === undefined || name === undefined) continue;
		const translations = readObject(item.translations) ?? {};
		const translated = language === undefined ? undefined : readText(translations[language]);
		const names = [
			...Object.values(translations).flatMap((value) => readText(value) ?? []),
			...readArray(item.aliases).flatMap((value) => readText(value) ?? []),
		];
		const year = readYear(item.first_air_time) ?? readYear(item.year);
		const known = drafts.get(id);
		if (known === undefined) {
			drafts.set(id, { id, name, translated, names, year });
			continue;
		}
		known.translated ??= translated;
		known.names.push(name, ...names);
		if (year !== undefined && (known.year === undefined || year < known.year)) known.year = year;
	}
	return [...drafts.values()].map((draft) => toCandidate(draft, kind));
}

function isOfKind(item: TvdbSearchResult, kind: MediaKind): boolean {
	const type = readText(item.type);
	return type === undefined || type === kind;
}

function toCandidate(draft: Draft, kind: MediaKind): Candidate {
	const title = draft.translated ?? draft.name;
	const aliases = distinctTexts(draft.names, [title, draft.name]);
	return {
		id: draft.id,
		kind,
		title,
		...(title === draft.name ? {} : { originalTitle: draft.name }),
		...(aliases.length > 0 ? { aliases } : {}),
		...(draft.year === undefined ? {} : { year: draft.year }),
	};
}
