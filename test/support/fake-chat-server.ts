import {
	createServer,
	type IncomingMessage,
	type ServerResponse,
} from 'node:http';
import type {AddressInfo} from 'node:net';
import {performance} from 'node:perf_hooks';
import {fakeAnswer} from './fake-chat-answer.js';
import {
	applyFault,
	delay,
	errorBody,
	shapeContent,
	type Fault,
} from './fake-chat-faults.js';

export type {Fault} from './fake-chat-faults.js';

/** The fields of a chat request the server and tests read. */
export type ChatRequestBody = {
	model?: string;
	messages?: Array<{role: string; content: string}>;
	response_format?: unknown;
	reasoning_effort?: string;
	max_tokens?: number;
	max_completion_tokens?: number;
	[field: string]: unknown;
};

export type ReceivedRequest = {
	method: string;
	path: string;
	/** The parsed JSON body, or null. */
	body: ChatRequestBody | null;
	/**
	 * `performance.now()` at arrival and at answer: the same clock as the
	 * test's, since the server runs in the test's process.
	 */
	at: number;
	answeredAt: number | null;
	status: number | null;
};

export type FakeChatStats = {
	requests: number;
	completions: number;
	inFlight: number;
	maxConcurrent: number;
	/** Requests answered 429 because the client went over its limit. */
	overLimit: number;
	received: ReceivedRequest[];
};

export type FakeChatServer = {
	/** Ends in /v1, like CEREBRAS_BASE_URL. */
	baseUrl: string;
	apiKey: string;
	stats: FakeChatStats;
	script(faults: Fault[]): void;
	close(): Promise<void>;
};

export type FakeChatOptions = {
	models?: string[];
	/** Enforced over a sliding one-second window with 429s. */
	requestsPerSecond?: number;
	/** Added to every answer. */
	latencyMs?: number;
	apiKey?: string;
};

/**
 * A chat-completions server like Cerebras's, on loopback, for tests:
 * GET /v1/models and POST /v1/chat/completions, bearer keys, usage with
 * cached tokens, time_info, x-ratelimit-* headers, its own rate limit,
 * and scriptable faults.
 */
export async function startFakeChatServer(
	options: FakeChatOptions = {},
): Promise<FakeChatServer> {
	const models = options.models ?? ['zai-glm-4.7', 'gpt-oss-120b'];
	const apiKey = options.apiKey ?? 'test-key-0123456789';
	const now = () => performance.now();
	const faults: Fault[] = [];
	const arrivals: number[] = [];
	const stats: FakeChatStats = {
		requests: 0,
		completions: 0,
		inFlight: 0,
		maxConcurrent: 0,
		overLimit: 0,
		received: [],
	};
	let previousPrompt = '';

	const handle = async (request: IncomingMessage, response: ServerResponse) => {
		const received: ReceivedRequest = {
			method: request.method ?? '',
			path: request.url ?? '',
			body: null,
			at: now(),
			answeredAt: null,
			status: null,
		};
		stats.requests += 1;
		stats.inFlight += 1;
		stats.maxConcurrent = Math.max(stats.maxConcurrent, stats.inFlight);
		stats.received.push(received);
		response.on('close', () => {
			stats.inFlight -= 1;
		});

		const send = (status: number, body: unknown, headers = {}) => {
			received.status = status;
			received.answeredAt = now();

			if (!response.destroyed) {
				response.writeHead(status, {
					'content-type': 'application/json',
					...rateLimitHeaders(),
					...headers,
				});
				response.end(typeof body === 'string' ? body : JSON.stringify(body));
			}
		};

		const text = await readBody(request);

		try {
			received.body = text ? JSON.parse(text) : null;
		} catch {
			received.body = null;
		}

		if (request.headers.authorization !== `Bearer ${apiKey}`) {
			// Some providers echo part of the key; this one echoes all of it,
			// so tests prove the client never repeats it.
			send(
				401,
				errorBody(`Wrong API Key: ${bearer(request)}`, 'wrong_api_key'),
			);
			return;
		}

		if (overLimit(received.at)) {
			stats.overLimit += 1;
			const reset =
				(arrivals.at(-options.requestsPerSecond!)! + 1000 - received.at) / 1000;
			send(
				429,
				errorBody(
					'Requests per second limit exceeded',
					'request_quota_exceeded',
				),
				{
					'x-ratelimit-remaining-requests-second': '0',
					'x-ratelimit-reset-requests-second': reset.toFixed(3),
				},
			);
			return;
		}

		arrivals.push(received.at);
		const fault = faults.shift();

		if (fault) {
			const handled = await applyFault(fault, send, response);

			if (handled) return;
		}

		await delay(options.latencyMs ?? 0);

		if (received.method === 'GET' && received.path === '/v1/models') {
			send(200, {
				object: 'list',
				data: models.map((id) => ({
					id,
					object: 'model',
					created: 0,
					owned_by: 'fake',
				})),
			});
			return;
		}

		if (
			received.method !== 'POST' ||
			received.path !== '/v1/chat/completions'
		) {
			send(
				404,
				errorBody(`No route ${received.method} ${received.path}`, 'not_found'),
			);
			return;
		}

		const body = received.body;

		if (!body || !Array.isArray(body.messages) || !body.response_format) {
			send(
				400,
				errorBody('messages and response_format are required', 'bad_request'),
			);
			return;
		}

		if (!models.includes(body.model ?? '')) {
			send(
				404,
				errorBody(`Model ${body.model} does not exist`, 'model_not_found'),
			);
			return;
		}

		stats.completions += 1;
		const answer = fakeAnswer(body);
		const shaped = shapeContent(fault, answer);
		send(200, completion(body, shaped));
	};

	function overLimit(at: number): boolean {
		const limit = options.requestsPerSecond;

		if (!limit) return false;

		const recent = arrivals.filter((arrival) => at - arrival < 1000);
		return recent.length >= limit;
	}

	function completion(
		body: ChatRequestBody,
		shaped: {content: string; finish: string},
	) {
		const prompt = (body.messages ?? [])
			.map((message) => message.content)
			.join('\n');
		const promptTokens = Math.ceil(prompt.length / 4);
		// Prompt caching works on exact prefixes in 128-token blocks.
		const shared = commonPrefixLength(prompt, previousPrompt);
		const cachedTokens = Math.floor(shared / 4 / 128) * 128;
		previousPrompt = prompt;
		const reasoning =
			body.reasoning_effort === 'none' ? '' : 'Thinking about the job.';
		const reasoningTokens = Math.ceil(reasoning.length / 4) * 10;
		const completionTokens =
			Math.ceil(shaped.content.length / 4) + reasoningTokens;

		return {
			id: `chatcmpl-${stats.completions}`,
			object: 'chat.completion',
			created: Math.floor(Date.now() / 1000),
			model: body.model,
			choices: [
				{
					index: 0,
					message: {
						role: 'assistant',
						content: shaped.content,
						...(reasoning ? {reasoning} : {}),
					},
					finish_reason: shaped.finish,
				},
			],
			usage: {
				prompt_tokens: promptTokens,
				completion_tokens: completionTokens,
				total_tokens: promptTokens + completionTokens,
				prompt_tokens_details: {
					cached_tokens: Math.min(cachedTokens, promptTokens),
				},
				completion_tokens_details: {reasoning_tokens: reasoningTokens},
			},
			time_info: {
				queue_time: 0.0001,
				prompt_time: promptTokens / 1e6,
				completion_time: completionTokens / 1e5,
				total_time: (options.latencyMs ?? 0) / 1000,
				created: Date.now() / 1000,
			},
		};
	}

	const server = createServer((request, response) => {
		handle(request, response).catch((error: unknown) => {
			response.destroy(error as Error);
		});
	});

	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address() as AddressInfo;

	return {
		baseUrl: `http://127.0.0.1:${port}/v1`,
		apiKey,
		stats,
		script(next) {
			faults.push(...next);
		},
		async close() {
			const closed = new Promise<void>((resolve) =>
				server.close(() => resolve()),
			);
			server.closeAllConnections();
			await closed;
		},
	};
}

function rateLimitHeaders(): Record<string, string> {
	return {
		'x-ratelimit-limit-requests-day': '14400',
		'x-ratelimit-remaining-requests-day': '14000',
		'x-ratelimit-reset-requests-day': '33011.5',
		'x-ratelimit-limit-tokens-minute': '500000',
		'x-ratelimit-remaining-tokens-minute': '480000',
		'x-ratelimit-reset-tokens-minute': '41.2',
	};
}

function bearer(request: IncomingMessage): string {
	return (request.headers.authorization ?? '').replace(/^Bearer /, '');
}

function commonPrefixLength(a: string, b: string): number {
	const limit = Math.min(a.length, b.length);
	let index = 0;

	while (index < limit && a.charCodeAt(index) === b.charCodeAt(index)) {
		index += 1;
	}

	return index;
}

async function readBody(request: IncomingMessage): Promise<string> {
	const chunks: Buffer[] = [];

	for await (const chunk of request) {
		chunks.push(chunk as Buffer);
	}

	return Buffer.concat(chunks).toString('utf8');
}
