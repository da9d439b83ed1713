import {z} from 'zod';
import type {RawAnswer} from './answer-parser.js';

const count = z.number().nonnegative().catch(0);

// Only what the evaluator reads; servers add fields freely, and some
// send null where others leave a field out.
const completionSchema = z.object({
	choices: z
		.array(
			z.object({
				message: z.object({content: z.string().nullish()}).nullish(),
				finish_reason: z.string().nullish(),
			}),
		)
		.min(1),
	usage: z
		.object({
			prompt_tokens: count,
			completion_tokens: count,
			prompt_tokens_details: z
				.object({cached_tokens: count.optional()})
				.nullish(),
			completion_tokens_details: z
				.object({reasoning_tokens: count.optional()})
				.nullish(),
		})
		.nullish(),
});

/** Tokens one request used. */
export type TokenUsage = {
	promptTokens: number;
	completionTokens: number;
	cachedTokens: number;
	reasoningTokens: number;
};

export type Completion = {answer: RawAnswer; tokens: TokenUsage};

/**
 * Reads a chat completion body, or null when it is not one (a proxy's
 * error page, a truncated body): the caller retries those like a
 * server error.
 */
export function readCompletion(body: unknown): Completion | null {
	const parsed = completionSchema.safeParse(body);

	if (!parsed.success) {
		return null;
	}

	const choice = parsed.data.choices[0]!;
	const usage = parsed.data.usage;

	return {
		answer: {
			content: choice.message?.content ?? null,
			finishReason: choice.finish_reason ?? null,
		},
		tokens: {
			promptTokens: usage?.prompt_tokens ?? 0,
			completionTokens: usage?.completion_tokens ?? 0,
			cachedTokens: usage?.prompt_tokens_details?.cached_tokens ?? 0,
			reasoningTokens: usage?.completion_tokens_details?.reasoning_tokens ?? 0,
		},
	};
}

/** The model ids of a GET /models body, or null when it is no list. */
export function readModelIds(body: unknown): string[] | null {
	const parsed = z
		.object({data: z.array(z.object({id: z.string()}))})
		.safeParse(body);

	return parsed.success ? parsed.data.data.map((model) => model.id) : null;
}

export const noTokens: TokenUsage = {
	promptTokens: 0,
	completionTokens: 0,
	cachedTokens: 0,
	reasoningTokens: 0,
};

export function addTokens(a: TokenUsage, b: TokenUsage): TokenUsage {
	return {
		promptTokens: a.promptTokens + b.promptTokens,
		completionTokens: a.completionTokens + b.completionTokens,
		cachedTokens: a.cachedTokens + b.cachedTokens,
		reasoningTokens: a.reasoningTokens + b.reasoningTokens,
	};
}
