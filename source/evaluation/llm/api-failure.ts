import {sanitizeLine} from '../../text/sanitize.js';
import {RunStoppingError} from '../evaluator.js';
import type {HttpOutcome} from './http-transport.js';
import {rateLimitWait, type RateLimitWait} from './retry-timing.js';

export type ApiContext = {baseUrl: string; model: string; apiKey: string};

/** What the evaluator does with the outcome of one HTTP attempt. */
export type Verdict =
	| {kind: 'ok'; json: unknown}
	| {kind: 'rate-limited'; wait: RateLimitWait | null; problem: string}
	| {kind: 'transient'; problem: string}
	| {kind: 'stop'; error: RunStoppingError};

const retriedStatuses = new Set([408, 409, 429]);
const serverMessageLimit = 200;

const networkProblems: Record<string, string> = {
	ECONNRESET: 'the connection was reset',
	ECONNREFUSED: 'nothing answers at that address',
	ETIMEDOUT: 'no answer came within API_TIMEOUT',
	ENOTFOUND: 'the host name does not resolve',
	EAI_AGAIN: 'the host name did not resolve in time',
	ENETUNREACH: 'the network is unreachable',
	EPIPE: 'the connection closed while sending',
};

/**
 * Sorts one outcome: an answer, a rate limit, a fault that a later
 * attempt may not meet (408, 409, 5xx, a dropped connection, a timeout,
 * a body that is not JSON), or a fault no retry mends (400, 401, 402,
 * 403, 404, 422 and other 4xx), which stops the run with a sentence
 * saying what to fix. No sentence contains the key, even when a server
 * echoes it back.
 */
export function judgeOutcome(
	outcome: HttpOutcome,
	context: ApiContext,
): Verdict {
	if (outcome.kind === 'network') {
		return {kind: 'transient', problem: describeNetworkFailure(outcome.code)};
	}

	const {status, headers, body} = outcome;

	if (status >= 200 && status < 300) {
		try {
			return {kind: 'ok', json: JSON.parse(body)};
		} catch {
			return {kind: 'transient', problem: `a ${status} whose body is not JSON`};
		}
	}

	const server = serverError(body, context.apiKey);
	const detail = server.message ? `: ${server.message}` : '';

	if (status === 429) {
		return {
			kind: 'rate-limited',
			wait: rateLimitWait(headers),
			problem: `429 Too Many Requests${detail}`,
		};
	}

	if (retriedStatuses.has(status) || status >= 500) {
		return {kind: 'transient', problem: `HTTP ${status}${detail}`};
	}

	const location = headers.location;
	return {
		kind: 'stop',
		error: new RunStoppingError(
			stopSentence(status, detail, server, context, location),
		),
	};
}

/** "the connection was reset (ECONNRESET)". */
export function describeNetworkFailure(code: string): string {
	const problem = networkProblems[code] ?? 'the request failed';
	return `${problem} (${code})`;
}

function stopSentence(
	status: number,
	detail: string,
	server: {message: string; code: string},
	{baseUrl, model}: ApiContext,
	location: string | string[] | undefined,
): string {
	const offline = 'or unset `CEREBRAS_API_KEY` to use the offline evaluator';

	if (status === 401 || status === 403) {
		return (
			`The API key in \`CEREBRAS_API_KEY\` was refused (${status}${detail}). ` +
			`Check the key, ${offline}.`
		);
	}

	if (status === 402) {
		return (
			`The account behind \`CEREBRAS_API_KEY\` has no credit left (402${detail}). ` +
			`Add credit, ${offline}.`
		);
	}

	if (status === 404) {
		return /model/i.test(`${server.code} ${server.message}`)
			? `The API at ${baseUrl} does not serve the model ${model} (404${detail}); ` +
					'it may be retired. Set `CEREBRAS_MODEL` to a model the endpoint lists.'
			: `The API at ${baseUrl} answered 404 Not Found${detail}. ` +
					'Check that `CEREBRAS_BASE_URL` ends in /v1 and that `CEREBRAS_MODEL` is served there.';
	}

	if (status === 422 || server.code === 'wrong_api_format') {
		return (
			`The API rejected the answer schema or the request format (${status}${detail}). ` +
			`The model ${model} may not support strict JSON schema output: ` +
			'set `CEREBRAS_MODEL` to another model, or run with `--debug` and report it.'
		);
	}

	if (status === 400) {
		return (
			`The API rejected the request as invalid (400${detail}). ` +
			'Check `CEREBRAS_MODEL` and `CEREBRAS_BASE_URL`; if both are right, ' +
			'run with `--debug` and report it.'
		);
	}

	if (status >= 300 && status < 400 && location) {
		return (
			`The API at ${baseUrl} redirects to ${String(location)} (${status}). ` +
			'Set `CEREBRAS_BASE_URL` to the address it redirects to.'
		);
	}

	return (
		`The API at ${baseUrl} answered ${status}${detail}, which no retry mends. ` +
		'Check `CEREBRAS_BASE_URL`.'
	);
}

// Cerebras sends a flat {message, code}; OpenAI-style servers nest it in
// {error: {...}}; some send plain text.
function serverError(
	body: string,
	apiKey: string,
): {message: string; code: string} {
	let message = '';
	let code = '';

	try {
		const json = JSON.parse(body) as Record<string, unknown>;
		const error = (
			typeof json.error === 'object' && json.error !== null ? json.error : json
		) as Record<string, unknown>;
		message = typeof error.message === 'string' ? error.message : '';
		code = typeof error.code === 'string' ? error.code : '';

		if (!message && typeof json.error === 'string') {
			message = json.error;
		}
	} catch {
		message = body;
	}

	return {message: redact(message, apiKey), code: redact(code, apiKey)};
}

function redact(text: string, apiKey: string): string {
	const line = sanitizeLine(apiKey ? text.split(apiKey).join('[key]') : text);

	return line.length > serverMessageLimit
		? `${line.slice(0, serverMessageLimit - 1)}…`
		: line;
}
