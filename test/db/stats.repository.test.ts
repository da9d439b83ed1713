import type {Kysely} from 'kysely';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {DatabaseHandle} from '../../source/db/connection.js';
import type {Database} from '../../source/db/database.js';
import {readJobStats, type JobStats} from '../../source/db/stats.repository.js';
import {
	currentFingerprint,
	insertReportFixture,
} from '../report/report-fixture.js';
import {backends, openTestDatabase} from '../support/test-database.js';

class Rollback extends Error {}

describe.each(backends)('stats repository on the %s database', (backend) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await openTestDatabase(backend);
		await insertReportFixture(handle.db);
		await handle.db
			.insertInto('expertise_areas')
			.values({
				id: 'rag',
				name: 'RAG, as the table names it',
				level: 'expert',
				keywords: ['rag'],
			})
			.execute();
	});

	afterAll(async () => {
		await handle?.close();
	});

	/** Reads the stats with extra rows that are rolled back afterwards. */
	async function statsWith(
		change: (db: Kysely<Database>) => Promise<void>,
	): Promise<JobStats> {
		let stats: JobStats | undefined;

		await handle.db
			.transaction()
			.execute(async (trx) => {
				await change(trx);
				stats = await readJobStats(trx, {fingerprint: currentFingerprint});
				throw new Rollback();
			})
			.catch((error: unknown) => {
				if (!(error instanceof Rollback)) throw error;
			});

		return stats!;
	}

	it('takes area names from the expertise_areas table, null where it has none', async () => {
		const stats = await readJobStats(handle.db, {
			fingerprint: currentFingerprint,
		});

		expect(stats.expertise).toEqual([
			{id: 'rag', name: 'RAG, as the table names it', jobs: 3},
			{id: 'ai-agents', name: null, jobs: 1},
			{id: 'made-up-area', name: null, jobs: 1},
		]);
	});

	it('counts as stale another fingerprint or an edited posting, never a failure', async () => {
		const now = await readJobStats(handle.db, {
			fingerprint: currentFingerprint,
		});
		// Under the old fingerprint, every job evaluated under the new one
		// (j1, j3, j4, j5 and j8) is stale; j2 is not, j6 failed.
		const old = await readJobStats(handle.db, {fingerprint: 'fp-old'});

		expect(now.totals.stale).toBe(2);
		expect(old.totals.stale).toBe(5);
	});

	it('lists only the most frequent stack items when asked for fewer', async () => {
		const stats = await readJobStats(handle.db, {
			fingerprint: currentFingerprint,
			techStackLimit: 2,
		});

		expect(stats.techStack).toEqual([
			{name: 'Python', jobs: 3},
			{name: 'OpenAI', jobs: 2},
		]);
	});

	it('counts a stack item once per job, however it is spelt', async () => {
		const stats = await statsWith(async (db) => {
			await db
				.insertInto('jobs')
				.values({
					id: 'j9',
					title: 'Python agent',
					description: 'An agent.',
					type: 'FIXED',
					url: 'https://www.upwork.com/jobs/~02j9',
					ts_publish: '2026-02-01T00:00:00Z',
					source: 'fixture.json',
					content_hash: 'hash-j9',
				})
				.execute();
			await db
				.insertInto('job_evaluations')
				.values({
					job_id: 'j9',
					status: 'evaluated',
					evaluator: 'offline',
					profile_hash: currentFingerprint,
					job_hash: 'hash-j9',
					is_ai_related: true,
					tech_stack: ['PYTHON', 'python', 'Python', ' '],
					score_total: 55,
					priority: 'Medium',
				})
				.execute();
		});

		expect(stats.techStack[0]).toEqual({name: 'Python', jobs: 4});
		expect(stats.techStack.map((item) => item.name)).not.toContain(' ');
		expect(stats.byProjectType).toContainEqual({
			projectType: null,
			jobs: 1,
			averageScore: 55,
		});
	});

	it('includes a posting published at the very moment of --since', async () => {
		const at = await readJobStats(handle.db, {
			fingerprint: currentFingerprint,
			publishedSince: new Date('2026-02-05T10:00:00Z'),
		});
		const after = await readJobStats(handle.db, {
			fingerprint: currentFingerprint,
			publishedSince: new Date('2026-02-05T10:00:01Z'),
		});

		expect(at.totals.jobs).toBe(2);
		expect(after.totals.jobs).toBe(1);
		expect(after.newestPosting?.id).toBe('j8');
	});

	it('reports the run started last as the last ingest', async () => {
		const stats = await readJobStats(handle.db, {
			fingerprint: currentFingerprint,
		});

		expect(stats.lastIngest).toMatchObject({
			id: 2,
			source: 'jobs_dataset_upwork_2026-02-06.json',
			startedAt: new Date('2026-02-06T12:00:00Z'),
		});
	});
});
