import type { Candidate, MetadataProvider } from '@vm/core';
import { expectTypeOf, test } from 'vitest';
import {
	createTvdbProvider,
	type GetEpisodeOptions,
	type TvdbEpisode,
	type TvdbProvider,
	type TvdbProviderOptions,
	toTvdbLanguage,
} from '../src/index.js';

test('the provider plugs into the core seam', () => {
	expectTypeOf(createTvdbProvider).returns.toEqualTypeOf<TvdbProvider>();
	expectTypeOf<TvdbProvider>().toExtend<MetadataProvider>();
	expectTypeOf<TvdbProvider['name']>().toEqualTypeOf<'tvdb'>();
	expectTypeOf<ReturnType<TvdbProvider['getById']>>().resolves.toEqualTypeOf<Candidate | undefined>();
	expectTypeOf<ReturnType<TvdbProvider['getEpisode']>>().resolves.toEqualTypeOf<TvdbEpisode | undefined>();
	expectTypeOf(toTvdbLanguage).returns.toEqualTypeOf<string | undefined>();
});

test('options: apiKey required, order limited to the three orders', () => {
	expectTypeOf<{ baseUrl: string }>().not.toExtend<TvdbProviderOptions>();
	expectTypeOf<{ apiKey: string; pin: undefined }>().toExtend<TvdbProviderOptions>();
	expectTypeOf<{ order: 'aired' }>().not.toExtend<GetEpisodeOptions>();
	expectTypeOf<{ order: 'absolute'; language: string }>().toExtend<GetEpisodeOptions>();
});
