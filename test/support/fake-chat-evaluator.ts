import type {Logger} from '../../source/config/logger.js';
import {readSettings, type Settings} from '../../source/config/settings.js';
import type {Evaluator} from '../../source/evaluation/evaluator.js';
import {
	createLlmEvaluator,
	type LlmTuning,
} from '../../source/evaluation/llm/llm-evaluator.js';
import {readProfile} from '../../source/evaluation/profile.js';
import type {FakeChatServer} from './fake-chat-server.js';

/** Retries in milliseconds, for tests that are not about pacing. */
export const fastTuning: Partial<LlmTuning> = {
	backoffBaseMs: 10,
	backoffCapMs: 40,
	maxAttempts: 4,
	checkAttempts: 2,
};

/**
 * Settings pointing at a fake chat server: its key, a fast pace, and a
 * short timeout, unless `environment` says otherwise.
 */
export function fakeChatSettings(
	server: FakeChatServer,
	environment: Record<string, string> = {},
): Settings {
	return readSettings({
		CEREBRAS_API_KEY: server.apiKey,
		CEREBRAS_BASE_URL: server.baseUrl,
		RATE_LIMIT_REQUESTS: '200',
		RATE_LIMIT_CONCURRENT: '4',
		API_TIMEOUT: '0.5',
		...environment,
	});
}

/** The LLM evaluator for the shipped profile, talking to a fake server. */
export async function fakeChatEvaluator(
	server: FakeChatServer,
	options: {
		environment?: Record<string, string>;
		tuning?: Partial<LlmTuning>;
		logger?: Logger;
	} = {},
): Promise<Evaluator> {
	return createLlmEvaluator({
		profile: await readProfile(),
		settings: fakeChatSettings(server, options.environment),
		fingerprint: 'test',
		logger: options.logger,
		tuning: {...fastTuning, ...options.tuning},
	});
}
