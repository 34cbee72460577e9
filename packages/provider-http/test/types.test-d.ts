import type { ProviderError } from '@vm/core';
import { describe, expectTypeOf, it } from 'vitest';
import { createHttpClient, type HttpClient, type HttpClientOptions, type HttpFailure } from '../src/index.js';

describe('public types', () => {
	it('getJson and postJson are generic over the answer', () => {
		const client = createHttpClient({ provider: 'tmdb', baseUrl: 'https://api.themoviedb.org/3' });
		expectTypeOf(client).toEqualTypeOf<HttpClient>();
		expectTypeOf(client.getJson<{ id: number }>('/movie/1')).toEqualTypeOf<Promise<{ id: number }>>();
		expectTypeOf(client.postJson<{ token: string }>('/login', {})).toEqualTypeOf<
			Promise<{ token: string }>
		>();
	});

	it('options: cache needs both bounds; classifyError maps a failure to a core error or undefined', () => {
		expectTypeOf<{ provider: 'x'; baseUrl: 'y'; cache: { max: 1 } }>().not.toExtend<HttpClientOptions>();
		expectTypeOf<{ provider: 'x'; baseUrl: 'y'; cache: false }>().toExtend<HttpClientOptions>();
		expectTypeOf<NonNullable<HttpClientOptions['classifyError']>>().parameter(0).toEqualTypeOf<HttpFailure>();
		expectTypeOf<NonNullable<HttpClientOptions['classifyError']>>().returns.toEqualTypeOf<
			ProviderError | undefined
		>();
	});
});
