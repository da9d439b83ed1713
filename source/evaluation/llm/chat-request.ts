import type {ChatMessage} from './chat-prompt.js';
import type {JsonSchema} from './strict-json-schema.js';

/**
 * Which server the client talks to. Fields only Cerebras documents are
 * sent only to Cerebras; any other OpenAI-compatible server (Ollama, LM
 * Studio, vLLM) gets the common subset.
 */
export type Dialect = 'cerebras' | 'generic';

export function dialectFor(baseUrl: string): Dialect {
	const host = new URL(baseUrl).hostname;
	return host === 'cerebras.ai' || host.endsWith('.cerebras.ai')
		? 'cerebras'
		: 'generic';
}

/** The name the response format gives the answer schema. */
export const answerSchemaName = 'job_evaluation';

export type ChatRequestOptions = {
	model: string;
	messages: ChatMessage[];
	schema: JsonSchema;
	maxCompletionTokens: number;
	dialect: Dialect;
};

/**
 * The body of a chat completion request. Temperature 0 keeps the same
 * job scoring the same from run to run, which a ranking needs more
 * than variety.
 */
export function buildChatRequest(
	options: ChatRequestOptions,
): Record<string, unknown> {
	const {model, messages, schema, maxCompletionTokens, dialect} = options;
	const body: Record<string, unknown> = {
		model,
		messages,
		temperature: 0,
		response_format: {
			type: 'json_schema',
			json_schema: {name: answerSchemaName, strict: true, schema},
		},
	};

	if (dialect === 'generic') {
		// The older name is the one every compatible server still reads.
		body.max_tokens = maxCompletionTokens;
		return body;
	}

	body.max_completion_tokens = maxCompletionTokens;
	const effort = reasoningEffort(model);

	if (effort) {
		body.reasoning_effort = effort;
	}

	return body;
}

/**
 * GLM reasons by default, which costs tokens and can eat the answer's
 * budget; 'none' turns that off. gpt-oss rejects 'none', so it gets the
 * least it accepts. Other models are left to their defaults.
 */
function reasoningEffort(model: string): string | undefined {
	if (model.startsWith('zai-glm')) return 'none';
	if (model.startsWith('gpt-oss')) return 'low';
	return undefined;
}
