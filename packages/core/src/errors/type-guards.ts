import type {
	ProviderAuthError,
	ProviderError,
	ProviderNotFoundError,
	ProviderRateLimitError,
	ProviderUnavailableError,
} from './provider-error.js';

const PROVIDER_ERROR_NAMES: ReadonlySet<string> = new Set([
	'ProviderError',
	'ProviderAuthError',
	'ProviderRateLimitError',
	'ProviderUnavailableError',
	'ProviderNotFoundError',
	'ProviderRequestError',
	'ProviderResponseError',
]);

const hasName = (error: unknown, name: string): boolean =>
	typeof error === 'object' && error !== null && (error as { name?: unknown }).name === name;

/**
 * True for any provider error, even one thrown by another copy of `@vm/core` (matches on `name` and `code`).
 *
 * @example
 * ```ts
 * import { isProviderError } from '@vm/core';
 * if (isProviderError(error)) console.error(error.code);
 * ```
 */
export function isProviderError(error: unknown): error is ProviderError {
	return (
		typeof error === 'object' &&
		error !== null &&
		PROVIDER_ERROR_NAMES.has(String((error as { name?: unknown }).name)) &&
		typeof (error as { code?: unknown }).code === 'string'
	);
}

/**
 * True when the provider refused the credentials: the run should stop.
 *
 * @example
 * ```ts
 * import { isProviderAuthError } from '@vm/core';
 * if (isProviderAuthError(error)) console.error('Check your API key.');
 * ```
 */
export function isProviderAuthError(error: unknown): error is ProviderAuthError {
	return isProviderError(error) && hasName(error, 'ProviderAuthError');
}

/**
 * True when the provider kept rate-limiting after every retry.
 *
 * @example
 * ```ts
 * import { isProviderRateLimitError } from '@vm/core';
 * if (isProviderRateLimitError(error)) console.warn(`retry in ${error.retryAfterMs} ms`);
 * ```
 */
export function isProviderRateLimitError(error: unknown): error is ProviderRateLimitError {
	return isProviderError(error) && hasName(error, 'ProviderRateLimitError');
}

/**
 * True when the provider could not be reached or kept failing after every retry.
 *
 * @example
 * ```ts
 * import { isProviderUnavailableError } from '@vm/core';
 * if (isProviderUnavailableError(error)) console.warn('TMDB is down; try again later.');
 * ```
 */
export function isProviderUnavailableError(error: unknown): error is ProviderUnavailableError {
	return isProviderError(error) && hasName(error, 'ProviderUnavailableError');
}

/**
 * True when the requested resource does not exist.
 *
 * @example
 * ```ts
 * import { isProviderNotFoundError } from '@vm/core';
 * const movie = await provider.getById?.('movie', 1).catch((e) => (isProviderNotFoundError(e) ? undefined : Promise.reject(e)));
 * ```
 */
export function isProviderNotFoundError(error: unknown): error is ProviderNotFoundError {
	return isProviderError(error) && hasName(error, 'ProviderNotFoundError');
}
