import {sql, type Kysely} from 'kysely';

// Frozen: a migration describes the schema as it was on the day it was
// written. It never imports application code, so later changes to that
// code cannot rewrite history. Change the schema with a new migration.

export async function up(db: Kysely<unknown>): Promise<void> {
	// pgvector is optional: PGlite ships it and so does the compose file's
	// image, but a plain server may not have it installed.
	await sql`
		DO $$
		BEGIN
			IF EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = 'vector') THEN
				CREATE EXTENSION IF NOT EXISTS vector;
			END IF;
		END
		$$
	`.execute(db);

	await db.schema
		.createTable('jobs')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('description', 'text', (c) => c.notNull())
		.addColumn('type', 'text', (c) =>
			c.notNull().check(sql`type IN ('FIXED', 'HOURLY')`),
		)
		.addColumn('url', 'text', (c) => c.notNull().unique())
		.addColumn('ts_publish', 'timestamptz', (c) => c.notNull())
		.addColumn('ts_create', 'timestamptz')
		.addColumn('fixed_budget_amount', 'numeric(12, 2)')
		.addColumn('fixed_duration_weeks', 'integer')
		.addColumn('hourly_min', 'numeric(10, 2)')
		.addColumn('hourly_max', 'numeric(10, 2)')
		.addColumn('hourly_workload', 'text')
		.addColumn('hourly_duration_weeks', 'integer')
		.addColumn('duration_label', 'text')
		.addColumn('experience_level', 'text')
		.addColumn('category', 'text')
		.addColumn('skills', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
		.addColumn('client_payment_verified', 'boolean', (c) =>
			c.notNull().defaultTo(false),
		)
		.addColumn('client_total_spent', 'numeric(14, 2)')
		.addColumn('client_jobs_posted', 'integer')
		.addColumn('client_jobs_with_hires', 'integer')
		.addColumn('client_rating', 'numeric(3, 2)')
		.addColumn('client_reviews', 'integer')
		.addColumn('client_country', 'text')
		.addColumn('client_timezone', 'text')
		.addColumn('applicants', 'integer')
		.addColumn('source', 'text', (c) => c.notNull())
		.addColumn('scraped_at', 'timestamptz')
		.addColumn('content_hash', 'text', (c) => c.notNull())
		.addColumn('created_at', 'timestamptz', (c) =>
			c.notNull().defaultTo(sql`now()`),
		)
		.addColumn('updated_at', 'timestamptz', (c) =>
			c.notNull().defaultTo(sql`now()`),
		)
		.execute();

	await db.schema
		.createIndex('jobs_ts_publish_idx')
		.on('jobs')
		.column('ts_publish')
		.execute();

	await db.schema
		.createTable('expertise_areas')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('level', 'text', (c) => c.notNull())
		.addColumn('keywords', sql`text[]`, (c) => c.notNull())
		.addColumn('updated_at', 'timestamptz', (c) =>
			c.notNull().defaultTo(sql`now()`),
		)
		.execute();

	// One row per job: its current evaluation. A re-evaluation replaces the
	// row; the run that made it is kept in ingest_run_id.
	await db.schema
		.createTable('job_evaluations')
		.addColumn('job_id', 'text', (c) =>
			c.primaryKey().references('jobs.id').onDelete('cascade'),
		)
		.addColumn('status', 'text', (c) =>
			c.notNull().check(sql`status IN ('evaluated', 'gated', 'failed')`),
		)
		.addColumn('evaluator', 'text', (c) =>
			c.notNull().check(sql`evaluator IN ('gate', 'offline', 'llm')`),
		)
		.addColumn('model', 'text')
		.addColumn('profile_hash', 'text', (c) => c.notNull())
		.addColumn('job_hash', 'text', (c) => c.notNull())
		.addColumn('is_ai_related', 'boolean')
		.addColumn('filter_reason', 'text')
		.addColumn('failure_reason', 'text')
		.addColumn('tech_stack', sql`text[]`, (c) =>
			c.notNull().defaultTo(sql`'{}'`),
		)
		.addColumn('project_type', 'text')
		.addColumn('complexity', 'text')
		.addColumn('matched_expertise_ids', sql`text[]`, (c) =>
			c.notNull().defaultTo(sql`'{}'`),
		)
		.addColumn('matched_expertise', 'jsonb', (c) =>
			c.notNull().defaultTo(sql`'[]'::jsonb`),
		)
		.addColumn('budget_score', 'smallint')
		.addColumn('budget_reason', 'text')
		.addColumn('client_score', 'smallint')
		.addColumn('client_reason', 'text')
		.addColumn('clarity_score', 'smallint')
		.addColumn('clarity_reason', 'text')
		.addColumn('tech_fit_score', 'smallint')
		.addColumn('tech_fit_reason', 'text')
		.addColumn('timeline_score', 'smallint')
		.addColumn('timeline_reason', 'text')
		.addColumn('score_total', 'numeric(4, 1)')
		.addColumn('priority', 'text', (c) =>
			c.check(sql`priority IN ('High', 'Medium', 'Low')`),
		)
		.addColumn('prompt_tokens', 'integer')
		.addColumn('completion_tokens', 'integer')
		.addColumn('cached_tokens', 'integer')
		.addColumn('reasoning_tokens', 'integer')
		.addColumn('latency_ms', 'integer')
		.addColumn('cost_usd', 'numeric(12, 6)')
		.addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(1))
		.addColumn('ingest_run_id', 'integer')
		.addColumn('evaluated_at', 'timestamptz', (c) =>
			c.notNull().defaultTo(sql`now()`),
		)
		.execute();

	await db.schema
		.createIndex('job_evaluations_ranking_idx')
		.on('job_evaluations')
		.columns(['score_total desc', 'job_id'])
		.execute();

	await db.schema
		.createTable('job_triage')
		.addColumn('job_id', 'text', (c) =>
			c.primaryKey().references('jobs.id').onDelete('cascade'),
		)
		.addColumn('state', 'text', (c) =>
			c.notNull().check(sql`state IN ('shortlisted', 'applied', 'dismissed')`),
		)
		.addColumn('changed_at', 'timestamptz', (c) =>
			c.notNull().defaultTo(sql`now()`),
		)
		.execute();

	await db.schema
		.createTable('ingest_runs')
		.addColumn('id', 'serial', (c) => c.primaryKey())
		.addColumn('source', 'text', (c) => c.notNull())
		.addColumn('evaluator', 'text', (c) => c.notNull())
		.addColumn('model', 'text')
		.addColumn('status', 'text', (c) =>
			c
				.notNull()
				.check(
					sql`status IN ('running', 'completed', 'interrupted', 'failed')`,
				),
		)
		.addColumn('jobs_read', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('jobs_evaluated', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('jobs_failed', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('cost_usd', 'numeric(12, 6)', (c) => c.notNull().defaultTo(0))
		.addColumn('started_at', 'timestamptz', (c) =>
			c.notNull().defaultTo(sql`now()`),
		)
		.addColumn('finished_at', 'timestamptz')
		.execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
	for (const table of [
		'ingest_runs',
		'job_triage',
		'job_evaluations',
		'expertise_areas',
		'jobs',
	]) {
		await db.schema.dropTable(table).ifExists().execute();
	}
}
