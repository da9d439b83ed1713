import type {Settings} from '../../config/settings.js';
import type {ListedEvaluation} from '../../db/job-listing.repository.js';
import {evaluatorFingerprint} from '../../evaluation/fingerprint.js';
import type {Profile} from '../../evaluation/profile.js';

/**
 * Why an evaluation no longer stands and what refreshes it, as a
 * sentence, or null when it stands.
 */
export type StalenessCheck = (evaluation: ListedEvaluation) => string | null;

/**
 * Compares each evaluation with what the evaluator the settings choose
 * today works from (profile, evaluator and its version, model, budget
 * minimum): the same test the ingest uses to pick what to evaluate
 * again, and `stats` to count stale evaluations, so the three agree.
 * Failed evaluations are retried anyway and are never called stale.
 */
export function createStalenessCheck(
	profile: Profile | null,
	settings: Pick<
		Settings,
		'CEREBRAS_API_KEY' | 'CEREBRAS_MODEL' | 'FILTER_BUDGET_MIN'
	>,
): StalenessCheck {
	const current = profile ? evaluatorFingerprint(profile, settings) : null;

	return (evaluation) => {
		if (evaluation.status === 'failed') {
			return null;
		}

		if (evaluation.jobChanged) {
			return 'The posting changed after it was evaluated; the next ingest of its export evaluates it again.';
		}

		if (current !== null && evaluation.profileHash !== current) {
			return 'Made under another profile or evaluator than the current one; `upwork-eval ingest --stale FILE` evaluates it again.';
		}

		return null;
	};
}
