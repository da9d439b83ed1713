import {describe, expect, it} from 'vitest';
import {
	buildChatRequest,
	dialectFor,
} from '../../../source/evaluation/llm/chat-request.js';

const base = {
	messages: [{role: 'user' as const, content: 'a job'}],
	schema: {type: 'object'},
	maxCompletionTokens: 1500,
};

describe('dialectFor', () => {
	it('knows Cerebras by its host and takes anything else as generic', () => {
		expect(dialectFor('https://api.cerebras.ai/v1')).toBe('cerebras');
		expect(dialectFor('http://localhost:11434/v1')).toBe('generic');
		expect(dialectFor('https://cerebras.ai.example.com/v1')).toBe('generic');
	});
});

describe('buildChatRequest', () => {
	it('asks for strict structured output under a name', () => {
		const body = buildChatRequest({
			...base,
			model: 'zai-glm-4.7',
			dialect: 'cerebras',
		});

		expect(body.response_format).toEqual({
			type: 'json_schema',
			json_schema: {
				name: 'job_evaluation',
				strict: true,
				schema: {type: 'object'},
			},
		});
	});

	it('turns GLM reasoning off on Cerebras, and gives gpt-oss the least it takes', () => {
		const glm = buildChatRequest({
			...base,
			model: 'zai-glm-4.7',
			dialect: 'cerebras',
		});
		const oss = buildChatRequest({
			...base,
			model: 'gpt-oss-120b',
			dialect: 'cerebras',
		});
		const other = buildChatRequest({
			...base,
			model: 'gemma-4-31b',
			dialect: 'cerebras',
		});

		expect(glm).toMatchObject({
			reasoning_effort: 'none',
			max_completion_tokens: 1500,
		});
		expect(oss.reasoning_effort).toBe('low');
		expect(other).not.toHaveProperty('reasoning_effort');
	});

	it('sends no Cerebras fields to other servers', () => {
		const body = buildChatRequest({
			...base,
			model: 'zai-glm-4.7',
			dialect: 'generic',
		});

		expect(body).not.toHaveProperty('reasoning_effort');
		expect(body).not.toHaveProperty('max_completion_tokens');
		expect(body.max_tokens).toBe(1500);
	});
});
