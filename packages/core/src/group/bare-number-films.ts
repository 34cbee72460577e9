/**
 * Films numbered like episodes (`Apollo 13.mkv`): a rule over a whole library, read by grouping and by
 * enrichment alike.
 *
 * @packageDocumentation
 * @internal
 */
import { type BatchMedia, isExtraFile } from '../parse/media-result.js';

/**
 * The indexes of the files to read as films: `Downloads/Apollo 13.mkv`, `Apollo.13.1080p.BluRay.mkv`.
 * Such a file is an "episode" numbered by a bare two-digit number after its title (see the parser's
 * `bareNumber`), out of a season. It is the film `Apollo 13` when every episode file of that title
 * in the library is such a file with that same number. A show's files number several episodes
 * (`Show 05`, `Show 06`) or name a season (`Show.S01E05`, `Season 1/`), and keep theirs.
 *
 * `parsedAt(i)` is file `i`'s batch parse, for `i` below `count` (extras take no part); `titleOf`
 * gives the key its title groups under (called for episode files only).
 *
 * @internal
 */
export function bareNumberFilms(
	count: number,
	parsedAt: (index: number) => BatchMedia,
	titleOf: (index: number) => unknown,
): Set<number> {
	const films = new Set<number>();
	const parsed: (BatchMedia | undefined)[] = new Array(count);
	let bare = false;
	for (let index = 0; index < count; index++) {
		const media = parsedAt(index);
		if (isExtraFile(media)) continue;
		parsed[index] = media;
		if (media.bareNumber === true) bare = true;
	}
	// Most libraries have no such file: nothing more to read.
	if (!bare) return films;
	// The one bare number of each title's episode files, or null once a title has another episode file.
	const numbers = new Map<unknown, number | null>();
	const titles: unknown[] = new Array(parsed.length);
	for (let index = 0; index < parsed.length; index++) {
		const media = parsed[index];
		if (media?.kind !== 'episode') continue;
		const title = titleOf(index);
		titles[index] = title;
		const number = filmNumber(media);
		const known = numbers.get(title);
		if (known === null) continue;
		numbers.set(title, number === undefined || (known !== undefined && known !== number) ? null : number);
	}
	for (let index = 0; index < parsed.length; index++) {
		if (parsed[index]?.kind === 'episode' && typeof numbers.get(titles[index]) === 'number') films.add(index);
	}
	return films;
}

/** The number of an episode file that may be a film's (see {@link bareNumberFilms}), else undefined. */
const filmNumber = (parsed: BatchMedia): number | undefined =>
	parsed.bareNumber === true &&
	parsed.season === undefined &&
	parsed.episodeTitle === undefined &&
	parsed.episodes?.length === 1
		? parsed.episodes[0]
		: undefined;

/**
 * `parsed`, a file {@link bareNumberFilms} reads as a film, as that film: `Apollo 13`, a movie, without
 * episodes.
 *
 * @internal
 */
export const asFilm = <P extends BatchMedia>(parsed: P): P => {
	const { episodes, bareNumber: _bare, ...film } = parsed;
	return { ...film, kind: 'movie', title: `${parsed.title} ${episodes?.[0]}` } as unknown as P;
};
