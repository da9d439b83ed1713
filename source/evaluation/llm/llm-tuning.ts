import type {RetryTuning} from './api-client.js';
import type {Dialect} from './chat-request.js';

/** The knobs of the LLM evaluator that are not settings. */
export type LlmTuning = RetryTuning & {
	/** Attempts of the start-up check: a person waits on it. */
	checkAttempts: number;
	/** Room for the answer; a cut-off answer is retried with twice this. */
	maxCompletionTokens: number;
	/** Jobs in a row whose retries all failed before the run stops. */
	failedJobsToStop: number;
	/** Extra spacing per second of requests; see request-pacer.ts. */
	jitterAllowanceMs: number;
	/** Which server's fields to send; by default from the base URL. */
	dialect?: Dialect;
};

/**
 * Values for a real day; tests shorten the waits. The answer runs to
 * about 500 tokens: 1,500 leaves room without reserving much of the
 * per-minute token budget, which counts the requested maximum before
 * the request runs. Six attempts with backoff from 1 s, capped at 30 s,
 * ride out about a minute of server trouble per job.
 */
export const defaultLlmTuning: LlmTuning = {
	maxAttempts: 6,
	maxRateLimitWaits: 12,
	backoffBaseMs: 1000,
	backoffCapMs: 30_000,
	maxRateLimitWaitSeconds: 600,
	checkAttempts: 3,
	maxCompletionTokens: 1500,
	failedJobsToStop: 3,
	jitterAllowanceMs: 25,
};
