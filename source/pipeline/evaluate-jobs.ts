import {setMaxListeners} from 'node:events';
import PQueue from 'p-queue';
import {
	countJobsToEvaluate,
	nextJobsToEvaluate,
} from '../db/evaluations.repository.js';
import {jobRecordFromRow} from '../db/jobs.repository.js';
import {RunStoppingError} from '../evaluation/evaluator.js';
import type {JobRecord} from '../export/job-record.js';
import {EvaluationWriter} from './evaluation-writer.js';
import type {IngestOptions, IngestSummary} from './ingest-run.js';
import {evaluateRecord, toSaved, type Outcome} from './job-outcome.js';
import type {EvaluationSummary} from './run-events.js';

// Jobs per query while choosing what to evaluate, and evaluations per
// write for the offline evaluator.
const evaluateBatchSize = 200;

/**
 * Evaluates every job in the database that needs it, in id order, a
 * batch of jobs at a time, and stores each outcome.
 */
export async function evaluateJobs(
	options: IngestOptions,
	summary: IngestSummary,
	runId: number,
): Promise<void> {
	const {db, evaluator, emit, signal} = options;
	const scopeQuery = {
		scope: options.scope,
		fingerprint: options.fingerprint,
		redoBefore: new Date(),
	};
	summary.toEvaluate = await countJobsToEvaluate(db, scopeQuery);
	const totalJobs = await db
		.selectFrom('jobs')
		.select((eb) => eb.fn.countAll<number>().as('count'))
		.executeTakeFirstOrThrow();
	emit({
		type: 'evaluating',
		total: summary.toEvaluate,
		alreadyEvaluated: Number(totalJobs.count) - summary.toEvaluate,
	});

	const paid = evaluator.kind === 'llm';
	const writer = new EvaluationWriter(db, paid ? 1 : evaluateBatchSize);
	// The LLM evaluator paces its own requests; this only bounds how many
	// jobs wait in its queue, so an interrupt has little to unwind.
	const inFlight = new PQueue({concurrency: paid ? 32 : 1});
	const stop = new AbortController();
	const jobSignal = AbortSignal.any([signal, stop.signal]);
	// Every job in flight (up to the queue's concurrency) and its HTTP
	// request listen to this one signal; that is expected, not a leak.
	setMaxListeners(4 * inFlight.concurrency, jobSignal);
	let stopError: RunStoppingError | undefined;
	let processed = 0;

	evaluator.onWaiting?.((notice) => emit({type: 'waiting', ...notice}));

	const finish = async (
		record: JobRecord,
		jobHash: string,
		result: Outcome,
	) => {
		await writer.add(toSaved(record, jobHash, result, options, runId));
		countOutcome(summary, result.summary);
		emit({
			type: 'evaluated',
			job: {id: record.id, title: record.title},
			outcome: result.summary,
		});
		processed += 1;

		if (processed % options.checkpointInterval === 0) {
			if (!paid) await writer.flush();
			emit({type: 'checkpoint', done: processed, total: summary.toEvaluate});
		}
	};

	const evaluateOne = async (record: JobRecord, jobHash: string) => {
		if (jobSignal.aborted) return;
		let result: Outcome;

		try {
			result = await evaluateRecord(record, options, jobSignal);
		} catch (error) {
			if (error instanceof RunStoppingError) {
				stopError ??= error;
				stop.abort(error);
				return;
			}

			// An interrupted request is not the job's failure: it stays
			// unevaluated and the next run takes it.
			if (jobSignal.aborted) return;
			throw error;
		}

		if (jobSignal.aborted && result.summary.status === 'failed') return;
		await finish(record, jobHash, result);
	};

	let afterId: string | null = null;

	try {
		while (!jobSignal.aborted) {
			const rows = await nextJobsToEvaluate(db, {
				...scopeQuery,
				afterId,
				limit: evaluateBatchSize,
			});

			if (rows.length === 0) break;
			afterId = rows.at(-1)!.id;

			for (const row of rows) {
				if (jobSignal.aborted) break;
				await inFlight.onSizeLessThan(inFlight.concurrency);
				void inFlight.add(() =>
					evaluateOne(jobRecordFromRow(row), row.content_hash),
				);
			}
		}

		await inFlight.onIdle();
	} finally {
		inFlight.clear();
		await inFlight.onIdle();
		await writer.flush();
	}

	if (processed > 0 && processed % options.checkpointInterval !== 0) {
		emit({type: 'checkpoint', done: processed, total: summary.toEvaluate});
	}

	if (stopError) {
		emit({type: 'stopping', reason: 'stopped', message: stopError.message});
		throw stopError;
	}
}

function countOutcome(summary: IngestSummary, outcome: EvaluationSummary) {
	switch (outcome.status) {
		case 'evaluated':
			summary.scored += 1;
			if (outcome.isAiRelated) summary.aiRelated += 1;
			else summary.notAiRelated += 1;
			summary.costUsd += outcome.usage?.costUsd ?? 0;
			break;
		case 'gated':
			summary.gated += 1;
			break;
		case 'failed':
			summary.failed += 1;
			summary.costUsd += outcome.usage?.costUsd ?? 0;
			break;
	}
}
