import {parseArgs} from 'node:util';
import {startFakeChatServer} from './fake-chat-server.js';

/**
 * Runs the fake chat server on its own, to try the LLM path by hand:
 *   node --import tsx test/support/serve-fake-chat.ts --rps 5 --latency 800
 * then set CEREBRAS_BASE_URL and CEREBRAS_API_KEY to what it prints.
 * It stops on Ctrl-C, or by itself after --minutes (default 30).
 */
const {values} = parseArgs({
	options: {
		rps: {type: 'string', default: '5'},
		latency: {type: 'string', default: '300'},
		minutes: {type: 'string', default: '30'},
	},
});

const server = await startFakeChatServer({
	requestsPerSecond: Number(values.rps),
	latencyMs: Number(values.latency),
});

console.log(`CEREBRAS_BASE_URL=${server.baseUrl}`);
console.log(`CEREBRAS_API_KEY=${server.apiKey}`);

const stop = async () => {
	await server.close();
	console.error(
		`served ${server.stats.completions} completions; ${server.stats.overLimit} requests over the limit`,
	);
	process.exit(0);
};

process.on('SIGINT', stop);
setTimeout(stop, Number(values.minutes) * 60_000).unref();
await new Promise(() => {});
