import type {ServerResponse} from 'node:http';

/**
 * A way the next request fails. Faults are used up in order, one per
 * request that passes the key check and the rate limit.
 */
export type Fault =
	| {kind: 'rate-limit'; retryAfterSeconds?: number; resetSeconds?: number}
	| {kind: 'slow'; delayMs: number}
	| {kind: 'status'; status: number; code?: string; message?: string}
	/** 500, 503 with Cerebras's flat error body. */
	| {kind: 'server-error'}
	| {kind: 'unavailable'}
	/** Never answers; the client's timeout must end it. */
	| {kind: 'timeout'}
	/** The socket is destroyed without a response. */
	| {kind: 'drop'}
	/** 200 with a body cut off mid-JSON. */
	| {kind: 'malformed-body'}
	/** 200 with content that is JSON but breaks the schema (a score of 14). */
	| {kind: 'invalid-content'}
	/** 200 with content that is not JSON at all. */
	| {kind: 'not-json-content'}
	/** 200, empty content, reasoning, finish_reason "length". */
	| {kind: 'cut-off'}
	/** 200 with the answer wrapped in a ```json fence. */
	| {kind: 'fenced'}
	| {kind: 'unauthorized'}
	| {kind: 'no-credit'}
	| {kind: 'unknown-model'}
	| {kind: 'wrong-api-format'};

export type Send = (
	status: number,
	body: unknown,
	headers?: Record<string, string>,
) => void;

/** Answers the request if the fault decides the answer; else false. */
export async function applyFault(
	fault: Fault,
	send: Send,
	response: ServerResponse,
): Promise<boolean> {
	switch (fault.kind) {
		case 'rate-limit': {
			const headers: Record<string, string> = {};

			if (fault.retryAfterSeconds !== undefined) {
				headers['retry-after'] = String(fault.retryAfterSeconds);
			}

			if (fault.resetSeconds !== undefined) {
				headers['x-ratelimit-remaining-tokens-minute'] = '0';
				headers['x-ratelimit-reset-tokens-minute'] =
					fault.resetSeconds.toFixed(3);
			}

			send(
				429,
				errorBody('Tokens per minute limit exceeded', 'token_quota_exceeded'),
				headers,
			);
			return true;
		}

		case 'slow':
			await delay(fault.delayMs);
			return false;
		case 'status':
			send(
				fault.status,
				errorBody(
					fault.message ?? `Status ${fault.status}`,
					fault.code ?? 'fault',
				),
			);
			return true;
		case 'server-error':
			send(500, errorBody('Internal server error', 'internal_error'));
			return true;
		case 'unavailable':
			send(503, errorBody('Service unavailable', 'service_unavailable'));
			return true;
		case 'timeout':
			return true;
		case 'drop':
			response.socket?.destroy();
			return true;
		case 'malformed-body':
			send(
				200,
				'{"id": "chatcmpl-1", "choices": [{"message": {"content": "{\\"isAi',
			);
			return true;
		case 'unauthorized':
			send(401, errorBody('Wrong API Key', 'wrong_api_key'));
			return true;
		case 'no-credit':
			send(
				402,
				errorBody('Payment required: no credit left', 'payment_required'),
			);
			return true;
		case 'unknown-model':
			send(
				404,
				errorBody(
					'Model zai-glm-4.7 does not exist or you do not have access to it.',
					'model_not_found',
				),
			);
			return true;
		case 'wrong-api-format':
			send(
				422,
				errorBody('Invalid JSON schema in response_format', 'wrong_api_format'),
			);
			return true;
		default:
			return false;
	}
}

/** The content of a 200 answer, as the fault (if any) bends it. */
export function shapeContent(
	fault: Fault | undefined,
	answer: Record<string, unknown>,
): {content: string; finish: string} {
	const json = JSON.stringify(answer);

	switch (fault?.kind) {
		case 'invalid-content': {
			const criteria = answer.criteria as Record<string, {score: number}>;
			criteria.budget!.score = 14;
			return {content: JSON.stringify(answer), finish: 'stop'};
		}

		case 'not-json-content':
			return {content: 'I think this job is a good fit.', finish: 'stop'};
		case 'cut-off':
			return {content: '', finish: 'length'};
		case 'fenced':
			return {
				content: `Here is the evaluation:\n\`\`\`json\n${json}\n\`\`\``,
				finish: 'stop',
			};
		default:
			return {content: json, finish: 'stop'};
	}
}

/** Cerebras's flat error body. */
export function errorBody(message: string, code: string) {
	return {message, type: 'invalid_request_error', param: '', code};
}

export function delay(ms: number): Promise<void> {
	return ms > 0
		? new Promise((resolve) => setTimeout(resolve, ms))
		: Promise.resolve();
}
