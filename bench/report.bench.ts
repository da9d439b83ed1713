import {performance} from 'node:perf_hooks';
import {readJobStats} from '../source/db/stats.repository.js';
import {rankedReport} from '../source/report/ranked-report.js';
import {seedEvaluatedJobs} from '../test/support/seed-evaluated-jobs.js';
import {openTestDatabase} from '../test/support/test-database.js';
import type {Benchmark, BenchmarkFigure} from './support/benchmark.js';

const serverUrl =
	process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const repeats = 5;

/**
 * What `stats` and `ranked --json` cost on a large database: every
 * query of the stats report, and the ranked list as scripts get it, on
 * 100,000 evaluated jobs (2,000 in quick mode). Each is run once to warm
 * the caches, then timed `repeats` times; the median is reported.
 */
export const benchmark: Benchmark = {
	name: 'report',
	async run({quick}) {
		const count = quick ? 2000 : 100_000;
		const figures: BenchmarkFigure[] = [];

		for (const backend of serverUrl
			? (['embedded', 'server'] as const)
			: (['embedded'] as const)) {
			figures.push(...(await measure(backend, count)));
		}

		return figures;
	},
};

async function measure(
	backend: 'embedded' | 'server',
	count: number,
): Promise<BenchmarkFigure[]> {
	const handle = await openTestDatabase(backend, {url: serverUrl});
	const label = `${count.toLocaleString('en-US')} jobs, ${backend === 'embedded' ? 'PGlite' : 'PostgreSQL'}`;

	try {
		const seedStart = performance.now();
		await seedEvaluatedJobs(handle.db, count);
		const seedMs = performance.now() - seedStart;

		const stats = await medianMs(() =>
			readJobStats(handle.db, {fingerprint: 'synthetic'}),
		);
		const ranked = await medianMs(() =>
			rankedReport(
				handle.db,
				{format: 'json', limit: 50, minScore: 50, all: false},
				{width: 80, color: false},
			),
		);

		return [
			{case: label, metric: 'seed', value: Math.round(seedMs), unit: 'ms'},
			{
				case: label,
				metric: `stats query set, median of ${repeats}`,
				value: round(stats),
				unit: 'ms',
				target: '< 1,000 ms',
			},
			{
				case: label,
				metric: `ranked --json, median of ${repeats}`,
				value: round(ranked),
				unit: 'ms',
				target: '< 500 ms',
			},
		];
	} finally {
		await handle.close();
	}
}

async function medianMs(work: () => Promise<unknown>): Promise<number> {
	await work();
	const times: number[] = [];

	for (let index = 0; index < repeats; index += 1) {
		const start = performance.now();
		await work();
		times.push(performance.now() - start);
	}

	times.sort((a, b) => a - b);
	return times[Math.floor(times.length / 2)]!;
}

function round(ms: number): number {
	return Math.round(ms * 10) / 10;
}
