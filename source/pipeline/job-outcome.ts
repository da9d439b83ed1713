import type {EvaluationToSave} from '../db/evaluations.repository.js';
import type {EvaluatorResult} from '../evaluation/evaluator.js';
import {gateJob} from '../evaluation/gate.js';
import {
	priorityFor,
	scoreTotal,
	type CriterionId,
} from '../evaluation/rubric.js';
import type {JobRecord} from '../export/job-record.js';
import type {IngestOptions} from './ingest-run.js';
import type {EvaluationSummary} from './run-events.js';

/** What became of one job: the gate's word, or the evaluator's answer. */
export type Outcome = {
	summary: EvaluationSummary;
	result: EvaluatorResult | null;
};

/** Gates the job, then asks the evaluator; rates what it answers. */
export async function evaluateRecord(
	record: JobRecord,
	options: IngestOptions,
	signal: AbortSignal,
): Promise<Outcome> {
	const gate = gateJob(record, {budgetMin: options.budgetMin});

	if (!gate.passed) {
		return {summary: {status: 'gated', reason: gate.reason}, result: null};
	}

	const result = await options.evaluator.evaluate(record, signal);

	if (!result.ok) {
		return {
			summary: {status: 'failed', reason: result.reason, usage: result.usage},
			result,
		};
	}

	const {total, priority} = rate(result.assessment.criteria);
	return {
		summary: {
			status: 'evaluated',
			isAiRelated: result.assessment.isAiRelated,
			total,
			priority,
			usage: result.usage,
		},
		result,
	};
}

/** The program's verdict from the evaluator's five scores. */
function rate(criteria: Record<CriterionId, {score: number}>): {
	total: number;
	priority: ReturnType<typeof priorityFor>;
} {
	const total = scoreTotal({
		budget: criteria.budget.score,
		client: criteria.client.score,
		clarity: criteria.clarity.score,
		techFit: criteria.techFit.score,
		timeline: criteria.timeline.score,
	});
	return {total, priority: priorityFor(total)};
}

/** The row to store for an outcome. */
export function toSaved(
	record: JobRecord,
	jobHash: string,
	outcome: Outcome,
	options: IngestOptions,
	runId: number,
): EvaluationToSave {
	const common = {
		jobId: record.id,
		jobHash,
		fingerprint: options.fingerprint,
		runId,
	};
	const {evaluator} = options;
	const {result, summary} = outcome;

	if (summary.status === 'gated') {
		return {...common, status: 'gated', reason: summary.reason};
	}

	if (summary.status === 'failed' || !result?.ok) {
		return {
			...common,
			status: 'failed',
			evaluator: evaluator.kind,
			model: evaluator.model,
			reason: summary.status === 'failed' ? summary.reason : 'No answer.',
			usage: result?.usage,
		};
	}

	return {
		...common,
		status: 'evaluated',
		evaluator: evaluator.kind,
		model: evaluator.model,
		assessment: result.assessment,
		total: summary.total,
		priority: summary.priority,
		usage: result.usage,
	};
}
