import {afterEach, describe, expect, it} from 'vitest';
import {startFakeChatServer, type FakeChatServer} from './fake-chat-server.js';

let server: FakeChatServer | undefined;

afterEach(async () => {
	await server?.close();
	server = undefined;
});

function listModels(key = server!.apiKey) {
	return fetch(`${server!.baseUrl}/models`, {
		headers: {authorization: `Bearer ${key}`},
	});
}

describe('the fake chat server', () => {
	it('answers 429 to a client going over its requests per second, and counts it', async () => {
		server = await startFakeChatServer({requestsPerSecond: 3});
		const statuses = await Promise.all(
			Array.from({length: 10}, async () => (await listModels()).status),
		);

		expect(statuses.filter((status) => status === 200)).toHaveLength(3);
		expect(server.stats.overLimit).toBe(7);
	});

	it('refuses a request without its key', async () => {
		server = await startFakeChatServer();
		const response = await listModels('nope');

		expect(response.status).toBe(401);
		expect(await response.json()).toMatchObject({code: 'wrong_api_key'});
	});

	it('lists its models and sends rate-limit headers', async () => {
		server = await startFakeChatServer({models: ['zai-glm-4.7']});
		const response = await listModels();

		expect(await response.json()).toMatchObject({data: [{id: 'zai-glm-4.7'}]});
		expect(response.headers.get('x-ratelimit-reset-tokens-minute')).toMatch(
			/^\d/,
		);
	});

	it('closes at once, even with a request it never answers', async () => {
		const closing = await startFakeChatServer();
		server = closing;
		closing.script([{kind: 'timeout'}]);
		const hanging = listModels().catch((error: unknown) => error);

		await new Promise((resolve) => setTimeout(resolve, 30));
		const started = performance.now();
		server = undefined;
		await closing.close();

		expect(await hanging).toBeInstanceOf(Error);
		expect(performance.now() - started).toBeLessThan(500);
	});
});
