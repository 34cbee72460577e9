import {
	isProviderAuthError,
	ProviderAuthError,
	type ProviderError,
	ProviderResponseError,
	ProviderUnavailableError,
} from '@vm/core';
import type { ErrorDetails, HttpFailure } from '@vm/provider-http';
import { redactSecrets } from '@vm/provider-http';
import { field, readObject, readText } from './values.js';

const PROVIDER = 'tvdb';

/** How to fix the credentials, appended to every login error. */
const FIX_KEY =
	'Set a valid TheTVDB v4 API key in settings `tvdb_api_key` or the `TVDB_API_KEY` environment variable';
const FIX_PIN = 'set `tvdb_pin` in settings or the `TVDB_PIN` environment variable';

/**
 * Reads TheTVDB's failure envelope `{"status":"failure","message":"NotFoundException: not found"}`: the
 * exception name becomes the error's `providerCode`, the whole text its `providerMessage`.
 */
export function tvdbErrorDetails(body: unknown): ErrorDetails | undefined {
	const message = readText(field(body, 'message'));
	if (message === undefined) return undefined;
	const code = /^([A-Za-z]+):/.exec(message)?.[1];
	return code === undefined ? { message } : { code, message };
}

/**
 * Maps a failed `POST /login` to an error that says what is wrong and how to fix it: a bad key (401
 * `InvalidAPIKey`), a missing PIN (400 `InvalidValueType: pin required`) or a refused key/PIN pair. Other
 * failures (5xx, HTML gateway pages) keep the default mapping, so they are retried.
 */
export function classifyLoginFailure(failure: HttpFailure, hasPin: boolean): ProviderError | undefined {
	const details = tvdbErrorDetails(failure.body);
	const said = details?.message ?? '';
	const options = {
		provider: PROVIDER,
		status: failure.status,
		...(details?.code === undefined ? {} : { providerCode: details.code }),
		...(details?.message === undefined ? {} : { providerMessage: details.message }),
	};
	if (failure.status === 400 && /\bpin\b/i.test(said)) {
		return new ProviderAuthError(
			`TheTVDB login refused: this API key is a user-supported key and needs a subscriber PIN (HTTP 400 "${said}"); ${FIX_PIN}.`,
			options,
		);
	}
	if (failure.status === 401 && /InvalidAPIKey/i.test(said)) {
		return new ProviderAuthError(
			`TheTVDB login refused: the API key is invalid (HTTP 401 "${said}"). ${FIX_KEY} (legacy v3 keys, without dashes, do not work on v4).`,
			options,
		);
	}
	if (failure.status === 401 || failure.status === 403) {
		const fix = hasPin
			? `Check the API key (\`tvdb_api_key\` / \`TVDB_API_KEY\`) and the PIN (\`tvdb_pin\` / \`TVDB_PIN\`)`
			: `${FIX_KEY}; if it is a user-supported key, also ${FIX_PIN}`;
		return new ProviderAuthError(
			`TheTVDB login refused (HTTP ${failure.status}${said === '' ? '' : ` "${said}"`}). ${fix}.`,
			options,
		);
	}
	return classifyApiFailure(failure);
}

/**
 * Names the HTML gateway pages TheTVDB's nginx (502) and CloudFront (504) send instead of JSON; they stay
 * retryable `ProviderUnavailableError`s. Anything else keeps the default mapping by status.
 */
export function classifyApiFailure(failure: HttpFailure): ProviderError | undefined {
	const { status, body, request } = failure;
	if (status < 500 || typeof body !== 'string' || !/^\s*</.test(body)) return undefined;
	const title = /<title>([^<]{1,80})<\/title>/i.exec(body)?.[1]?.trim();
	return new ProviderUnavailableError(
		`${request} failed with HTTP ${status}: the gateway answered an HTML page${title === undefined ? '' : ` ("${title}")`} instead of JSON`,
		{ provider: PROVIDER, status },
	);
}

/**
 * The `data` of a `status: "success"` envelope; anything else (a `status: "failure"` envelope sent with
 * HTTP 200, a body that is not an envelope) is a {@link ProviderResponseError}.
 */
export function readEnvelope(
	body: unknown,
	request: string,
	secrets: readonly string[],
): { readonly data: unknown; readonly links: Readonly<Record<string, unknown>> | undefined } {
	const envelope = readObject(body);
	if (field(envelope, 'status') === 'success') {
		return { data: field(envelope, 'data'), links: readObject(field(envelope, 'links')) };
	}
	const details = tvdbErrorDetails(body);
	const message = details?.message === undefined ? undefined : redactSecrets(details.message, secrets);
	const what =
		envelope === undefined
			? `a ${Array.isArray(body) ? 'bare array' : typeof body}`
			: `status ${JSON.stringify(redactSecrets(String(field(envelope, 'status')), secrets))}`;
	return throwResponse(
		`${request} answered ${what} instead of a success envelope${message === undefined ? '' : `: ${message}`}`,
		details?.code,
		message,
	);
}

function throwResponse(message: string, code: string | number | undefined, said: string | undefined): never {
	throw new ProviderResponseError(message, {
		provider: PROVIDER,
		status: 200,
		...(code === undefined ? {} : { providerCode: code }),
		...(said === undefined ? {} : { providerMessage: said }),
	});
}

/** True for the 401 of a refused session token (the HTTP client maps 401 to a `ProviderAuthError`). */
export function isUnauthorized(error: unknown): error is ProviderAuthError {
	return isProviderAuthError(error) && error.status === 401;
}

/** The error thrown when a fresh token is refused as well: re-login did not help. */
export function tokenRefusedTwice(cause: ProviderError, request: string): ProviderAuthError {
	return new ProviderAuthError(
		`${request} was refused (HTTP 401) with a freshly renewed session token as well. ${FIX_KEY}, and check that the key is active on thetvdb.com.`,
		{
			provider: PROVIDER,
			status: 401,
			cause,
			...(cause.providerMessage === undefined ? {} : { providerMessage: cause.providerMessage }),
		},
	);
}
