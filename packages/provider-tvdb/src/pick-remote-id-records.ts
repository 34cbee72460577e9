import type { MediaKind } from '@vm/core';
import { field, readArray, readObject, readText } from './values.js';

/** Which wrapper key of `/search/remoteid` holds which kind. */
const WRAPPER_KEYS: Readonly<Record<MediaKind, string>> = { series: 'series', movie: 'movie' };

/** A record found under an external id, with its kind. */
export interface RemoteIdRecord {
	readonly kind: MediaKind;
	readonly record: Readonly<Record<string, unknown>>;
}

/**
 * Picks the series and movie records out of a `/search/remoteid/{id}` answer: an array of single-key
 * wrappers (`{"series":…}`, `{"movie":…}`, `{"episode":…}`, `{"season":…}`…). Other kinds, and unrelated
 * records that TheTVDB sometimes adds, are dropped; when a record lists its `remoteIds`, it is kept only if
 * one of them is the looked-up id from the looked-up source.
 *
 * @param data - The response's `data`.
 * @param kinds - The kinds wanted.
 * @param source - `imdb` or `tmdb`.
 * @param id - The external id, as looked up.
 */
export function pickRemoteIdRecords(
	data: unknown,
	kinds: readonly MediaKind[],
	source: 'imdb' | 'tmdb',
	id: string,
): RemoteIdRecord[] {
	const picked: RemoteIdRecord[] = [];
	const seen = new Set<string>();
	for (const raw of readArray(data)) {
		const wrapper = readObject(raw);
		if (wrapper === undefined) continue;
		for (const kind of kinds) {
			const record = readObject(wrapper[WRAPPER_KEYS[kind]]);
			if (record === undefined || !listsRemoteId(record, source, id)) continue;
			const key = `${kind}:${String(field(record, 'id'))}`;
			if (seen.has(key)) continue;
			seen.add(key);
			picked.push({ kind, record });
		}
	}
	return picked;
}

function listsRemoteId(
	record: Readonly<Record<string, unknown>>,
	source: 'imdb' | 'tmdb',
	id: string,
): boolean {
	const remoteIds = field(record, 'remoteIds') ?? field(record, 'remote_ids');
	if (!Array.isArray(remoteIds) || remoteIds.length === 0) return true;
	return readArray(remoteIds).some((raw) => {
		const remote = readObject(raw);
		const sourceName = readText(field(remote, 'sourceName'))?.toLowerCase() ?? '';
		const value = readText(String(field(remote, 'id') ?? ''));
		if (value === undefined) return false;
		if (source === 'imdb') return sourceName.includes('imdb') && value.toLowerCase() === id.toLowerCase();
		// TheTVDB stores some TMDB ids as "{id}-{slug}".
		return sourceName.includes('themoviedb') && value.split('-')[0] === id;
	});
}
