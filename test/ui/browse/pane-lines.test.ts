import {describe, expect, it} from 'vitest';
import {criteria} from '../../../source/evaluation/rubric.js';
import {textWidth} from '../../../source/text/fit-width.js';
import {
	paneLines,
	type PaneContext,
} from '../../../source/ui/browse/pane-lines.js';
import {lineText} from '../../../source/ui/browse/segments.js';
import {listedJob} from './listed-job.js';

const context: PaneContext = {
	width: 60,
	expertiseNames: new Map([['rag', 'Retrieval-augmented generation']]),
	isStale: null,
	now: new Date('2026-01-08T10:00:00Z'),
};

const textOf = (lines: ReturnType<typeof paneLines>) => lines.map(lineText);

describe('paneLines', () => {
	it('shows each criterion of the rubric with its weight, a bar and the reason', () => {
		const job = listedJob();
		const text = textOf(paneLines(job, context));

		for (const criterion of criteria) {
			const score = job.evaluation!.criteria![criterion.id];
			const line = text.find((entry) =>
				entry.startsWith(`${criterion.label} (${criterion.weight}%)`),
			);

			expect(line, criterion.id).toBeDefined();
			expect(line).toContain(
				'█'.repeat(score.score) + '░'.repeat(10 - score.score),
			);
			expect(line).toContain(`${String(score.score).padStart(2)}/10`);
			expect(text).toContain(`  ${score.reason}`);
		}
	});

	it('shows the total, the priority and the triage state', () => {
		const job = listedJob({
			triage: {
				state: 'shortlisted',
				changedAt: new Date('2026-01-07T10:00:00Z'),
			},
		});

		expect(textOf(paneLines(job, context))[1]).toBe(
			'83.0 / 100  High  shortlisted 1d ago',
		);
	});

	it('names matched expertise areas, or shows the id of an unknown one', () => {
		const job = listedJob(
			{},
			{
				matchedExpertise: [
					{id: 'rag', reason: 'Retrieval over docs.'},
					{id: 'voice-ai', reason: 'Calls.'},
				],
			},
		);
		const text = textOf(paneLines(job, context));

		expect(text).toContain(
			'  Retrieval-augmented generation: Retrieval over docs.',
		);
		expect(text).toContain('  voice-ai: Calls.');
	});

	it('shows the stack, the client and the terms', () => {
		const text = textOf(paneLines(listedJob(), {...context, width: 200}));

		expect(text).toContain('Stack: Python, LangChain');
		expect(text).toContain(
			'Client: payment verified · $12,000 spent · rating 4.8 (31 reviews) · hired on 8 of 10 jobs (80%) · United States',
		);
		expect(text).toContain(
			'Terms: $2,400 fixed · 1 to 3 months · Expert · posted 3d ago (2026-01-05 10:00 UTC)',
		);
	});

	it('says the client is unknown when the export had no client facts', () => {
		const job = listedJob({
			client: {
				paymentVerified: false,
				totalSpent: null,
				jobsPosted: null,
				jobsWithHires: null,
				rating: null,
				reviews: null,
				country: null,
			},
		});

		expect(textOf(paneLines(job, {...context, width: 200}))).toContain(
			'Client: unknown (the export has no client facts)',
		);
	});

	it('names the evaluator, the model for LLM evaluations', () => {
		const offline = textOf(paneLines(listedJob(), context));
		const llm = textOf(
			paneLines(
				listedJob({}, {evaluator: 'llm', model: 'zai-glm-4.7'}),
				context,
			),
		);

		expect(offline).toContain('Evaluator: offline evaluator, 2d ago');
		expect(llm).toContain('Evaluator: model zai-glm-4.7, 2d ago');
	});

	it('says when an evaluation is stale, and why', () => {
		const text = textOf(
			paneLines(listedJob(), {
				...context,
				width: 200,
				isStale: () => 'The posting changed after it was evaluated.',
			}),
		);

		expect(text).toContain(
			'Stale. The posting changed after it was evaluated.',
		);
	});

	it('says why a gated, failed, unrelated or waiting job has no scores', () => {
		const cases = [
			[
				{
					status: 'gated',
					criteria: null,
					total: null,
					priority: null,
					filterReason: 'budget below $500',
				},
				'Not evaluated: the gate held it back (budget below $500).',
			],
			[
				{
					status: 'failed',
					criteria: null,
					total: null,
					priority: null,
					failureReason: 'timed out',
				},
				'Evaluation failed: timed out',
			],
			[
				{isAiRelated: false, filterReason: 'A Shopify theme.'},
				'Not AI-related: A Shopify theme.',
			],
		] as const;

		for (const [evaluation, sentence] of cases) {
			const text = textOf(
				paneLines(listedJob({}, evaluation), {...context, width: 200}),
			);
			expect(text).toContain(sentence);
		}

		const waiting = textOf(
			paneLines(listedJob({}, null), {...context, width: 200}),
		);
		expect(waiting[3]).toMatch(/^Not evaluated yet/);
	});

	it('keeps every line within the width, and escape sequences out', () => {
		const job = listedJob({
			title:
				'Build 🚀 an \u001B[31mAI\u001B[0m agent 聊天机器人 with a rather long title',
			description: `Intro\u0007 text.\n\n${'Lorem ipsum dolor sit amet. '.repeat(30)}`,
		});

		for (const width of [20, 45, 90]) {
			const lines = paneLines(job, {...context, width});

			for (const line of lines.map(lineText)) {
				expect(textWidth(line)).toBeLessThanOrEqual(width);
				// eslint-disable-next-line no-control-regex
				expect(line).not.toMatch(/[\u0000-\u0008\u001B\u007F]/);
			}
		}
	});

	it('ends with the whole description, wrapped', () => {
		const text = textOf(
			paneLines(listedJob({description: 'First.\nSecond line.'}), context),
		);

		expect(text.slice(-3)).toEqual(['Description', 'First.', 'Second line.']);
	});
});
