import type {Logger} from '../config/logger.js';
import type {Settings} from '../config/settings.js';
import type {Evaluator} from './evaluator.js';
import {evaluatorFingerprint} from './fingerprint.js';
import {createLlmEvaluator} from './llm/llm-evaluator.js';
import {createOfflineEvaluator} from './offline/offline-evaluator.js';
import type {Profile} from './profile.js';

/**
 * The LLM evaluator when an API key is configured, else the offline one;
 * `offline` forces the latter (to triage without spending, or to compare).
 */
export function createEvaluator(options: {
	settings: Settings;
	profile: Profile;
	logger: Logger;
	offline?: boolean;
}): Evaluator {
	const {profile, logger} = options;
	const settings = options.offline
		? {...options.settings, CEREBRAS_API_KEY: undefined}
		: options.settings;
	const fingerprint = evaluatorFingerprint(profile, settings);

	if (settings.CEREBRAS_API_KEY) {
		return createLlmEvaluator({profile, settings, fingerprint, logger});
	}

	return createOfflineEvaluator(profile, {
		budgetMin: settings.FILTER_BUDGET_MIN,
		fingerprint,
	});
}
