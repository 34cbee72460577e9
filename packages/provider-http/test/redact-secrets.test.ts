import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { redactError, redactSecrets } from '../src/index.js';

describe('redactSecrets', () => {
	it('removes raw, URL-encoded and form-encoded forms of each secret', () => {
		const secret = 'a b/c+d=e';
		const text = `raw ${secret} uri ${encodeURIComponent(secret)} form ${new URLSearchParams({ q: secret }).toString()}`;
		const redacted = redactSecrets(text, [secret]);
		expect(redacted).not.toContain(secret);
		expect(redacted).not.toContain(encodeURIComponent(secret));
		expect(redacted).not.toContain('a+b%2Fc');
		expect(redacted.match(/\[REDACTED\]/g)?.length).toBe(3);
	});

	it('always hides api_key= values and bearer tokens, even unknown ones', () => {
		expect(redactSecrets('GET /3/movie/1?api_key=deadbeef&language=fr-FR', [])).toBe(
			'GET /3/movie/1?api_key=[REDACTED]&language=fr-FR',
		);
		expect(redactSecrets('authorization: Bearer eyJhbGciOi.x-y_z', [])).toBe(
			'authorization: Bearer [REDACTED]',
		);
	});

	it('ignores empty secrets', () => {
		expect(redactSecrets('nothing to hide', ['', 'absent'])).toBe('nothing to hide');
	});
});

describe('redactError', () => {
	it('copies name, code and cause chain with no secret and none of the original fields', () => {
		const inner = Object.assign(new Error('connect ECONNRESET key=s3cr3t'), { code: 'ECONNRESET' });
		const outer = Object.assign(
			new TypeError('fetch failed for https://x.test/?api_key=s3cr3t', { cause: inner }),
			{
				request: { headers: { authorization: 'Bearer s3cr3t' } },
			},
		);
		const safe = redactError(outer, ['s3cr3t']);
		expect(safe.name).toBe('TypeError');
		expect(safe.message).toBe('fetch failed for https://x.test/?api_key=[REDACTED]');
		expect((safe.cause as { code?: string }).code).toBe('ECONNRESET');
		expect(inspect(safe, { depth: 10 })).not.toContain('s3cr3t');
		expect(safe).not.toHaveProperty('request');
	});
});
