import {existsSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import type {ExportEntry} from '../../source/export/export-entry.js';
import type {JobRecord} from '../../source/export/job-record.js';
import {readExport} from '../../source/export/read-export.js';

// Two real jupri/upwork exports kept beside the project, never inside it.
// Where they are absent (a fresh clone), these tests are skipped.
const data = new URL('../../../shared/data/', import.meta.url);
const fieldSelected = new URL(
	'jobs_dataset_upwork_2026-02-05_04-09-24-623.json',
	data,
).pathname;
const hourlyFull = new URL('jobs_dataset_upwork_hourly_full.json', data)
	.pathname;

async function readAll(file: string) {
	const entries: ExportEntry[] = [];

	for await (const entry of readExport(file)) {
		entries.push(entry);
	}

	const records = entries.flatMap((entry) =>
		entry.kind === 'job' ? [entry.record] : [],
	);
	return {entries, records, byId: new Map(records.map((job) => [job.id, job]))};
}

describe.skipIf(!existsSync(fieldSelected))(
	'the real field-selected export',
	() => {
		it('reads all 69 jobs, none rejected, all FIXED', async () => {
			const {entries, records} = await readAll(fieldSelected);

			expect(entries).toHaveLength(69);
			expect(records).toHaveLength(69);
			expect(records.every((job) => job.type === 'FIXED')).toBe(true);
			expect(records.every((job) => job.fixedBudget! >= 500)).toBe(true);
		});

		it('reads the first item, which carries an all-null hourly block', async () => {
			const {records} = await readAll(fieldSelected);

			expect(records[0]).toMatchObject({
				id: '2019187901781624803',
				type: 'FIXED',
				fixedBudget: 1000,
				hourlyMin: null,
				durationWeeks: 3,
				durationLabel: 'Less than 1 month',
				publishedAt: new Date('2026-02-04T23:15:26.182Z'),
				scrapedAt: new Date('2026-02-05T04:09:24.623Z'),
				source: 'jobs_dataset_upwork_2026-02-05_04-09-24-623.json',
			});
		});

		it('reads a "2400.0" budget as 2400 and its duration', async () => {
			const {byId} = await readAll(fieldSelected);

			expect(byId.get('2019083744679169965')).toMatchObject({
				title: 'AI/ML RAG Developer/Engineer',
				fixedBudget: 2400,
				durationWeeks: 52,
				durationLabel: 'More than 6 months',
			});
		});
	},
);

describe.skipIf(!existsSync(hourlyFull))('the real full hourly export', () => {
	it('reads all 100 jobs, none rejected, all HOURLY', async () => {
		const {entries, records} = await readAll(hourlyFull);

		expect(entries).toHaveLength(100);
		expect(records).toHaveLength(100);
		expect(records.every((job) => job.type === 'HOURLY')).toBe(true);
		expect(records.every((job) => job.scrapedAt === null)).toBe(true);
	});

	it('reads hourly ranges, 12.5 included, and jobs that give none', async () => {
		const {records, byId} = await readAll(hourlyFull);
		const withoutRate = records.filter((job) => job.hourlyMin === null);

		expect(byId.get('1944790052465854037')).toMatchObject({
			hourlyMin: 30,
			hourlyMax: 100,
			hourlyWorkload: 'PART_TIME',
			durationWeeks: 18,
		});
		expect(records.some((job) => job.hourlyMin === 12.5)).toBe(true);
		expect(withoutRate).toHaveLength(28);
		expect(withoutRate.every((job) => job.hourlyMax === null)).toBe(true);
	});

	it('reads the client facts from the buyer block', async () => {
		const {byId} = await readAll(hourlyFull);
		const established = byId.get('1944794704913415922')!;
		const newClient = byId.get('1944790052465854037')!;

		expect(established.client).toEqual<JobRecord['client']>({
			paymentVerified: true,
			totalSpent: 84949.99,
			jobsPosted: 23,
			jobsWithHires: 32,
			rating: 4.96,
			reviews: 22,
			country: 'United States',
			timezone: 'America/Sao_Paulo (UTC-03:00)',
		});
		expect(established).toMatchObject({
			applicants: 7,
			experienceLevel: 'ExpertLevel',
			category: 'Web Development',
			skills: expect.arrayContaining(['WordPress', 'MODX']),
		});
		expect(newClient.client).toMatchObject({
			jobsPosted: null,
			jobsWithHires: 0,
			totalSpent: null,
			rating: null,
		});
	});

	it('gives the United States one name though the file spells it two ways', async () => {
		const {records} = await readAll(hourlyFull);
		const countries = new Set(records.map((job) => job.client.country));

		expect(countries.has('USA')).toBe(false);
		expect(
			records.filter((job) => job.client.country === 'United States'),
		).toHaveLength(75);
	});
});
