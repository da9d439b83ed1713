import {describe, expect, it} from 'vitest';
import {parseAnswer} from '../../../source/evaluation/llm/answer-parser.js';
import {
	answerToAssessment,
	createAnswerSchema,
} from '../../../source/evaluation/llm/answer-schema.js';

const areaIds = ['ai-agents', 'rag'];
const schema = createAnswerSchema(areaIds);

function answer(overrides: Record<string, unknown> = {}) {
	const criterion = (score: number) => ({reason: 'Stated plainly.', score});
	return {
		isAiRelated: true,
		notAiReason: null,
		techStack: ['Python', 'LangChain'],
		projectType: 'RAG chatbot',
		complexity: 'medium',
		matchedExpertise: [{id: 'rag', reason: 'Retrieval over documents.'}],
		criteria: {
			budget: criterion(7),
			client: criterion(8),
			clarity: criterion(6),
			techFit: criterion(9),
			timeline: criterion(5),
		},
		...overrides,
	};
}

const stop = (content: string | null) => ({content, finishReason: 'stop'});

describe('parseAnswer', () => {
	it('accepts an answer that follows the schema', () => {
		const parsed = parseAnswer(stop(JSON.stringify(answer())), schema, areaIds);

		expect(parsed.ok && parsed.answer.criteria.techFit.score).toBe(9);
	});

	it('unwraps a ```json fence, a preamble and a think block', () => {
		const json = JSON.stringify(answer());

		for (const content of [
			`\`\`\`json\n${json}\n\`\`\``,
			`Here it is:\n${json}\nHope it helps.`,
			`<think>The budget is fine.</think>\n${json}`,
		]) {
			expect(parseAnswer(stop(content), schema, areaIds).ok).toBe(true);
		}
	});

	it('drops expertise ids the profile does not have, and duplicates', () => {
		const parsed = parseAnswer(
			stop(
				JSON.stringify(
					answer({
						matchedExpertise: [
							{id: 'rag', reason: 'a'},
							{id: 'blockchain', reason: 'b'},
							{id: 'rag', reason: 'c'},
							{id: 'ai-agents', reason: 'd'},
						],
					}),
				),
			),
			schema,
			areaIds,
		);

		expect(
			parsed.ok && parsed.answer.matchedExpertise.map((m) => m.id),
		).toEqual(['rag', 'ai-agents']);
	});

	it('names the field of a score outside 0-10', () => {
		const bad = answer();
		bad.criteria.budget.score = 14;
		const parsed = parseAnswer(stop(JSON.stringify(bad)), schema, areaIds);

		expect(parsed.ok).toBe(false);
		expect(!parsed.ok && parsed.problem).toMatch(/criteria\.budget\.score/);
	});

	it('rejects a fractional score', () => {
		const bad = answer();
		bad.criteria.clarity.score = 6.5;

		expect(parseAnswer(stop(JSON.stringify(bad)), schema, areaIds).ok).toBe(
			false,
		);
	});

	it('calls an answer that hit the token limit cut off, even when empty', () => {
		const parsed = parseAnswer(
			{content: '', finishReason: 'length'},
			schema,
			areaIds,
		);

		expect(parsed).toMatchObject({ok: false, cutOff: true});
	});

	it('says so when the answer is empty or not JSON', () => {
		expect(parseAnswer(stop(null), schema, areaIds)).toMatchObject({
			ok: false,
			problem: 'Your answer was empty.',
		});
		expect(parseAnswer(stop('A fine job.'), schema, areaIds)).toMatchObject({
			ok: false,
			cutOff: false,
			problem: expect.stringMatching(/^Your answer was not valid JSON/),
		});
	});
});

describe('answerToAssessment', () => {
	it('strips control characters and escape sequences from the text', () => {
		const parsed = schema.parse(
			answer({
				projectType: 'RAG \u001b[31mbot\u0007',
				techStack: ['Py\u0000thon', 'Python', ' '],
			}),
		);
		const assessment = answerToAssessment(parsed);

		expect(assessment.projectType).toBe('RAG bot');
		expect(assessment.techStack).toEqual(['Python']);
	});

	it('keeps a reason only for jobs that are not AI-related', () => {
		const related = answerToAssessment(
			schema.parse(answer({notAiReason: 'leftover'})),
		);
		const unrelated = answerToAssessment(
			schema.parse(answer({isAiRelated: false, notAiReason: null})),
		);

		expect(related.notAiReason).toBeNull();
		expect(unrelated.notAiReason).toBe('The model gave no reason.');
	});
});
