import type {Logger} from '../../config/logger.js';
import type {JobRecord} from '../../export/job-record.js';
import type {ApiClient} from './api-client.js';
import {parseAnswer} from './answer-parser.js';
import type {Answer, AnswerSchema} from './answer-schema.js';
import {addTokens, readCompletion, type TokenUsage} from './chat-completion.js';
import {buildJobMessage, type ChatMessage} from './chat-prompt.js';
import {buildChatRequest, type Dialect} from './chat-request.js';
import type {JsonSchema} from './strict-json-schema.js';

/** What stays the same for every job of a run. */
export type ExchangeSetup = {
	api: ApiClient;
	model: string;
	dialect: Dialect;
	systemPrompt: string;
	answerSchema: AnswerSchema;
	/** The answer schema as sent, strict. */
	schema: JsonSchema;
	areaIds: readonly string[];
	maxCompletionTokens: number;
	logger: Logger;
};

/** What one job's requests used up, all attempts counted. */
export type Tally = {tokens: TokenUsage; attempts: number; latencyMs: number};

export type ExchangeResult =
	{ok: true; answer: Answer} | {ok: false; reason: string};

/**
 * Asks the model about one job: the system prompt, then the job. An
 * unusable answer (not JSON, off the schema, empty, cut off) is asked
 * for once more, in the same conversation, saying what was wrong; a cut
 * off answer gets twice the room. Every attempt is added to `tally`.
 * Throws what the API client throws.
 */
export async function exchangeAnswer(
	setup: ExchangeSetup,
	job: JobRecord,
	tally: Tally,
	signal?: AbortSignal,
): Promise<ExchangeResult> {
	const {answerSchema, areaIds, maxCompletionTokens} = setup;
	const messages: ChatMessage[] = [
		{role: 'system', content: setup.systemPrompt},
		{role: 'user', content: buildJobMessage(job)},
	];

	const first = await ask(setup, messages, maxCompletionTokens, tally, signal);
	const parsed = first ? parseAnswer(first, answerSchema, areaIds) : null;

	if (parsed?.ok) {
		return parsed;
	}

	// A body that was no chat completion at all is asked for again as it
	// was; an answer that was wrong is answered with what was wrong.
	const content = first?.content?.trim();
	const followUp: ChatMessage[] = parsed
		? [
				...messages,
				...(content ? [{role: 'assistant' as const, content}] : []),
				{role: 'user', content: correction(parsed.problem, parsed.cutOff)},
			]
		: messages;
	setup.logger.info(`Job ${job.id}: asking again`, {
		problem: parsed?.problem ?? 'no chat completion in the body',
	});

	const room = parsed?.cutOff ? maxCompletionTokens * 2 : maxCompletionTokens;
	const second = await ask(setup, followUp, room, tally, signal);
	const reparsed = second ? parseAnswer(second, answerSchema, areaIds) : null;

	if (reparsed?.ok) {
		return reparsed;
	}

	const problem = reparsed
		? reparsed.problem.replace(/^Your answer/, 'its answer')
		: 'the API sent no chat completion';
	return {
		ok: false,
		reason: `The model gave no usable evaluation in two tries; the second time, ${problem}`,
	};
}

async function ask(
	setup: ExchangeSetup,
	messages: ChatMessage[],
	maxCompletionTokens: number,
	tally: Tally,
	signal: AbortSignal | undefined,
) {
	const body = buildChatRequest({
		model: setup.model,
		messages,
		schema: setup.schema,
		maxCompletionTokens,
		dialect: setup.dialect,
	});
	const result = await setup.api.call('POST', '/chat/completions', {
		body,
		signal,
	});
	tally.attempts += result.attempts;
	tally.latencyMs += result.latencyMs;
	const completion = readCompletion(result.json);

	if (!completion) {
		return null;
	}

	tally.tokens = addTokens(tally.tokens, completion.tokens);
	return completion.answer;
}

function correction(problem: string, cutOff: boolean): string {
	const how = cutOff
		? 'Answer again with only the JSON object, shorter, with no reasoning before it.'
		: 'Answer again with only the JSON object, following the response schema exactly.';

	return `${problem} ${how}`;
}
