import cliTruncate from 'cli-truncate';
import type {ListedJob} from '../db/job-listing.repository.js';
import {
	criteria,
	priorityFor,
	type CriterionScores,
	type Priority,
} from '../evaluation/rubric.js';
import {sanitizeLine} from '../text/sanitize.js';

/**
 * One job of `ranked --json`: exactly the fields of the ranked-jobs
 * answer the project was first planned around, so scripts written for
 * it keep working. An hourly job has a null budget: the contract has no
 * place for a rate range (the table shows it).
 */
export type RankedJobJson = {
	job_id: string;
	title: string;
	url: string;
	budget: number | null;
	duration_weeks: number | null;
	score_total: number;
	priority: Priority;
	project_type: string | null;
	tech_stack: string[];
	matched_expertise_ids: string[];
	reasoning_summary: string;
};

/** The fields in contract order: JSON keys and CSV columns. */
export const rankedJobFields = [
	'job_id',
	'title',
	'url',
	'budget',
	'duration_weeks',
	'score_total',
	'priority',
	'project_type',
	'tech_stack',
	'matched_expertise_ids',
	'reasoning_summary',
] as const satisfies ReadonlyArray<keyof RankedJobJson>;

// The summary quotes the criteria that weigh most in the total.
const summaryCriteria = [...criteria]
	.sort((a, b) => b.weight - a.weight)
	.slice(0, 2);
const reasonWidth = 140;

/**
 * A ranked job for scripts. The job must be evaluated (listJobs with
 * `evaluatedOnly`); its text is sanitised like anything drawn.
 */
export function rankedJobJson(job: ListedJob): RankedJobJson {
	const evaluation = job.evaluation;

	if (evaluation?.status !== 'evaluated' || evaluation.total === null) {
		throw new Error(`Job ${job.id} has no score to rank it by.`);
	}

	return {
		job_id: job.id,
		title: sanitizeLine(job.title),
		url: sanitizeLine(job.url),
		budget: job.type === 'FIXED' ? job.fixedBudget : null,
		duration_weeks: job.durationWeeks,
		score_total: evaluation.total,
		priority: evaluation.priority ?? priorityFor(evaluation.total),
		project_type:
			evaluation.projectType === null
				? null
				: sanitizeLine(evaluation.projectType),
		tech_stack: evaluation.techStack.map((item) => sanitizeLine(item)),
		matched_expertise_ids: evaluation.matchedExpertise.map((match) =>
			sanitizeLine(match.id),
		),
		reasoning_summary: reasoningSummary(evaluation.criteria),
	};
}

/**
 * The reasons of the two heaviest criteria (technical fit, then budget)
 * in one line: "AI technical fit: builds agents. Budget: $2,400 is fair."
 * Empty when the evaluation gave no reasons.
 */
export function reasoningSummary(scores: CriterionScores | null): string {
	if (!scores) {
		return '';
	}

	return summaryCriteria
		.map((criterion) => {
			const reason = sanitizeLine(scores[criterion.id].reason).replace(
				/[.\s]+$/,
				'',
			);
			if (reason === '') {
				return '';
			}

			const short = cliTruncate(reason, reasonWidth, {
				preferTruncationOnSpace: true,
			});
			// A cut reason ends in its ellipsis, a whole one in a full stop.
			return `${criterion.label}: ${short}${short.endsWith('…') ? '' : '.'}`;
		})
		.filter((sentence) => sentence !== '')
		.join(' ');
}
