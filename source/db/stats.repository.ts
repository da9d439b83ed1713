import {sql, type Kysely} from 'kysely';
import type {
	Database,
	EvaluatorKind,
	IngestRunStatus,
	TriageState,
} from './database.js';
import {
	readRankedBreakdown,
	type BreakdownQuery,
	type RankedBreakdown,
} from './ranked-breakdown.repository.js';

export type StatsQuery = BreakdownQuery & {
	/** The evaluator fingerprint of now; evaluations under another are stale. */
	fingerprint: string;
};

/**
 * The figures `upwork-eval stats` shows, over the postings published
 * since `publishedSince` (all without it). The breakdowns count ranked
 * jobs only (evaluated and AI-related), so that they add up to what a
 * person can triage.
 */
export type JobStats = RankedBreakdown & {
	totals: {
		jobs: number;
		evaluated: number;
		aiRelated: number;
		/** AI-related jobs over all jobs, in percent with one decimal. */
		aiRelatedPercentage: number;
		/** Ranked jobs of High priority. */
		highPriority: number;
		gated: number;
		failed: number;
		/** Jobs without an evaluation yet. */
		awaitingEvaluation: number;
		/**
		 * Evaluations (not failed ones) made under another fingerprint, or
		 * of postings that changed since.
		 */
		stale: number;
	};
	triage: Record<TriageState, number>;
	evaluators: EvaluatorUsage[];
	newestPosting: {id: string; title: string; publishedAt: Date} | null;
	/** The last ingest run, whatever postings it read. */
	lastIngest: LastIngest | null;
};

export type EvaluatorUsage = {
	evaluator: EvaluatorKind;
	model: string | null;
	evaluations: number;
	promptTokens: number;
	completionTokens: number;
	costUsd: number;
	/** Null when no evaluation of this evaluator timed its call. */
	averageLatencyMs: number | null;
};

export type LastIngest = {
	id: number;
	source: string;
	status: IngestRunStatus;
	evaluator: EvaluatorKind;
	model: string | null;
	jobsRead: number;
	jobsEvaluated: number;
	jobsFailed: number;
	costUsd: number;
	startedAt: Date;
	finishedAt: Date | null;
};

const triageStates: TriageState[] = ['shortlisted', 'applied', 'dismissed'];

/**
 * Every figure of the stats report, each aggregated by PostgreSQL. The
 * queries are independent; on a pool they run side by side.
 */
export async function readJobStats(
	db: Kysely<Database>,
	query: StatsQuery,
): Promise<JobStats> {
	const [totals, breakdown, triage, evaluators, newestPosting, lastIngest] =
		await Promise.all([
			readTotals(db, query),
			readRankedBreakdown(db, query),
			readTriage(db, query),
			readEvaluators(db, query),
			readNewestPosting(db, query),
			readLastIngest(db),
		]);

	return {
		totals,
		...breakdown,
		triage,
		evaluators,
		newestPosting,
		lastIngest,
	};
}

function postings(db: Kysely<Database>, query: StatsQuery) {
	return db
		.selectFrom('jobs as j')
		.$if(query.publishedSince !== undefined, (qb) =>
			qb.where('j.ts_publish', '>=', query.publishedSince!),
		);
}

async function readTotals(db: Kysely<Database>, query: StatsQuery) {
	const row = await postings(db, query)
		.leftJoin('job_evaluations as e', 'e.job_id', 'j.id')
		.select((eb) => [
			eb.fn.countAll<number>().as('jobs'),
			eb.fn
				.countAll<number>()
				.filterWhere('e.status', '=', 'evaluated')
				.as('evaluated'),
			eb.fn
				.countAll<number>()
				.filterWhere('e.is_ai_related', '=', true)
				.as('aiRelated'),
			sql<number>`coalesce(round(
				100.0 * count(*) FILTER (WHERE e.is_ai_related) / nullif(count(*), 0),
				1), 0)`.as('aiRelatedPercentage'),
			eb.fn
				.countAll<number>()
				.filterWhere((where) =>
					where.and([
						where('e.status', '=', 'evaluated'),
						where('e.is_ai_related', '=', true),
						where('e.priority', '=', 'High'),
					]),
				)
				.as('highPriority'),
			eb.fn
				.countAll<number>()
				.filterWhere('e.status', '=', 'gated')
				.as('gated'),
			eb.fn
				.countAll<number>()
				.filterWhere('e.status', '=', 'failed')
				.as('failed'),
			eb.fn
				.countAll<number>()
				.filterWhere('e.job_id', 'is', null)
				.as('awaitingEvaluation'),
			eb.fn
				.countAll<number>()
				.filterWhere((where) =>
					where.and([
						// A failed job is retried anyway, stale or not.
						where('e.status', '<>', 'failed'),
						where.or([
							where('e.profile_hash', '<>', query.fingerprint),
							where('e.job_hash', '<>', where.ref('j.content_hash')),
						]),
					]),
				)
				.as('stale'),
		])
		.executeTakeFirstOrThrow();

	return row;
}

async function readTriage(db: Kysely<Database>, query: StatsQuery) {
	const rows = await db
		.selectFrom('job_triage as t')
		.$if(query.publishedSince !== undefined, (qb) =>
			qb.where('t.job_id', 'in', publishedSince(db, query.publishedSince!)),
		)
		.select((eb) => ['t.state', eb.fn.countAll<number>().as('jobs')])
		.groupBy('t.state')
		.execute();

	return Object.fromEntries(
		triageStates.map((state) => [
			state,
			rows.find((row) => row.state === state)?.jobs ?? 0,
		]),
	) as Record<TriageState, number>;
}

async function readEvaluators(
	db: Kysely<Database>,
	query: StatsQuery,
): Promise<EvaluatorUsage[]> {
	return db
		.selectFrom('job_evaluations as e')
		.$if(query.publishedSince !== undefined, (qb) =>
			qb.where('e.job_id', 'in', publishedSince(db, query.publishedSince!)),
		)
		.select((eb) => [
			'e.evaluator',
			'e.model',
			eb.fn.countAll<number>().as('evaluations'),
			sql<number>`coalesce(sum(e.prompt_tokens), 0)`.as('promptTokens'),
			sql<number>`coalesce(sum(e.completion_tokens), 0)`.as('completionTokens'),
			sql<number>`coalesce(sum(e.cost_usd), 0)`.as('costUsd'),
			sql<number | null>`round(avg(e.latency_ms))`.as('averageLatencyMs'),
		])
		.groupBy(['e.evaluator', 'e.model'])
		.orderBy('evaluations', 'desc')
		.orderBy('e.evaluator')
		.orderBy('e.model')
		.execute();
}

/**
 * The ids of postings published since a moment. Tables that hang off
 * jobs filter on it instead of joining jobs, which on 100,000 rows costs
 * more than the aggregate itself when there is nothing to filter.
 */
function publishedSince(db: Kysely<Database>, since: Date) {
	return db.selectFrom('jobs').select('id').where('ts_publish', '>=', since);
}

async function readNewestPosting(db: Kysely<Database>, query: StatsQuery) {
	const row = await postings(db, query)
		.select(['j.id', 'j.title', 'j.ts_publish as publishedAt'])
		.orderBy('j.ts_publish', 'desc')
		.orderBy('j.id', 'desc')
		.limit(1)
		.executeTakeFirst();

	return row ?? null;
}

async function readLastIngest(
	db: Kysely<Database>,
): Promise<LastIngest | null> {
	const row = await db
		.selectFrom('ingest_runs')
		.select([
			'id',
			'source',
			'status',
			'evaluator',
			'model',
			'jobs_read as jobsRead',
			'jobs_evaluated as jobsEvaluated',
			'jobs_failed as jobsFailed',
			'cost_usd as costUsd',
			'started_at as startedAt',
			'finished_at as finishedAt',
		])
		.orderBy('started_at', 'desc')
		.orderBy('id', 'desc')
		.limit(1)
		.executeTakeFirst();

	return row ?? null;
}
