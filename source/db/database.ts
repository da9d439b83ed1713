import type {ColumnType, Generated} from 'kysely';

/**
 * The tables as Kysely sees them. Numeric and bigint columns arrive as
 * numbers on both backends: the connection installs the same parsers for
 * `pg` and PGlite (see connection.ts).
 */
export type Database = {
	jobs: JobsTable;
	expertise_areas: ExpertiseAreasTable;
	job_evaluations: JobEvaluationsTable;
	job_triage: JobTriageTable;
	ingest_runs: IngestRunsTable;
};

type Timestamp = ColumnType<Date, Date | string, Date | string>;
type DefaultedTimestamp = ColumnType<
	Date,
	Date | string | undefined,
	Date | string
>;
type TextArray = ColumnType<string[], string[] | undefined, string[]>;

export type JobsTable = {
	id: string;
	title: string;
	description: string;
	type: 'FIXED' | 'HOURLY';
	url: string;
	ts_publish: Timestamp;
	ts_create: Timestamp | null;
	fixed_budget_amount: number | null;
	fixed_duration_weeks: number | null;
	hourly_min: number | null;
	hourly_max: number | null;
	hourly_workload: string | null;
	hourly_duration_weeks: number | null;
	duration_label: string | null;
	experience_level: string | null;
	category: string | null;
	skills: TextArray;
	client_payment_verified: ColumnType<boolean, boolean | undefined, boolean>;
	client_total_spent: number | null;
	client_jobs_posted: number | null;
	client_jobs_with_hires: number | null;
	client_rating: number | null;
	client_reviews: number | null;
	client_country: string | null;
	client_timezone: string | null;
	applicants: number | null;
	source: string;
	scraped_at: Timestamp | null;
	content_hash: string;
	created_at: DefaultedTimestamp;
	updated_at: DefaultedTimestamp;
};

export type ExpertiseAreasTable = {
	id: string;
	name: string;
	level: string;
	keywords: string[];
	updated_at: DefaultedTimestamp;
};

export type EvaluationStatus = 'evaluated' | 'gated' | 'failed';
export type EvaluatorKind = 'gate' | 'offline' | 'llm';

export type JobEvaluationsTable = {
	job_id: string;
	status: EvaluationStatus;
	evaluator: EvaluatorKind;
	model: string | null;
	profile_hash: string;
	job_hash: string;
	is_ai_related: boolean | null;
	filter_reason: string | null;
	failure_reason: string | null;
	tech_stack: TextArray;
	project_type: string | null;
	complexity: string | null;
	matched_expertise_ids: TextArray;
	/** JSON array of {id, reason}; written with JSON.stringify. */
	matched_expertise: ColumnType<
		Array<{id: string; reason: string}>,
		string | undefined,
		string
	>;
	budget_score: number | null;
	budget_reason: string | null;
	client_score: number | null;
	client_reason: string | null;
	clarity_score: number | null;
	clarity_reason: string | null;
	tech_fit_score: number | null;
	tech_fit_reason: string | null;
	timeline_score: number | null;
	timeline_reason: string | null;
	score_total: number | null;
	priority: 'High' | 'Medium' | 'Low' | null;
	prompt_tokens: number | null;
	completion_tokens: number | null;
	cached_tokens: number | null;
	reasoning_tokens: number | null;
	latency_ms: number | null;
	cost_usd: number | null;
	attempts: ColumnType<number, number | undefined, number>;
	ingest_run_id: number | null;
	evaluated_at: DefaultedTimestamp;
};

export type TriageState = 'shortlisted' | 'applied' | 'dismissed';

export type JobTriageTable = {
	job_id: string;
	state: TriageState;
	changed_at: DefaultedTimestamp;
};

export type IngestRunStatus =
	'running' | 'completed' | 'interrupted' | 'failed';

export type IngestRunsTable = {
	id: Generated<number>;
	source: string;
	evaluator: EvaluatorKind;
	model: string | null;
	status: IngestRunStatus;
	jobs_read: ColumnType<number, number | undefined, number>;
	jobs_evaluated: ColumnType<number, number | undefined, number>;
	jobs_failed: ColumnType<number, number | undefined, number>;
	cost_usd: ColumnType<number, number | undefined, number>;
	started_at: DefaultedTimestamp;
	finished_at: Timestamp | null;
};
