import type { IncomingMessage, ServerResponse } from 'node:http';
import type { FetchHandler } from './search-handler.js';

/**
 * Serves a web-standard handler from Node's `http.createServer`. The request's `signal` aborts when the
 * client goes away, so an abandoned search stops waiting for TMDB.
 *
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * import { createTmdbSearchHandler, toNodeListener } from '@vm/adapter-http';
 * createServer(toNodeListener(createTmdbSearchHandler({ provider: undefined }))).listen(8080);
 * ```
 */
export function toNodeListener(
	handler: FetchHandler,
): (request: IncomingMessage, response: ServerResponse) => void {
	return (incoming, outgoing) => {
		const controller = new AbortController();
		outgoing.once('close', () => {
			if (!outgoing.writableFinished)
				controller.abort(new Error('[adapter-http] client closed the connection'));
		});
		const headers = new Headers();
		for (const [name, value] of Object.entries(incoming.headers)) {
			if (typeof value === 'string') headers.set(name, value);
			else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
		}
		const method = incoming.method ?? 'GET';
		const request = new Request(
			new URL(incoming.url ?? '/', `http://${incoming.headers.host ?? 'localhost'}`),
			{
				method,
				headers,
				signal: controller.signal,
			},
		);
		handler(request)
			.then(async (response) => {
				const body = method === 'HEAD' ? '' : await response.text();
				outgoing.writeHead(response.status, Object.fromEntries(response.headers));
				outgoing.end(body);
			})
			.catch((error: unknown) => {
				if (outgoing.headersSent) {
					outgoing.destroy(error instanceof Error ? error : undefined);
					return;
				}
				outgoing.writeHead(500, { 'content-type': 'application/json; charset=utf-8' });
				outgoing.end(JSON.stringify({ error: 'Internal error', code: 'INTERNAL' }));
			});
	};
}
