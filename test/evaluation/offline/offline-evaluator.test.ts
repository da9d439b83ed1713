import {describe, expect, it} from 'vitest';
import type {Assessment} from '../../../source/evaluation/assessment.js';
import {
	createOfflineAssessor,
	createOfflineEvaluator,
} from '../../../source/evaluation/offline/offline-evaluator.js';
import {readProfile} from '../../../source/evaluation/profile.js';
import {
	criterionIds,
	priorityFor,
	scoreTotal,
} from '../../../source/evaluation/rubric.js';
import type {JobRecord} from '../../../source/export/job-record.js';
import {buildJobRecord} from '../../support/job-record-factory.js';

const profile = await readProfile();
const assess = createOfflineAssessor(profile, 500);

const reliableClient = {
	paymentVerified: true,
	totalSpent: 84_949.99,
	jobsPosted: 23,
	jobsWithHires: 20,
	rating: 4.96,
	reviews: 22,
};

// The work this profile is for, well paid and well described.
const ragAgentJob = buildJobRecord({
	title: 'Build a RAG chatbot and AI agent with LangChain and pgvector',
	skills: ['LangChain', 'Python', 'FastAPI', 'OpenAI API'],
	fixedBudget: 6000,
	description: [
		'We need an LLM agent that answers questions from our knowledge base.',
		'',
		'Deliverables:',
		'- Ingestion of 2,000 PDFs with embeddings stored in pgvector',
		'- A LangGraph agent with tool calling over our REST API',
		'- A FastAPI service deployed with Docker on AWS',
		'- Unit tests and an evaluation set of 50 questions',
		'',
		'Acceptance criteria: 90% of the evaluation questions answered correctly.',
		'Timeline: milestone 1 in 3 weeks, the rest within 8 weeks.',
	].join('\n'),
	client: reliableClient,
});

const wordpressJob = buildJobRecord({
	title: 'WordPress site migration and Elementor redesign',
	skills: ['WordPress', 'Elementor', 'PHP', 'CSS'],
	fixedBudget: 800,
	description:
		'Move our WordPress site to a new host, rebuild six pages in ' +
		'Elementor and fix the contact form.',
});

function totalOf(assessment: Assessment): number {
	return scoreTotal(
		Object.fromEntries(
			criterionIds.map((id) => [id, assessment.criteria[id].score]),
		) as Record<(typeof criterionIds)[number], number>,
	);
}

describe('createOfflineEvaluator', () => {
	it('is the offline kind, has no model and keeps the fingerprint given', async () => {
		const evaluator = createOfflineEvaluator(profile, {
			budgetMin: 500,
			fingerprint: 'abc123',
		});

		expect(evaluator.kind).toBe('offline');
		expect(evaluator.model).toBeNull();
		expect(evaluator.fingerprint).toBe('abc123');

		const result = await evaluator.evaluate(ragAgentJob);
		expect(result.ok && result.assessment).toEqual(assess(ragAgentJob));
	});

	it('gives the same assessment every time for the same job', () => {
		const again = createOfflineAssessor(profile, 500);

		expect(assess(ragAgentJob)).toEqual(again(ragAgentJob));
		expect(assess(wordpressJob)).toEqual(assess(wordpressJob));
	});
});

describe('the offline assessment', () => {
	it('fills every criterion with a whole score from 0 to 10 and a sentence', () => {
		for (const job of [ragAgentJob, wordpressJob, buildJobRecord()]) {
			const assessment = assess(job);

			for (const id of criterionIds) {
				const {score, reason} = assessment.criteria[id];
				expect(Number.isInteger(score)).toBe(true);
				expect(score).toBeGreaterThanOrEqual(0);
				expect(score).toBeLessThanOrEqual(10);
				expect(reason).toMatch(/^[A-Z0-9"].*\.$/);
			}
		}
	});

	it('scores a rich AI job high on tech fit and names the matched keywords', () => {
		const assessment = assess(ragAgentJob);

		expect(assessment.isAiRelated).toBe(true);
		expect(assessment.notAiReason).toBeNull();
		expect(assessment.criteria.techFit.score).toBeGreaterThanOrEqual(8);
		expect(assessment.criteria.techFit.reason).toContain('"langchain"');

		const ids = assessment.matchedExpertise.map((match) => match.id);
		expect(ids).toEqual(
			expect.arrayContaining(['ai-agents', 'rag', 'backend']),
		);

		const rag = assessment.matchedExpertise.find((match) => match.id === 'rag');
		expect(rag?.reason).toContain('"pgvector"');
	});

	it('lists the recognised technologies once each under their names', () => {
		const {techStack} = assess(ragAgentJob);

		expect(techStack).toEqual(
			expect.arrayContaining([
				'LangChain',
				'LangGraph',
				'pgvector',
				'Python',
				'FastAPI',
				'OpenAI',
				'Docker',
				'AWS',
			]),
		);
		expect(new Set(techStack).size).toBe(techStack.length);
	});

	it('finds a WordPress job unrelated to AI and says why', () => {
		const assessment = assess(wordpressJob);

		expect(assessment.isAiRelated).toBe(false);
		expect(assessment.notAiReason).toMatch(/no|nothing/i);
		expect(assessment.notAiReason).toContain('website');
		expect(assessment.projectType).toBe('website');
		expect(assessment.criteria.techFit.score).toBeLessThanOrEqual(3);
	});

	it('does not call a job AI work for one passing mention of AI', () => {
		const job = buildJobRecord({
			title: 'Shopify store setup',
			skills: ['Shopify'],
			description: 'Set up our store. We use AI to write product copy.',
		});

		expect(assess(job).isAiRelated).toBe(false);
		expect(assess(job).notAiReason).toContain('in passing');
	});

	it('keeps a video about voice agents a design job', () => {
		const job = buildJobRecord({
			title: 'Video animation with voiceover for our product demo',
			description:
				'Our product is an AI voice agent platform built on LLM technology.',
		});

		expect(assess(job).isAiRelated).toBe(false);
		expect(assess(job).projectType).toBe('design');
		expect(assess(job).notAiReason).toContain('the title names other work');
	});

	it('tells kinds of AI project apart', () => {
		const kind = (title: string) =>
			assess(buildJobRecord({title, description: ''})).projectType;

		expect(kind('AI voice agent for inbound calls with Twilio')).toBe(
			'voice AI',
		);
		expect(kind('RAG system over our documents')).toBe('RAG system');
		expect(kind('Agentic AI workflow with LangGraph')).toBe('AI agent');
		expect(kind('AI chatbot for our support site')).toBe('chatbot');
	});

	it('judges a long, demanding build more complex than a small fix', () => {
		const small = buildJobRecord({
			title: 'Fix a contact form',
			description: 'The form does not send emails. Please fix it.',
			experienceLevel: 'EntryLevel',
			durationWeeks: 3,
		});

		expect(assess(small).complexity).toBe('low');
		expect(assess(ragAgentJob).complexity).not.toBe('low');
	});

	it('ranks the AI job High and the WordPress job Low by the rubric', () => {
		const ragTotal = totalOf(assess(ragAgentJob));
		const wordpressTotal = totalOf(assess(wordpressJob));

		expect(priorityFor(ragTotal)).toBe('High');
		expect(priorityFor(wordpressTotal)).toBe('Low');
	});

	it('scores the weighted total the rubric defines, not one of its own', () => {
		const assessment = assess(ragAgentJob);
		const byHand =
			(assessment.criteria.budget.score * 25 +
				assessment.criteria.client.score * 15 +
				assessment.criteria.clarity.score * 20 +
				assessment.criteria.techFit.score * 30 +
				assessment.criteria.timeline.score * 10) /
			10;

		expect(totalOf(assessment)).toBe(byHand);
	});

	it('evaluates a job with empty text without failing', () => {
		const empty: JobRecord = buildJobRecord({
			title: '',
			description: '',
			skills: [],
			durationWeeks: null,
			durationLabel: null,
		});
		const assessment = assess(empty);

		expect(assessment.criteria.techFit.score).toBe(0);
		expect(assessment.criteria.clarity.reason).toMatch(/^Only 0 characters/);
		expect(assessment.projectType).toBe('other');
	});
});
