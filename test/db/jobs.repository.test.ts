import {existsSync} from 'node:fs';
import path from 'node:path';
import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import type {DatabaseHandle} from '../../source/db/connection.js';
import {
	jobContentHash,
	jobRecordFromRow,
	upsertJobs,
} from '../../source/db/jobs.repository.js';
import type {JobRecord} from '../../source/export/job-record.js';
import {readExport} from '../../source/export/read-export.js';
import {backends, openTestDatabase} from '../support/test-database.js';

const exportFiles = [
	new URL(
		'../../samples/upwork-jobs_2026-12-01_08-00-00-000.json',
		import.meta.url,
	),
	new URL(
		'../../../shared/data/jobs_dataset_upwork_2026-02-05_04-09-24-623.json',
		import.meta.url,
	),
	new URL(
		'../../../shared/data/jobs_dataset_upwork_hourly_full.json',
		import.meta.url,
	),
]
	.filter((url) => existsSync(url))
	.map((url) => [path.basename(url.pathname), url.pathname]);

// Ids above 2^53: stored as numbers they would come back altered.
const firstId = 2019187901781624803n;

function job(number: number, changes: Partial<JobRecord> = {}): JobRecord {
	const id = (firstId + BigInt(number)).toString();
	const isFixed = number % 2 === 0;

	return {
		id,
		title: `Build a retrieval chatbot, part ${number}`,
		description: 'Answer questions from our manuals.\n\tWith sources. ✓',
		type: isFixed ? 'FIXED' : 'HOURLY',
		url: `https://www.upwork.com/jobs/~02${id}`,
		publishedAt: new Date(Date.UTC(2026, 1, 4, 23, 15, 26, 182 + number)),
		createdAt: number % 3 === 0 ? null : new Date(Date.UTC(2026, 1, 4, 23)),
		fixedBudget: isFixed ? 2400 : null,
		hourlyMin: isFixed ? null : 12.5,
		hourlyMax: isFixed ? null : 40,
		hourlyWorkload: isFixed ? null : 'PART_TIME',
		durationWeeks: isFixed ? 3 : 18,
		durationLabel: isFixed ? 'Less than 1 month' : '3 to 6 months',
		experienceLevel: 'ExpertLevel',
		category: 'AI & Machine Learning',
		skills: ['Python', 'LangChain'],
		client: {
			paymentVerified: true,
			totalSpent: 84949.99,
			jobsPosted: 23,
			jobsWithHires: 21,
			rating: 4.96,
			reviews: 22,
			country: 'United States',
			timezone: 'America/Chicago (UTC-05:00)',
		},
		applicants: 7,
		source: 'upwork-jobs_2026-12-01_08-00-00-000.json',
		scrapedAt: new Date(Date.UTC(2026, 11, 1, 8)),
		...changes,
	};
}

describe('jobContentHash', () => {
	it('ignores where and when the job was read', () => {
		const original = job(1);
		const reread = job(1, {source: 'other.json', scrapedAt: null});

		expect(jobContentHash(reread)).toBe(jobContentHash(original));
	});

	it('changes when the posting or its client changes', () => {
		const original = jobContentHash(job(1));

		expect(jobContentHash(job(1, {title: 'Another title'}))).not.toBe(original);
		expect(
			jobContentHash(job(1, {client: {...job(1).client, reviews: 23}})),
		).not.toBe(original);
	});
});

describe.each(backends)('jobs repository on the %s database', (backend) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await openTestDatabase(backend);
	});

	beforeEach(async () => {
		await handle.db.deleteFrom('jobs').execute();
	});

	afterAll(async () => {
		await handle?.close();
	});

	const storedJobs = async () =>
		(
			await handle.db.selectFrom('jobs').selectAll().orderBy('id').execute()
		).map(jobRecordFromRow);

	it('inserts new jobs and reads them back exactly as given', async () => {
		const records = [job(0), job(1), job(2), job(3)];

		const counts = await upsertJobs(handle.db, records);

		expect(counts).toEqual({inserted: 4, updated: 0, unchanged: 0});
		expect(await storedJobs()).toEqual(records);
	});

	it('stores a new applicant count without calling the posting changed', async () => {
		await upsertJobs(handle.db, [job(0, {applicants: 3})]);
		const before = await handle.db
			.selectFrom('jobs')
			.select('content_hash')
			.executeTakeFirstOrThrow();

		const counts = await upsertJobs(handle.db, [job(0, {applicants: 9})]);
		const after = await handle.db
			.selectFrom('jobs')
			.select(['content_hash', 'applicants'])
			.executeTakeFirstOrThrow();

		expect(counts).toEqual({inserted: 0, updated: 1, unchanged: 0});
		expect(after).toEqual({content_hash: before.content_hash, applicants: 9});
	});

	it('keeps 19-digit ids as exact strings', async () => {
		await upsertJobs(handle.db, [job(0)]);
		const [row] = await handle.db.selectFrom('jobs').select('id').execute();

		expect(row!.id).toBe('2019187901781624803');
		expect(typeof row!.id).toBe('string');
	});

	it('stores budgets, rates and client figures as numbers', async () => {
		await upsertJobs(handle.db, [job(0), job(1)]);
		const rows = await handle.db
			.selectFrom('jobs')
			.selectAll()
			.orderBy('id')
			.execute();

		expect(rows[0]!.fixed_budget_amount).toBe(2400);
		expect(rows[0]!.fixed_duration_weeks).toBe(3);
		expect(rows[0]!.hourly_duration_weeks).toBeNull();
		expect(rows[1]!.hourly_min).toBe(12.5);
		expect(rows[1]!.hourly_duration_weeks).toBe(18);
		expect(rows[1]!.client_total_spent).toBe(84949.99);
		expect(rows[1]!.client_rating).toBe(4.96);
		expect(rows[1]!.content_hash).toBe(jobContentHash(job(1)));
	});

	it('writes nothing when the same jobs are stored again', async () => {
		await upsertJobs(handle.db, [job(0), job(1)]);
		const before = await handle.db
			.selectFrom('jobs')
			.select(['id', 'updated_at', 'source'])
			.orderBy('id')
			.execute();

		const counts = await upsertJobs(handle.db, [
			job(0, {source: 'a-later-export.json'}),
			job(1),
		]);
		const after = await handle.db
			.selectFrom('jobs')
			.select(['id', 'updated_at', 'source'])
			.orderBy('id')
			.execute();

		expect(counts).toEqual({inserted: 0, updated: 0, unchanged: 2});
		expect(after).toEqual(before);
	});

	it('overwrites a job whose content changed and stamps updated_at', async () => {
		await upsertJobs(handle.db, [job(0), job(1)]);
		const before = await handle.db
			.selectFrom('jobs')
			.select(['updated_at', 'created_at'])
			.where('id', '=', job(0).id)
			.executeTakeFirstOrThrow();

		const changed = job(0, {fixedBudget: 3100.5, applicants: 12});
		const counts = await upsertJobs(handle.db, [changed, job(1), job(2)]);
		const row = await handle.db
			.selectFrom('jobs')
			.selectAll()
			.where('id', '=', job(0).id)
			.executeTakeFirstOrThrow();

		expect(counts).toEqual({inserted: 1, updated: 1, unchanged: 1});
		expect(jobRecordFromRow(row)).toEqual(changed);
		expect(row.content_hash).toBe(jobContentHash(changed));
		expect(row.created_at).toEqual(before.created_at);
		expect(row.updated_at.getTime()).toBeGreaterThanOrEqual(
			before.updated_at.getTime(),
		);
	});

	it('keeps the last version of a job listed twice', async () => {
		const counts = await upsertJobs(handle.db, [
			job(0, {title: 'First version'}),
			job(0, {title: 'Second version'}),
		]);

		expect(counts).toEqual({inserted: 1, updated: 0, unchanged: 0});
		expect((await storedJobs())[0]!.title).toBe('Second version');
	});

	it('stores more jobs than one statement can carry', async () => {
		const records = Array.from({length: 2500}, (_, number) =>
			job(number, {description: 'Short.'}),
		);

		const counts = await upsertJobs(handle.db, records);
		const total = await handle.db
			.selectFrom('jobs')
			.select((eb) => eb.fn.countAll<number>().as('count'))
			.executeTakeFirstOrThrow();

		expect(counts.inserted).toBe(2500);
		expect(Number(total.count)).toBe(2500);
	});

	it('rolls back with the transaction it was given', async () => {
		await expect(
			handle.db.transaction().execute(async (trx) => {
				await upsertJobs(trx, [job(0)]);
				throw new Error('the ingest failed later');
			}),
		).rejects.toThrow('the ingest failed later');

		expect(await storedJobs()).toEqual([]);
	});

	it('does nothing for an empty list', async () => {
		expect(await upsertJobs(handle.db, [])).toEqual({
			inserted: 0,
			updated: 0,
			unchanged: 0,
		});
	});

	// The sample always; the real exports beside the project when present.
	it.each(exportFiles)(
		'stores every job of %s as read, once',
		async (_name, file) => {
			const records: JobRecord[] = [];

			for await (const entry of readExport(file)) {
				if (entry.kind === 'job') {
					records.push(entry.record);
				}
			}

			const first = await upsertJobs(handle.db, records);
			const again = await upsertJobs(handle.db, records);
			const count = records.length;
			const byId = (a: JobRecord, b: JobRecord) => a.id.localeCompare(b.id);

			expect(count).toBeGreaterThan(0);
			expect(first).toEqual({inserted: count, updated: 0, unchanged: 0});
			expect(again).toEqual({inserted: 0, updated: 0, unchanged: count});
			expect(await storedJobs()).toEqual([...records].sort(byId));
		},
	);
});
