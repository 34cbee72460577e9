const SHOWN_MIN_LENGTH = 16;

/**
 * Mask a secret for display: the first and last 4 characters of a long one (`abcd…wxyz`), `****` for a
 * short one (under 16 characters: showing 8 would reveal too much), `(empty)` for an empty string.
 *
 * @example
 * ```ts
 * import { maskSecret } from '@vm/adapter-json';
 * maskSecret('0123456789abcdef0123456789abcdef'); // '0123…cdef'
 * maskSecret('1234'); // '****'
 * ```
 */
export function maskSecret(secret: string): string {
	if (secret.length === 0) return '(empty)';
	if (secret.length < SHOWN_MIN_LENGTH) return '****';
	return `${secret.slice(0, 4)}…${secret.slice(-4)}`;
}
