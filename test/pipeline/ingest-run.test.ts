import {existsSync} from 'node:fs';
import {mkdtemp, readFile, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {silentLogger} from '../../source/config/logger.js';
import {readSettings} from '../../source/config/settings.js';
import type {DatabaseHandle} from '../../source/db/connection.js';
import {UserError} from '../../source/errors/user-error.js';
import {createEvaluator} from '../../source/evaluation/create-evaluator.js';
import type {Evaluator} from '../../source/evaluation/evaluator.js';
import {readProfile, type Profile} from '../../source/evaluation/profile.js';
import {
	runIngest,
	type IngestOptions,
} from '../../source/pipeline/ingest-run.js';
import type {RunEvent} from '../../source/pipeline/run-events.js';
import {fakeChatEvaluator} from '../support/fake-chat-evaluator.js';
import {
	startFakeChatServer,
	type FakeChatServer,
} from '../support/fake-chat-server.js';
import {backends, openTestDatabase} from '../support/test-database.js';

const projectFile = (name: string) =>
	fileURLToPath(new URL(`../../${name}`, import.meta.url));
const sample = projectFile('samples/upwork-jobs_2026-12-01_08-00-00-000.json');
const sharedData = fileURLToPath(
	new URL('../../../shared/data/', import.meta.url),
);
const fixedFile = path.join(
	sharedData,
	'jobs_dataset_upwork_2026-02-05_04-09-24-623.json',
);
const hourlyFile = path.join(
	sharedData,
	'jobs_dataset_upwork_hourly_full.json',
);
const hasSharedData = existsSync(fixedFile) && existsSync(hourlyFile);

// The sample has 25 jobs; 6 are fixed-price under the $500 minimum.
const sampleJobs = 25;
const sampleGated = 6;

let profile: Profile;

beforeAll(async () => {
	profile = await readProfile();
});

function ingest(
	handle: DatabaseHandle,
	evaluator: Evaluator,
	file: string,
	overrides: Partial<IngestOptions> = {},
) {
	const events: RunEvent[] = [];
	const run = runIngest({
		db: handle.db,
		file,
		evaluator,
		fingerprint: evaluator.fingerprint,
		budgetMin: 500,
		checkpointInterval: 10,
		scope: 'pending',
		signal: new AbortController().signal,
		emit: (event) => events.push(event),
		...overrides,
	});
	return {run, events};
}

function offlineEvaluator() {
	return createEvaluator({
		settings: readSettings({}),
		profile,
		logger: silentLogger,
	});
}

async function tableCounts(handle: DatabaseHandle) {
	const count = async (table: 'jobs' | 'job_evaluations') => {
		const row = await handle.db
			.selectFrom(table)
			.select((eb) => eb.fn.countAll<number>().as('count'))
			.executeTakeFirstOrThrow();
		return Number(row.count);
	};

	return {
		jobs: await count('jobs'),
		evaluations: await count('job_evaluations'),
	};
}

describe.each(backends)('ingest on the %s database', (backend) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await openTestDatabase(backend);
	});

	afterAll(async () => {
		await handle?.close();
	});

	afterEach(async () => {
		await handle.db.deleteFrom('job_evaluations').execute();
		await handle.db.deleteFrom('jobs').execute();
	});

	it('stores and evaluates every job, gating small fixed budgets', async () => {
		const {run, events} = ingest(handle, offlineEvaluator(), sample);
		const summary = await run;

		expect(summary).toMatchObject({
			status: 'completed',
			jobsRead: sampleJobs,
			inserted: sampleJobs,
			toEvaluate: sampleJobs,
			gated: sampleGated,
			scored: sampleJobs - sampleGated,
			failed: 0,
		});
		expect(await tableCounts(handle)).toEqual({
			jobs: sampleJobs,
			evaluations: sampleJobs,
		});
		expect(events.filter((event) => event.type === 'checkpoint')).toEqual([
			{type: 'checkpoint', done: 10, total: sampleJobs},
			{type: 'checkpoint', done: 20, total: sampleJobs},
			{type: 'checkpoint', done: 25, total: sampleJobs},
		]);

		const gated = await handle.db
			.selectFrom('job_evaluations')
			.selectAll()
			.where('status', '=', 'gated')
			.execute();
		expect(gated).toHaveLength(sampleGated);
		expect(gated.every((row) => /500/.test(row.filter_reason ?? ''))).toBe(
			true,
		);
	});

	it('adds and evaluates nothing when the same file comes again', async () => {
		await ingest(handle, offlineEvaluator(), sample).run;
		const again = await ingest(handle, offlineEvaluator(), sample).run;

		expect(again).toMatchObject({
			inserted: 0,
			updated: 0,
			unchanged: sampleJobs,
			toEvaluate: 0,
		});
		expect(await tableCounts(handle)).toEqual({
			jobs: sampleJobs,
			evaluations: sampleJobs,
		});
	});

	it('updates a changed posting and evaluates it again', async () => {
		const folder = await mkdtemp(path.join(tmpdir(), 'upwork-eval-'));
		const changed = path.join(folder, 'changed.json');
		await ingest(handle, offlineEvaluator(), sample).run;
		const items = JSON.parse(await readFile(sample, 'utf8')) as Array<{
			id: string;
			title: string;
		}>;
		items[3]!.title = 'Retitled: build a LangGraph agent with RAG';
		await writeFile(changed, JSON.stringify(items));

		const summary = await ingest(handle, offlineEvaluator(), changed).run;
		const row = await handle.db
			.selectFrom('jobs')
			.select('title')
			.where('id', '=', items[3]!.id)
			.executeTakeFirstOrThrow();

		expect(summary).toMatchObject({updated: 1, toEvaluate: 1});
		expect(row.title).toBe('Retitled: build a LangGraph agent with RAG');
	});

	it('stores nothing from a file that breaks off halfway', async () => {
		const folder = await mkdtemp(path.join(tmpdir(), 'upwork-eval-'));
		const truncated = path.join(folder, 'truncated.json');
		const text = await readFile(sample, 'utf8');
		await writeFile(truncated, text.slice(0, Math.floor(text.length * 0.8)));

		await expect(
			ingest(handle, offlineEvaluator(), truncated).run,
		).rejects.toBeInstanceOf(UserError);
		expect(await tableCounts(handle)).toEqual({jobs: 0, evaluations: 0});
	});

	it.skipIf(!hasSharedData)(
		'ingests both real exports into 169 jobs and 169 evaluations',
		async () => {
			const first = await ingest(handle, offlineEvaluator(), fixedFile).run;
			expect(first).toMatchObject({jobsRead: 69, rejected: 0});
			expect(await tableCounts(handle)).toEqual({jobs: 69, evaluations: 69});

			const again = await ingest(handle, offlineEvaluator(), fixedFile).run;
			expect(again).toMatchObject({inserted: 0, toEvaluate: 0});
			expect(await tableCounts(handle)).toEqual({jobs: 69, evaluations: 69});

			const hourly = await ingest(handle, offlineEvaluator(), hourlyFile).run;
			expect(hourly).toMatchObject({jobsRead: 100, rejected: 0});
			expect(await tableCounts(handle)).toEqual({
				jobs: 169,
				evaluations: 169,
			});

			const stored = await handle.db
				.selectFrom('jobs')
				.select((eb) => [
					eb.fn.count<number>('hourly_max').as('withRange'),
					eb.fn.count<number>('client_total_spent').as('withSpend'),
					eb.fn.count<number>('client_country').as('withCountry'),
				])
				.where('type', '=', 'HOURLY')
				.executeTakeFirstOrThrow();
			expect(Number(stored.withRange)).toBeGreaterThan(50);
			expect(Number(stored.withSpend)).toBeGreaterThan(50);
			expect(Number(stored.withCountry)).toBe(100);
		},
	);
});

describe.each(backends)(
	'ingest with the LLM evaluator on the %s database',
	(backend) => {
		let handle: DatabaseHandle;
		let server: FakeChatServer;

		beforeAll(async () => {
			handle = await openTestDatabase(backend);
		});

		afterAll(async () => {
			await handle?.close();
		});

		afterEach(async () => {
			await server?.close();
			await handle.db.deleteFrom('job_evaluations').execute();
			await handle.db.deleteFrom('jobs').execute();
		});

		it('stores tokens and cost with every evaluation', async () => {
			server = await startFakeChatServer({requestsPerSecond: 50});
			const evaluator = await fakeChatEvaluator(server);
			const summary = await ingest(handle, evaluator, sample).run;
			const rows = await handle.db
				.selectFrom('job_evaluations')
				.selectAll()
				.where('status', '=', 'evaluated')
				.execute();

			expect(summary.scored).toBe(sampleJobs - sampleGated);
			expect(server.stats.completions).toBe(sampleJobs - sampleGated);
			expect(server.stats.overLimit).toBe(0);
			expect(rows.every((row) => row.evaluator === 'llm')).toBe(true);
			expect(rows.every((row) => row.model === 'zai-glm-4.7')).toBe(true);
			expect(rows.every((row) => (row.prompt_tokens ?? 0) > 0)).toBe(true);
			expect(rows.every((row) => (row.cost_usd ?? 0) > 0)).toBe(true);
			expect(summary.costUsd).toBeCloseTo(
				rows.reduce((sum, row) => sum + row.cost_usd!, 0),
			);
		});

		it('finishes an interrupted run on the next one, evaluating each job once', async () => {
			server = await startFakeChatServer({latencyMs: 30});
			const controller = new AbortController();
			const first = ingest(handle, await fakeChatEvaluator(server), sample, {
				signal: controller.signal,
				emit(event) {
					if (event.type === 'checkpoint' && event.done >= 10) {
						controller.abort();
					}
				},
			});
			const interrupted = await first.run;
			const afterFirst = server.stats.completions;

			expect(interrupted.status).toBe('interrupted');
			expect(interrupted.failed).toBe(0);

			const second = await ingest(
				handle,
				await fakeChatEvaluator(server),
				sample,
			).run;
			const failed = await handle.db
				.selectFrom('job_evaluations')
				.select('job_id')
				.where('status', '=', 'failed')
				.execute();

			expect(second.status).toBe('completed');
			expect(await tableCounts(handle)).toEqual({
				jobs: sampleJobs,
				evaluations: sampleJobs,
			});
			expect(failed).toEqual([]);
			// Answers to requests cut short by the interrupt are thrown
			// away, so a few jobs may be asked twice; never more than were
			// in flight when it came.
			expect(server.stats.completions).toBeLessThanOrEqual(
				sampleJobs - sampleGated + 4,
			);
			expect(second.toEvaluate).toBe(
				sampleJobs - (interrupted.scored + interrupted.gated),
			);
			expect(afterFirst).toBeGreaterThan(0);
		});

		it('stops at once on a refused key, marking no job failed', async () => {
			server = await startFakeChatServer();
			const evaluator = await fakeChatEvaluator(server, {
				environment: {CEREBRAS_API_KEY: 'not-the-key'},
			});

			const error = await ingest(handle, evaluator, sample).run.catch(
				(error_: unknown) => error_,
			);

			expect((error as Error).message).toMatch(/CEREBRAS_API_KEY/);
			expect((error as Error).message).not.toContain('not-the-key');
			expect(await tableCounts(handle)).toEqual({jobs: 0, evaluations: 0});
		});

		it('stops the run on a permanent fault mid-run and keeps what was done', async () => {
			server = await startFakeChatServer();
			// The first request is the model check; the fourth answer is a
			// 422 for the schema, which no retry can mend.
			server.script([
				{kind: 'slow', delayMs: 0},
				{kind: 'slow', delayMs: 0},
				{kind: 'slow', delayMs: 0},
				{kind: 'slow', delayMs: 0},
				{kind: 'wrong-api-format'},
			]);
			const evaluator = await fakeChatEvaluator(server, {
				environment: {RATE_LIMIT_CONCURRENT: '1'},
			});
			const summary = await ingest(handle, evaluator, sample).run;
			const failed = await handle.db
				.selectFrom('job_evaluations')
				.select('job_id')
				.where('status', '=', 'failed')
				.execute();

			expect(summary.status).toBe('stopped');
			expect(summary.stopReason).toMatch(/schema/i);
			expect(failed).toEqual([]);
			expect(summary.scored).toBeGreaterThanOrEqual(3);
		});

		it('records jobs whose answers stay invalid as failed, and retries them next run', async () => {
			server = await startFakeChatServer();
			const paidJobs = sampleJobs - sampleGated;
			// The model check, then two invalid answers for every job: the
			// first try and the one retry each job gets.
			server.script([
				{kind: 'slow', delayMs: 0},
				...Array.from({length: paidJobs * 2}, () => ({
					kind: 'invalid-content' as const,
				})),
			]);
			const first = await ingest(
				handle,
				await fakeChatEvaluator(server),
				sample,
			).run;
			const failed = await handle.db
				.selectFrom('job_evaluations')
				.select(['job_id', 'failure_reason'])
				.where('status', '=', 'failed')
				.execute();

			expect(first).toMatchObject({status: 'completed', failed: paidJobs});
			expect(failed).toHaveLength(paidJobs);
			expect(
				failed.every((row) => /schema/.test(row.failure_reason ?? '')),
			).toBe(true);

			const second = await ingest(
				handle,
				await fakeChatEvaluator(server),
				sample,
			).run;
			expect(second).toMatchObject({
				toEvaluate: paidJobs,
				scored: paidJobs,
				failed: 0,
			});
		});
	},
);
