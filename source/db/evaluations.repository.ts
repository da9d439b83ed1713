import {sql, type Kysely} from 'kysely';
import type {Assessment, Usage} from '../evaluation/assessment.js';
import type {Priority} from '../evaluation/rubric.js';
import type {Database, EvaluatorKind} from './database.js';

/**
 * One evaluation as the pipeline stores it. Exactly one of the three
 * shapes: scored by an evaluator, decided by the gate, or failed.
 */
export type EvaluationToSave = {
	jobId: string;
	jobHash: string;
	fingerprint: string;
	runId: number | null;
} & (
	| {
			status: 'evaluated';
			evaluator: Exclude<EvaluatorKind, 'gate'>;
			model: string | null;
			assessment: Assessment;
			total: number;
			priority: Priority;
			usage?: Usage;
	  }
	| {status: 'gated'; reason: string}
	| {
			status: 'failed';
			evaluator: Exclude<EvaluatorKind, 'gate'>;
			model: string | null;
			reason: string;
			usage?: Usage;
	  }
);

/**
 * Stores evaluations, replacing any earlier one of the same job, in one
 * statement: the pipeline passes one at a time when each is costly (LLM)
 * and a batch when they are cheap (offline).
 */
export async function saveEvaluations(
	db: Kysely<Database>,
	evaluations: EvaluationToSave[],
): Promise<void> {
	if (evaluations.length === 0) {
		return;
	}

	const rows = evaluations.map(toRow);
	const columns = Object.keys(rows[0]!) as Array<keyof (typeof rows)[0]>;

	await db
		.insertInto('job_evaluations')
		.values(rows)
		.onConflict((conflict) =>
			conflict
				.column('job_id')
				.doUpdateSet((eb) =>
					Object.fromEntries(
						columns
							.filter((column) => column !== 'job_id')
							.map((column) => [column, eb.ref(`excluded.${column}`)]),
					),
				),
		)
		.execute();
}

// The columns a gated or failed evaluation leaves empty; built once, as
// an offline run stores tens of thousands of rows.
const emptyColumns = {
	model: null,
	is_ai_related: null,
	filter_reason: null,
	failure_reason: null,
	tech_stack: [] as string[],
	project_type: null,
	complexity: null,
	matched_expertise_ids: [] as string[],
	matched_expertise: '[]',
	budget_score: null,
	budget_reason: null,
	client_score: null,
	client_reason: null,
	clarity_score: null,
	clarity_reason: null,
	tech_fit_score: null,
	tech_fit_reason: null,
	timeline_score: null,
	timeline_reason: null,
	score_total: null,
	priority: null,
	...usageColumns(undefined),
};

function toRow(evaluation: EvaluationToSave) {
	const common = {
		job_id: evaluation.jobId,
		job_hash: evaluation.jobHash,
		profile_hash: evaluation.fingerprint,
		ingest_run_id: evaluation.runId,
		evaluated_at: new Date(),
	};

	switch (evaluation.status) {
		case 'gated':
			return {
				...emptyColumns,
				...common,
				status: 'gated' as const,
				evaluator: 'gate' as const,
				filter_reason: evaluation.reason,
			};

		case 'failed':
			return {
				...emptyColumns,
				...common,
				status: 'failed' as const,
				evaluator: evaluation.evaluator,
				model: evaluation.model,
				failure_reason: evaluation.reason,
				...usageColumns(evaluation.usage),
			};

		case 'evaluated': {
			const {assessment} = evaluation;
			const {criteria} = assessment;
			return {
				...common,
				status: 'evaluated' as const,
				evaluator: evaluation.evaluator,
				model: evaluation.model,
				is_ai_related: assessment.isAiRelated,
				filter_reason: assessment.isAiRelated ? null : assessment.notAiReason,
				failure_reason: null,
				tech_stack: assessment.techStack,
				project_type: assessment.projectType,
				complexity: assessment.complexity,
				matched_expertise_ids: assessment.matchedExpertise.map(
					(match) => match.id,
				),
				matched_expertise: JSON.stringify(assessment.matchedExpertise),
				budget_score: criteria.budget.score,
				budget_reason: criteria.budget.reason,
				client_score: criteria.client.score,
				client_reason: criteria.client.reason,
				clarity_score: criteria.clarity.score,
				clarity_reason: criteria.clarity.reason,
				tech_fit_score: criteria.techFit.score,
				tech_fit_reason: criteria.techFit.reason,
				timeline_score: criteria.timeline.score,
				timeline_reason: criteria.timeline.reason,
				score_total: evaluation.total,
				priority: evaluation.priority,
				...usageColumns(evaluation.usage),
			};
		}
	}
}

function usageColumns(usage: Usage | undefined) {
	return {
		prompt_tokens: usage?.promptTokens ?? null,
		completion_tokens: usage?.completionTokens ?? null,
		cached_tokens: usage?.cachedTokens ?? null,
		reasoning_tokens: usage?.reasoningTokens ?? null,
		latency_ms: usage === undefined ? null : Math.round(usage.latencyMs),
		cost_usd: usage?.costUsd ?? null,
		attempts: usage?.attempts ?? 1,
	};
}

/**
 * Which jobs an ingest evaluates:
 * - `pending`: never evaluated, failed before, or the posting changed
 *   since its evaluation;
 * - `stale`: those, plus evaluations made under another fingerprint
 *   (another profile, evaluator, model or budget minimum);
 * - `all`: every job not yet evaluated by this run.
 */
export type EvaluationScope = 'pending' | 'stale' | 'all';

export type JobsToEvaluateQuery = {
	scope: EvaluationScope;
	fingerprint: string;
	/** With `all`: evaluations from before this moment are redone. */
	redoBefore: Date;
};

function jobsToEvaluate(db: Kysely<Database>, query: JobsToEvaluateQuery) {
	return db
		.selectFrom('jobs as j')
		.leftJoin('job_evaluations as e', 'e.job_id', 'j.id')
		.where((eb) => {
			const needed = [
				eb('e.job_id', 'is', null),
				eb('e.status', '=', 'failed'),
				eb('e.job_hash', '!=', eb.ref('j.content_hash')),
			];

			if (query.scope === 'stale') {
				needed.push(eb('e.profile_hash', '!=', query.fingerprint));
			}

			if (query.scope === 'all') {
				needed.push(eb('e.evaluated_at', '<', query.redoBefore));
			}

			return eb.or(needed);
		});
}

export async function countJobsToEvaluate(
	db: Kysely<Database>,
	query: JobsToEvaluateQuery,
): Promise<number> {
	const row = await jobsToEvaluate(db, query)
		.select((eb) => eb.fn.countAll<number>().as('count'))
		.executeTakeFirstOrThrow();
	return Number(row.count);
}

/**
 * The next batch of jobs to evaluate, in id order after `afterId`. Paging
 * by id rather than by offset means a job whose evaluation was written (or
 * failed) meanwhile is never handed out twice in one run.
 */
export async function nextJobsToEvaluate(
	db: Kysely<Database>,
	query: JobsToEvaluateQuery & {afterId: string | null; limit: number},
) {
	let select = jobsToEvaluate(db, query).selectAll('j');

	if (query.afterId !== null) {
		select = select.where('j.id', '>', query.afterId);
	}

	return select.orderBy('j.id').limit(query.limit).execute();
}

/** Evaluations made under another fingerprint, or of changed postings. */
export async function countStaleEvaluations(
	db: Kysely<Database>,
	fingerprint: string,
): Promise<number> {
	const row = await db
		.selectFrom('job_evaluations as e')
		.innerJoin('jobs as j', 'j.id', 'e.job_id')
		.where((eb) =>
			eb.or([
				eb('e.profile_hash', '!=', fingerprint),
				eb('e.job_hash', '!=', eb.ref('j.content_hash')),
			]),
		)
		.where('e.status', '!=', 'failed')
		.select(sql<number>`count(*)`.as('count'))
		.executeTakeFirstOrThrow();
	return Number(row.count);
}
