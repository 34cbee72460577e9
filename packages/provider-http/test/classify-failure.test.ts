import { ProviderAuthError, ProviderNotFoundError, ProviderUnavailableError } from '@vm/core';
import { describe, expect, it } from 'vitest';
import { classifyByStatus, type HttpFailure } from '../src/index.js';

const failure = (status: number): HttpFailure => ({
	status,
	body: '',
	headers: new Headers(),
	request: 'GET /v4/series/1',
	attempt: 1,
});

describe('classifyByStatus', () => {
	it('puts the service code before its text', () => {
		const error = classifyByStatus({
			provider: 'tmdb',
			failure: failure(401),
			details: { code: 7, message: 'Invalid API key' },
			retryAfterMs: undefined,
		});
		expect(error).toBeInstanceOf(ProviderAuthError);
		expect(error.message).toContain('GET /v4/series/1 failed with HTTP 401: 7 Invalid API key. Check');
		expect(error.providerCode).toBe(7);
	});

	it('writes the code once when the text starts with it', () => {
		const error = classifyByStatus({
			provider: 'tvdb',
			failure: failure(404),
			details: { code: 'NotFoundException', message: 'NotFoundException: not found' },
			retryAfterMs: undefined,
		});
		expect(error).toBeInstanceOf(ProviderNotFoundError);
		expect(error.message).toBe(
			'[provider-tvdb] GET /v4/series/1 failed with HTTP 404: NotFoundException: not found',
		);
		expect(error.providerMessage).toBe('NotFoundException: not found');
	});

	it('says only the status when the body says nothing', () => {
		const error = classifyByStatus({
			provider: 'tvdb',
			failure: failure(503),
			details: undefined,
			retryAfterMs: undefined,
		});
		expect(error).toBeInstanceOf(ProviderUnavailableError);
		expect(error.message).toBe('[provider-tvdb] GET /v4/series/1 failed with HTTP 503');
	});
});
