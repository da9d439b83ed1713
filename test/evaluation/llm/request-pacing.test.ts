import {afterEach, describe, expect, it} from 'vitest';
import {
	RunStoppingError,
	type WaitingNotice,
} from '../../../source/evaluation/evaluator.js';
import type {JobRecord} from '../../../source/export/job-record.js';
import {fakeChatEvaluator} from '../../support/fake-chat-evaluator.js';
import {sampleJob, sampleJobs} from '../../support/fake-chat-jobs.js';
import {
	startFakeChatServer,
	type FakeChatServer,
} from '../../support/fake-chat-server.js';

let server: FakeChatServer | undefined;

afterEach(async () => {
	await server?.close();
	server = undefined;
});

function manyJobs(count: number): JobRecord[] {
	return Array.from({length: count}, (_, index) => ({
		...sampleJobs[index % sampleJobs.length]!,
		id: String(2019000000000001000n + BigInt(index)),
	}));
}

describe('pacing the requests of many jobs', () => {
	it('stays under the requests per second of the server', async () => {
		server = await startFakeChatServer({requestsPerSecond: 10, latencyMs: 60});
		const evaluator = await fakeChatEvaluator(server, {
			environment: {RATE_LIMIT_REQUESTS: '10', RATE_LIMIT_CONCURRENT: '4'},
		});
		// As a run does: the check first, which also warms the connection.
		await evaluator.check!();
		const started = performance.now();
		const results = await Promise.all(
			manyJobs(12).map((job) => evaluator.evaluate(job)),
		);
		const elapsed = performance.now() - started;

		expect(results.every((result) => result.ok)).toBe(true);
		expect(server.stats.overLimit).toBe(0);
		expect(server.stats.requests).toBe(13);
		// Twelve starts spaced a tenth of a second apart, at the least.
		expect(elapsed).toBeGreaterThan(11 * 100);
	});

	it('keeps no more requests in flight than allowed', async () => {
		server = await startFakeChatServer({
			requestsPerSecond: 100,
			latencyMs: 150,
		});
		const evaluator = await fakeChatEvaluator(server, {
			environment: {RATE_LIMIT_REQUESTS: '50', RATE_LIMIT_CONCURRENT: '3'},
		});
		const results = await Promise.all(
			manyJobs(10).map((job) => evaluator.evaluate(job)),
		);

		expect(results.every((result) => result.ok)).toBe(true);
		expect(server.stats.maxConcurrent).toBe(3);
		expect(server.stats.overLimit).toBe(0);
	});

	it('recovers when the server enforces a lower limit than configured', async () => {
		server = await startFakeChatServer({requestsPerSecond: 5});
		const evaluator = await fakeChatEvaluator(server, {
			environment: {RATE_LIMIT_REQUESTS: '50'},
		});
		const results = await Promise.all(
			manyJobs(8).map((job) => evaluator.evaluate(job)),
		);

		// The server did count the client going over, and the client waited
		// for its resets instead of failing jobs.
		expect(server.stats.overLimit).toBeGreaterThan(0);
		expect(results.every((result) => result.ok)).toBe(true);
	});
});

describe('a 429 from the server', () => {
	it('pauses every request until the reset and tells the listener', async () => {
		server = await startFakeChatServer({latencyMs: 20});
		// One request at a time: without a pause of the whole queue, the
		// next job would start the moment the limited one gave up its place.
		const evaluator = await fakeChatEvaluator(server, {
			environment: {RATE_LIMIT_CONCURRENT: '1'},
		});
		const notices: Array<WaitingNotice & {at: number}> = [];
		evaluator.onWaiting!((notice) =>
			notices.push({...notice, at: performance.now()}),
		);
		server.script([{kind: 'rate-limit', resetSeconds: 0.4}]);

		const results = await Promise.all(
			manyJobs(4).map((job) => evaluator.evaluate(job)),
		);
		const received = server.stats.received;
		const limited = received.findIndex((request) => request.status === 429);
		const after = received.slice(limited + 1);

		expect(results.every((result) => result.ok)).toBe(true);
		expect(notices).toEqual([
			{seconds: 1, reason: 'tokens per minute', at: expect.any(Number)},
		]);
		expect(after).toHaveLength(4);

		for (const request of after) {
			expect(request.at).toBeGreaterThan(notices[0]!.at + 390);
		}
	});

	it('honours retry-after and says the API asked for it', async () => {
		server = await startFakeChatServer();
		const evaluator = await fakeChatEvaluator(server);
		const notices: WaitingNotice[] = [];
		evaluator.onWaiting!((notice) => notices.push(notice));
		server.script([{kind: 'rate-limit', retryAfterSeconds: 1}]);
		const started = performance.now();
		const result = await evaluator.evaluate(sampleJob());

		expect(result.ok).toBe(true);
		expect(performance.now() - started).toBeGreaterThan(990);
		expect(notices).toEqual([{seconds: 1, reason: 'as the API asked'}]);
	});

	it('stops the run when the reset is too far away to wait for', async () => {
		server = await startFakeChatServer();
		const evaluator = await fakeChatEvaluator(server);
		server.script([{kind: 'rate-limit', retryAfterSeconds: 4000}]);
		const error = await evaluator
			.evaluate(sampleJob())
			.catch((caught: unknown) => caught);

		expect(error).toBeInstanceOf(RunStoppingError);
		expect((error as Error).message).toMatch(
			/rate limit for zai-glm-4\.7 is used up and resets in 1h 06m\. Run `upwork-eval ingest` again then/,
		);
	});

	it('lets an interrupted run go without waiting out the pause', async () => {
		server = await startFakeChatServer();
		const evaluator = await fakeChatEvaluator(server);
		server.script([{kind: 'rate-limit', retryAfterSeconds: 30}]);
		const controller = new AbortController();
		const started = performance.now();
		const pending = evaluator.evaluate(sampleJob(), controller.signal);
		setTimeout(() => controller.abort(new Error('interrupted')), 100);

		await expect(pending).rejects.toThrow('interrupted');
		expect(performance.now() - started).toBeLessThan(1000);
	});
});
