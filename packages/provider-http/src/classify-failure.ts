import {
	ProviderAuthError,
	type ProviderError,
	ProviderNotFoundError,
	ProviderRateLimitError,
	ProviderRequestError,
	ProviderUnavailableError,
} from '@vm/core';
import type { ErrorDetails, HttpFailure } from './options.js';

/**
 * Input of {@link classifyByStatus}.
 *
 * @example
 * ```ts
 * import type { ClassifyInput } from '@vm/provider-http';
 * const input: ClassifyInput = {
 * 	provider: 'tmdb',
 * 	failure: { status: 429, body: {}, headers: new Headers(), request: 'GET /search/movie', attempt: 1 },
 * 	details: { code: 25 },
 * 	retryAfterMs: 1000,
 * };
 * ```
 */
export interface ClassifyInput {
	/** The provider's name, for `error.provider` and the message prefix. */
	readonly provider: string;
	/** The response that failed. */
	readonly failure: HttpFailure;
	/** The service's own code and text, when its body says. */
	readonly details: ErrorDetails | undefined;
	/** The parsed `Retry-After`, in milliseconds. */
	readonly retryAfterMs: number | undefined;
}

/**
 * The default mapping of a non-2xx response to core's errors: 401/403 auth, 404/410 not found,
 * 429 rate limit, 408/425/5xx unavailable (retried), any other status a bad request.
 *
 * @example
 * ```ts
 * const failure = { status: 404, body: '', headers: new Headers(), request: 'GET /movie/1', attempt: 1 };
 * classifyByStatus({ provider: 'tmdb', failure, details: undefined, retryAfterMs: undefined }).code; // 'PROVIDER_NOT_FOUND'
 * ```
 */
export function classifyByStatus(input: ClassifyInput): ProviderError {
	const { provider, failure, details, retryAfterMs } = input;
	const { status } = failure;
	// The code goes before the text unless the text already starts with it (TheTVDB's
	// `NotFoundException: not found` has the code `NotFoundException`).
	const code = details?.code === undefined ? '' : String(details.code);
	const said =
		details?.message === undefined
			? ''
			: `: ${code === '' || details.message.startsWith(code) ? '' : `${code} `}${details.message}`;
	const options = {
		provider,
		status,
		...(details?.code === undefined ? {} : { providerCode: details.code }),
		...(details?.message === undefined ? {} : { providerMessage: details.message }),
	};
	const text = `${failure.request} failed with HTTP ${status}${said}`;
	if (status === 401 || status === 403)
		return new ProviderAuthError(`${text}. Check the credentials.`, options);
	if (status === 404 || status === 410) return new ProviderNotFoundError(text, options);
	if (status === 429) {
		return new ProviderRateLimitError(
			text,
			retryAfterMs === undefined ? options : { ...options, retryAfterMs },
		);
	}
	if (status === 408 || status === 425 || status >= 500) return new ProviderUnavailableError(text, options);
	return new ProviderRequestError(text, options);
}

/**
 * Whether an error is worth another attempt: rate limits and unavailability are, the rest are not.
 *
 * @example
 * ```ts
 * isRetryable(new ProviderUnavailableError('down', { provider: 'tmdb' })); // true
 * ```
 */
export function isRetryable(error: ProviderError): boolean {
	return error.code === 'PROVIDER_RATE_LIMIT' || error.code === 'PROVIDER_UNAVAILABLE';
}
