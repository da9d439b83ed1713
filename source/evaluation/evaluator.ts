import type {JobRecord} from '../export/job-record.js';
import type {Assessment, Usage} from './assessment.js';

/**
 * Turns one job into an assessment. Evaluators know nothing of the
 * database or the screen: a job in, an answer out.
 */
export type Evaluator = {
	readonly kind: 'offline' | 'llm';
	/** The model id for the LLM evaluator; null for the offline one. */
	readonly model: string | null;
	/**
	 * Fingerprint of what the answer depends on besides the job (profile,
	 * prompt): evaluations made under another fingerprint are stale.
	 */
	readonly fingerprint: string;
	/**
	 * Checks, before any job is evaluated, that the evaluator can work at
	 * all (key, model). Throws a UserError that stops the run if not.
	 */
	check?(signal?: AbortSignal): Promise<void>;
	evaluate(job: JobRecord, signal?: AbortSignal): Promise<EvaluatorResult>;
	/** Tells the run when the evaluator waits for a rate limit. */
	onWaiting?(listener: (waiting: WaitingNotice) => void): void;
};

export type EvaluatorResult =
	| {ok: true; assessment: Assessment; usage?: Usage}
	| {ok: false; reason: string; usage?: Usage};

export type WaitingNotice = {seconds: number; reason: string};

/**
 * Thrown by an evaluator for a fault that no retry or other job can
 * mend (a bad key, a retired model, a rejected schema): the run stops at
 * once, and the message tells the person what to fix.
 */
export class RunStoppingError extends Error {
	override readonly name = 'RunStoppingError';
}
