import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the server measured since it started. */
export interface ServerMeasures {
	/** Requests received. */
	requests: number;
	/** Most requests in flight at once. */
	maxInFlight: number;
	/** Most sockets open at once. */
	maxConnections: number;
	/** Arrival time of each request (performance.now). */
	readonly arrivals: number[];
}

/** A local HTTP server on 127.0.0.1, port 0, that measures concurrency and arrivals. */
export interface TestServer {
	readonly url: string;
	readonly measures: ServerMeasures;
	close(): Promise<void>;
}

export type Handler = (request: IncomingMessage, response: ServerResponse, url: URL) => void | Promise<void>;

/** Starts a server that hands every request to `handler`. */
export async function startTestServer(handler: Handler): Promise<TestServer> {
	const measures: ServerMeasures = { requests: 0, maxInFlight: 0, maxConnections: 0, arrivals: [] };
	let inFlight = 0;
	let connections = 0;
	const server = createServer((request, response) => {
		measures.requests += 1;
		measures.arrivals.push(performance.now());
		inFlight += 1;
		measures.maxInFlight = Math.max(measures.maxInFlight, inFlight);
		let done = false;
		const finish = (): void => {
			if (done) return;
			done = true;
			inFlight -= 1;
		};
		response.on('finish', finish);
		response.on('close', finish);
		const url = new URL(request.url ?? '/', 'http://127.0.0.1');
		Promise.resolve(handler(request, response, url)).catch((error: unknown) => {
			response.statusCode = 500;
			response.end(String(error));
		});
	});
	server.on('connection', (socket) => {
		connections += 1;
		measures.maxConnections = Math.max(measures.maxConnections, connections);
		socket.on('close', () => {
			connections -= 1;
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		measures,
		close: () =>
			new Promise<void>((resolve, reject) => {
				server.closeAllConnections();
				server.close((error) => (error ? reject(error) : resolve()));
			}),
	};
}

/** Most arrivals in any window of `windowMs` (both ends inclusive of the first, exclusive of `windowMs` later). */
export function maxInWindow(arrivals: readonly number[], windowMs: number): number {
	const sorted = [...arrivals].sort((a, b) => a - b);
	let best = 0;
	let start = 0;
	for (let end = 0; end < sorted.length; end += 1) {
		while ((sorted[end] ?? 0) - (sorted[start] ?? 0) >= windowMs) start += 1;
		best = Math.max(best, end - start + 1);
	}
	return best;
}

/** Sends a JSON answer. */
export function sendJson(
	response: ServerResponse,
	status: number,
	body: unknown,
	headers: Record<string, string> = {},
): void {
	response.writeHead(status, { 'content-type': 'application/json;charset=utf-8', ...headers });
	response.end(JSON.stringify(body));
}
