import type {JobRecord} from '../../export/job-record.js';
import type {Assessment} from '../assessment.js';
import type {Evaluator} from '../evaluator.js';
import type {Profile} from '../profile.js';
import {aiEntries, readAiSignals} from './ai-signals.js';
import {scoreBudget} from './budget-criterion.js';
import {scoreClarity} from './clarity-criterion.js';
import {scoreClient} from './client-criterion.js';
import {judgeComplexity} from './complexity.js';
import {expertiseEntries, matchExpertise} from './expertise-matcher.js';
import {createTermScanner} from './job-terms.js';
import {jobText} from './job-text.js';
import {describeNotAi} from './not-ai-reason.js';
import {signEntries} from './posting-signs.js';
import {classifyProject, titleNamesOtherWork} from './project-classifier.js';
import {projectEntries} from './project-types.js';
import {
	capitalisedTechnologyEntries,
	techStackOf,
	technologyEntries,
} from './tech-catalog.js';
import {describeMatchedExpertise, scoreTechFit} from './tech-fit-criterion.js';
import {scoreTimeline} from './timeline-criterion.js';

export type OfflineEvaluatorOptions = {
	/** FILTER_BUDGET_MIN: the fixed budget that scores as merely fair. */
	budgetMin: number;
	/** From `evaluatorFingerprint`; stored with every evaluation. */
	fingerprint: string;
};

/**
 * The evaluator that needs no model: keyword and rule heuristics over
 * the job, scored on the shared rubric. Everything it matches with is
 * compiled here, once, so evaluating a job is a few passes over its
 * text with no I/O; it is deterministic.
 */
export function createOfflineEvaluator(
	profile: Profile,
	options: OfflineEvaluatorOptions,
): Evaluator {
	const assess = createOfflineAssessor(profile, options.budgetMin);

	return {
		kind: 'offline',
		model: null,
		fingerprint: options.fingerprint,
		async evaluate(job) {
			return {ok: true, assessment: assess(job)};
		},
	};
}

/**
 * The same judgement as a plain synchronous function, for benchmarks
 * and callers that want no promise per job.
 */
export function createOfflineAssessor(
	profile: Profile,
	budgetMin: number,
): (job: JobRecord) => Assessment {
	const scanner = createTermScanner(
		[
			...expertiseEntries(profile),
			...technologyEntries,
			...aiEntries,
			...projectEntries,
			...signEntries,
		],
		capitalisedTechnologyEntries,
	);

	return (job) => {
		const found = scanner.scan(jobText(job));
		const matches = matchExpertise(profile, found);
		const techStack = techStackOf(found);
		const signals = readAiSignals(found, titleNamesOtherWork(found));
		const projectType = classifyProject(found, signals.isAiRelated);
		const complexity = judgeComplexity(job, found, techStack.length);

		return {
			isAiRelated: signals.isAiRelated,
			notAiReason: signals.isAiRelated
				? null
				: describeNotAi(signals, projectType),
			techStack,
			projectType,
			complexity,
			matchedExpertise: describeMatchedExpertise(matches),
			criteria: {
				budget: scoreBudget(job, budgetMin),
				client: scoreClient(job.client),
				clarity: scoreClarity(job.description, found, techStack),
				techFit: scoreTechFit(matches, signals.isAiRelated),
				timeline: scoreTimeline(job, complexity, found),
			},
		};
	};
}
