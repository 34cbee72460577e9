import {
	isProviderAuthError,
	isProviderError,
	isProviderRateLimitError,
	isProviderUnavailableError,
	type RequestOptions,
} from '@vm/core';

/**
 * The answer of `GET /api/tmdb/search`: the film a title most likely is, with its year as a string.
 *
 * @example
 * ```ts
 * import type { BestMatch } from '@vm/adapter-http';
 * const matrix: BestMatch = { tmdb_id: 603, title: 'The Matrix', year: '1999' };
 * ```
 */
export interface BestMatch {
	/** TMDB film id. */
	readonly tmdb_id: number;
	/** Title in the provider's language. */
	readonly title: string;
	/** Release year as a string (`''` when unknown). */
	readonly year: string;
}

/**
 * What the handler needs from a provider: `createTmdbProvider()` from `@vm/provider-tmdb` fits as is.
 *
 * @example
 * ```ts
 * import type { BestMatchSearcher } from '@vm/adapter-http';
 * const offline: BestMatchSearcher = { searchBest: async () => null };
 * ```
 */
export interface BestMatchSearcher {
	/** The best confident match for a title (and year), or `null`. */
	searchBest(
		title: string,
		year?: number | string | null,
		options?: RequestOptions,
	): Promise<BestMatch | null>;
}

/**
 * Options of {@link createTmdbSearchHandler}.
 *
 * @example
 * ```ts
 * import type { TmdbSearchHandlerOptions } from '@vm/adapter-http';
 * const options: TmdbSearchHandlerOptions = { provider: undefined }; // no key configured: every search answers {}
 * ```
 */
export interface TmdbSearchHandlerOptions {
	/**
	 * The provider, or `undefined` when no TMDB key is configured (every search then answers `{}`).
	 * A function is called on each request, so an app that reloads `settings.json` can swap providers.
	 */
	readonly provider: BestMatchSearcher | undefined | (() => BestMatchSearcher | undefined);
	/**
	 * The path the handler answers; other paths get 404.
	 *
	 * @default '/api/tmdb/search'
	 */
	readonly path?: string;
	/** Called with every provider failure, for logging. Provider errors carry no secrets. */
	readonly onError?: (error: unknown) => void;
}

/**
 * A web-standard request handler (Node ≥ 18 `Request`/`Response`, Hono, Next.js route handlers, Deno…).
 *
 * @example
 * ```ts
 * import type { FetchHandler } from '@vm/adapter-http';
 * const ok: FetchHandler = async () => new Response('ok');
 * ```
 */
export type FetchHandler = (request: Request) => Promise<Response>;

const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
	new Response(JSON.stringify(body), {
		status,
		headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
	});

const YEAR = /^\d{4}$/;

/**
 * The Video Manager's `GET /api/tmdb/search?query=Matrix&year=1999` endpoint:
 * `{"tmdb_id":603,"title":"The Matrix","year":"1999"}`, or `{}` when there is no key or no confident match.
 *
 * Bad input answers 400 naming the parameter and value; refused credentials 502; a rate-limited or
 * unreachable TMDB 503 (with `Retry-After` when TMDB gave one). Error bodies are `{ error, code }`
 * and never contain a key or token.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * import { createTmdbSearchHandler, toNodeListener } from '@vm/adapter-http';
 * import { createTmdbProvider } from '@vm/provider-tmdb';
 *
 * const key = process.env.TMDB_API_KEY;
 * const handler = createTmdbSearchHandler({ provider: key ? createTmdbProvider({ apiKey: key }) : undefined });
 * createServer(toNodeListener(handler)).listen(8080);
 * ```
 */
export function createTmdbSearchHandler(options: TmdbSearchHandlerOptions): FetchHandler {
	const { path = '/api/tmdb/search', onError } = options;
	if (typeof path !== 'string' || !path.startsWith('/')) {
		throw new TypeError(`[adapter-http] Expected \`path\` to start with "/", got ${JSON.stringify(path)}`);
	}
	const providerOf =
		typeof options.provider === 'function'
			? options.provider
			: (): BestMatchSearcher | undefined => options.provider as BestMatchSearcher | undefined;

	return async (request: Request): Promise<Response> => {
		const url = new URL(request.url);
		if (url.pathname !== path) return json(404, { error: `No route for ${url.pathname}`, code: 'NOT_FOUND' });
		if (request.method !== 'GET' && request.method !== 'HEAD') {
			return json(
				405,
				{ error: `Method ${request.method} not allowed: use GET`, code: 'METHOD_NOT_ALLOWED' },
				{ allow: 'GET, HEAD' },
			);
		}
		const query = url.searchParams.get('query');
		if (query === null || query.trim() === '') {
			return json(400, {
				error: 'The `query` parameter is required, e.g. ?query=Matrix&year=1999',
				code: 'BAD_QUERY',
			});
		}
		const year = url.searchParams.get('year')?.trim() ?? '';
		if (year !== '' && !YEAR.test(year)) {
			return json(400, {
				error: `The \`year\` parameter must be a four-digit year, got ${JSON.stringify(year)}`,
				code: 'BAD_YEAR',
			});
		}
		const provider = providerOf();
		if (provider === undefined) return json(200, {});
		try {
			const match = await provider.searchBest(query.trim(), year === '' ? undefined : Number(year), {
				signal: request.signal,
			});
			return json(
				200,
				match === null ? {} : { tmdb_id: match.tmdb_id, title: match.title, year: match.year },
			);
		} catch (error) {
			onError?.(error);
			if (!isProviderError(error))
				return json(500, { error: 'Internal error while searching TMDB', code: 'INTERNAL' });
			const headers: Record<string, string> = {};
			if (isProviderRateLimitError(error) && error.retryAfterMs !== undefined) {
				headers['retry-after'] = String(Math.ceil(error.retryAfterMs / 1000));
			}
			const status = isProviderAuthError(error)
				? 502
				: isProviderRateLimitError(error) || isProviderUnavailableError(error)
					? 503
					: 502;
			return json(status, { error: error.message, code: error.code }, headers);
		}
	};
}
