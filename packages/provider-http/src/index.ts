/**
 * `@vm/provider-http`: the HTTP plumbing shared by vm metadata providers. One client per provider
 * instance, with its own rate-limited queue, retries, response cache and in-flight sharing, that throws
 * only `@vm/core` provider errors and never lets a credential into a message or `cause`.
 *
 * @packageDocumentation
 */

export type { ClassifyInput } from './classify-failure.js';
export { classifyByStatus, isRetryable } from './classify-failure.js';
export type {
	GetJsonOptions,
	HttpClient,
	HttpClientStats,
	PostJsonOptions,
	SearchParams,
} from './create-http-client.js';
export { createHttpClient } from './create-http-client.js';
export type {
	CacheOptions,
	ErrorDetails,
	HttpClientOptions,
	HttpFailure,
	RateLimitOptions,
	RetryOptions,
} from './options.js';
export { redactError, redactSecrets } from './redact-secrets.js';
export { untilAborted } from './until-aborted.js';
