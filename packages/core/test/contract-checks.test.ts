import { describe, expect, it } from 'vitest';
import { ProviderAuthError } from '../src/index.js';
import { candidateProblems, errorText, listProblems } from '../src/testing/checks.js';

describe('contract checks: candidates', () => {
	it('accept a well-formed candidate', () => {
		expect(
			candidateProblems(
				{
					id: 603,
					kind: 'movie',
					title: 'Matrix',
					originalTitle: 'The Matrix',
					aliases: ['Matriz'],
					year: 1999,
					popularity: 80,
				},
				'movie',
				'c',
			),
		).toEqual([]);
	});

	it('name every problem of a broken candidate', () => {
		const broken = {
			id: '603',
			kind: 'film',
			title: ' ',
			originalTitle: 7,
			aliases: 'Matriz',
			year: 99,
			popularity: -1,
			overview: undefined,
		};
		expect(candidateProblems(broken as never, 'movie', 'search()[0]')).toEqual([
			'search()[0].id should be a positive integer, got "603"',
			'search()[0].kind should be \'movie\', got "film"',
			'search()[0].title should be a non-empty string, got " "',
			'search()[0].originalTitle should be a string when present',
			'search()[0].aliases should be an array of strings when present',
			'search()[0].year should be a plausible integer year when present, got 99',
			'search()[0].popularity should be a finite number ≥ 0 when present, got -1',
			'search()[0].overview is present but undefined (leave it out instead)',
		]);
		expect(candidateProblems({ id: 0, kind: 'series', title: 'x' }, 'series', 'c')).toEqual([
			'c.id should be a positive integer, got 0',
		]);
	});

	it('check a whole answer, or say it is not an array', () => {
		expect(listProblems({ results: [] }, 'movie', 'search()')).toEqual([
			'search() should be an array, got object',
		]);
		expect(listProblems([{ id: 1, kind: 'series', title: 'x' }], 'movie', 's')).toEqual([
			's[0].kind should be \'movie\', got "series"',
		]);
	});
});

describe('contract checks: leaked secrets', () => {
	it('find a secret anywhere along the cause chain, in messages or fields', () => {
		const secret = 'abc123secret';
		const deep = new ProviderAuthError('refused', {
			provider: 'x',
			cause: new Error('outer', { cause: { url: `https://api.example/?api_key=${secret}` } }),
		});
		expect(errorText(deep)).toContain(secret);
		expect(errorText(new ProviderAuthError('refused', { provider: 'x', providerMessage: secret }))).toContain(
			secret,
		);
		expect(errorText(new ProviderAuthError('refused', { provider: 'x' }))).not.toContain(secret);
		expect(errorText('plain string')).toBe('plain string');
	});

	it('survive fields that JSON cannot write', () => {
		const circular: { self?: unknown } = {};
		circular.self = circular;
		const error = Object.assign(new Error('boom'), { circular, big: 10n });
		expect(errorText(error)).toMatch(/boom/);
	});
});
