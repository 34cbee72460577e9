import { isDigitCode } from '../ascii-text.js';

/**
 * The name of a split file with its part number blanked out, so that `Movie cd1` and `Movie cd2`
 * share it while `Movie 1080p cd1` and `Movie 720p cd1` do not. The part is the last run of digits
 * equal to `part` (`cd1`, `Disc 01`), blanked as `#`, else a last letter `a`–`z` standing for it
 * (`parta`), blanked as `@`: a stack is numbered or lettered, never both, so `parta` does not join
 * `part1`…`part3` (Jellyfin's rule). The number of parts after `of` or `sur` is never the part
 * (`cd2of2`, `Partie 2 sur 2`). When neither is found the name is kept whole, so the file stays a copy
 * of its own.
 *
 * @internal
 */
export function partSignature(stem: string, part: number): string {
	const lower = stem.toLowerCase();
	let end = lower.length;
	while (end > 0) {
		let start = end;
		while (start > 0 && isDigitCode(lower.charCodeAt(start - 1))) start--;
		if (start < end) {
			if (Number(lower.slice(start, end)) === part && !countsParts(lower, start))
				return `${lower.slice(0, start)}#${lower.slice(end)}`;
			end = start;
		}
		end--;
	}
	const last = lower.charCodeAt(lower.length - 1);
	if (part >= 1 && part <= 26 && last === 96 + part) return `${lower.slice(0, -1)}@`;
	return lower;
}

/**
 * Whether the digits at `start` in `lower` count the parts: they follow the word `of` or `sur`, glued
 * or not (`cd2of2`, `1sur2`, `Partie 2 sur 2`; not `proof2`).
 */
const countsParts = (lower: string, start: number): boolean => {
	let end = start;
	while (end > 0 && SEPARATORS.includes(lower.charAt(end - 1))) end--;
	const word = lower.endsWith('of', end) ? 2 : lower.endsWith('sur', end) ? 3 : 0;
	return word > 0 && !LETTER.test(lower.charAt(end - word - 1));
};

const SEPARATORS = ' ._-';
const LETTER = /\p{L}/u;
