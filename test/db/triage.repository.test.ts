import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {DatabaseHandle} from '../../source/db/connection.js';
import {
	countTriageStates,
	getTriage,
	restoreTriage,
	setTriageState,
} from '../../source/db/triage.repository.js';
import {seedEvaluatedJobs} from '../support/seed-evaluated-jobs.js';
import {backends, openTestDatabase} from '../support/test-database.js';

// seedEvaluatedJobs gives a triage state to every 17th job only, so job
// number 1 starts without one.
const jobId = (n: number) => String(2_000_000_000_000_000_000n + BigInt(n));

describe.each(backends)('triage on the %s database', (backend) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await openTestDatabase(backend);
		await seedEvaluatedJobs(handle.db, 40);
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('stores a state with its time and returns the mark it replaced', async () => {
		const before = new Date(Date.now() - 1000);
		const replaced = await setTriageState(handle.db, jobId(1), 'shortlisted');
		const mark = await getTriage(handle.db, jobId(1));

		expect(replaced).toBeNull();
		expect(mark?.state).toBe('shortlisted');
		expect(mark!.changedAt.getTime()).toBeGreaterThan(before.getTime());

		const again = await setTriageState(handle.db, jobId(1), 'applied');

		expect(again).toEqual(mark);
		expect((await getTriage(handle.db, jobId(1)))?.state).toBe('applied');
	});

	it('clears a state with null', async () => {
		await setTriageState(handle.db, jobId(2), 'dismissed');
		const replaced = await setTriageState(handle.db, jobId(2), null);

		expect(replaced?.state).toBe('dismissed');
		expect(await getTriage(handle.db, jobId(2))).toBeNull();
	});

	it('restores a mark exactly, time included, for undo', async () => {
		const original = {
			state: 'shortlisted' as const,
			changedAt: new Date('2026-01-02T03:04:05.678Z'),
		};
		await restoreTriage(handle.db, jobId(3), original);
		const replaced = await setTriageState(handle.db, jobId(3), 'dismissed');

		expect(replaced).toEqual(original);

		await restoreTriage(handle.db, jobId(3), replaced);
		expect(await getTriage(handle.db, jobId(3))).toEqual(original);

		await restoreTriage(handle.db, jobId(3), null);
		expect(await getTriage(handle.db, jobId(3))).toBeNull();
	});

	it('counts the jobs in each state', async () => {
		const counts = await countTriageStates(handle.db);
		const rows = await handle.db
			.selectFrom('job_triage')
			.select('state')
			.execute();

		for (const state of ['shortlisted', 'applied', 'dismissed'] as const) {
			expect(counts[state]).toBe(
				rows.filter((row) => row.state === state).length,
			);
		}

		expect(counts.shortlisted + counts.applied + counts.dismissed).toBe(
			rows.length,
		);
	});
});
