import type {Settings} from '../config/settings.js';
import {profileHash, type Profile} from './profile.js';

/**
 * Bump when the offline heuristic changes what it scores, so that its
 * earlier evaluations show as stale.
 */
export const offlineEvaluatorVersion = 'offline-1';

/** Bump when the LLM prompt or answer schema changes. */
export const llmPromptVersion = 'prompt-1';

type FingerprintSettings = Pick<
	Settings,
	'CEREBRAS_API_KEY' | 'CEREBRAS_MODEL' | 'FILTER_BUDGET_MIN'
>;

/**
 * What an evaluation depends on besides the job: the profile, which
 * evaluator made it (and its version), the model, and the budget
 * minimum the gate and the budget score use. An evaluation stored under
 * another fingerprint is stale.
 */
export function evaluatorFingerprint(
	profile: Profile,
	settings: FingerprintSettings,
): string {
	const budget = `budget-min:${settings.FILTER_BUDGET_MIN}`;

	if (settings.CEREBRAS_API_KEY) {
		return profileHash(
			profile,
			llmPromptVersion,
			`model:${settings.CEREBRAS_MODEL}`,
			budget,
		);
	}

	return profileHash(profile, offlineEvaluatorVersion, budget);
}
