import {setTimeout as sleep} from 'node:timers/promises';
import type {Logger} from '../../config/logger.js';
import {formatDuration} from '../../text/format.js';
import {RunStoppingError} from '../evaluator.js';
import {judgeOutcome, type ApiContext} from './api-failure.js';
import {sendHttpRequest} from './http-transport.js';
import type {RequestPacer} from './request-pacer.js';
import {askedByServer, backoffMs, type RateLimitWait} from './retry-timing.js';

export type RetryTuning = {
	/** Attempts per call when faults (5xx, resets, timeouts) repeat. */
	maxAttempts: number;
	/** Rate-limit answers one call waits out before giving up. */
	maxRateLimitWaits: number;
	backoffBaseMs: number;
	backoffCapMs: number;
	/** A longer rate-limit wait stops the run instead (a daily limit). */
	maxRateLimitWaitSeconds: number;
};

export type ApiCallResult = {
	json: unknown;
	/** HTTP attempts, the successful one included. */
	attempts: number;
	/** Time spent in HTTP attempts, waits between them excluded. */
	latencyMs: number;
};

/** A call whose every attempt failed with a fault a retry might mend. */
export class RetriesExhaustedError extends Error {
	override readonly name = 'RetriesExhaustedError';

	constructor(
		readonly problem: string,
		readonly attempts: number,
		readonly latencyMs: number,
	) {
		super(
			`the API failed ${attempts} ${attempts === 1 ? 'time' : 'times'}; ` +
				`the last: ${problem}`,
		);
	}
}

export type ApiClient = {
	/**
	 * Stops the client for good: every attempt not yet sent fails with
	 * this error instead, so a run that must stop sends nothing more.
	 */
	stop(error: RunStoppingError): RunStoppingError;
	call(
		method: 'GET' | 'POST',
		path: string,
		options?: {body?: unknown; signal?: AbortSignal; maxAttempts?: number},
	): Promise<ApiCallResult>;
};

/**
 * Calls the API with retries, every attempt through the one pacer.
 * Retries are done here rather than by got, whose retries would bypass
 * the pacer: a retry is a request like any other under the rate limit.
 * A 429 pauses the whole pacer until the server's reset, since every
 * other request would meet the same limit. Throws RunStoppingError for
 * faults no retry mends and RetriesExhaustedError when retries run out.
 */
export function createApiClient(options: {
	context: ApiContext;
	timeoutMs: number;
	pacer: RequestPacer;
	tuning: RetryTuning;
	logger: Logger;
}): ApiClient {
	const {context, timeoutMs, pacer, tuning, logger} = options;
	const base = context.baseUrl.replace(/\/+$/, '');
	let stopped: RunStoppingError | undefined;

	const stop = (error: RunStoppingError) => {
		stopped ??= error;
		return stopped;
	};

	return {
		stop,

		async call(method, path, callOptions = {}) {
			const {body, signal} = callOptions;
			const maxAttempts = callOptions.maxAttempts ?? tuning.maxAttempts;
			let attempts = 0;
			let faults = 0;
			let rateLimits = 0;
			let latencyMs = 0;

			// One attempt, judged inside the queue: a stop must be known, and a
			// rate limit must pause the queue, before it starts its next request.
			const attempt = async () => {
				if (stopped) throw stopped;

				const outcome = await sendHttpRequest({
					method,
					url: `${base}${path}`,
					apiKey: context.apiKey,
					body,
					timeoutMs,
					signal,
				});
				latencyMs += outcome.latencyMs;
				const verdict = judgeOutcome(outcome, context);
				logger.debug(`${method} ${path}: ${verdict.kind}`, {
					attempt: attempts,
					status: outcome.kind === 'response' ? outcome.status : outcome.code,
					latencyMs: outcome.latencyMs,
				});

				if (verdict.kind === 'stop') {
					throw stop(verdict.error);
				}

				if (verdict.kind === 'rate-limited') {
					rateLimits += 1;

					if (rateLimits <= tuning.maxRateLimitWaits) {
						holdForRateLimit(verdict.wait, rateLimits);
					}
				}

				return verdict;
			};

			const holdForRateLimit = (wait: RateLimitWait | null, count: number) => {
				const waitMs = Math.max(
					tuning.backoffBaseMs,
					wait ? wait.seconds * 1000 : backoffMs(count, backoffOptions(tuning)),
				);

				if (waitMs > tuning.maxRateLimitWaitSeconds * 1000) {
					throw stop(longWaitError(context.model, waitMs, wait?.limit));
				}

				logger.info(`Rate limited; pausing all requests for ${waitMs} ms`, {
					limit: wait?.limit ?? null,
				});
				pacer.pauseFor(waitMs, wait?.limit ?? 'HTTP 429');
			};

			for (;;) {
				attempts += 1;
				const verdict = await pacer.run(attempt, {
					signal,
					// Calls already retrying go before calls not yet begun.
					priority: attempts - 1,
				});

				if (verdict.kind === 'ok') {
					return {json: verdict.json, attempts, latencyMs};
				}

				if (verdict.kind === 'rate-limited') {
					if (rateLimits > tuning.maxRateLimitWaits) {
						throw new RetriesExhaustedError(
							verdict.problem,
							attempts,
							latencyMs,
						);
					}

					// The queue is paused; the retry waits in it with the others.
					continue;
				}

				faults += 1;

				if (faults >= maxAttempts) {
					throw new RetriesExhaustedError(verdict.problem, attempts, latencyMs);
				}

				await pause(backoffMs(faults, backoffOptions(tuning)), signal);
			}
		},
	};
}

async function pause(ms: number, signal: AbortSignal | undefined) {
	try {
		await sleep(ms, undefined, {signal});
	} catch (error) {
		// Rethrown as the run's own reason, like every other interrupted wait.
		signal?.throwIfAborted();
		throw error;
	}
}

function backoffOptions(tuning: RetryTuning) {
	return {baseMs: tuning.backoffBaseMs, capMs: tuning.backoffCapMs};
}

function longWaitError(
	model: string,
	waitMs: number,
	limit: string | undefined,
): RunStoppingError {
	const which = limit && limit !== askedByServer ? ` (${limit})` : '';

	return new RunStoppingError(
		`The API's rate limit for ${model}${which} is used up and resets in ` +
			`${formatDuration(waitMs)}. Run \`upwork-eval ingest\` again then: ` +
			'the jobs evaluated so far are kept.',
	);
}
