import {performance} from 'node:perf_hooks';
import got from 'got';

export type HttpHeaders = Record<string, string | string[] | undefined>;

/** What one HTTP attempt came to. Never carries the request's headers. */
export type HttpOutcome =
	| {
			kind: 'response';
			status: number;
			headers: HttpHeaders;
			body: string;
			latencyMs: number;
	  }
	| {
			kind: 'network';
			/** ECONNRESET, ECONNREFUSED, ETIMEDOUT and the like. */
			code: string;
			latencyMs: number;
	  };

export type HttpRequest = {
	method: 'GET' | 'POST';
	url: string;
	apiKey: string;
	body?: unknown;
	timeoutMs: number;
	signal?: AbortSignal;
};

/**
 * Sends one request and reports what came back, status codes and
 * connection failures alike, without throwing: the caller decides what
 * to retry. got's own retries are off, so that every attempt passes
 * through the evaluator's one queue and its pacing. got's errors are not
 * passed on, since they hold the request options and so the key.
 */
export async function sendHttpRequest(
	request: HttpRequest,
): Promise<HttpOutcome> {
	const started = performance.now();
	const elapsed = () => Math.round(performance.now() - started);

	try {
		const response = await got(request.url, {
			method: request.method,
			json: request.body,
			headers: {
				authorization: `Bearer ${request.apiKey}`,
				accept: 'application/json',
			},
			timeout: {request: request.timeoutMs},
			retry: {limit: 0},
			throwHttpErrors: false,
			followRedirect: false,
			responseType: 'text',
			signal: request.signal,
		});

		return {
			kind: 'response',
			status: response.statusCode,
			headers: response.headers,
			body: response.body,
			latencyMs: elapsed(),
		};
	} catch (error) {
		request.signal?.throwIfAborted();
		const code = (error as {code?: unknown}).code;

		return {
			kind: 'network',
			code: typeof code === 'string' ? code : 'ERR_UNKNOWN',
			latencyMs: elapsed(),
		};
	}
}
