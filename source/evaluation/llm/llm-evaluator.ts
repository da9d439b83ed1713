import {silentLogger, type Logger} from '../../config/logger.js';
import type {Settings} from '../../config/settings.js';
import {UserError} from '../../errors/user-error.js';
import type {JobRecord} from '../../export/job-record.js';
import type {Usage} from '../assessment.js';
import {
	RunStoppingError,
	type Evaluator,
	type EvaluatorResult,
} from '../evaluator.js';
import type {Profile} from '../profile.js';
import {createApiClient, RetriesExhaustedError} from './api-client.js';
import {
	exchangeAnswer,
	type ExchangeSetup,
	type Tally,
} from './answer-exchange.js';
import {answerToAssessment, createAnswerSchema} from './answer-schema.js';
import {noTokens} from './chat-completion.js';
import {buildSystemPrompt} from './chat-prompt.js';
import {dialectFor} from './chat-request.js';
import {defaultLlmTuning, type LlmTuning} from './llm-tuning.js';
import {checkModel} from './model-check.js';
import {costUsd, resolvePrice} from './pricing.js';
import {createRequestPacer} from './request-pacer.js';
import {toStrictJsonSchema} from './strict-json-schema.js';

export type {LlmTuning} from './llm-tuning.js';

/**
 * The evaluator that asks a chat model (Cerebras's GLM 4.7 by default, or
 * any OpenAI-compatible server at `CEREBRAS_BASE_URL`) to score each job.
 * One request per job, paced for the whole run; an unusable answer is
 * asked for again once, saying what was wrong with it.
 */
export function createLlmEvaluator(options: {
	profile: Profile;
	settings: Settings;
	fingerprint: string;
	logger?: Logger;
	/** Faster retries and timeouts for tests; the defaults suit a real day. */
	tuning?: Partial<LlmTuning>;
}): Evaluator {
	const {profile, settings, fingerprint} = options;
	const logger = options.logger ?? silentLogger;
	const tuning = {...defaultLlmTuning, ...options.tuning};
	const apiKey = settings.CEREBRAS_API_KEY;
	const model = settings.CEREBRAS_MODEL;
	const baseUrl = settings.CEREBRAS_BASE_URL;

	if (!apiKey) {
		throw new UserError(
			'The LLM evaluator needs an API key: set `CEREBRAS_API_KEY`, or leave it unset for the offline evaluator.',
		);
	}

	const dialect = tuning.dialect ?? dialectFor(baseUrl);
	const price = resolvePrice(model, settings, logger);
	const areaIds = profile.areas.map((area) => area.id);
	const answerSchema = createAnswerSchema(areaIds);
	const schema = toStrictJsonSchema(answerSchema);
	const systemPrompt = buildSystemPrompt(profile, {
		budgetMin: settings.FILTER_BUDGET_MIN,
	});
	const pacer = createRequestPacer({
		requestsPerSecond: settings.RATE_LIMIT_REQUESTS,
		concurrency: settings.RATE_LIMIT_CONCURRENT,
		jitterAllowanceMs: tuning.jitterAllowanceMs,
	});
	const api = createApiClient({
		context: {baseUrl, model, apiKey},
		timeoutMs: settings.API_TIMEOUT * 1000,
		pacer,
		tuning,
		logger,
	});
	logger.info(`LLM evaluator: ${model} at ${baseUrl}`, {
		dialect,
		systemPromptChars: systemPrompt.length,
		schemaChars: JSON.stringify(schema).length,
	});

	const exchange: ExchangeSetup = {
		api,
		model,
		dialect,
		systemPrompt,
		answerSchema,
		schema,
		areaIds,
		maxCompletionTokens: tuning.maxCompletionTokens,
		logger,
	};
	let failedInARow = 0;

	async function evaluate(
		job: JobRecord,
		signal?: AbortSignal,
	): Promise<EvaluatorResult> {
		const tally: Tally = {tokens: noTokens, attempts: 0, latencyMs: 0};
		// A signal of the job's own: the run passes one signal to every job,
		// and the queue, got and the waits each listen to it; on one shared
		// signal, dozens of jobs in flight would trip Node's leak warning.
		const jobSignal = signal ? AbortSignal.any([signal]) : undefined;
		const usage = (): Usage => ({
			...tally.tokens,
			latencyMs: Math.round(tally.latencyMs),
			attempts: tally.attempts,
			costUsd: costUsd(tally.tokens, price),
		});

		try {
			const result = await exchangeAnswer(exchange, job, tally, jobSignal);
			failedInARow = 0;

			return result.ok
				? {
						ok: true,
						assessment: answerToAssessment(result.answer),
						usage: usage(),
					}
				: {ok: false, reason: result.reason, usage: usage()};
		} catch (error) {
			if (!(error instanceof RetriesExhaustedError)) {
				throw error;
			}

			tally.attempts += error.attempts;
			tally.latencyMs += error.latencyMs;
			failedInARow += 1;

			// One job failing is that job's bad luck; several in a row is an
			// outage, and failing the rest of the run one by one helps no one.
			if (failedInARow >= tuning.failedJobsToStop) {
				throw api.stop(
					new RunStoppingError(
						`The API at ${baseUrl} failed ${failedInARow} jobs in a row ` +
							`(${error.message}); it may be down. Run \`upwork-eval ingest\` ` +
							'again later: the jobs evaluated so far are kept.',
					),
				);
			}

			return {
				ok: false,
				reason: `The request failed: ${error.message}.`,
				usage: usage(),
			};
		}
	}

	return {
		kind: 'llm',
		model,
		fingerprint,
		check: (signal) =>
			checkModel(api, {
				baseUrl,
				model,
				attempts: tuning.checkAttempts,
				signal,
			}),
		evaluate,
		onWaiting: (listener) => pacer.onWaiting(listener),
	};
}
