import type { MetadataProvider } from '@vm/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
	createTmdbProvider,
	type TmdbBestMatch,
	type TmdbProvider,
	type TmdbProviderOptions,
} from '../src/index.js';

describe('public types', () => {
	it('a TMDB provider is a MetadataProvider with every capability and searchBest', () => {
		expectTypeOf(createTmdbProvider).returns.toEqualTypeOf<TmdbProvider>();
		expectTypeOf<TmdbProvider>().toExtend<MetadataProvider>();
		expectTypeOf<TmdbProvider['getById']>().not.toBeUndefined();
		expectTypeOf<TmdbProvider['searchBest']>().returns.toEqualTypeOf<Promise<TmdbBestMatch | null>>();
		expectTypeOf<TmdbBestMatch['year']>().toEqualTypeOf<string>();
	});

	it('options accept an env value that may be undefined, and a retry count or object', () => {
		expectTypeOf<{ apiKey: string | undefined }>().toExtend<TmdbProviderOptions>();
		expectTypeOf<{ accessToken: 'x'; retry: 3 }>().toExtend<TmdbProviderOptions>();
		expectTypeOf<{ accessToken: 'x'; cache: { max: 10 } }>().not.toExtend<TmdbProviderOptions>();
	});
});
