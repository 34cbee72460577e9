/**
 * The bearer-token lifecycle of TheTVDB v4: `/login` gives a token valid about a month, with no expiry in
 * the answer and no refresh endpoint.
 *
 * @packageDocumentation
 */

/** How many past tokens stay in {@link TokenManager.issued}. */
const KEPT_FOR_REDACTION = 4;

/** Options of {@link createTokenManager}. */
export interface TokenManagerOptions {
	/** Calls `/login` and resolves to a token. */
	readonly login: () => Promise<string>;
	/** Clock, in milliseconds. */
	readonly now: () => number;
	/** Age after which a token is renewed before use. */
	readonly maxAgeMs: number;
}

/** A token and the generation it belongs to (each login starts a new generation). */
export interface IssuedToken {
	readonly token: string;
	readonly generation: number;
}

/** Hands out the current token, logging in lazily and at most once at a time. */
export interface TokenManager {
	/** The current token; logs in first when there is none or it is older than `maxAgeMs`. */
	get(): Promise<IssuedToken>;
	/**
	 * Forgets the token of `generation` after the service refused it (a 401). A no-op when a newer login
	 * already replaced it, so N requests refused together cause one re-login, not N.
	 */
	invalidate(generation: number): void;
	/** The last tokens issued, newest last (for redaction: a refused token may still be in flight). */
	readonly issued: readonly string[];
}

/**
 * Single-flight token holder: concurrent callers share one pending login; a failed login is not kept,
 * so the next call tries again.
 */
export function createTokenManager(options: TokenManagerOptions): TokenManager {
	let token: string | undefined;
	let obtainedAt = 0;
	let generation = 0;
	let pending: Promise<IssuedToken> | undefined;
	const issued: string[] = [];

	const fresh = (): boolean => token !== undefined && options.now() - obtainedAt < options.maxAgeMs;

	return {
		get(): Promise<IssuedToken> {
			if (token !== undefined && fresh()) return Promise.resolve({ token, generation });
			pending ??= options
				.login()
				.then((obtained) => {
					token = obtained;
					issued.push(obtained);
					if (issued.length > KEPT_FOR_REDACTION) issued.shift();
					obtainedAt = options.now();
					generation++;
					return { token: obtained, generation };
				})
				.finally(() => {
					pending = undefined;
				});
			return pending;
		},
		invalidate(refused: number): void {
			if (refused === generation) token = undefined;
		},
		issued,
	};
}
