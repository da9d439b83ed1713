import type {Insertable, Kysely} from 'kysely';
import type {
	Database,
	JobEvaluationsTable,
	JobsTable,
} from '../../source/db/database.js';
import type {Priority} from '../../source/evaluation/rubric.js';

/** The fingerprint the fixture's fresh evaluations were made under. */
export const currentFingerprint = 'fp-now';

type Scores = [
	budget: number,
	client: number,
	clarity: number,
	techFit: number,
	timeline: number,
];

/**
 * Eight hand-made jobs whose figures the report tests compute by hand.
 * Each total is the scores times the weights 25, 15, 20, 30 and 10, over
 * ten, worked out on paper:
 *
 * | job | published  | evaluation                | total | priority | triage      |
 * | --- | ---------- | ------------------------- | ----- | -------- | ----------- |
 * | j1  | 02-05 10:00 | llm, AI, agent            | 88.5  | High     | shortlisted |
 * | j2  | 02-04 10:00 | llm, AI, rag, old profile | 68.5  | Medium   | applied     |
 * | j3  | 02-03 10:00 | offline, AI, agent, edited| 36.5  | Low      | dismissed   |
 * | j4  | 02-02 10:00 | offline, not AI, web      | 70    | Medium   | shortlisted |
 * | j5  | 01-20 10:00 | gated                     |       |          |             |
 * | j6  | 01-10 10:00 | llm, failed, old profile  |       |          |             |
 * | j7  | 01-05 10:00 | none                      |       |          |             |
 * | j8  | 02-06 10:00 | llm, AI, rag              | 100   | High     |             |
 */
export async function insertReportFixture(db: Kysely<Database>): Promise<void> {
	await db
		.insertInto('jobs')
		.values([
			job('1', '2026-02-05T10:00:00Z', 'AI agent for lead research', {
				fixed_budget_amount: 3000,
				fixed_duration_weeks: 3,
			}),
			job('2', '2026-02-04T10:00:00Z', 'RAG over "policies", with citations', {
				type: 'HOURLY',
				hourly_min: 40,
				hourly_max: 80,
				hourly_duration_weeks: 18,
			}),
			job('3', '2026-02-03T10:00:00Z', 'Small agent tweak', {
				fixed_budget_amount: 800,
			}),
			job('4', '2026-02-02T10:00:00Z', 'Shopify theme fixes', {
				fixed_budget_amount: 5000,
				fixed_duration_weeks: 9,
			}),
			job('5', '2026-01-20T10:00:00Z', 'Logo design', {type: 'HOURLY'}),
			job('6', '2026-01-10T10:00:00Z', 'Chatbot that timed out', {
				fixed_budget_amount: 1200,
			}),
			job('7', '2026-01-05T10:00:00Z', 'Not evaluated yet', {
				fixed_budget_amount: 2000,
			}),
			job(
				'8',
				'2026-02-06T10:00:00Z',
				'\u001B[31mRAG\u001B[0m pipeline\tfor\nlegal search',
				{fixed_budget_amount: 10_000, fixed_duration_weeks: 9},
			),
		])
		.execute();

	await db
		.insertInto('job_evaluations')
		.values([
			evaluated('1', [9, 8, 8, 10, 8], [88.5, 'High'], {
				evaluator: 'llm',
				model: 'zai-glm-4.7',
				project_type: 'agent',
				tech_stack: ['Python', 'LangChain'],
				matched: ['ai-agents', 'rag'],
				usage: [1000, 200, 0.0025, 1200],
			}),
			evaluated('2', [6, 5, 8, 8, 6], [68.5, 'Medium'], {
				evaluator: 'llm',
				model: 'zai-glm-4.7',
				project_type: 'rag',
				tech_stack: ['python', 'OpenAI'],
				matched: ['rag'],
				usage: [1500, 300, 0.004, 1800],
				profile_hash: 'fp-old',
			}),
			evaluated('3', [3, 2, 4, 5, 3], [36.5, 'Low'], {
				project_type: 'agent',
				tech_stack: ['Python'],
				job_hash: 'hash-before-edit',
			}),
			evaluated('4', [10, 10, 10, 0, 10], [70, 'Medium'], {
				project_type: 'web',
				tech_stack: ['React'],
				is_ai_related: false,
			}),
			{
				job_id: 'j5',
				status: 'gated',
				evaluator: 'gate',
				profile_hash: currentFingerprint,
				job_hash: 'hash-j5',
				filter_reason: 'Not about AI.',
			},
			{
				job_id: 'j6',
				status: 'failed',
				evaluator: 'llm',
				model: 'zai-glm-4.7',
				profile_hash: 'fp-old',
				job_hash: 'hash-j6',
				failure_reason: 'The model did not answer in time.',
				prompt_tokens: 500,
				completion_tokens: 0,
				cost_usd: 0.001,
				latency_ms: 60_000,
			},
			evaluated('8', [10, 10, 10, 10, 10], [100, 'High'], {
				evaluator: 'llm',
				model: 'zai-glm-4.7',
				project_type: 'rag',
				tech_stack: ['OpenAI', 'Pinecone'],
				matched: ['rag', 'made-up-area'],
				usage: [2000, 400, 0.006, 2200],
			}),
		])
		.execute();

	await db
		.insertInto('job_triage')
		.values([
			{job_id: 'j1', state: 'shortlisted'},
			{job_id: 'j2', state: 'applied'},
			{job_id: 'j3', state: 'dismissed'},
			{job_id: 'j4', state: 'shortlisted'},
		])
		.execute();

	await db
		.insertInto('ingest_runs')
		.values([
			{
				source: 'first-export.json',
				evaluator: 'offline',
				status: 'interrupted',
				jobs_read: 4,
				jobs_evaluated: 2,
				started_at: '2026-02-05T12:00:00Z',
				finished_at: '2026-02-05T12:01:00Z',
			},
			{
				source: 'jobs_dataset_upwork_2026-02-06.json',
				evaluator: 'llm',
				model: 'zai-glm-4.7',
				status: 'completed',
				jobs_read: 8,
				jobs_evaluated: 5,
				jobs_failed: 1,
				cost_usd: 0.0135,
				started_at: '2026-02-06T12:00:00Z',
				finished_at: '2026-02-06T12:05:00Z',
			},
		])
		.execute();
}

function job(
	number: string,
	publishedAt: string,
	title: string,
	fields: Partial<Insertable<JobsTable>>,
): Insertable<JobsTable> {
	return {
		id: `j${number}`,
		title,
		description: `Description of job ${number}.`,
		type: 'FIXED',
		url: `https://www.upwork.com/jobs/~02j${number}`,
		ts_publish: publishedAt,
		source: 'fixture.json',
		content_hash: `hash-j${number}`,
		...fields,
	};
}

function evaluated(
	number: string,
	[budget, client, clarity, techFit, timeline]: Scores,
	[total, priority]: [number, Priority],
	options: {
		evaluator?: 'offline' | 'llm';
		model?: string;
		project_type: string;
		tech_stack: string[];
		matched?: string[];
		usage?: [prompt: number, completion: number, cost: number, ms: number];
		profile_hash?: string;
		job_hash?: string;
		is_ai_related?: boolean;
	},
): Insertable<JobEvaluationsTable> {
	const matched = options.matched ?? [];

	return {
		job_id: `j${number}`,
		status: 'evaluated',
		evaluator: options.evaluator ?? 'offline',
		model: options.model ?? null,
		profile_hash: options.profile_hash ?? currentFingerprint,
		job_hash: options.job_hash ?? `hash-j${number}`,
		is_ai_related: options.is_ai_related ?? true,
		tech_stack: options.tech_stack,
		project_type: options.project_type,
		complexity: 'medium',
		matched_expertise_ids: matched,
		matched_expertise: JSON.stringify(
			matched.map((id) => ({id, reason: `Matches ${id}.`})),
		),
		budget_score: budget,
		budget_reason: `Budget ${budget} for job ${number}.`,
		client_score: client,
		client_reason: `Client ${client}.`,
		clarity_score: clarity,
		clarity_reason: `Clarity ${clarity}.`,
		tech_fit_score: techFit,
		tech_fit_reason: `Fit ${techFit} for job ${number}`,
		timeline_score: timeline,
		timeline_reason: `Timeline ${timeline}.`,
		score_total: total,
		priority,
		prompt_tokens: options.usage?.[0] ?? null,
		completion_tokens: options.usage?.[1] ?? null,
		cost_usd: options.usage?.[2] ?? null,
		latency_ms: options.usage?.[3] ?? null,
	};
}
