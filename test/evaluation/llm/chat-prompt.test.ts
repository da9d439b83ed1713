import {describe, expect, it} from 'vitest';
import {readProfile} from '../../../source/evaluation/profile.js';
import {criteria} from '../../../source/evaluation/rubric.js';
import {
	buildJobMessage,
	buildSystemPrompt,
} from '../../../source/evaluation/llm/chat-prompt.js';
import {sampleJob, sampleJobs} from '../../support/fake-chat-jobs.js';

describe('the system prompt', async () => {
	const profile = await readProfile();
	const prompt = buildSystemPrompt(profile, {budgetMin: 500});

	it('lists every expertise area with its id, level and keywords', () => {
		for (const area of profile.areas) {
			expect(prompt).toContain(`- ${area.id}: ${area.name} (${area.level}).`);
			expect(prompt).toContain(area.keywords.join(', '));
		}
	});

	it('states every criterion with the weight and guide of the rubric', () => {
		for (const criterion of criteria) {
			expect(prompt).toContain(
				`- ${criterion.id} (${criterion.label}, weight ${criterion.weight}%): ${criterion.guide}`,
			);
		}
	});

	it('states the budget minimum and asks for no total or priority', () => {
		expect(prompt).toContain('minimum for a fixed-price job is $500');
		expect(prompt).toMatch(/Do not compute a total or a priority/);
	});

	it('holds nothing that varies by job', () => {
		for (const job of sampleJobs) {
			expect(prompt).not.toContain(job.title);
			expect(prompt).not.toContain(job.id);
		}

		expect(buildSystemPrompt(profile, {budgetMin: 500})).toBe(prompt);
	});
});

describe('the job message', () => {
	it('carries the facts the rubric scores', () => {
		const message = buildJobMessage(sampleJob());

		expect(message).toContain(
			'Title: Build a RAG chatbot over our support docs',
		);
		expect(message).toContain(
			'Type: fixed price, budget $4,000, 1 to 3 months',
		);
		expect(message).toContain('Experience level: Expert');
		expect(message).toContain('Skills: Python, LangChain, pgvector, FastAPI');
		expect(message).toContain(
			'Client: payment verified; spent $48,000; 20 jobs posted; hire rate 75%; ' +
				'rating 4.9 from 14 reviews; in United States.',
		);
		expect(message).toMatch(/Description:\nWe need an AI agent/);
	});

	it('describes hourly terms and missing facts in words', () => {
		const message = buildJobMessage(
			sampleJob({
				type: 'HOURLY',
				fixedBudget: null,
				hourlyMin: null,
				hourlyMax: null,
				hourlyWorkload: null,
				durationLabel: null,
				durationWeeks: null,
				experienceLevel: null,
				skills: [],
			}),
		);

		expect(message).toContain(
			'Type: hourly, rate not given, workload not given, duration not given',
		);
		expect(message).toContain('Skills: none listed');
	});

	it('cuts a description far longer than real ones and strips escapes', () => {
		const message = buildJobMessage(
			sampleJob({description: `\u001b[2J${'word '.repeat(5000)}`}),
		);

		expect(message).not.toContain('\u001b');
		expect(message).toContain('[description cut here]');
		expect(message.length).toBeLessThan(13_000);
	});
});
