import {sql, type Expression, type Kysely, type SqlBool} from 'kysely';
import type {CriterionScores, Priority} from '../evaluation/rubric.js';
import type {JobType} from '../export/job-record.js';
import type {
	Database,
	EvaluationStatus,
	EvaluatorKind,
	TriageState,
} from './database.js';

/**
 * One job as the read side shows it (browse, ranked, stats): the posting,
 * its current evaluation if any, and the person's triage state.
 */
export type ListedJob = {
	id: string;
	title: string;
	description: string;
	url: string;
	type: JobType;
	publishedAt: Date;
	fixedBudget: number | null;
	hourlyMin: number | null;
	hourlyMax: number | null;
	hourlyWorkload: string | null;
	durationWeeks: number | null;
	durationLabel: string | null;
	experienceLevel: string | null;
	skills: string[];
	client: {
		paymentVerified: boolean;
		totalSpent: number | null;
		jobsPosted: number | null;
		jobsWithHires: number | null;
		rating: number | null;
		reviews: number | null;
		country: string | null;
	};
	evaluation: ListedEvaluation | null;
	triage: {state: TriageState; changedAt: Date} | null;
};

export type ListedEvaluation = {
	status: EvaluationStatus;
	evaluator: EvaluatorKind;
	model: string | null;
	profileHash: string;
	/** The posting changed after it was evaluated. */
	jobChanged: boolean;
	isAiRelated: boolean | null;
	filterReason: string | null;
	failureReason: string | null;
	techStack: string[];
	projectType: string | null;
	complexity: string | null;
	matchedExpertise: Array<{id: string; reason: string}>;
	/** Null for gated and failed jobs, which were never scored. */
	criteria: CriterionScores | null;
	total: number | null;
	priority: Priority | null;
	evaluatedAt: Date;
};

export type JobSort = 'score' | 'newest' | 'budget';

export type JobListQuery = {
	/** Only jobs judged AI-related (the default). */
	aiOnly?: boolean;
	priorities?: Priority[];
	/** Triage states to keep; 'untriaged' means no state yet. */
	states?: Array<TriageState | 'untriaged'>;
	/** Dismissed jobs are hidden unless asked for or named in `states`. */
	includeDismissed?: boolean;
	minScore?: number;
	/** Matched, case-insensitive, in the title, description and stack. */
	search?: string;
	publishedSince?: Date;
	/** Only evaluated jobs (not gated, failed or awaiting evaluation). */
	evaluatedOnly?: boolean;
	sort?: JobSort;
	/** Reverses the sort's natural order (best, newest, largest first). */
	reverse?: boolean;
};

/** Hours in a month of full-time work: how hourly jobs sort by budget. */
export const hoursPerMonth = 160;

/** The window of jobs that matches the query, in its order. */
export async function listJobs(
	db: Kysely<Database>,
	query: JobListQuery,
	window: {offset: number; limit: number},
): Promise<ListedJob[]> {
	const rows = await baseQuery(db, query)
		.selectAll('j')
		.select([
			'e.status',
			'e.evaluator',
			'e.model',
			'e.profile_hash',
			'e.job_hash',
			'e.is_ai_related',
			'e.filter_reason',
			'e.failure_reason',
			'e.tech_stack',
			'e.project_type',
			'e.complexity',
			'e.matched_expertise',
			'e.budget_score',
			'e.budget_reason',
			'e.client_score',
			'e.client_reason',
			'e.clarity_score',
			'e.clarity_reason',
			'e.tech_fit_score',
			'e.tech_fit_reason',
			'e.timeline_score',
			'e.timeline_reason',
			'e.score_total',
			'e.priority',
			'e.evaluated_at',
			't.state as triage_state',
			't.changed_at as triage_changed_at',
		])
		.orderBy(orderExpression(query), direction(query))
		.orderBy('j.id', direction(query))
		.offset(window.offset)
		.limit(window.limit)
		.execute();

	return rows.map((row) => ({
		id: row.id,
		title: row.title,
		description: row.description,
		url: row.url,
		type: row.type,
		publishedAt: row.ts_publish,
		fixedBudget: row.fixed_budget_amount,
		hourlyMin: row.hourly_min,
		hourlyMax: row.hourly_max,
		hourlyWorkload: row.hourly_workload,
		durationWeeks: row.fixed_duration_weeks ?? row.hourly_duration_weeks,
		durationLabel: row.duration_label,
		experienceLevel: row.experience_level,
		skills: row.skills,
		client: {
			paymentVerified: row.client_payment_verified,
			totalSpent: row.client_total_spent,
			jobsPosted: row.client_jobs_posted,
			jobsWithHires: row.client_jobs_with_hires,
			rating: row.client_rating,
			reviews: row.client_reviews,
			country: row.client_country,
		},
		evaluation: row.status
			? {
					status: row.status,
					evaluator: row.evaluator!,
					model: row.model,
					profileHash: row.profile_hash!,
					jobChanged: row.job_hash !== row.content_hash,
					isAiRelated: row.is_ai_related,
					filterReason: row.filter_reason,
					failureReason: row.failure_reason,
					techStack: row.tech_stack ?? [],
					projectType: row.project_type,
					complexity: row.complexity,
					matchedExpertise: row.matched_expertise ?? [],
					criteria:
						row.status === 'evaluated'
							? {
									budget: criterion(row.budget_score, row.budget_reason),
									client: criterion(row.client_score, row.client_reason),
									clarity: criterion(row.clarity_score, row.clarity_reason),
									techFit: criterion(row.tech_fit_score, row.tech_fit_reason),
									timeline: criterion(row.timeline_score, row.timeline_reason),
								}
							: null,
					total: row.score_total,
					priority: row.priority,
					evaluatedAt: row.evaluated_at!,
				}
			: null,
		triage: row.triage_state
			? {state: row.triage_state, changedAt: row.triage_changed_at!}
			: null,
	}));
}

/** How many jobs match the query, for positions and status lines. */
export async function countJobs(
	db: Kysely<Database>,
	query: JobListQuery,
): Promise<number> {
	const row = await baseQuery(db, query)
		.select((eb) => eb.fn.countAll<number>().as('count'))
		.executeTakeFirstOrThrow();
	return Number(row.count);
}

function baseQuery(db: Kysely<Database>, query: JobListQuery) {
	return db
		.selectFrom('jobs as j')
		.leftJoin('job_evaluations as e', 'e.job_id', 'j.id')
		.leftJoin('job_triage as t', 't.job_id', 'j.id')
		.where((eb) => {
			const conditions: Array<Expression<SqlBool>> = [];

			if (query.aiOnly ?? true) {
				conditions.push(eb('e.is_ai_related', '=', true));
			}

			if (query.evaluatedOnly) {
				conditions.push(eb('e.status', '=', 'evaluated'));
			}

			if (query.priorities?.length) {
				conditions.push(eb('e.priority', 'in', query.priorities));
			}

			if (query.minScore !== undefined) {
				conditions.push(eb('e.score_total', '>=', query.minScore));
			}

			if (query.publishedSince) {
				conditions.push(eb('j.ts_publish', '>=', query.publishedSince));
			}

			const states = query.states ?? [];

			if (states.length > 0) {
				const named = states.filter(
					(state): state is TriageState => state !== 'untriaged',
				);
				const alternatives: Array<Expression<SqlBool>> = [];

				if (named.length > 0) {
					alternatives.push(eb('t.state', 'in', named));
				}

				if (states.includes('untriaged')) {
					alternatives.push(eb('t.state', 'is', null));
				}

				conditions.push(eb.or(alternatives));
			} else if (!query.includeDismissed) {
				conditions.push(
					eb.or([eb('t.state', 'is', null), eb('t.state', '!=', 'dismissed')]),
				);
			}

			const search = query.search?.trim();

			if (search) {
				const pattern = `%${escapeLike(search)}%`;
				conditions.push(
					eb.or([
						eb('j.title', 'ilike', pattern),
						eb('j.description', 'ilike', pattern),
						eb(
							sql<string>`array_to_string(e.tech_stack, ' ')`,
							'ilike',
							pattern,
						),
					]),
				);
			}

			return eb.and(conditions);
		});
}

function orderExpression(query: JobListQuery) {
	switch (query.sort ?? 'score') {
		case 'newest':
			return sql`j.ts_publish`;
		case 'budget':
			return sql`coalesce(j.fixed_budget_amount, j.hourly_max * ${sql.lit(hoursPerMonth)}, -1)`;
		case 'score':
			return sql`coalesce(e.score_total, -1)`;
	}
}

function direction(query: JobListQuery): 'asc' | 'desc' {
	return query.reverse ? 'asc' : 'desc';
}

function criterion(score: number | null, reason: string | null) {
	return {score: score ?? 0, reason: reason ?? ''};
}

function escapeLike(text: string): string {
	return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
