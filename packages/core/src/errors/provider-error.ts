/**
 * Stable machine-readable codes of {@link ProviderError} and its subclasses.
 *
 * @example
 * ```ts
 * import type { ProviderErrorCode } from '@vm/core';
 * const fatal: ProviderErrorCode = 'PROVIDER_AUTH';
 * ```
 */
export type ProviderErrorCode =
	| 'PROVIDER_ERROR'
	| 'PROVIDER_AUTH'
	| 'PROVIDER_RATE_LIMIT'
	| 'PROVIDER_UNAVAILABLE'
	| 'PROVIDER_NOT_FOUND'
	| 'PROVIDER_BAD_REQUEST'
	| 'PROVIDER_BAD_RESPONSE';

/**
 * What a provider error may carry besides its message.
 *
 * @example
 * ```ts
 * import type { ProviderErrorOptions } from '@vm/core';
 * const options: ProviderErrorOptions = { provider: 'tmdb', status: 401, providerCode: 7 };
 * ```
 */
export interface ProviderErrorOptions {
	/** The provider's `name` (`tmdb`, `tvdb`…). */
	readonly provider: string;
	/** The original failure (an HTTP error, a fetch `TypeError`…), secrets already redacted. */
	readonly cause?: unknown;
	/** HTTP status, when there was a response. */
	readonly status?: number;
	/** The service's own error code (TMDB `status_code`). */
	readonly providerCode?: number | string;
	/** The service's own error text (TMDB `status_message`, TVDB `message`). */
	readonly providerMessage?: string;
}

/**
 * Base class of every error a {@link MetadataProvider} throws. Messages start with `[provider-<name>]`
 * and never contain a credential.
 *
 * @example
 * ```ts
 * import { ProviderError } from '@vm/core';
 * try {
 * 	await provider.search({ kind: 'movie', title: 'Heat' });
 * } catch (error) {
 * 	if (error instanceof ProviderError) console.error(error.code, error.status);
 * }
 * ```
 */
export class ProviderError extends Error {
	override readonly name: string = 'ProviderError';
	/** Stable code; subclasses narrow it. */
	readonly code: ProviderErrorCode = 'PROVIDER_ERROR';
	/** The provider's `name`. */
	readonly provider: string;
	/** HTTP status, when there was a response. */
	readonly status: number | undefined;
	/** The service's own error code. */
	readonly providerCode: number | string | undefined;
	/** The service's own error text. */
	readonly providerMessage: string | undefined;

	constructor(message: string, options: ProviderErrorOptions) {
		super(
			`[provider-${options.provider}] ${message}`,
			options.cause === undefined ? {} : { cause: options.cause },
		);
		this.provider = options.provider;
		this.status = options.status;
		this.providerCode = options.providerCode;
		this.providerMessage = options.providerMessage;
	}
}

/**
 * The credentials were refused (or are missing): stop, nothing else will succeed.
 *
 * @example
 * ```ts
 * import { ProviderAuthError } from '@vm/core';
 * throw new ProviderAuthError('Invalid API key: check `tmdb_api_key` in settings.json.', { provider: 'tmdb', status: 401, providerCode: 7 });
 * ```
 */
export class ProviderAuthError extends ProviderError {
	override readonly name = 'ProviderAuthError' as const;
	override readonly code = 'PROVIDER_AUTH' as const;
}

/** Options of {@link ProviderRateLimitError}. */
export interface ProviderRateLimitErrorOptions extends ProviderErrorOptions {
	/** How long the service asked to wait, in milliseconds, when it said. */
	readonly retryAfterMs?: number;
}

/**
 * The service kept answering "too many requests" after every retry.
 *
 * @example
 * ```ts
 * import { ProviderRateLimitError } from '@vm/core';
 * throw new ProviderRateLimitError('Rate limited after 4 attempts.', { provider: 'tmdb', status: 429, retryAfterMs: 2000 });
 * ```
 */
export class ProviderRateLimitError extends ProviderError {
	override readonly name = 'ProviderRateLimitError' as const;
	override readonly code = 'PROVIDER_RATE_LIMIT' as const;
	/** How long the service asked to wait, in milliseconds, when it said. */
	readonly retryAfterMs: number | undefined;

	constructor(message: string, options: ProviderRateLimitErrorOptions) {
		super(message, options);
		this.retryAfterMs = options.retryAfterMs;
	}
}

/**
 * The service could not be reached or kept failing (5xx, timeouts, dropped connections) after every retry.
 *
 * @example
 * ```ts
 * import { ProviderUnavailableError } from '@vm/core';
 * throw new ProviderUnavailableError('Service unavailable after 4 attempts (HTTP 503).', { provider: 'tmdb', status: 503 });
 * ```
 */
export class ProviderUnavailableError extends ProviderError {
	override readonly name = 'ProviderUnavailableError' as const;
	override readonly code = 'PROVIDER_UNAVAILABLE' as const;
}

/**
 * The requested resource does not exist (HTTP 404). `getById` turns it into `undefined`.
 *
 * @example
 * ```ts
 * import { ProviderNotFoundError } from '@vm/core';
 * throw new ProviderNotFoundError('movie 999999999 not found.', { provider: 'tmdb', status: 404, providerCode: 34 });
 * ```
 */
export class ProviderNotFoundError extends ProviderError {
	override readonly name = 'ProviderNotFoundError' as const;
	override readonly code = 'PROVIDER_NOT_FOUND' as const;
}

/**
 * The service rejected the request as malformed (HTTP 400/422): retrying will not help.
 *
 * @example
 * ```ts
 * import { ProviderRequestError } from '@vm/core';
 * throw new ProviderRequestError('Invalid page: pages start at 1 and max at 500.', { provider: 'tmdb', status: 400, providerCode: 22 });
 * ```
 */
export class ProviderRequestError extends ProviderError {
	override readonly name = 'ProviderRequestError' as const;
	override readonly code = 'PROVIDER_BAD_REQUEST' as const;
}

/**
 * The service answered with something that is not the JSON it documents.
 *
 * @example
 * ```ts
 * import { ProviderResponseError } from '@vm/core';
 * throw new ProviderResponseError('Expected JSON from /search/movie, got text/html.', { provider: 'tmdb', status: 200 });
 * ```
 */
export class ProviderResponseError extends ProviderError {
	override readonly name = 'ProviderResponseError' as const;
	override readonly code = 'PROVIDER_BAD_RESPONSE' as const;
}
