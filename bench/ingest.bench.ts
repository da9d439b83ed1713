import {execFile} from 'node:child_process';
import {mkdir} from 'node:fs/promises';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {startFakeChatServer} from '../test/support/fake-chat-server.js';
import type {Benchmark, BenchmarkFigure} from './support/benchmark.js';
import {writeGeneratedExport} from './support/generate-export.js';

const run = promisify(execFile);
const here = path.dirname(fileURLToPath(import.meta.url));
const generated = path.join(here, '.generated');
const serverUrl =
	process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;

type CaseResult = {
	runs: Array<{
		ms: number;
		cpuMs: number;
		jobsRead: number;
		toEvaluate: number;
		scored: number;
		failed: number;
	}>;
	maxRssMb: number;
};

/**
 * The ingest pipeline against its ceilings: the provider's rate limit
 * with the LLM, parsing and PostgreSQL without it.
 */
export const benchmark: Benchmark = {
	name: 'ingest',
	async run({quick}) {
		await mkdir(generated, {recursive: true});
		return [
			...(await pacing(quick)),
			...(await offline(quick)),
			...(await overhead(quick)),
		];
	},
};

async function exportOf(count: number): Promise<string> {
	const file = path.join(
		generated,
		`jobs_dataset_upwork_2026-12-01_08-00-00-000_${count}.json`,
	);
	await writeGeneratedExport(file, count, {seed: 7});
	return file;
}

async function ingestCase(
	file: string,
	options: {
		backend: 'embedded' | 'server';
		repeat?: number;
		llm?: {baseUrl: string; apiKey: string; rps: number; concurrency: number};
	},
): Promise<CaseResult> {
	const args = [
		'--import',
		'tsx',
		path.join(here, 'cases', 'ingest-case.ts'),
		'--file',
		file,
		'--backend',
		options.backend,
		'--repeat',
		String(options.repeat ?? 1),
	];

	if (options.llm) {
		args.push(
			'--base-url',
			options.llm.baseUrl,
			'--api-key',
			options.llm.apiKey,
			'--rps',
			String(options.llm.rps),
			'--concurrency',
			String(options.llm.concurrency),
		);
	}

	const {stdout} = await run(process.execPath, args, {
		maxBuffer: 16 * 1024 * 1024,
		env: {...process.env, TEST_DATABASE_URL: serverUrl},
	});
	return JSON.parse(stdout.trim().split('\n').at(-1)!) as CaseResult;
}

/**
 * Jobs per second against the fake server, as a share of the ceiling:
 * the requests-per-second limit when answers are instant, concurrency
 * over latency when they are slow.
 */
async function pacing(quick: boolean): Promise<BenchmarkFigure[]> {
	const jobs = quick ? 40 : 600;
	const file = await exportOf(jobs);
	const cases = [
		{name: 'no latency, 5 req/s, 4 at once', rps: 5, latencyMs: 0, ceiling: 5},
		{
			name: '800 ms latency, 10 req/s, 4 at once',
			rps: 10,
			latencyMs: 800,
			ceiling: 4 / 0.8,
		},
	];
	const figures: BenchmarkFigure[] = [];

	for (const pacingCase of cases) {
		const server = await startFakeChatServer({
			requestsPerSecond: pacingCase.rps,
			latencyMs: pacingCase.latencyMs,
		});

		try {
			const result = await ingestCase(file, {
				backend: 'embedded',
				llm: {
					baseUrl: server.baseUrl,
					apiKey: server.apiKey,
					rps: pacingCase.rps,
					concurrency: 4,
				},
			});
			const completions = server.stats.received.filter((request) =>
				request.path.endsWith('/chat/completions'),
			);
			const first = Math.min(...completions.map((request) => request.at));
			const last = Math.max(
				...completions.map((request) => request.answeredAt ?? request.at),
			);
			const perSecond = (completions.length / (last - first)) * 1000;
			const label = `${jobs} jobs, ${pacingCase.name}`;
			figures.push(
				{case: label, metric: 'jobs/s', value: perSecond, unit: 'jobs/s'},
				{
					case: label,
					metric: 'ratio to ceiling',
					value: perSecond / pacingCase.ceiling,
					unit: `of ${pacingCase.ceiling}/s`,
					target: '>= 0.95',
				},
				{
					case: label,
					metric: 'requests over the limit',
					value: server.stats.overLimit,
					unit: '',
					target: '0',
				},
				{
					case: label,
					metric: 'most at once',
					value: server.stats.maxConcurrent,
					unit: '',
					target: '<= 4',
				},
				{
					case: label,
					metric: 'jobs evaluated',
					value: result.runs[0]!.scored,
					unit: `of ${jobs}`,
				},
			);
		} finally {
			await server.close();
		}
	}

	return figures;
}

/** Offline ingest at three sizes, then a re-ingest of the middle one. */
async function offline(quick: boolean): Promise<BenchmarkFigure[]> {
	const sizes = quick ? [500, 2000] : [1000, 10_000, 100_000];
	const reingestSize = quick ? 2000 : 10_000;
	const backends: Array<'embedded' | 'server'> = serverUrl
		? ['embedded', 'server']
		: ['embedded'];
	const figures: BenchmarkFigure[] = [];

	for (const size of sizes) {
		const file = await exportOf(size);

		for (const backend of backends) {
			const repeat = size === reingestSize ? 2 : 1;
			const result = await ingestCase(file, {backend, repeat});
			const [first, second] = result.runs;
			const label = `offline, ${size.toLocaleString('en-US')} jobs, ${backend === 'server' ? 'server' : 'PGlite'}`;
			const target =
				size === 10_000
					? backend === 'server'
						? 'under 10 s'
						: 'under 20 s'
					: undefined;

			figures.push(
				{
					case: label,
					metric: 'time',
					value: first!.ms / 1000,
					unit: 's',
					target,
				},
				{
					case: label,
					metric: 'throughput',
					value: (first!.jobsRead / first!.ms) * 1000,
					unit: 'jobs/s',
				},
				{
					case: label,
					metric: 'peak memory',
					value: result.maxRssMb,
					unit: 'MB',
				},
			);

			if (second) {
				figures.push({
					case: label,
					metric: 're-ingest / first ingest',
					value: second.ms / first!.ms,
					unit: `(${(second.ms / 1000).toFixed(2)} s)`,
					target: '< 0.2',
				});
			}
		}
	}

	return figures;
}

/**
 * The program's own CPU time per evaluated job with the LLM evaluator
 * (parse, prompt, validation, two writes), the server answering at once
 * and no limit that binds: it must be far below what any rate limit
 * allows per job.
 */
async function overhead(quick: boolean): Promise<BenchmarkFigure[]> {
	const jobs = quick ? 200 : 2000;
	const file = await exportOf(jobs);
	const server = await startFakeChatServer({requestsPerSecond: 100_000});

	try {
		const result = await ingestCase(file, {
			backend: 'embedded',
			llm: {
				baseUrl: server.baseUrl,
				apiKey: server.apiKey,
				rps: 10_000,
				concurrency: 16,
			},
		});
		const [first] = result.runs;
		return [
			{
				case: `${jobs} jobs, instant answers, PGlite`,
				metric: 'CPU per job',
				value: first!.cpuMs / Math.max(1, first!.scored),
				unit: 'ms',
			},
			{
				case: `${jobs} jobs, instant answers, PGlite`,
				metric: 'wall time per job',
				value: first!.ms / Math.max(1, first!.scored),
				unit: 'ms',
			},
		];
	} finally {
		await server.close();
	}
}
