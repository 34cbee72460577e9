import { describe, expect, it } from 'vitest';
import {
	isProviderAuthError,
	isProviderError,
	isProviderNotFoundError,
	isProviderRateLimitError,
	isProviderUnavailableError,
	ProviderAuthError,
	ProviderError,
	ProviderNotFoundError,
	ProviderRateLimitError,
	ProviderRequestError,
	ProviderResponseError,
	ProviderUnavailableError,
} from '../src/index.js';

describe('provider errors', () => {
	it('prefix the message with the provider and keep status, codes and cause', () => {
		const cause = new TypeError('fetch failed');
		const error = new ProviderAuthError('Invalid API key.', {
			provider: 'tmdb',
			status: 401,
			providerCode: 7,
			providerMessage: 'Invalid API key: You must be granted a valid key.',
			cause,
		});
		expect(error.message).toBe('[provider-tmdb] Invalid API key.');
		expect(error).toBeInstanceOf(ProviderError);
		expect(error).toBeInstanceOf(Error);
		expect(error.name).toBe('ProviderAuthError');
		expect(error.code).toBe('PROVIDER_AUTH');
		expect(error.provider).toBe('tmdb');
		expect(error.status).toBe(401);
		expect(error.providerCode).toBe(7);
		expect(error.providerMessage).toMatch(/Invalid API key/);
		expect(error.cause).toBe(cause);
	});

	it('give each subclass its own stable name and code', () => {
		const cases = [
			[new ProviderError('x', { provider: 'p' }), 'ProviderError', 'PROVIDER_ERROR'],
			[new ProviderAuthError('x', { provider: 'p' }), 'ProviderAuthError', 'PROVIDER_AUTH'],
			[new ProviderRateLimitError('x', { provider: 'p' }), 'ProviderRateLimitError', 'PROVIDER_RATE_LIMIT'],
			[
				new ProviderUnavailableError('x', { provider: 'p' }),
				'ProviderUnavailableError',
				'PROVIDER_UNAVAILABLE',
			],
			[new ProviderNotFoundError('x', { provider: 'p' }), 'ProviderNotFoundError', 'PROVIDER_NOT_FOUND'],
			[new ProviderRequestError('x', { provider: 'p' }), 'ProviderRequestError', 'PROVIDER_BAD_REQUEST'],
			[new ProviderResponseError('x', { provider: 'p' }), 'ProviderResponseError', 'PROVIDER_BAD_RESPONSE'],
		] as const;
		for (const [error, name, code] of cases) {
			expect(error.name).toBe(name);
			expect(error.code).toBe(code);
			expect(error.cause).toBeUndefined();
		}
	});

	it('keep the Retry-After delay of a rate-limit error', () => {
		const error = new ProviderRateLimitError('Too many requests.', {
			provider: 'tmdb',
			status: 429,
			retryAfterMs: 1500,
		});
		expect(error.retryAfterMs).toBe(1500);
		expect(new ProviderRateLimitError('x', { provider: 'tmdb' }).retryAfterMs).toBeUndefined();
	});

	it('are recognised by guards across copies of the package (by name and code)', () => {
		const foreign = Object.assign(new Error('[provider-tmdb] bad key'), {
			name: 'ProviderAuthError',
			code: 'PROVIDER_AUTH',
		});
		expect(isProviderError(foreign)).toBe(true);
		expect(isProviderAuthError(foreign)).toBe(true);
		expect(isProviderRateLimitError(foreign)).toBe(false);
		expect(isProviderUnavailableError(new ProviderUnavailableError('x', { provider: 'p' }))).toBe(true);
		expect(isProviderNotFoundError(new ProviderNotFoundError('x', { provider: 'p' }))).toBe(true);
		expect(isProviderRateLimitError(new ProviderRateLimitError('x', { provider: 'p' }))).toBe(true);
		for (const value of [
			undefined,
			null,
			'ProviderAuthError',
			new Error('x'),
			{ name: 'ProviderAuthError' },
		]) {
			expect(isProviderError(value)).toBe(false);
			expect(isProviderAuthError(value)).toBe(false);
		}
	});
});
