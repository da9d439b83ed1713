import type {Kysely} from 'kysely';
import path from 'node:path';
import type {Database} from '../db/database.js';
import type {EvaluationScope} from '../db/evaluations.repository.js';
import {finishIngestRun, startIngestRun} from '../db/ingest-runs.repository.js';
import {RunStoppingError, type Evaluator} from '../evaluation/evaluator.js';
import {evaluateJobs} from './evaluate-jobs.js';
import type {RunEventListener} from './run-events.js';
import {storeJobs} from './store-jobs.js';

export type IngestOptions = {
	db: Kysely<Database>;
	file: string;
	evaluator: Evaluator;
	fingerprint: string;
	budgetMin: number;
	checkpointInterval: number;
	scope: EvaluationScope;
	/** Aborting stops the run cleanly: what is stored stays stored. */
	signal: AbortSignal;
	emit: RunEventListener;
};

export type IngestSummary = {
	status: 'completed' | 'interrupted' | 'stopped';
	/** Why a stopped run stopped: a sentence saying what to fix. */
	stopReason: string | null;
	jobsRead: number;
	rejected: number;
	inserted: number;
	updated: number;
	unchanged: number;
	toEvaluate: number;
	scored: number;
	aiRelated: number;
	notAiRelated: number;
	gated: number;
	failed: number;
	costUsd: number;
};

/**
 * One ingest: store every job of the file, then evaluate every job in the
 * database that needs it.
 *
 * Storing happens in one transaction, so a file that turns out to be
 * truncated or in another shape halfway through leaves nothing behind.
 * Evaluating is driven by the database, not the file: a job needs work
 * when it has no evaluation, a failed one, or its posting changed. So a
 * killed run, started again, picks up exactly the jobs it had not
 * finished, and nothing is evaluated twice.
 */
export async function runIngest(
	options: IngestOptions,
): Promise<IngestSummary> {
	const {db, evaluator, emit, signal} = options;
	const summary: IngestSummary = {
		status: 'completed',
		stopReason: null,
		jobsRead: 0,
		rejected: 0,
		inserted: 0,
		updated: 0,
		unchanged: 0,
		toEvaluate: 0,
		scored: 0,
		aiRelated: 0,
		notAiRelated: 0,
		gated: 0,
		failed: 0,
		costUsd: 0,
	};

	// A bad key or a retired model stops the run before anything is
	// written or any job is marked failed.
	try {
		await evaluator.check?.(signal);
	} catch (error) {
		// Ctrl-C while the endpoint is being checked: nothing started.
		if (!signal.aborted) throw error;
	}

	if (signal.aborted) {
		summary.status = 'interrupted';
		emit({type: 'done', status: summary.status});
		return summary;
	}

	const runId = await startIngestRun(db, {
		source: path.basename(options.file),
		evaluator: evaluator.kind,
		model: evaluator.model,
	});

	try {
		await storeJobs(options, summary);

		if (!signal.aborted) {
			await evaluateJobs(options, summary, runId);
		}
	} catch (error) {
		if (error instanceof RunStoppingError) {
			summary.status = 'stopped';
			summary.stopReason = error.message;
		} else if (signal.aborted) {
			// Whatever the reader or a query threw on the way out of an
			// interrupt, the run was interrupted, not broken.
			summary.status = 'interrupted';
		} else {
			await finishRun(db, runId, 'failed', summary);
			throw error;
		}
	}

	if (signal.aborted && summary.status === 'completed') {
		summary.status = 'interrupted';
	}

	await finishRun(
		db,
		runId,
		summary.status === 'stopped' ? 'failed' : summary.status,
		summary,
	);
	emit({type: 'done', status: summary.status});
	return summary;
}

async function finishRun(
	db: Kysely<Database>,
	runId: number,
	status: 'completed' | 'interrupted' | 'failed',
	summary: IngestSummary,
) {
	await finishIngestRun(db, runId, {
		status,
		jobsRead: summary.jobsRead,
		jobsEvaluated: summary.scored + summary.gated,
		jobsFailed: summary.failed,
		costUsd: summary.costUsd,
	});
}
