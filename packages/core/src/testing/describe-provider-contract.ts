import { afterEach, describe, expect, it } from 'vitest';
import { isProviderAuthError, isProviderError } from '../errors/type-guards.js';
import { pickBestMatch } from '../match/pick-best-match.js';
import type { MediaKind } from '../media.js';
import type { Candidate, ExternalIdSource, MetadataProvider, RequestOptions } from '../provider.js';
import { candidateProblems, errorText, listProblems } from './checks.js';

/**
 * A title the provider under test is known to hold, with its id.
 *
 * @example
 * ```ts
 * import type { KnownTitle } from '@vm/core/testing';
 * const matrix: KnownTitle = { title: 'The Matrix', year: 1999, id: 603 };
 * ```
 */
export interface KnownTitle {
	/** The title as a file name would carry it. */
	readonly title: string;
	/** Its year (first air year for a series), when the provider knows one. */
	readonly year?: number;
	/** The provider's id for it. */
	readonly id: number;
}

/**
 * An external id the provider under test resolves, and what it should resolve to.
 *
 * @example
 * ```ts
 * import type { KnownExternalId } from '@vm/core/testing';
 * const matrix: KnownExternalId = { source: 'imdb', id: 'tt0133093', kind: 'movie', expectedId: 603 };
 * ```
 */
export interface KnownExternalId {
	/** Whose id it is. */
	readonly source: ExternalIdSource;
	/** The id, as that database writes it. */
	readonly id: string;
	/** What it identifies. */
	readonly kind: MediaKind;
	/** The provider's own id for the same title. */
	readonly expectedId: number;
}

/**
 * What a contract factory returns: a fresh provider plus the fixtures its backing service (a fake HTTP
 * server, a file, memory) holds.
 *
 * @example
 * ```ts
 * import type { ProviderContractFixture } from '@vm/core/testing';
 * const fixture: ProviderContractFixture = {
 * 	provider: createTmdbProvider({ token: 'test', baseUrl: server.url }),
 * 	knownMovie: { title: 'The Matrix', year: 1999, id: 603 },
 * 	dispose: () => server.reset(),
 * };
 * ```
 */
export interface ProviderContractFixture {
	/** The provider under test: a fresh instance, so cached answers do not leak between tests. */
	readonly provider: MetadataProvider;
	/** Required when the provider identifies films. */
	readonly knownMovie?: KnownTitle;
	/** Required when the provider identifies series. */
	readonly knownSeries?: KnownTitle;
	/** Required when the provider implements `findByExternalId`. */
	readonly knownExternalId?: KnownExternalId;
	/**
	 * An id the service does not hold.
	 *
	 * @default 999999999
	 */
	readonly missingId?: number;
	/**
	 * A title no catalogue holds.
	 *
	 * @default 'Qzxv Wuvkt Plombj 9931'
	 */
	readonly nonsenseTitle?: string;
	/**
	 * A language the provider accepts.
	 *
	 * @default 'fr-FR'
	 */
	readonly language?: string;
	/** Called after each test (reset a fake server, close a file…). */
	readonly dispose?: () => void | Promise<void>;
}

/**
 * A provider built to fail, for the error checks of {@link describeProviderContract}.
 *
 * @example
 * ```ts
 * import type { FailingProviderFixture } from '@vm/core/testing';
 * const refused: FailingProviderFixture = { provider: createTmdbProvider({ token: 'wrong-token', baseUrl }), secret: 'wrong-token' };
 * ```
 */
export interface FailingProviderFixture {
	/** The provider, wired to fail. */
	readonly provider: MetadataProvider;
	/** A credential that must appear in no message or `cause` of the error. */
	readonly secret?: string;
	/** Called after the test. */
	readonly dispose?: () => void | Promise<void>;
}

/**
 * Options of {@link describeProviderContract}.
 *
 * @example
 * ```ts
 * import type { ProviderContractOptions } from '@vm/core/testing';
 * const options: ProviderContractOptions = {
 * 	badCredentials: () => ({ provider: createTmdbProvider({ token: 'nope', baseUrl }), secret: 'nope' }),
 * 	timeout: 10_000,
 * };
 * ```
 */
export interface ProviderContractOptions {
	/** Builds the provider with refused credentials: every call must throw `ProviderAuthError`. */
	readonly badCredentials?: () => FailingProviderFixture | Promise<FailingProviderFixture>;
	/** Builds the provider against a service that keeps failing: calls must throw a non-auth `ProviderError`. */
	readonly unavailable?: () => FailingProviderFixture | Promise<FailingProviderFixture>;
	/**
	 * Per-test timeout in milliseconds.
	 *
	 * @default vitest's
	 */
	readonly timeout?: number;
}

const NAME = /^[a-z][a-z0-9_]*$/;
const KINDS: readonly MediaKind[] = ['movie', 'series'];

const abortedWith = (reason: Error): RequestOptions => {
	const controller = new AbortController();
	controller.abort(reason);
	return { signal: controller.signal };
};

/**
 * Registers vitest tests that check a {@link MetadataProvider} honours the seam `enrichInventory` relies
 * on: a field-prefix `name` and its `kinds`; `search` answering well-formed candidates of the asked kind
 * (with or without a year or a language), an empty list for nonsense, a fresh array each time, enough
 * titles for {@link pickBestMatch} to pick the known one; `getById` (`undefined` on a miss) and
 * `findByExternalId` (`[]` on a miss) when present; rejecting with the signal's reason once aborted; and
 * core's typed errors: `ProviderAuthError` for refused credentials, with no secret in any message or
 * `cause`. Call it at the top level of a test file; `factory` runs before each test.
 *
 * @example
 * ```ts
 * import { describeProviderContract } from '@vm/core/testing';
 * import { createCsvProvider } from '../src/index.js';
 *
 * describeProviderContract('csv', () => ({
 * 	provider: createCsvProvider({ file: 'test/fixtures/films.csv' }),
 * 	knownMovie: { title: 'Le Dîner de cons', year: 1998, id: 9421 },
 * }));
 * ```
 */
export function describeProviderContract(
	name: string,
	factory: () => ProviderContractFixture | Promise<ProviderContractFixture>,
	options: ProviderContractOptions = {},
): void {
	const testOptions = options.timeout === undefined ? {} : { timeout: options.timeout };
	let disposers: (() => void | Promise<void>)[] = [];
	const setup = async (): Promise<ProviderContractFixture> => {
		const fixture = await factory();
		if (fixture.dispose !== undefined) disposers.push(fixture.dispose);
		return fixture;
	};
	const failing = async (
		build: () => FailingProviderFixture | Promise<FailingProviderFixture>,
	): Promise<FailingProviderFixture> => {
		const fixture = await build();
		if (fixture.dispose !== undefined) disposers.push(fixture.dispose);
		return fixture;
	};
	const known = (fixture: ProviderContractFixture, kind: MediaKind): KnownTitle | undefined =>
		kind === 'movie' ? fixture.knownMovie : fixture.knownSeries;

	describe(`MetadataProvider contract: ${name}`, () => {
		afterEach(async () => {
			const pending = disposers;
			disposers = [];
			for (const dispose of pending) await dispose();
		});

		it('has a field-prefix name and a non-empty list of known kinds', testOptions, async () => {
			const { provider } = await setup();
			expect(provider.name, 'name: lower-case letters, digits and _, starting with a letter').toMatch(NAME);
			expect(Array.isArray(provider.kinds), 'kinds is an array').toBe(true);
			expect(provider.kinds.length, 'kinds is not empty').toBeGreaterThan(0);
			expect(new Set(provider.kinds).size, 'kinds has no duplicates').toBe(provider.kinds.length);
			for (const kind of provider.kinds) expect(KINDS).toContain(kind);
			expect(typeof provider.search).toBe('function');
		});

		it('comes with a known title for every kind it identifies', testOptions, async () => {
			const fixture = await setup();
			for (const kind of fixture.provider.kinds) {
				expect(known(fixture, kind), `the factory must return a known ${kind}`).toBeDefined();
			}
		});

		for (const kind of KINDS) {
			it(
				`finds the known ${kind} by title and year, as well-formed candidates`,
				testOptions,
				async (context) => {
					const fixture = await setup();
					const title = known(fixture, kind);
					if (!fixture.provider.kinds.includes(kind) || title === undefined) return context.skip();
					const results = await fixture.provider.search({
						kind,
						title: title.title,
						...(title.year === undefined ? {} : { year: title.year }),
					});
					expect(listProblems(results, kind, 'search()')).toEqual([]);
					expect(results.map((candidate) => candidate.id)).toContain(title.id);
				},
			);

			it(`finds the known ${kind} by title alone and in another language`, testOptions, async (context) => {
				const fixture = await setup();
				const title = known(fixture, kind);
				if (!fixture.provider.kinds.includes(kind) || title === undefined) return context.skip();
				const plain = await fixture.provider.search({ kind, title: title.title });
				expect(listProblems(plain, kind, 'search()')).toEqual([]);
				expect(plain.map((candidate) => candidate.id)).toContain(title.id);
				const localized = await fixture.provider.search({
					kind,
					title: title.title,
					language: fixture.language ?? 'fr-FR',
				});
				expect(listProblems(localized, kind, 'search({ language })')).toEqual([]);
				expect(localized.map((candidate) => candidate.id)).toContain(title.id);
			});

			it(`gives pickBestMatch enough to identify the known ${kind}`, testOptions, async (context) => {
				const fixture = await setup();
				const title = known(fixture, kind);
				if (!fixture.provider.kinds.includes(kind) || title === undefined) return context.skip();
				const query = { kind, title: title.title, ...(title.year === undefined ? {} : { year: title.year }) };
				const match = pickBestMatch(query, await fixture.provider.search(query));
				expect(match?.candidate.id).toBe(title.id);
			});
		}

		it('answers a nonsense title with an empty list, not an error', testOptions, async () => {
			const fixture = await setup();
			for (const kind of fixture.provider.kinds) {
				const results = await fixture.provider.search({
					kind,
					title: fixture.nonsenseTitle ?? 'Qzxv Wuvkt Plombj 9931',
				});
				expect(results).toEqual([]);
			}
		});

		it('returns a fresh array from each search, so callers may change it', testOptions, async () => {
			const fixture = await setup();
			const kind = fixture.provider.kinds[0] ?? 'movie';
			const title = known(fixture, kind);
			if (title === undefined) return;
			const query = { kind, title: title.title };
			const first = await fixture.provider.search(query);
			const length = first.length;
			first.length = 0;
			const second = await fixture.provider.search(query);
			expect(second).not.toBe(first);
			expect(second.length).toBe(length);
		});

		it(
			'getById: the known id gives its candidate, a missing id gives undefined',
			testOptions,
			async (context) => {
				const fixture = await setup();
				const { provider } = fixture;
				if (provider.getById === undefined) return context.skip();
				for (const kind of provider.kinds) {
					const title = known(fixture, kind);
					if (title === undefined) continue;
					const found = await provider.getById(kind, title.id);
					expect(found, `getById('${kind}', ${title.id})`).toBeDefined();
					expect(candidateProblems(found as Candidate, kind, 'getById()')).toEqual([]);
					expect(found?.id).toBe(title.id);
					await expect(provider.getById(kind, fixture.missingId ?? 999_999_999)).resolves.toBeUndefined();
				}
			},
		);

		it('findByExternalId: the known id resolves, an unknown one gives []', testOptions, async (context) => {
			const fixture = await setup();
			const { provider, knownExternalId } = fixture;
			if (provider.findByExternalId === undefined) return context.skip();
			expect(knownExternalId, 'the factory must return knownExternalId').toBeDefined();
			if (knownExternalId === undefined) return;
			const found = await provider.findByExternalId(knownExternalId.source, knownExternalId.id);
			expect(Array.isArray(found)).toBe(true);
			const problems = found.flatMap((candidate, index) =>
				candidateProblems(candidate, candidate.kind, `findByExternalId()[${index}]`),
			);
			expect(problems).toEqual([]);
			expect(
				found.filter((candidate) => candidate.kind === knownExternalId.kind).map((candidate) => candidate.id),
			).toContain(knownExternalId.expectedId);
			const unknown = knownExternalId.source === 'imdb' ? 'tt0000000' : '0';
			await expect(provider.findByExternalId(knownExternalId.source, unknown)).resolves.toEqual([]);
		});

		it('rejects with the signal’s reason when the signal is already aborted', testOptions, async () => {
			const fixture = await setup();
			const { provider } = fixture;
			const kind = provider.kinds[0] ?? 'movie';
			const title = known(fixture, kind) ?? { title: 'The Matrix', id: 1 };
			const reason = new Error('contract: aborted before the call');
			await expect(provider.search({ kind, title: title.title }, abortedWith(reason))).rejects.toBe(reason);
			if (provider.getById !== undefined) {
				await expect(provider.getById(kind, title.id, abortedWith(reason))).rejects.toBe(reason);
			}
			if (provider.findByExternalId !== undefined) {
				await expect(provider.findByExternalId('imdb', 'tt0133093', abortedWith(reason))).rejects.toBe(
					reason,
				);
			}
		});

		it(
			'settles a search aborted in flight with the signal’s reason (or its answer)',
			testOptions,
			async () => {
				const fixture = await setup();
				const { provider } = fixture;
				const kind = provider.kinds[0] ?? 'movie';
				const title = known(fixture, kind) ?? { title: 'The Matrix', id: 1 };
				const controller = new AbortController();
				const reason = new Error('contract: aborted in flight');
				const pending = provider.search({ kind, title: title.title }, { signal: controller.signal });
				controller.abort(reason);
				const outcome = await pending.then(
					(results) => ({ results }),
					(error: unknown) => ({ error }),
				);
				if ('error' in outcome) expect(outcome.error).toBe(reason);
				else expect(listProblems(outcome.results, kind, 'search()')).toEqual([]);
			},
		);

		it(
			'throws ProviderAuthError for refused credentials, with no secret in it',
			testOptions,
			async (context) => {
				if (options.badCredentials === undefined) return context.skip();
				const { provider, secret } = await failing(options.badCredentials);
				const kind = provider.kinds[0] ?? 'movie';
				const error = await provider.search({ kind, title: 'The Matrix' }).then(
					() => undefined,
					(failure: unknown) => failure,
				);
				expect(isProviderAuthError(error), `expected a ProviderAuthError, got ${String(error)}`).toBe(true);
				expect(error).toBeInstanceOf(Error);
				expect((error as Error).message).toMatch(/\S/);
				if (secret !== undefined && secret !== '') expect(errorText(error)).not.toContain(secret);
			},
		);

		it('throws a non-auth ProviderError when the service keeps failing', testOptions, async (context) => {
			if (options.unavailable === undefined) return context.skip();
			const { provider, secret } = await failing(options.unavailable);
			const kind = provider.kinds[0] ?? 'movie';
			const error = await provider.search({ kind, title: 'The Matrix' }).then(
				() => undefined,
				(failure: unknown) => failure,
			);
			expect(isProviderError(error), `expected a ProviderError, got ${String(error)}`).toBe(true);
			expect(isProviderAuthError(error)).toBe(false);
			if (secret !== undefined && secret !== '') expect(errorText(error)).not.toContain(secret);
		});
	});
}
