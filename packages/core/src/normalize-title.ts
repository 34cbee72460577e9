const ARTICLES: ReadonlySet<string> = new Set([
	'the',
	'a',
	'an',
	'le',
	'la',
	'les',
	'l',
	'un',
	'une',
	'der',
	'die',
	'das',
	'el',
	'los',
	'las',
	'il',
	'lo',
	'gli',
	'i',
]);

const ROMAN: Readonly<Record<string, string>> = {
	ii: '2',
	iii: '3',
	iv: '4',
	v: '5',
	vi: '6',
	vii: '7',
	viii: '8',
	ix: '9',
	x: '10',
	xi: '11',
	xii: '12',
	xiii: '13',
	xiv: '14',
	xv: '15',
	xvi: '16',
	xvii: '17',
	xviii: '18',
	xix: '19',
	xx: '20',
};

/**
 * The matching and grouping key of a title: case-folded, accents removed, punctuation folded,
 * `&` read as `and`, a leading article dropped and roman numerals read as numbers. Idempotent.
 *
 * @example
 * ```ts
 * import { normalizeTitle } from '@vm/core';
 * normalizeTitle('The Matrix'); // 'matrix'
 * normalizeTitle('Amélie'); // 'amelie'
 * normalizeTitle('Rocky II'); // 'rocky 2'
 * ```
 */
export function normalizeTitle(title: string): string {
	const folded = title
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/&/g, ' and ')
		.replace(/['’‘`´]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
	if (folded === '') return '';
	const words = folded.split(' ').map((word) => ROMAN[word] ?? word);
	while (words.length > 1 && ARTICLES.has(words[0] ?? '')) words.shift();
	return words.join(' ');
}
