import {setMaxListeners} from 'node:events';
import {stat} from 'node:fs/promises';
import path from 'node:path';
import type {Kysely} from 'kysely';
import PQueue from 'p-queue';
import type {Database} from '../db/database.js';
import {
	countJobsToEvaluate,
	nextJobsToEvaluate,
	type EvaluationScope,
	type EvaluationToSave,
} from '../db/evaluations.repository.js';
import {finishIngestRun, startIngestRun} from '../db/ingest-runs.repository.js';
import {jobRecordFromRow, upsertJobs} from '../db/jobs.repository.js';
import {
	RunStoppingError,
	type Evaluator,
	type EvaluatorResult,
} from '../evaluation/evaluator.js';
import {gateJob} from '../evaluation/gate.js';
import {
	priorityFor,
	scoreTotal,
	type CriterionId,
} from '../evaluation/rubric.js';
import type {JobRecord} from '../export/job-record.js';
import {readExport} from '../export/read-export.js';
import {EvaluationWriter} from './evaluation-writer.js';
import type {EvaluationSummary, RunEventListener} from './run-events.js';

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

// Rows per INSERT while storing jobs, and jobs per query while choosing
// what to evaluate: large enough that round trips don't dominate, small
// enough that memory stays flat whatever the file's size.
const storeBatchSize = 500;
const evaluateBatchSize = 200;

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
	await evaluator.check?.(signal);

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

async function storeJobs(
	options: IngestOptions,
	summary: IngestSummary,
): Promise<void> {
	const {db, file, emit, signal} = options;
	const {size: totalBytes} = await stat(file);
	let bytesRead = 0;

	emit({
		type: 'reading',
		source: path.basename(file),
		totalBytes,
		evaluator: {kind: options.evaluator.kind, model: options.evaluator.model},
	});

	await db.transaction().execute(async (trx) => {
		let batch: JobRecord[] = [];

		const store = async () => {
			const counts = await upsertJobs(trx, batch);
			summary.inserted += counts.inserted;
			summary.updated += counts.updated;
			summary.unchanged += counts.unchanged;
			batch = [];
			emit({type: 'read', bytesRead, totalBytes, ...readCounts(summary)});
		};

		const entries = readExport(file, {
			signal,
			onProgress(read) {
				bytesRead = read;
			},
		});

		for await (const entry of entries) {
			if (entry.kind === 'rejected') {
				summary.rejected += 1;
				emit({type: 'rejected', ...omitKind(entry)});
				continue;
			}

			summary.jobsRead += 1;
			batch.push(entry.record);

			if (batch.length >= storeBatchSize) {
				await store();
			}
		}

		signal.throwIfAborted();
		bytesRead = totalBytes;
		await store();
	});
}

async function evaluateJobs(
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

type Outcome = {
	summary: EvaluationSummary;
	result: EvaluatorResult | null;
};

async function evaluateRecord(
	record: JobRecord,
	options: IngestOptions,
	signal: AbortSignal,
): Promise<Outcome> {
	const gate = gateJob(record, {budgetMin: options.budgetMin});

	if (!gate.passed) {
		return {summary: {status: 'gated', reason: gate.reason}, result: null};
	}

	const result = await options.evaluator.evaluate(record, signal);

	if (!result.ok) {
		return {
			summary: {status: 'failed', reason: result.reason, usage: result.usage},
			result,
		};
	}

	const {total, priority} = rate(result.assessment.criteria);
	return {
		summary: {
			status: 'evaluated',
			isAiRelated: result.assessment.isAiRelated,
			total,
			priority,
			usage: result.usage,
		},
		result,
	};
}

/** The program's verdict from the evaluator's five scores. */
function rate(criteria: Record<CriterionId, {score: number}>): {
	total: number;
	priority: ReturnType<typeof priorityFor>;
} {
	const total = scoreTotal({
		budget: criteria.budget.score,
		client: criteria.client.score,
		clarity: criteria.clarity.score,
		techFit: criteria.techFit.score,
		timeline: criteria.timeline.score,
	});
	return {total, priority: priorityFor(total)};
}

function toSaved(
	record: JobRecord,
	jobHash: string,
	outcome: Outcome,
	options: IngestOptions,
	runId: number,
): EvaluationToSave {
	const common = {
		jobId: record.id,
		jobHash,
		fingerprint: options.fingerprint,
		runId,
	};
	const {evaluator} = options;
	const {result, summary} = outcome;

	if (summary.status === 'gated') {
		return {...common, status: 'gated', reason: summary.reason};
	}

	if (summary.status === 'failed' || !result?.ok) {
		return {
			...common,
			status: 'failed',
			evaluator: evaluator.kind,
			model: evaluator.model,
			reason: summary.status === 'failed' ? summary.reason : 'No answer.',
			usage: result?.usage,
		};
	}

	return {
		...common,
		status: 'evaluated',
		evaluator: evaluator.kind,
		model: evaluator.model,
		assessment: result.assessment,
		total: summary.total,
		priority: summary.priority,
		usage: result.usage,
	};
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

function readCounts(summary: IngestSummary) {
	return {
		jobsRead: summary.jobsRead,
		inserted: summary.inserted,
		updated: summary.updated,
		unchanged: summary.unchanged,
	};
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

function omitKind<T extends {kind: string}>({kind: _kind, ...rest}: T) {
	return rest;
}
