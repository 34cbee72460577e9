import { describe, expect, it } from 'vitest';
import { titleKeyId, titleKeyOf } from '../src/enrich/title-key.js';
import type { ParsedMedia } from '../src/index.js';

const parsed = (title: string, extra: Partial<ParsedMedia> = {}): ParsedMedia => ({
	kind: 'movie',
	title,
	ids: {},
	...extra,
});

describe('titleKeyOf', () => {
	it('searches the first part of `X aka Y` and keeps the others as alternatives', () => {
		expect(titleKeyOf(parsed('Amelie aka Le Fabuleux Destin', { year: 2001 }))).toEqual({
			kind: 'movie',
			title: 'Amelie',
			year: 2001,
			alternatives: ['Le Fabuleux Destin'],
		});
	});

	it('turns a sortable name back around, and an episode into its series', () => {
		expect(titleKeyOf(parsed('Office, The', { kind: 'episode', country: 'GB' }))).toEqual({
			kind: 'series',
			title: 'The Office',
			alternatives: [],
			country: 'UK',
		});
	});

	it.each([
		['IMG 1234', undefined],
		['IMG', undefined],
		['VIDEO', undefined],
		['VIDEO 2019-07-14 vacances', undefined],
		['VID 20190714 183000', 2019],
		['DSC 0001', undefined],
		['GOPR0012', undefined],
		['GH010123', undefined],
		['PXL 20230101 123456789', undefined],
	])('looks up no camera clip name %j (year %s)', (title, year) => {
		expect(titleKeyOf(parsed(title, year === undefined ? {} : { year }))).toBeUndefined();
	});

	it.each([
		['Video Games The Movie', 2014],
		['Video', 2019],
		['Clip', 2016],
		['Images', undefined],
	])('still looks up the title %j (year %s)', (title, year) => {
		expect(titleKeyOf(parsed(title, year === undefined ? {} : { year }))?.title).toBe(title);
	});

	it('gives nothing for an empty title, and one id per kind, title, year and country', () => {
		expect(titleKeyOf(parsed(' '))).toBeUndefined();
		const us = titleKeyOf(parsed('The Office', { kind: 'episode', country: 'US' }));
		const uk = titleKeyOf(parsed('The.Office', { kind: 'episode', country: 'GB' }));
		const plain = titleKeyOf(parsed('the office', { kind: 'episode' }));
		expect(new Set([us, uk, plain].map((key) => (key === undefined ? '' : titleKeyId(key)))).size).toBe(3);
		expect(titleKeyId(plain ?? { kind: 'series', title: '', alternatives: [] })).toBe(
			titleKeyId({ kind: 'series', title: 'The Office', alternatives: [] }),
		);
	});
});
