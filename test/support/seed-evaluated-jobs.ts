import {sql, type Kysely} from 'kysely';
import type {Database} from '../../source/db/database.js';

/**
 * Fills the database with `count` synthetic jobs and their evaluations in
 * two set-based statements, so benchmarks can stand on 100,000 rows in
 * seconds. Scores, priorities, types, budgets, dates and triage states
 * vary with the row number; the totals follow the rubric (weights 25, 15,
 * 20, 30, 10) and the priority thresholds (80, 50), so what a screen
 * shows of them is consistent.
 */
export async function seedEvaluatedJobs(
	db: Kysely<Database>,
	count: number,
	options: {firstNumber?: number} = {},
): Promise<void> {
	const first = options.firstNumber ?? 1;
	const last = first + count - 1;

	await sql`
		INSERT INTO jobs (
			id, title, description, type, url, ts_publish,
			fixed_budget_amount, fixed_duration_weeks,
			hourly_min, hourly_max, hourly_workload, hourly_duration_weeks,
			skills, client_payment_verified, client_total_spent,
			client_rating, client_reviews, client_country,
			source, content_hash
		)
		SELECT
			(2000000000000000000 + n)::text,
			(ARRAY['RAG chatbot for support', 'AI agent for lead research',
				'Voice assistant with Twilio', 'Shopify theme fixes',
				'Fine-tune Llama on contracts'])[1 + n % 5] || ' #' || n,
			'Synthetic posting number ' || n || '. Build and ship it with tests.',
			CASE WHEN n % 3 = 0 THEN 'HOURLY' ELSE 'FIXED' END,
			'https://www.upwork.com/jobs/~02' || (2000000000000000000 + n)::text,
			timestamptz '2026-01-01' + (n % 10000) * interval '1 minute',
			CASE WHEN n % 3 = 0 THEN NULL ELSE 200 + (n % 50) * 100 END,
			CASE WHEN n % 3 = 0 THEN NULL ELSE 3 + n % 4 END,
			CASE WHEN n % 3 = 0 THEN 20 + n % 30 END,
			CASE WHEN n % 3 = 0 THEN 50 + n % 70 END,
			CASE WHEN n % 3 = 0 THEN 'PART_TIME' END,
			CASE WHEN n % 3 = 0 THEN 9 END,
			ARRAY['Python', 'LangChain'],
			n % 4 <> 0,
			(n % 100) * 1000,
			3 + (n % 20) / 10.0,
			n % 40,
			'United States',
			'synthetic',
			md5(n::text)
		FROM generate_series(${first}::int, ${last}::int) AS n
	`.execute(db);

	await sql`
		INSERT INTO job_evaluations (
			job_id, status, evaluator, profile_hash, job_hash,
			is_ai_related, filter_reason, tech_stack, project_type, complexity,
			matched_expertise_ids, matched_expertise,
			budget_score, budget_reason, client_score, client_reason,
			clarity_score, clarity_reason, tech_fit_score, tech_fit_reason,
			timeline_score, timeline_reason, score_total, priority
		)
		SELECT
			id, 'evaluated', 'offline', 'synthetic', content_hash,
			n % 5 <> 3, CASE WHEN n % 5 = 3 THEN 'Not about AI.' END,
			ARRAY['Python', 'LangChain', 'PostgreSQL'],
			(ARRAY['chatbot', 'agent', 'voice', 'web', 'fine-tuning'])[1 + n % 5],
			'medium',
			ARRAY['ai-agents'],
			'[{"id": "ai-agents", "reason": "Builds agents."}]'::jsonb,
			b, 'Budget reason.', c, 'Client reason.',
			r, 'Clarity reason.', t, 'Fit reason.',
			l, 'Timeline reason.',
			(b * 25 + c * 15 + r * 20 + t * 30 + l * 10) / 10.0,
			CASE
				WHEN (b * 25 + c * 15 + r * 20 + t * 30 + l * 10) / 10.0 >= 80 THEN 'High'
				WHEN (b * 25 + c * 15 + r * 20 + t * 30 + l * 10) / 10.0 >= 50 THEN 'Medium'
				ELSE 'Low'
			END
		FROM (
			SELECT
				id, content_hash, n,
				n % 11 AS b, (n / 3) % 11 AS c, (n / 7) % 11 AS r,
				(n / 11) % 11 AS t, (n / 13) % 11 AS l
			FROM (
				SELECT (2000000000000000000 + n)::text AS id, md5(n::text) AS content_hash, n
				FROM generate_series(${first}::int, ${last}::int) AS n
			) AS numbered
		) AS scored
	`.execute(db);

	await sql`
		INSERT INTO job_triage (job_id, state)
		SELECT (2000000000000000000 + n)::text,
			(ARRAY['shortlisted', 'applied', 'dismissed'])[1 + n % 3]
		FROM generate_series(${first}::int, ${last}::int) AS n
		WHERE n % 17 = 0
	`.execute(db);

	await sql`ANALYZE`.execute(db);
}
