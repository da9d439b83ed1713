import type {z} from 'zod';
import type {Answer, AnswerSchema} from './answer-schema.js';

/** The text of one choice of a chat completion. */
export type RawAnswer = {
	content: string | null;
	finishReason: string | null;
};

export type ParsedAnswer =
	| {ok: true; answer: Answer}
	| {
			ok: false;
			/** What was wrong, as a sentence the model is shown. */
			problem: string;
			/** The answer ran out of tokens: a retry gets more room. */
			cutOff: boolean;
	  };

/** The first issues of a failed validation named in a problem. */
const issuesShown = 3;

/**
 * Reads the model's answer into the answer schema. Servers other than
 * Cerebras may wrap the JSON in a code fence, put a `<think>` block or a
 * sentence before it: those are unwrapped. Expertise area ids the profile
 * does not have are dropped, with their duplicates, rather than failing
 * the answer: the rest of it is sound, and strict mode already keeps
 * Cerebras to the listed ids.
 */
export function parseAnswer(
	raw: RawAnswer,
	schema: AnswerSchema,
	areaIds: readonly string[],
): ParsedAnswer {
	const content = raw.content?.trim() ?? '';

	if (raw.finishReason === 'length') {
		return {
			ok: false,
			cutOff: true,
			problem:
				'Your answer was cut off at the token limit before the JSON ' +
				'object was complete.',
		};
	}

	if (content === '') {
		return {ok: false, cutOff: false, problem: 'Your answer was empty.'};
	}

	let json: unknown;

	try {
		json = JSON.parse(unwrapJson(content));
	} catch (error) {
		return {
			ok: false,
			cutOff: false,
			problem: `Your answer was not valid JSON (${(error as Error).message}).`,
		};
	}

	const parsed = schema.safeParse(dropUnknownAreas(json, areaIds));

	if (!parsed.success) {
		return {
			ok: false,
			cutOff: false,
			problem: `Your answer did not follow the schema: ${describeIssues(parsed.error)}.`,
		};
	}

	return {ok: true, answer: parsed.data};
}

/** The JSON inside a fence or after a preamble; the text itself if bare. */
export function unwrapJson(content: string): string {
	const withoutThinking = content.replace(/^<think>[\s\S]*?<\/think>/, '');
	const fenced = /```(?:json)?\s*\n?([\s\S]*?)```/.exec(withoutThinking);
	const text = (fenced ? fenced[1]! : withoutThinking).trim();

	if (text.startsWith('{')) {
		return text;
	}

	const start = text.indexOf('{');
	const end = text.lastIndexOf('}');
	return start >= 0 && end > start ? text.slice(start, end + 1) : text;
}

function dropUnknownAreas(json: unknown, areaIds: readonly string[]): unknown {
	const matches = (json as {matchedExpertise?: unknown})?.matchedExpertise;

	if (!Array.isArray(matches)) {
		return json;
	}

	const seen = new Set<string>();
	const kept = matches.filter((match: unknown) => {
		const id = (match as {id?: unknown})?.id;

		if (typeof id !== 'string' || !areaIds.includes(id) || seen.has(id)) {
			return false;
		}

		seen.add(id);
		return true;
	});

	return {...(json as object), matchedExpertise: kept};
}

function describeIssues(error: z.ZodError): string {
	const shown = error.issues.slice(0, issuesShown).map((issue) => {
		const where = issue.path.join('.') || 'the top level';
		return `at \`${where}\`, ${issue.message}`;
	});
	const more = error.issues.length - shown.length;

	return more > 0 ? `${shown.join('; ')} (and ${more} more)` : shown.join('; ');
}
