import {render} from 'ink-testing-library';
import {createElement} from 'react';
import stripAnsi from 'strip-ansi';
import type {DatabaseHandle} from '../source/db/connection.js';
import {BrowseScreen} from '../source/ui/browse/browse-screen.js';
import {createWorkTracker} from '../source/ui/browse/work-tracker.js';
import {seedEvaluatedJobs} from '../test/support/seed-evaluated-jobs.js';
import {openTestDatabase} from '../test/support/test-database.js';
import type {Benchmark, BenchmarkFigure} from './support/benchmark.js';

/**
 * How quickly the browse screen answers: from start to the first frame
 * with jobs on it, and from a key to the frame that shows its effect.
 * The screen asks the database only for the rows on screen, so the
 * figures for 100,000 jobs should stay close to those for 100.
 */
export const benchmark: Benchmark = {
	name: 'browse',
	async run({quick}) {
		const sizes = quick ? [100, 2000] : [100, 100_000];
		const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
		const figures: BenchmarkFigure[] = [];

		for (const backend of url ? ['PGlite', 'server'] : ['PGlite']) {
			for (const size of sizes) {
				const handle = await openTestDatabase(
					backend === 'server' ? 'server' : 'embedded',
					{url},
				);

				try {
					await seedEvaluatedJobs(handle.db, size);
					const label = `${size.toLocaleString('en-US')} jobs, ${backend}`;
					figures.push(...(await measure(handle, label)));
				} finally {
					await handle.close();
				}
			}
		}

		return figures;
	},
};

type Step = {
	metric: string;
	keys: string;
	/** Whether the frame shows the key's effect; `before` is the position. */
	done: (before: string) => boolean;
	repeat?: number;
	target: string;
};

async function measure(
	handle: DatabaseHandle,
	label: string,
): Promise<BenchmarkFigure[]> {
	const work = createWorkTracker();
	const started = performance.now();
	const screen = render(
		createElement(BrowseScreen, {
			db: handle.db,
			searchDelay: 0,
			urlActions: {
				open: async () => {},
				copy: async () => 'clipboard' as const,
			},
			onQuit() {},
			work,
		}),
	);
	const status = () =>
		stripAnsi(screen.lastFrame() ?? '')
			.trimEnd()
			.split('\n')
			.at(-2) ?? '';
	const position = () => status().split(/\s+/)[0] ?? '';
	// The selected row is drawn with its marker once its job has arrived.
	const selectedDrawn = () => (screen.lastFrame() ?? '').includes('› ');
	const figures: BenchmarkFigure[] = [];

	try {
		await until(() => /^1\/\d/.test(position()));
		figures.push({
			case: label,
			metric: 'start to first frame with jobs',
			value: round(performance.now() - started),
			unit: 'ms',
			target: 'close to the 100-job figure',
		});

		// Positions read "12/1,569".
		const number = (text = '') => Number(text.replaceAll(',', ''));
		const total = () => number(position().split('/')[1]);
		const all = total();
		const firstRow = () =>
			stripAnsi(screen.lastFrame() ?? '').split('\n')[1] ?? '';
		const steps: Step[] = [
			{
				metric: 'j: next job, median of 10 (rows in hand)',
				keys: 'j',
				repeat: 10,
				done: (before) =>
					number(position().split('/')[0]) === number(before.split('/')[0]) + 1,
				target: '< 20 ms',
			},
			{
				metric: 'G: last job (fetches a window)',
				keys: 'G',
				done: () => number(position().split('/')[0]) === all && selectedDrawn(),
				target: '< 500 ms',
			},
			{
				metric: 'g: first job',
				keys: 'g',
				done: () =>
					position().startsWith('1/') && total() === all && selectedDrawn(),
				target: '< 500 ms',
			},
			{
				metric: 'm: minimum total 50 (count + window)',
				keys: 'm',
				done: () =>
					status().includes('≥50') && total() !== all && selectedDrawn(),
				target: '< 500 ms',
			},
			{
				metric: 'd: dismiss (write, count + window)',
				keys: 'd',
				done: (before) =>
					status().includes('Dismissed') &&
					total() === number(before.split('/')[1]) - 1,
				target: '< 500 ms',
			},
			{
				metric: 'search "voice" typed at once (count + window)',
				keys: '/voice\r',
				done: () =>
					status().includes('“voice”') && firstRow().includes('Voice'),
				target: '< 500 ms',
			},
		];

		for (const step of steps) {
			const timings: number[] = [];

			for (let attempt = 0; attempt < (step.repeat ?? 1); attempt++) {
				// Start from a quiet screen: no query of the last step running.
				await work.settled();
				const before = position();
				const started = performance.now();
				screen.stdin.write(step.keys);
				await until(() => step.done(before), `${step.metric}: ${status()}`);
				timings.push(performance.now() - started);
			}

			figures.push({
				case: label,
				metric: step.metric,
				value: round(median(timings)),
				unit: 'ms',
				target: step.target,
			});
		}
	} finally {
		screen.unmount();
		// Closing the embedded database under a running query hangs.
		await work.settled();
	}

	return figures;
}

/** Waits for `check`, looking after every turn of the event loop. */
async function until(
	check: () => boolean,
	what = 'the first frame',
	timeout = 60_000,
): Promise<void> {
	const deadline = performance.now() + timeout;

	while (!check()) {
		if (performance.now() > deadline) {
			throw new Error(
				`The browse screen did not reach the expected frame in time (${what}).`,
			);
		}

		await new Promise((resolve) => setImmediate(resolve));
	}
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.floor(sorted.length / 2)]!;
}

function round(milliseconds: number): number {
	return Math.round(milliseconds * 10) / 10;
}
