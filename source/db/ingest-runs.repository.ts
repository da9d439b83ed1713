import type {Kysely} from 'kysely';
import type {Database, EvaluatorKind, IngestRunStatus} from './database.js';

export async function startIngestRun(
	db: Kysely<Database>,
	run: {source: string; evaluator: EvaluatorKind; model: string | null},
): Promise<number> {
	const row = await db
		.insertInto('ingest_runs')
		.values({...run, status: 'running'})
		.returning('id')
		.executeTakeFirstOrThrow();
	return row.id;
}

export async function finishIngestRun(
	db: Kysely<Database>,
	id: number,
	outcome: {
		status: Exclude<IngestRunStatus, 'running'>;
		jobsRead: number;
		jobsEvaluated: number;
		jobsFailed: number;
		costUsd: number;
	},
): Promise<void> {
	await db
		.updateTable('ingest_runs')
		.set({
			status: outcome.status,
			jobs_read: outcome.jobsRead,
			jobs_evaluated: outcome.jobsEvaluated,
			jobs_failed: outcome.jobsFailed,
			cost_usd: outcome.costUsd,
			finished_at: new Date(),
		})
		.where('id', '=', id)
		.execute();
}
