import {describe, expect, it} from 'vitest';
import type {ExportEntry} from '../../source/export/export-entry.js';
import type {JobRecord} from '../../source/export/job-record.js';
import {parseExportItem} from '../../source/export/parse-export-item.js';

const context = {
	source: 'jobs_2026-12-01_08-00-00-000.json',
	scrapedAt: new Date('2026-12-01T08:00:00.000Z'),
};

const id = '2024518893206771201';

/** A stripped FIXED item, as every item but the first looks. */
function fixedItem(changes: Record<string, unknown> = {}) {
	return {
		id,
		title: 'RAG chatbot for a law firm',
		description: 'Answer questions from 2,000 precedents.',
		type: 'FIXED',
		ts_publish: '2026-11-30T21:04:12.345Z',
		fixed: {
			budget: {amount: '2400.0'},
			duration: {rid: 3, label: '1 to 3 months', weeks: 9},
		},
		url: `https://www.upwork.com/jobs/~02${id}`,
		...changes,
	};
}

function hourlyItem(changes: Record<string, unknown> = {}) {
	const {fixed: _fixed, ...rest} = fixedItem();
	return {
		...rest,
		type: 'HOURLY',
		hourly: {
			min: 12.5,
			max: 40,
			type: 'PART_TIME',
			duration: {rid: 2, label: '3 to 6 months', weeks: 18},
		},
		...changes,
	};
}

function record(entry: ExportEntry): JobRecord {
	if (entry.kind !== 'job') {
		throw new Error(`expected a job, got ${JSON.stringify(entry)}`);
	}

	return entry.record;
}

function rejection(entry: ExportEntry) {
	if (entry.kind !== 'rejected') {
		throw new Error('expected a rejection, got a job');
	}

	return {id: entry.id, field: entry.field, message: entry.message};
}

describe('parseExportItem', () => {
	it('turns a field-selected FIXED item into a job', () => {
		const job = record(parseExportItem(fixedItem(), 3, context));

		expect(job).toMatchObject({
			id,
			type: 'FIXED',
			fixedBudget: 2400,
			hourlyMin: null,
			hourlyMax: null,
			hourlyWorkload: null,
			durationWeeks: 9,
			durationLabel: '1 to 3 months',
			publishedAt: new Date('2026-11-30T21:04:12.345Z'),
			createdAt: null,
			skills: [],
			applicants: null,
			source: context.source,
			scrapedAt: context.scrapedAt,
		});
	});

	it('gives no client facts when the export has no buyer block', () => {
		const job = record(parseExportItem(fixedItem(), 0, context));

		expect(job.client).toEqual({
			paymentVerified: false,
			totalSpent: null,
			jobsPosted: null,
			jobsWithHires: null,
			rating: null,
			reviews: null,
			country: null,
			timezone: null,
		});
	});

	it('trims the title and keeps the description as it is', () => {
		const description = '  Line one\n\tLine two\u00a0with “quotes” 🚀\u2028 ';
		const job = record(
			parseExportItem(
				fixedItem({title: '  Voice agent \n', description}),
				0,
				context,
			),
		);

		expect(job.title).toBe('Voice agent');
		expect(job.description).toBe(description);
	});

	it('drops NUL characters, which PostgreSQL text cannot hold', () => {
		const job = record(
			parseExportItem(fixedItem({description: 'a\u0000b'}), 0, context),
		);

		expect(job.description).toBe('ab');
	});

	it('stores a lone surrogate as the replacement character', () => {
		const job = record(
			parseExportItem(
				fixedItem({description: 'cut 🚀'.slice(0, 5)}),
				0,
				context,
			),
		);

		expect(job.description).toBe('cut \uFFFD');
	});

	it('reads decimal-string budgets to numbers in dollars and cents', () => {
		const budget = (amount: unknown) =>
			record(
				parseExportItem(fixedItem({fixed: {budget: {amount}}}), 0, context),
			).fixedBudget;

		expect(budget('2400.0')).toBe(2400);
		expect(budget('12000.5')).toBe(12000.5);
		expect(budget('99.999')).toBe(100);
		expect(budget(750)).toBe(750);
	});

	it('reads hourly ranges, and null when no rate is given', () => {
		const job = record(parseExportItem(hourlyItem(), 0, context));
		const noRate = record(
			parseExportItem(hourlyItem({hourly: {type: 'AS_NEEDED'}}), 0, context),
		);

		expect(job).toMatchObject({
			type: 'HOURLY',
			hourlyMin: 12.5,
			hourlyMax: 40,
			hourlyWorkload: 'PART_TIME',
			durationWeeks: 18,
			fixedBudget: null,
		});
		expect(noRate).toMatchObject({
			hourlyMin: null,
			hourlyMax: null,
			hourlyWorkload: 'AS_NEEDED',
			durationWeeks: null,
		});
	});

	it('decides the kind of job by its type, not by the blocks present', () => {
		// The first item of an export carries both blocks, one all null;
		// a filled block of the other kind is ignored the same way.
		const fixed = record(
			parseExportItem(
				fixedItem({hourly: {duration: null, max: null, min: null, type: null}}),
				0,
				context,
			),
		);
		const hourly = record(
			parseExportItem(
				hourlyItem({fixed: {budget: {amount: '5000.0'}, duration: null}}),
				0,
				context,
			),
		);

		expect(fixed).toMatchObject({
			type: 'FIXED',
			fixedBudget: 2400,
			hourlyMin: null,
		});
		expect(hourly).toMatchObject({
			type: 'HOURLY',
			fixedBudget: null,
			hourlyMin: 12.5,
		});
	});

	it('reads the client facts from the buyer block', () => {
		const job = record(
			parseExportItem(
				hourlyItem({
					isPaymentMethodVerified: true,
					buyer: {
						jobs: {openCount: 1, postedCount: 23},
						location: {
							country: 'USA',
							countryTimezone: 'America/Sao_Paulo (UTC-03:00)',
						},
						stats: {
							feedbackCount: 22,
							score: 4.96,
							totalCharges: {amount: 84949.99},
							totalJobsWithHires: 21,
						},
					},
				}),
				0,
				context,
			),
		);

		expect(job.client).toEqual({
			paymentVerified: true,
			totalSpent: 84949.99,
			jobsPosted: 23,
			jobsWithHires: 21,
			rating: 4.96,
			reviews: 22,
			country: 'United States',
			timezone: 'America/Sao_Paulo (UTC-03:00)',
		});
	});

	it('reads counts the actor stripped as 0 when there is a buyer block', () => {
		const job = record(
			parseExportItem(
				hourlyItem({buyer: {jobs: {openCount: 1, postedCount: 2}}}),
				0,
				context,
			),
		);

		expect(job.client).toMatchObject({
			jobsPosted: 2,
			jobsWithHires: 0,
			reviews: 0,
			rating: null,
			totalSpent: null,
		});
	});

	it('reads skills, level, category and applicants', () => {
		const job = record(
			parseExportItem(
				hourlyItem({
					skills: [
						{id: '1031626773660942336', name: 'LangChain'},
						{id: '1031626762999021568', name: 'Python'},
					],
					level: 'ExpertLevel',
					category: {name: 'AI & Machine Learning', urlSlug: 'ai-ml'},
					clientActivity: {totalApplicants: 7},
					ts_create: '2026-11-30T21:00:00.000Z',
				}),
				0,
				context,
			),
		);

		expect(job).toMatchObject({
			skills: ['LangChain', 'Python'],
			experienceLevel: 'ExpertLevel',
			category: 'AI & Machine Learning',
			applicants: 7,
			createdAt: new Date('2026-11-30T21:00:00.000Z'),
		});
	});

	it.each([
		['id', {id: undefined}, 'is missing'],
		['id', {id: Number(id)}, 'must be text'],
		['title', {title: undefined}, 'is missing'],
		['title', {title: '   '}, 'is empty'],
		['url', {url: 'not a link'}, 'must be the http(s) address of the job'],
		['url', {url: 'https://www.upwork.com/jobs/~02123'}, 'ending in its id'],
		['type', {type: 'MONTHLY'}, 'must be FIXED or HOURLY (found "MONTHLY")'],
		[
			'ts_publish',
			{ts_publish: 'Posted 6 minutes ago'},
			'must be an ISO-8601 time',
		],
		['ts_publish', {ts_publish: undefined}, 'is missing'],
		[
			'fixed.budget.amount',
			{fixed: {budget: {amount: '$1,000'}}},
			'must be an amount in dollars',
		],
		[
			'fixed.budget.amount',
			{fixed: {budget: {amount: '-5'}}},
			'must be an amount in dollars',
		],
		['buyer.stats.score', {buyer: {stats: {score: 7}}}, 'must be at most 5'],
		['skills.0', {skills: [42]}, 'must be a skill'],
		[
			'description',
			{description: {text: 'nested'}},
			'must be a string, not an object',
		],
	])('rejects an item whose %s is bad', (field, changes, message) => {
		const result = rejection(parseExportItem(fixedItem(changes), 4, context));

		expect(result.field).toBe(field);
		expect(result.message).toContain(message);
	});

	it('names the block of the job type in a rejection', () => {
		const result = rejection(
			parseExportItem(hourlyItem({hourly: {min: 'twenty'}}), 0, context),
		);

		expect(result).toEqual({
			id,
			field: 'hourly.min',
			message: 'must be a number, not a string',
		});
	});

	it('keeps the id of a rejected item, when it has one', () => {
		expect(
			rejection(parseExportItem(fixedItem({type: 'X'}), 0, context)).id,
		).toBe(id);
		expect(
			rejection(parseExportItem(fixedItem({id: undefined}), 0, context)).id,
		).toBeNull();
	});

	it('rejects an item that is not an object', () => {
		const entry = parseExportItem('a job?', 9, context);

		expect(entry).toEqual({
			kind: 'rejected',
			index: 9,
			id: null,
			field: '(item)',
			message: 'is a string, not a job',
		});
	});
});
