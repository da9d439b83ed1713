import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {RunStoppingError} from '../../../source/evaluation/evaluator.js';
import {scoreTotal} from '../../../source/evaluation/rubric.js';
import {fakeChatEvaluator} from '../../support/fake-chat-evaluator.js';
import {sampleJob, sampleJobs} from '../../support/fake-chat-jobs.js';
import {
	startFakeChatServer,
	type Fault,
	type FakeChatServer,
} from '../../support/fake-chat-server.js';

let server: FakeChatServer;

beforeEach(async () => {
	server = await startFakeChatServer();
});

afterEach(async () => {
	await server.close();
});

function chatRequests() {
	return server.stats.received.filter((request) =>
		request.path.endsWith('/chat/completions'),
	);
}

describe('the LLM evaluator', () => {
	it('evaluates a job and reports its tokens, cost and attempts', async () => {
		const evaluator = await fakeChatEvaluator(server, {
			tuning: {dialect: 'cerebras'},
		});
		const result = await evaluator.evaluate(sampleJob());

		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.assessment.isAiRelated).toBe(true);
		expect(result.assessment.matchedExpertise.map((m) => m.id)).toContain(
			'rag',
		);
		expect(result.usage).toMatchObject({attempts: 1, reasoningTokens: 0});
		expect(result.usage!.promptTokens).toBeGreaterThan(1000);
		expect(result.usage!.completionTokens).toBeGreaterThan(50);
		expect(result.usage!.costUsd).toBeCloseTo(
			(result.usage!.promptTokens * 2.25 +
				result.usage!.completionTokens * 2.75) /
				1e6,
			// Costs are stored to the millionth of a dollar.
			5,
		);
	});

	it('counts reasoning tokens a server spends when reasoning is left on', async () => {
		const evaluator = await fakeChatEvaluator(server);
		const result = await evaluator.evaluate(sampleJob());

		expect(chatRequests()[0]!.body).not.toHaveProperty('reasoning_effort');
		expect(result.usage!.reasoningTokens).toBeGreaterThan(0);
	});

	it('ranks different jobs differently', async () => {
		const evaluator = await fakeChatEvaluator(server);
		const totals = await Promise.all(
			sampleJobs.map(async (job) => {
				const result = await evaluator.evaluate(job);
				if (!result.ok) throw new Error(result.reason);
				const {criteria} = result.assessment;
				return scoreTotal({
					budget: criteria.budget.score,
					client: criteria.client.score,
					clarity: criteria.clarity.score,
					techFit: criteria.techFit.score,
					timeline: criteria.timeline.score,
				});
			}),
		);

		expect(new Set(totals).size).toBeGreaterThan(2);
		expect(totals[0]).toBeGreaterThan(totals[1]!);
	});

	it('reads cached tokens when jobs share the system prompt', async () => {
		const evaluator = await fakeChatEvaluator(server);
		await evaluator.evaluate(sampleJobs[0]!);
		const second = await evaluator.evaluate(sampleJobs[1]!);

		expect(second.usage!.cachedTokens).toBeGreaterThanOrEqual(128);
	});

	it('sends the system prompt first, the job last, and nothing of the job before it', async () => {
		const evaluator = await fakeChatEvaluator(server);
		await evaluator.evaluate(sampleJobs[0]!);
		await evaluator.evaluate(sampleJobs[2]!);
		const [first, second] = chatRequests().map((request) => request.body!);
		const {messages: a, ...restA} = first!;
		const {messages: b, ...restB} = second!;

		expect(restA).toEqual(restB);
		expect(a!.slice(0, -1)).toEqual(b!.slice(0, -1));
		expect(a!.map((message) => message.role)).toEqual(['system', 'user']);
		expect(a!.at(-1)!.content).toContain(sampleJobs[0]!.title);
		expect(JSON.stringify({...restA, prefix: a!.slice(0, -1)})).not.toContain(
			sampleJobs[0]!.title,
		);
	});

	it.each<[string, Fault]>([
		['a 500', {kind: 'server-error'}],
		['a 503', {kind: 'unavailable'}],
		['a 408', {kind: 'status', status: 408}],
		['a dropped connection', {kind: 'drop'}],
		['a timeout', {kind: 'timeout'}],
		['a body that is not JSON', {kind: 'malformed-body'}],
		['a 429 with retry-after 0', {kind: 'rate-limit', retryAfterSeconds: 0}],
		['a 429 with reset headers', {kind: 'rate-limit', resetSeconds: 0.05}],
	])('retries %s and evaluates the job', async (_name, fault) => {
		const evaluator = await fakeChatEvaluator(server, {
			environment: {API_TIMEOUT: '0.3'},
		});
		server.script([fault, fault]);
		const result = await evaluator.evaluate(sampleJob());

		expect(result.ok).toBe(true);
		expect(result.usage!.attempts).toBe(3);
		expect(chatRequests()).toHaveLength(3);
	});

	it('answers a slow server within the timeout', async () => {
		const evaluator = await fakeChatEvaluator(server);
		server.script([{kind: 'slow', delayMs: 150}]);
		const result = await evaluator.evaluate(sampleJob());

		expect(result.ok).toBe(true);
		expect(result.usage!.attempts).toBe(1);
		expect(result.usage!.latencyMs).toBeGreaterThanOrEqual(150);
	});

	it.each<[string, Fault, RegExp]>([
		[
			'401',
			{kind: 'unauthorized'},
			/API key in `CEREBRAS_API_KEY` was refused \(401/,
		],
		['402', {kind: 'no-credit'}, /has no credit left \(402/],
		[
			'404',
			{kind: 'unknown-model'},
			/does not serve the model zai-glm-4\.7 \(404.*`CEREBRAS_MODEL`/,
		],
		[
			'422',
			{kind: 'wrong-api-format'},
			/rejected the answer schema.*\(422.*`CEREBRAS_MODEL`/,
		],
		[
			'400',
			{kind: 'status', status: 400, code: 'bad_request'},
			/rejected the request as invalid \(400/,
		],
		['403', {kind: 'status', status: 403}, /was refused \(403/],
	])(
		'stops the run on a %s without retrying',
		async (_name, fault, sentence) => {
			const evaluator = await fakeChatEvaluator(server);
			server.script([fault]);
			const error = await evaluator
				.evaluate(sampleJob())
				.catch((caught: unknown) => caught);

			expect(error).toBeInstanceOf(RunStoppingError);
			expect((error as Error).message).toMatch(sentence);
			expect(chatRequests()).toHaveLength(1);
		},
	);

	it('sends nothing more once the run must stop', async () => {
		const evaluator = await fakeChatEvaluator(server, {
			environment: {RATE_LIMIT_CONCURRENT: '1'},
		});
		server.script([{kind: 'unauthorized'}]);
		const results = await Promise.allSettled(
			sampleJobs.map((job) => evaluator.evaluate(job)),
		);

		expect(results.every((result) => result.status === 'rejected')).toBe(true);
		expect(chatRequests()).toHaveLength(1);
	});

	it('never shows the key, even when the server echoes it', async () => {
		const logged: string[] = [];
		const record = (message: string, details?: unknown) =>
			logged.push(`${message} ${JSON.stringify(details)}`);
		const evaluator = await fakeChatEvaluator(server, {
			environment: {CEREBRAS_API_KEY: 'csk-secret-0000-1111'},
			logger: {error: record, warn: record, info: record, debug: record},
		});
		const error = await evaluator
			.evaluate(sampleJob())
			.catch((caught: unknown) => caught);

		expect(server.stats.received[0]!.status).toBe(401);
		expect(error).toBeInstanceOf(RunStoppingError);
		expect((error as Error).message).toContain('Wrong API Key: [key]');
		expect(logged.length).toBeGreaterThan(0);

		for (const text of [
			JSON.stringify(error),
			String((error as Error).stack),
			...logged,
		]) {
			expect(text).not.toContain('csk-secret');
		}
	});

	it('takes many jobs on one signal without a listener leak warning', async () => {
		const warnings: Error[] = [];
		const onWarning = (warning: Error) => warnings.push(warning);
		process.on('warning', onWarning);
		const evaluator = await fakeChatEvaluator(server);
		const signal = new AbortController().signal;

		try {
			const results = await Promise.all(
				Array.from({length: 30}, () => evaluator.evaluate(sampleJob(), signal)),
			);
			expect(results.every((result) => result.ok)).toBe(true);
		} finally {
			process.off('warning', onWarning);
		}

		expect(warnings.map((warning) => warning.name)).not.toContain(
			'MaxListenersExceededWarning',
		);
	});

	it('asks again once, saying what was wrong, when the answer breaks the schema', async () => {
		const evaluator = await fakeChatEvaluator(server);
		server.script([{kind: 'invalid-content'}]);
		const result = await evaluator.evaluate(sampleJob());
		const [first, second] = chatRequests().map((request) => request.body!);

		expect(result.ok).toBe(true);
		expect(result.usage!.attempts).toBe(2);
		expect(second!.messages!.slice(0, 2)).toEqual(first!.messages);
		expect(second!.messages![2]!.role).toBe('assistant');
		expect(second!.messages![2]!.content).toContain('"score":14');
		expect(second!.messages![3]).toEqual({
			role: 'user',
			content: expect.stringMatching(
				/^Your answer did not follow the schema: at `criteria\.budget\.score`.*Answer again/,
			),
		});
	});

	it('asks again with more room when the answer was cut off', async () => {
		const evaluator = await fakeChatEvaluator(server);
		server.script([{kind: 'cut-off'}]);
		const result = await evaluator.evaluate(sampleJob());
		const [first, second] = chatRequests().map((request) => request.body!);

		expect(result.ok).toBe(true);
		expect(second!.max_tokens).toBe(2 * first!.max_tokens!);
		expect(second!.messages).toHaveLength(3);
		expect(second!.messages![2]!.content).toMatch(/cut off at the token limit/);
	});

	it('gives up on a job after two unusable answers, counting both', async () => {
		const evaluator = await fakeChatEvaluator(server);
		server.script([{kind: 'not-json-content'}, {kind: 'invalid-content'}]);
		const result = await evaluator.evaluate(sampleJob());

		expect(result.ok).toBe(false);
		if (result.ok) return;
		expect(result.reason).toMatch(
			/no usable evaluation in two tries.*criteria\.budget\.score/,
		);
		expect(result.usage!.attempts).toBe(2);
		const tokens = chatRequests().length;
		expect(tokens).toBe(2);
		expect(result.usage!.promptTokens).toBeGreaterThan(2000);
	});

	it('accepts an answer in a code fence', async () => {
		const evaluator = await fakeChatEvaluator(server);
		server.script([{kind: 'fenced'}]);
		const result = await evaluator.evaluate(sampleJob());

		expect(result.ok).toBe(true);
		expect(result.usage!.attempts).toBe(1);
	});

	it('fails a job whose retries run out, and stops after three in a row', async () => {
		const evaluator = await fakeChatEvaluator(server, {
			environment: {RATE_LIMIT_CONCURRENT: '1'},
		});
		server.script(
			Array.from({length: 12}, () => ({kind: 'unavailable'}) as const),
		);
		const first = await evaluator.evaluate(sampleJobs[0]!);
		const second = await evaluator.evaluate(sampleJobs[1]!);
		const third = await evaluator
			.evaluate(sampleJobs[2]!)
			.catch((error: unknown) => error);

		expect(first).toMatchObject({
			ok: false,
			reason: expect.stringMatching(/failed 4 times; the last: HTTP 503/),
			usage: {attempts: 4},
		});
		expect(second.ok).toBe(false);
		expect(third).toBeInstanceOf(RunStoppingError);
		expect((third as Error).message).toMatch(
			/failed 3 jobs in a row.*again later/,
		);
	});

	it('gives up when interrupted, without waiting for the answer', async () => {
		const evaluator = await fakeChatEvaluator(server, {
			environment: {API_TIMEOUT: '30'},
		});
		server.script([{kind: 'timeout'}]);
		const controller = new AbortController();
		const pending = evaluator.evaluate(sampleJob(), controller.signal);
		setTimeout(() => controller.abort(new Error('interrupted')), 50);

		await expect(pending).rejects.toThrow('interrupted');
	});
});
