/** What replaces a secret in any text that leaves the package. */
const REDACTED = '[REDACTED]';

/** Query parameters whose value is a credential whatever the provider (`api_key=…`, `apikey=…`, `access_token=…`, `token=…`, `pin=…`). */
const CREDENTIAL_PARAMETER = /\b(api_?key|access_token|token|pin)=[^&\s#"'<>]*/gi;

/** `Authorization: Bearer …` header values as they appear in logs and inspected requests. */
const BEARER_VALUE = /\b(bearer)\s+[\w.~+/=-]+/gi;

/** The forms a secret takes once it went through a URL, a form body or JSON. */
function secretForms(secret: string): string[] {
	const forms = new Set<string>([
		secret,
		encodeURIComponent(secret),
		new URLSearchParams({ s: secret }).toString().slice(2),
	]);
	forms.add(JSON.stringify(secret).slice(1, -1));
	// Longest first, so that a form containing another is replaced whole.
	return [...forms].filter((form) => form.length > 0).sort((a, b) => b.length - a.length);
}

/**
 * Replaces every secret (raw, URL-encoded, form-encoded or JSON-escaped) with `[REDACTED]`, and also the
 * value of any `api_key=`, `apikey=`, `access_token=`, `token=` or `pin=` query parameter and any
 * `Bearer …` credential, even when the secret list is empty.
 *
 * @param text - Any text bound for an error message, a `cause`, a URL or a log line.
 * @param secrets - The credentials to hide; empty strings are ignored.
 * @returns The text with no credential left in it.
 *
 * @example
 * ```ts
 * import { redactSecrets } from '@vm/provider-http';
 * redactSecrets('GET /3/search/movie?query=Heat&api_key=0123abcd', ['0123abcd']);
 * // → 'GET /3/search/movie?query=Heat&api_key=[REDACTED]'
 * ```
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
	let result = text;
	for (const secret of secrets) {
		if (typeof secret !== 'string' || secret.length === 0) continue;
		for (const form of secretForms(secret)) result = result.split(form).join(REDACTED);
	}
	return result.replace(CREDENTIAL_PARAMETER, `$1=${REDACTED}`).replace(BEARER_VALUE, `$1 ${REDACTED}`);
}

/** Own enumerable fields of an error that are safe to carry over to its redacted copy. */
const COPIED_FIELDS = ['code', 'errno', 'syscall'] as const;

/**
 * A copy of an error (and its `cause` chain) that holds no credential: message and stack redacted, and
 * none of the original's `request`, `response`, `options` or headers. ky's `HTTPError` and `TimeoutError`
 * carry the full URL and request headers, so they never leave the package as they are.
 *
 * @param error - Anything thrown.
 * @param secrets - The credentials to hide.
 * @returns A plain `Error` with the original `name`, redacted `message`/`stack`, string `code`s and a redacted `cause`.
 *
 * @example
 * ```ts
 * import { redactError } from '@vm/provider-http';
 * const safe = redactError(new Error('GET https://x.test/?api_key=abc failed'), ['abc']);
 * safe.message; // 'GET https://x.test/?api_key=[REDACTED] failed'
 * ```
 */
export function redactError(error: unknown, secrets: readonly string[]): Error {
	return redactErrorAt(error, secrets, 0);
}

const MAX_CAUSE_DEPTH = 5;

function redactErrorAt(error: unknown, secrets: readonly string[], depth: number): Error {
	if (!(error instanceof Error)) {
		return new Error(redactSecrets(typeof error === 'string' ? error : describeThrown(error), secrets));
	}
	const cause: unknown = (error as { cause?: unknown }).cause;
	const copy =
		cause === undefined || depth >= MAX_CAUSE_DEPTH
			? new Error(redactSecrets(error.message, secrets))
			: new Error(redactSecrets(error.message, secrets), {
					cause: redactErrorAt(cause, secrets, depth + 1),
				});
	copy.name = error.name;
	copy.stack = redactSecrets(error.stack ?? `${error.name}: ${error.message}`, secrets);
	for (const field of COPIED_FIELDS) {
		const value: unknown = (error as unknown as Record<string, unknown>)[field];
		if (typeof value === 'string' || typeof value === 'number') {
			Object.defineProperty(copy, field, {
				value: typeof value === 'string' ? redactSecrets(value, secrets) : value,
				enumerable: true,
			});
		}
	}
	return copy;
}

function describeThrown(value: unknown): string {
	if (value === null || value === undefined) return String(value);
	if (typeof value === 'object') return `non-error ${Object.prototype.toString.call(value)}`;
	return String(value);
}
