/**
 * ISO 639-1 (two letters) → the codes TheTVDB uses, mostly ISO 639-2/T (three letters), with the
 * service's own oddities: Brazilian Portuguese is `pt`, traditional Chinese is `zhtw`.
 */
const TVDB_LANGUAGES: Readonly<Record<string, string>> = {
	ar: 'ara',
	bg: 'bul',
	ca: 'cat',
	cs: 'ces',
	da: 'dan',
	de: 'deu',
	el: 'ell',
	en: 'eng',
	es: 'spa',
	et: 'est',
	eu: 'eus',
	fa: 'fas',
	fi: 'fin',
	fr: 'fra',
	he: 'heb',
	hi: 'hin',
	hr: 'hrv',
	hu: 'hun',
	id: 'ind',
	is: 'isl',
	it: 'ita',
	ja: 'jpn',
	ko: 'kor',
	lt: 'lit',
	lv: 'lav',
	ms: 'msa',
	nb: 'nor',
	nl: 'nld',
	nn: 'nor',
	no: 'nor',
	pl: 'pol',
	pt: 'por',
	ro: 'ron',
	ru: 'rus',
	sk: 'slk',
	sl: 'slv',
	sr: 'srp',
	sv: 'swe',
	th: 'tha',
	tl: 'tgl',
	tr: 'tur',
	uk: 'ukr',
	vi: 'vie',
	zh: 'zho',
};

/**
 * Turns a BCP 47 tag (`fr-FR`, `pt-BR`, `zh-TW`) into the language code TheTVDB uses in `translations`,
 * `nameTranslations` and translation routes (`fra`, `pt`, `zhtw`). A three-letter code is returned
 * lower-cased as is. Returns `undefined` for an unknown or malformed tag.
 *
 * @param tag - A BCP 47 language tag or a TVDB three-letter code.
 * @returns The TVDB language code, or `undefined`.
 *
 * @example
 * ```ts
 * import { toTvdbLanguage } from '@vm/provider-tvdb';
 * toTvdbLanguage('fr-FR'); // 'fra'
 * toTvdbLanguage('pt-BR'); // 'pt'
 * toTvdbLanguage('zh-Hant-TW'); // 'zhtw'
 * ```
 */
export function toTvdbLanguage(tag: string): string | undefined {
	const parts = tag.trim().toLowerCase().split(/[-_]/);
	const primary = parts[0] ?? '';
	const rest = parts.slice(1);
	if (primary === 'pt' && rest.includes('br')) return 'pt';
	if (primary === 'zh' && (rest.includes('tw') || rest.includes('hant') || rest.includes('hk')))
		return 'zhtw';
	if (/^[a-z]{3}$/.test(primary)) return primary;
	return TVDB_LANGUAGES[primary];
}
