import type {Settings} from '../../config/settings.js';
import type {ListedEvaluation} from '../../db/job-listing.repository.js';
import {evaluatorFingerprint} from '../../evaluation/fingerprint.js';
import type {Profile} from '../../evaluation/profile.js';

/** Why an evaluation no longer stands, or null when it does. */
export type StalenessCheck = (evaluation: ListedEvaluation) => string | null;

type FingerprintSettings = Pick<
	Settings,
	'CEREBRAS_MODEL' | 'FILTER_BUDGET_MIN'
>;

/**
 * Compares each evaluation with what the same evaluator would work from
 * today (the profile, its version, the model, the budget minimum). An LLM
 * evaluation is held against its own model, so browsing without an API
 * key does not call every LLM evaluation stale, and the other way round.
 */
export function createStalenessCheck(
	profile: Profile | null,
	settings: FingerprintSettings,
): StalenessCheck {
	const offline = profile
		? evaluatorFingerprint(profile, {
				...settings,
				CEREBRAS_API_KEY: undefined,
			})
		: null;
	const byModel = new Map<string, string>();

	const llm = (model: string) => {
		let fingerprint = byModel.get(model);

		if (fingerprint === undefined && profile) {
			fingerprint = evaluatorFingerprint(profile, {
				...settings,
				// Any key: only whether one is set changes the fingerprint.
				CEREBRAS_API_KEY: 'set',
				CEREBRAS_MODEL: model,
			});
			byModel.set(model, fingerprint);
		}

		return fingerprint;
	};

	return (evaluation) => {
		if (evaluation.jobChanged) {
			return 'the posting changed after it was evaluated';
		}

		if (!profile) {
			return null;
		}

		const current = new Set([offline, llm(settings.CEREBRAS_MODEL)]);

		if (evaluation.model) {
			current.add(llm(evaluation.model));
		}

		if (current.has(evaluation.profileHash)) {
			return null;
		}

		return 'the profile or the evaluator changed since';
	};
}
