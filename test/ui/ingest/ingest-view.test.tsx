import {render} from 'ink-testing-library';
import {describe, expect, it} from 'vitest';
import type {IngestOutcome} from '../../../source/pipeline/ingest-session.js';
import type {RunEvent} from '../../../source/pipeline/run-events.js';
import {
	initialRunProgress,
	reduceRunProgress,
	type RunProgress,
} from '../../../source/pipeline/run-progress.js';
import {IngestView} from '../../../source/ui/ingest/ingest-view.js';
import {createPlainProgressPrinter} from '../../../source/ui/ingest/plain-progress-printer.js';

const usage = {
	promptTokens: 2000,
	completionTokens: 300,
	cachedTokens: 1500,
	reasoningTokens: 0,
	latencyMs: 700,
	costUsd: 0.0053,
	attempts: 1,
};

const events: Array<[RunEvent, number]> = [
	[
		{
			type: 'reading',
			source: 'jobs.json',
			totalBytes: 5000,
			evaluator: {kind: 'llm', model: 'zai-glm-4.7'},
		},
		0,
	],
	[
		{
			type: 'read',
			bytesRead: 5000,
			totalBytes: 5000,
			jobsRead: 40,
			inserted: 38,
			updated: 2,
			unchanged: 0,
		},
		100,
	],
	[{type: 'evaluating', total: 40, alreadyEvaluated: 0}, 200],
	...Array.from({length: 10}, (_, index): [RunEvent, number] => [
		{
			type: 'evaluated',
			job: {
				id: String(index),
				title: `Build a RAG agent \u001B[31mnumber ${index}`,
			},
			outcome: {
				status: 'evaluated',
				isAiRelated: true,
				total: 80 + index,
				priority: 'High',
				usage,
			},
		},
		200 + (index + 1) * 500,
	]),
	[{type: 'checkpoint', done: 10, total: 40}, 5200],
	[{type: 'waiting', seconds: 12, reason: '429 from the API'}, 5200],
];

function progressAfter(list: Array<[RunEvent, number]>): RunProgress {
	return list.reduce(
		(state, [event, at]) => reduceRunProgress(state, event, at),
		initialRunProgress(0),
	);
}

describe('the live ingest view', () => {
	it('shows the bar, checkpoint, pace, counts, cost, the wait and the latest jobs', () => {
		const {lastFrame} = render(
			<IngestView
				file="jobs.json"
				progress={progressAfter(events)}
				outcome={null}
				columns={100}
			/>,
		);
		const frame = lastFrame()!;

		expect(frame).toContain('jobs.json');
		expect(frame).toContain('model zai-glm-4.7');
		expect(frame).toContain('25%');
		expect(frame).toContain(
			'10/40 jobs · checkpoint 10 · 2.0 jobs/s · 15s left',
		);
		expect(frame).toContain(
			'evaluated 10 · AI-related 10 · not AI 0 · gated 0 · failed 0',
		);
		expect(frame).toContain('cost $0.05 · projected $0.21');
		expect(frame).toContain(
			'waiting 12s for the rate limit (429 from the API)',
		);
		expect(frame).toContain(' 89.0 High   Build a RAG agent number 9');
		// The escape sequence in the title is drawn as nothing.
		expect(frame).not.toContain('[31m');
	});

	it('cuts long lines to the terminal instead of wrapping them', () => {
		const {lastFrame} = render(
			<IngestView
				file="jobs.json"
				progress={progressAfter(events)}
				outcome={null}
				columns={60}
			/>,
		);

		for (const line of lastFrame()!.split('\n')) {
			expect(line.length).toBeLessThanOrEqual(60);
		}
	});

	it('ends with the summary of the run', () => {
		const progress = progressAfter([
			...events,
			[{type: 'done', status: 'completed'}, 6000],
		]);
		const outcome: IngestOutcome = {
			summary: {
				status: 'completed',
				stopReason: null,
				jobsRead: 40,
				rejected: 0,
				inserted: 38,
				updated: 2,
				unchanged: 0,
				toEvaluate: 40,
				scored: 38,
				aiRelated: 30,
				notAiRelated: 8,
				gated: 1,
				failed: 1,
				costUsd: 0.2,
			},
			staleLeft: 0,
			location: '/data/pglite',
			exitCode: 1,
		};
		const {lastFrame} = render(
			<IngestView
				file="jobs.json"
				progress={progress}
				outcome={outcome}
				columns={100}
			/>,
		);
		const frame = lastFrame()!;

		expect(frame).toContain('Ingest complete.');
		expect(frame).toContain('evaluated        38 of 40 that needed it');
		expect(frame).toContain('errors           1 failed, 0 rejected items');
		expect(frame).toContain('run the same command again to retry them');
	});
});

describe('the plain progress printer', () => {
	it('prints lines without escape codes, checkpoints at most once a second', () => {
		const lines: string[] = [];
		const print = createPlainProgressPrinter((line) => lines.push(line));
		let progress = initialRunProgress(0);

		for (const [event, at] of [
			...events,
			[{type: 'checkpoint', done: 20, total: 40}, 5300] as [RunEvent, number],
			[{type: 'checkpoint', done: 30, total: 40}, 6400] as [RunEvent, number],
		]) {
			progress = reduceRunProgress(progress, event, at);
			print(event, progress);
		}

		expect(lines[0]).toBe(
			'reading jobs.json (5,000 bytes) with the LLM evaluator, model zai-glm-4.7',
		);
		expect(lines).toContain('evaluating 40 jobs (0 already evaluated)');
		expect(lines.filter((line) => line.includes('checkpoint'))).toHaveLength(2);
		expect(lines.join('\n')).not.toContain('\u001B');
	});
});
