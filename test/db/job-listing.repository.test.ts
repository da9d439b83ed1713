import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {DatabaseHandle} from '../../source/db/connection.js';
import {countJobs, listJobs} from '../../source/db/job-listing.repository.js';
import {scoreTotal} from '../../source/evaluation/rubric.js';
import {seedEvaluatedJobs} from '../support/seed-evaluated-jobs.js';
import {backends, openTestDatabase} from '../support/test-database.js';

describe.each(backends)('job listing on the %s database', (backend) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await openTestDatabase(backend);
		await seedEvaluatedJobs(handle.db, 200);
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('ranks AI-related jobs by total, best first, hiding dismissed ones', async () => {
		const jobs = await listJobs(handle.db, {}, {offset: 0, limit: 200});
		const totals = jobs.map((job) => job.evaluation!.total!);

		expect(jobs.length).toBeGreaterThan(0);
		expect(totals).toEqual([...totals].sort((a, b) => b - a));
		expect(jobs.every((job) => job.evaluation?.isAiRelated)).toBe(true);
		expect(jobs.some((job) => job.triage?.state === 'dismissed')).toBe(false);
		expect(await countJobs(handle.db, {})).toBe(jobs.length);
	});

	it('maps the stored scores back to criteria whose total matches', async () => {
		const [job] = await listJobs(handle.db, {}, {offset: 0, limit: 1});
		const criteria = job!.evaluation!.criteria!;

		expect(
			scoreTotal({
				budget: criteria.budget.score,
				client: criteria.client.score,
				clarity: criteria.clarity.score,
				techFit: criteria.techFit.score,
				timeline: criteria.timeline.score,
			}),
		).toBe(job!.evaluation!.total);
	});

	it('filters by priority, minimum score, state and search', async () => {
		const high = await listJobs(
			handle.db,
			{priorities: ['High']},
			{offset: 0, limit: 200},
		);
		expect(high.every((job) => job.evaluation!.priority === 'High')).toBe(true);

		const dismissed = await listJobs(
			handle.db,
			{states: ['dismissed'], aiOnly: false},
			{offset: 0, limit: 200},
		);
		expect(dismissed.length).toBeGreaterThan(0);
		expect(dismissed.every((job) => job.triage?.state === 'dismissed')).toBe(
			true,
		);

		const found = await listJobs(
			handle.db,
			{search: 'voice assistant', aiOnly: false, includeDismissed: true},
			{offset: 0, limit: 200},
		);
		expect(found.length).toBe(40);
		expect(found.every((job) => job.title.startsWith('Voice assistant'))).toBe(
			true,
		);

		const atLeast70 = await listJobs(
			handle.db,
			{minScore: 70},
			{offset: 0, limit: 200},
		);
		expect(atLeast70.every((job) => job.evaluation!.total! >= 70)).toBe(true);
	});

	it('pages through the same order without repeats', async () => {
		const all = await listJobs(
			handle.db,
			{aiOnly: false, sort: 'newest'},
			{offset: 0, limit: 200},
		);
		const first = await listJobs(
			handle.db,
			{aiOnly: false, sort: 'newest'},
			{offset: 0, limit: 50},
		);
		const second = await listJobs(
			handle.db,
			{aiOnly: false, sort: 'newest'},
			{offset: 50, limit: 50},
		);

		expect([...first, ...second].map((job) => job.id)).toEqual(
			all.slice(0, 100).map((job) => job.id),
		);
	});
});
