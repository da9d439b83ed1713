import type {Usage} from '../evaluation/assessment.js';
import type {EvaluationSummary, JobSummary, RunEvent} from './run-events.js';

/**
 * Everything a screen needs to draw an ingest run, folded from its
 * events by a pure reducer, so the live view, the plain printer and the
 * tests all agree on the figures.
 */
export type RunProgress = {
	phase: 'starting' | 'reading' | 'evaluating' | 'stopping' | 'done';
	source: string;
	evaluator: {kind: 'offline' | 'llm'; model: string | null} | null;
	totalBytes: number;
	bytesRead: number;
	jobsRead: number;
	inserted: number;
	updated: number;
	unchanged: number;
	rejected: number;
	/** The first rejected items, to show; the count above has them all. */
	rejections: Array<{
		index: number;
		id: string | null;
		field: string;
		message: string;
	}>;
	toEvaluate: number;
	alreadyEvaluated: number;
	scored: number;
	aiRelated: number;
	notAiRelated: number;
	gated: number;
	failed: number;
	tokens: {prompt: number; completion: number; cached: number};
	costUsd: number;
	/** Cost spent on jobs the paid model answered, to project the rest. */
	paidJobs: number;
	checkpoint: number;
	startedAt: number;
	evaluatingSince: number | null;
	waiting: {until: number; reason: string} | null;
	latest: Array<{job: JobSummary; outcome: EvaluationSummary}>;
	stopMessage: string | null;
	result: 'completed' | 'interrupted' | 'stopped' | null;
	now: number;
};

export const latestShown = 5;
const rejectionsShown = 5;

export function initialRunProgress(now: number): RunProgress {
	return {
		phase: 'starting',
		source: '',
		evaluator: null,
		totalBytes: 0,
		bytesRead: 0,
		jobsRead: 0,
		inserted: 0,
		updated: 0,
		unchanged: 0,
		rejected: 0,
		rejections: [],
		toEvaluate: 0,
		alreadyEvaluated: 0,
		scored: 0,
		aiRelated: 0,
		notAiRelated: 0,
		gated: 0,
		failed: 0,
		tokens: {prompt: 0, completion: 0, cached: 0},
		costUsd: 0,
		paidJobs: 0,
		checkpoint: 0,
		startedAt: now,
		evaluatingSince: null,
		waiting: null,
		latest: [],
		stopMessage: null,
		result: null,
		now,
	};
}

export function reduceRunProgress(
	state: RunProgress,
	event: RunEvent,
	now: number,
): RunProgress {
	const next = {...state, now};

	switch (event.type) {
		case 'reading':
			return {
				...next,
				phase: 'reading',
				source: event.source,
				totalBytes: event.totalBytes,
				evaluator: event.evaluator,
			};

		case 'read':
			return {
				...next,
				bytesRead: event.bytesRead,
				totalBytes: event.totalBytes,
				jobsRead: event.jobsRead,
				inserted: event.inserted,
				updated: event.updated,
				unchanged: event.unchanged,
			};

		case 'rejected':
			return {
				...next,
				rejected: state.rejected + 1,
				rejections:
					state.rejections.length < rejectionsShown
						? [
								...state.rejections,
								{
									index: event.index,
									id: event.id,
									field: event.field,
									message: event.message,
								},
							]
						: state.rejections,
			};

		case 'evaluating':
			return {
				...next,
				phase: 'evaluating',
				toEvaluate: event.total,
				alreadyEvaluated: event.alreadyEvaluated,
				evaluatingSince: now,
			};

		case 'evaluated':
			return addOutcome(next, event.job, event.outcome);

		case 'waiting':
			return {
				...next,
				waiting:
					event.seconds > 0
						? {until: now + event.seconds * 1000, reason: event.reason}
						: null,
			};

		case 'checkpoint':
			return {...next, checkpoint: event.done};

		case 'stopping':
			return {
				...next,
				phase: 'stopping',
				stopMessage: event.message ?? state.stopMessage,
			};

		case 'done':
			return {...next, phase: 'done', result: event.status, waiting: null};
	}
}

function addOutcome(
	state: RunProgress,
	job: JobSummary,
	outcome: EvaluationSummary,
): RunProgress {
	const latest = [{job, outcome}, ...state.latest].slice(0, latestShown);
	const usage: Usage | undefined =
		outcome.status === 'gated' ? undefined : outcome.usage;
	const withUsage = usage
		? {
				tokens: {
					prompt: state.tokens.prompt + usage.promptTokens,
					completion: state.tokens.completion + usage.completionTokens,
					cached: state.tokens.cached + usage.cachedTokens,
				},
				costUsd: state.costUsd + usage.costUsd,
				paidJobs: state.paidJobs + 1,
			}
		: {};
	const waiting =
		state.waiting && state.waiting.until > state.now ? state.waiting : null;

	switch (outcome.status) {
		case 'evaluated':
			return {
				...state,
				...withUsage,
				latest,
				waiting,
				scored: state.scored + 1,
				aiRelated: state.aiRelated + (outcome.isAiRelated ? 1 : 0),
				notAiRelated: state.notAiRelated + (outcome.isAiRelated ? 0 : 1),
			};

		case 'gated':
			return {...state, latest, waiting, gated: state.gated + 1};

		case 'failed':
			return {
				...state,
				...withUsage,
				latest,
				waiting,
				failed: state.failed + 1,
			};
	}
}

/** Jobs this run has finished with: scored, gated or failed. */
export function processedCount(progress: RunProgress): number {
	return progress.scored + progress.gated + progress.failed;
}

/** Jobs finished per second since evaluation began. */
export function jobsPerSecond(progress: RunProgress): number {
	if (progress.evaluatingSince === null) return 0;
	const seconds = (progress.now - progress.evaluatingSince) / 1000;
	return seconds > 0 ? processedCount(progress) / seconds : 0;
}

/** Milliseconds left at the current pace, or null before there is one. */
export function timeLeft(progress: RunProgress): number | null {
	const rate = jobsPerSecond(progress);
	const left = progress.toEvaluate - processedCount(progress);
	if (rate <= 0 || left <= 0) return left <= 0 ? 0 : null;
	return (left / rate) * 1000;
}

/**
 * What the whole run will cost if the jobs left cost what the paid ones
 * so far did on average (gated jobs cost nothing and are not counted).
 */
export function projectedCost(progress: RunProgress): number {
	if (progress.paidJobs === 0) return progress.costUsd;
	const left = Math.max(0, progress.toEvaluate - processedCount(progress));
	return progress.costUsd + (progress.costUsd / progress.paidJobs) * left;
}

/** 0 to 1: bytes while reading, then jobs finished out of jobs to do. */
export function fractionDone(progress: RunProgress): number {
	if (progress.phase === 'reading' || progress.phase === 'starting') {
		return progress.totalBytes > 0
			? progress.bytesRead / progress.totalBytes
			: 0;
	}

	if (progress.toEvaluate === 0) return 1;
	return Math.min(1, processedCount(progress) / progress.toEvaluate);
}

/** Seconds until a rate-limit wait ends, or 0 when not waiting. */
export function waitingSeconds(progress: RunProgress): number {
	if (!progress.waiting) return 0;
	return Math.max(0, Math.ceil((progress.waiting.until - progress.now) / 1000));
}
