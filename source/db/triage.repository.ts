import {sql, type Kysely} from 'kysely';
import type {Database, TriageState} from './database.js';

/** A person's decision on a job, and when it was made. */
export type TriageMark = {state: TriageState; changedAt: Date};

export const triageStates: readonly TriageState[] = [
	'shortlisted',
	'applied',
	'dismissed',
];

/** The job's triage mark, or null when it has none. */
export async function getTriage(
	db: Kysely<Database>,
	jobId: string,
): Promise<TriageMark | null> {
	const row = await db
		.selectFrom('job_triage')
		.select(['state', 'changed_at'])
		.where('job_id', '=', jobId)
		.executeTakeFirst();

	return row ? {state: row.state, changedAt: row.changed_at} : null;
}

/**
 * Gives the job a triage state (null clears it) stamped with the current
 * time, and returns the mark it replaced, so the caller can undo. Read
 * and write share a transaction: two terminals triaging the same job
 * each get back the mark they really replaced.
 */
export async function setTriageState(
	db: Kysely<Database>,
	jobId: string,
	state: TriageState | null,
): Promise<TriageMark | null> {
	return db.transaction().execute(async (trx) => {
		const previous = await trx
			.selectFrom('job_triage')
			.select(['state', 'changed_at'])
			.where('job_id', '=', jobId)
			.forUpdate()
			.executeTakeFirst();

		if (state === null) {
			await trx.deleteFrom('job_triage').where('job_id', '=', jobId).execute();
		} else {
			await trx
				.insertInto('job_triage')
				.values({job_id: jobId, state, changed_at: sql<Date>`now()`})
				.onConflict((conflict) =>
					conflict.column('job_id').doUpdateSet({
						state,
						changed_at: sql<Date>`now()`,
					}),
				)
				.execute();
		}

		return previous
			? {state: previous.state, changedAt: previous.changed_at}
			: null;
	});
}

/**
 * Puts a mark back exactly as it was, time included (null removes the
 * job's mark): what undo needs, so an undone change leaves no trace.
 */
export async function restoreTriage(
	db: Kysely<Database>,
	jobId: string,
	mark: TriageMark | null,
): Promise<void> {
	if (mark === null) {
		await db.deleteFrom('job_triage').where('job_id', '=', jobId).execute();
		return;
	}

	await db
		.insertInto('job_triage')
		.values({job_id: jobId, state: mark.state, changed_at: mark.changedAt})
		.onConflict((conflict) =>
			conflict.column('job_id').doUpdateSet({
				state: mark.state,
				changed_at: mark.changedAt,
			}),
		)
		.execute();
}

/** How many jobs are in each triage state, over all jobs. */
export async function countTriageStates(
	db: Kysely<Database>,
): Promise<Record<TriageState, number>> {
	const rows = await db
		.selectFrom('job_triage')
		.select((eb) => ['state', eb.fn.countAll<number>().as('count')])
		.groupBy('state')
		.execute();

	const counts: Record<TriageState, number> = {
		shortlisted: 0,
		applied: 0,
		dismissed: 0,
	};

	for (const row of rows) {
		counts[row.state] = Number(row.count);
	}

	return counts;
}
