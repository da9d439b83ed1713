import {describe, expect, it} from 'vitest';
import {
	fractionDone,
	initialRunProgress,
	jobsPerSecond,
	projectedCost,
	reduceRunProgress,
	timeLeft,
	waitingSeconds,
	type RunProgress,
} from '../../source/pipeline/run-progress.js';
import type {RunEvent} from '../../source/pipeline/run-events.js';

const usage = {
	promptTokens: 1000,
	completionTokens: 200,
	cachedTokens: 800,
	reasoningTokens: 0,
	latencyMs: 900,
	costUsd: 0.003,
	attempts: 1,
};

function fold(events: Array<[RunEvent, number]>): RunProgress {
	return events.reduce(
		(state, [event, at]) => reduceRunProgress(state, event, at),
		initialRunProgress(0),
	);
}

const evaluating: Array<[RunEvent, number]> = [
	[
		{
			type: 'reading',
			source: 'jobs.json',
			totalBytes: 1000,
			evaluator: {kind: 'llm', model: 'zai-glm-4.7'},
		},
		0,
	],
	[{type: 'evaluating', total: 10, alreadyEvaluated: 5}, 1000],
];

describe('run progress', () => {
	it('measures reading by bytes', () => {
		const progress = fold([
			evaluating[0]!,
			[
				{
					type: 'read',
					bytesRead: 250,
					totalBytes: 1000,
					jobsRead: 3,
					inserted: 3,
					updated: 0,
					unchanged: 0,
				},
				10,
			],
		]);

		expect(progress.phase).toBe('reading');
		expect(fractionDone(progress)).toBe(0.25);
	});

	it('counts outcomes, tokens and cost, and projects the rest', () => {
		const progress = fold([
			...evaluating,
			[
				{
					type: 'evaluated',
					job: {id: '1', title: 'RAG bot'},
					outcome: {
						status: 'evaluated',
						isAiRelated: true,
						total: 82.5,
						priority: 'High',
						usage,
					},
				},
				2000,
			],
			[
				{
					type: 'evaluated',
					job: {id: '2', title: 'Logo'},
					outcome: {status: 'gated', reason: 'Budget $100 under $500.'},
				},
				3000,
			],
		]);

		expect(progress).toMatchObject({
			phase: 'evaluating',
			scored: 1,
			aiRelated: 1,
			gated: 1,
			failed: 0,
			tokens: {prompt: 1000, completion: 200, cached: 800},
		});
		expect(progress.latest.map((entry) => entry.job.id)).toEqual(['2', '1']);
		expect(fractionDone(progress)).toBe(0.2);
		// Two jobs in the two seconds since evaluation began.
		expect(jobsPerSecond(progress)).toBe(1);
		expect(timeLeft(progress)).toBe(8000);
		// One paid job cost 0.003; eight more are left.
		expect(projectedCost(progress)).toBeCloseTo(0.003 + 8 * 0.003);
	});

	it('shows a rate-limit wait until it runs out', () => {
		const waiting = fold([
			...evaluating,
			[{type: 'waiting', seconds: 12, reason: '429 from the API'}, 5000],
		]);

		expect(waitingSeconds(waiting)).toBe(12);
		expect(waitingSeconds({...waiting, now: 16_500})).toBe(1);
		expect(waitingSeconds({...waiting, now: 17_000})).toBe(0);
	});

	it('keeps only the first rejected items but counts them all', () => {
		const rejections = Array.from(
			{length: 8},
			(_, index): [RunEvent, number] => [
				{
					type: 'rejected',
					index,
					id: null,
					field: 'title',
					message: 'no title',
				},
				index,
			],
		);
		const progress = fold(rejections);

		expect(progress.rejected).toBe(8);
		expect(progress.rejections).toHaveLength(5);
	});
});
