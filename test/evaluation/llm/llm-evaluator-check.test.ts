import {afterEach, describe, expect, it} from 'vitest';
import {RunStoppingError} from '../../../source/evaluation/evaluator.js';
import {fakeChatEvaluator} from '../../support/fake-chat-evaluator.js';
import {
	startFakeChatServer,
	type FakeChatServer,
} from '../../support/fake-chat-server.js';

let server: FakeChatServer | undefined;

afterEach(async () => {
	await server?.close();
	server = undefined;
});

async function checkError(
	evaluator: Awaited<ReturnType<typeof fakeChatEvaluator>>,
): Promise<Error> {
	const error = await evaluator.check!().catch((caught: unknown) => caught);
	expect(error).toBeInstanceOf(RunStoppingError);
	return error as Error;
}

describe('the LLM evaluator check', () => {
	it('passes when the endpoint lists the configured model', async () => {
		server = await startFakeChatServer();
		const evaluator = await fakeChatEvaluator(server);

		await expect(evaluator.check!()).resolves.toBeUndefined();
		expect(server.stats.received[0]).toMatchObject({
			method: 'GET',
			path: '/v1/models',
		});
	});

	it('names the refused key variable, never the key', async () => {
		server = await startFakeChatServer();
		const evaluator = await fakeChatEvaluator(server, {
			environment: {CEREBRAS_API_KEY: 'csk-wrong-4242'},
		});
		const error = await checkError(evaluator);

		expect(error.message).toMatch(
			/^The API key in `CEREBRAS_API_KEY` was refused \(401.*\)\. Check the key/,
		);
		expect(error.message).not.toContain('csk-wrong-4242');
	});

	it('names the configured model and the models the endpoint lists', async () => {
		server = await startFakeChatServer({
			models: ['gemma-4-31b', 'gpt-oss-120b'],
		});
		const evaluator = await fakeChatEvaluator(server);
		const error = await checkError(evaluator);

		expect(error.message).toBe(
			`The API at ${server.baseUrl} does not list the model zai-glm-4.7; ` +
				'it lists gemma-4-31b, gpt-oss-120b. Set `CEREBRAS_MODEL` to one of them.',
		);
	});

	it('retries a passing fault', async () => {
		server = await startFakeChatServer();
		const evaluator = await fakeChatEvaluator(server);
		server.script([{kind: 'unavailable'}]);

		await expect(evaluator.check!()).resolves.toBeUndefined();
		expect(server.stats.requests).toBe(2);
	});

	it('names the base URL when nothing answers there', async () => {
		const closed = await startFakeChatServer();
		await closed.close();
		const evaluator = await fakeChatEvaluator(closed, {
			environment: {CEREBRAS_API_KEY: 'csk-unseen-7777'},
		});
		const error = await checkError(evaluator);

		expect(error.message).toBe(
			`Cannot reach the API at ${closed.baseUrl}: nothing answers at that ` +
				'address (ECONNREFUSED). Check `CEREBRAS_BASE_URL` and the network, ' +
				'or unset `CEREBRAS_API_KEY` to use the offline evaluator.',
		);
	});
});
