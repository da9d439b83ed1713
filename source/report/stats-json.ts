import type {JobStats} from '../db/stats.repository.js';
import type {EvaluatorKind, IngestRunStatus} from '../db/database.js';
import type {Priority} from '../evaluation/rubric.js';
import {sanitizeLine} from '../text/sanitize.js';

/**
 * `stats --json`. The first four fields are those of the job-stats
 * answer the project was first planned around, in that order, so
 * scripts written for it keep working; the rest follows in snake_case.
 */
export type StatsJson = {
	total_jobs: number;
	ai_related_jobs: number;
	high_priority_jobs: number;
	ai_related_percentage: number;
	evaluated_jobs: number;
	gated_jobs: number;
	failed_jobs: number;
	awaiting_evaluation_jobs: number;
	stale_jobs: number;
	/** ISO date-time of `--since`, or null for all postings. */
	published_since: string | null;
	/** The evaluator fingerprint evaluations are compared with. */
	fingerprint: string;
	by_priority: Array<{
		priority: Priority;
		jobs: number;
		average_score: number | null;
	}>;
	by_project_type: Array<{
		project_type: string | null;
		jobs: number;
		average_score: number | null;
	}>;
	/** Jobs with `from <= score_total < to`; the last band includes 100. */
	score_distribution: Array<{from: number; to: number; jobs: number}>;
	top_tech_stack: Array<{name: string; jobs: number}>;
	matched_expertise: Array<{id: string; name: string; jobs: number}>;
	triage: {shortlisted: number; applied: number; dismissed: number};
	evaluators: Array<{
		evaluator: EvaluatorKind;
		model: string | null;
		evaluations: number;
		prompt_tokens: number;
		completion_tokens: number;
		cost_usd: number;
		average_latency_ms: number | null;
	}>;
	newest_posting: {job_id: string; title: string; published_at: string} | null;
	last_ingest: {
		run_id: number;
		source: string;
		status: IngestRunStatus;
		evaluator: EvaluatorKind;
		model: string | null;
		jobs_read: number;
		jobs_evaluated: number;
		jobs_failed: number;
		cost_usd: number;
		started_at: string;
		finished_at: string | null;
	} | null;
};

/** Stats whose expertise areas carry a name (see nameExpertiseAreas). */
export type NamedJobStats = Omit<JobStats, 'expertise'> & {
	expertise: Array<{id: string; name: string; jobs: number}>;
};

export function statsJson(
	stats: NamedJobStats,
	context: {publishedSince?: Date; fingerprint: string},
): StatsJson {
	const {totals} = stats;

	return {
		total_jobs: totals.jobs,
		ai_related_jobs: totals.aiRelated,
		high_priority_jobs: totals.highPriority,
		ai_related_percentage: totals.aiRelatedPercentage,
		evaluated_jobs: totals.evaluated,
		gated_jobs: totals.gated,
		failed_jobs: totals.failed,
		awaiting_evaluation_jobs: totals.awaitingEvaluation,
		stale_jobs: totals.stale,
		published_since: context.publishedSince?.toISOString() ?? null,
		fingerprint: context.fingerprint,
		by_priority: stats.byPriority.map((row) => ({
			priority: row.priority,
			jobs: row.jobs,
			average_score: row.averageScore,
		})),
		by_project_type: stats.byProjectType.map((row) => ({
			project_type:
				row.projectType === null ? null : sanitizeLine(row.projectType),
			jobs: row.jobs,
			average_score: row.averageScore,
		})),
		score_distribution: stats.scoreBands.map((band) => ({...band})),
		top_tech_stack: stats.techStack.map((item) => ({
			name: sanitizeLine(item.name),
			jobs: item.jobs,
		})),
		matched_expertise: stats.expertise.map((area) => ({
			id: sanitizeLine(area.id),
			name: sanitizeLine(area.name),
			jobs: area.jobs,
		})),
		triage: {...stats.triage},
		evaluators: stats.evaluators.map((row) => ({
			evaluator: row.evaluator,
			model: row.model === null ? null : sanitizeLine(row.model),
			evaluations: row.evaluations,
			prompt_tokens: row.promptTokens,
			completion_tokens: row.completionTokens,
			cost_usd: row.costUsd,
			average_latency_ms: row.averageLatencyMs,
		})),
		newest_posting: stats.newestPosting && {
			job_id: stats.newestPosting.id,
			title: sanitizeLine(stats.newestPosting.title),
			published_at: stats.newestPosting.publishedAt.toISOString(),
		},
		last_ingest: stats.lastIngest && {
			run_id: stats.lastIngest.id,
			source: sanitizeLine(stats.lastIngest.source),
			status: stats.lastIngest.status,
			evaluator: stats.lastIngest.evaluator,
			model:
				stats.lastIngest.model === null
					? null
					: sanitizeLine(stats.lastIngest.model),
			jobs_read: stats.lastIngest.jobsRead,
			jobs_evaluated: stats.lastIngest.jobsEvaluated,
			jobs_failed: stats.lastIngest.jobsFailed,
			cost_usd: stats.lastIngest.costUsd,
			started_at: stats.lastIngest.startedAt.toISOString(),
			finished_at: stats.lastIngest.finishedAt?.toISOString() ?? null,
		},
	};
}
