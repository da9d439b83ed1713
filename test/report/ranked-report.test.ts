import stringWidth from 'string-width';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {DatabaseHandle} from '../../source/db/connection.js';
import {
	rankedReport,
	type RankedReportOptions,
} from '../../source/report/ranked-report.js';
import {backends, openTestDatabase} from '../support/test-database.js';
import {insertReportFixture} from './report-fixture.js';

const plain = {width: 80, color: false};
const defaults: RankedReportOptions = {
	format: 'json',
	limit: 50,
	minScore: 50,
	all: false,
};

const j8 = {
	job_id: 'j8',
	title: 'RAG pipeline for legal search',
	url: 'https://www.upwork.com/jobs/~02j8',
	budget: 10_000,
	duration_weeks: 9,
	score_total: 100,
	priority: 'High',
	project_type: 'rag',
	tech_stack: ['OpenAI', 'Pinecone'],
	matched_expertise_ids: ['rag', 'made-up-area'],
	reasoning_summary:
		'AI technical fit: Fit 10 for job 8. Budget: Budget 10 for job 8.',
};
const j1 = {
	job_id: 'j1',
	title: 'AI agent for lead research',
	url: 'https://www.upwork.com/jobs/~02j1',
	budget: 3000,
	duration_weeks: 3,
	score_total: 88.5,
	priority: 'High',
	project_type: 'agent',
	tech_stack: ['Python', 'LangChain'],
	matched_expertise_ids: ['ai-agents', 'rag'],
	reasoning_summary:
		'AI technical fit: Fit 10 for job 1. Budget: Budget 9 for job 1.',
};
const j2 = {
	job_id: 'j2',
	title: 'RAG over "policies", with citations',
	url: 'https://www.upwork.com/jobs/~02j2',
	budget: null,
	duration_weeks: 18,
	score_total: 68.5,
	priority: 'Medium',
	project_type: 'rag',
	tech_stack: ['python', 'OpenAI'],
	matched_expertise_ids: ['rag'],
	reasoning_summary:
		'AI technical fit: Fit 8 for job 2. Budget: Budget 6 for job 2.',
};

describe.each(backends)('ranked report on the %s database', (backend) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await openTestDatabase(backend);
		await insertReportFixture(handle.db);
	});

	afterAll(async () => {
		await handle?.close();
	});

	async function ids(options: Partial<RankedReportOptions>) {
		const report = await rankedReport(
			handle.db,
			{...defaults, ...options},
			plain,
		);
		return (JSON.parse(report.out) as Array<{job_id: string}>).map(
			(job) => job.job_id,
		);
	}

	it('prints evaluated AI jobs scoring 50 or more, best first, with every planned field', async () => {
		const report = await rankedReport(handle.db, defaults, plain);

		expect(JSON.parse(report.out)).toEqual([j8, j1, j2]);
		expect(report.note).toBeUndefined();
	});

	it('keeps the planned field order', async () => {
		const report = await rankedReport(handle.db, defaults, plain);
		const [first] = JSON.parse(report.out) as Array<Record<string, unknown>>;

		expect(Object.keys(first!)).toEqual(Object.keys(j8));
	});

	it('adds jobs judged not AI-related with --all', async () => {
		expect(await ids({all: true, minScore: 0})).toEqual([
			'j8',
			'j1',
			'j4',
			'j2',
		]);
	});

	it('filters by triage state, dismissed ones only when asked', async () => {
		expect(await ids({minScore: 0})).toEqual(['j8', 'j1', 'j2']);
		expect(await ids({minScore: 0, states: ['dismissed']})).toEqual(['j3']);
		expect(await ids({minScore: 0, states: ['untriaged']})).toEqual(['j8']);
		expect(
			await ids({minScore: 0, states: ['applied', 'shortlisted']}),
		).toEqual(['j1', 'j2']);
	});

	it('filters by priority, minimum score, publication date and limit', async () => {
		expect(await ids({all: true, priorities: ['Medium']})).toEqual([
			'j4',
			'j2',
		]);
		expect(await ids({minScore: 88.5})).toEqual(['j8', 'j1']);
		expect(
			await ids({publishedSince: new Date('2026-02-05T00:00:00Z')}),
		).toEqual(['j8', 'j1']);
		expect(await ids({limit: 1})).toEqual(['j8']);
	});

	it('writes RFC 4180 CSV with the same fields', async () => {
		const report = await rankedReport(
			handle.db,
			{...defaults, format: 'csv'},
			plain,
		);

		expect(report.out).toBe(
			'job_id,title,url,budget,duration_weeks,score_total,priority,project_type,tech_stack,matched_expertise_ids,reasoning_summary\r\n' +
				'j8,RAG pipeline for legal search,https://www.upwork.com/jobs/~02j8,10000,9,100,High,rag,OpenAI; Pinecone,rag; made-up-area,AI technical fit: Fit 10 for job 8. Budget: Budget 10 for job 8.\r\n' +
				'j1,AI agent for lead research,https://www.upwork.com/jobs/~02j1,3000,3,88.5,High,agent,Python; LangChain,ai-agents; rag,AI technical fit: Fit 10 for job 1. Budget: Budget 9 for job 1.\r\n' +
				'j2,"RAG over ""policies"", with citations",https://www.upwork.com/jobs/~02j2,,18,68.5,Medium,rag,python; OpenAI,rag,AI technical fit: Fit 8 for job 2. Budget: Budget 6 for job 2.\r\n',
		);
	});

	it('shows the rate range of hourly jobs in the table, within the width', async () => {
		const report = await rankedReport(
			handle.db,
			{...defaults, format: 'table'},
			plain,
		);
		const lines = report.out.trimEnd().split('\n');

		expect(report.out).toMatch(/68\.5 │ Medium\s+│ \$40-80\/hr/);
		expect(report.out).toContain('$10,000');
		// Head, three rows and four rules.
		expect(lines).toHaveLength(7);
		expect(
			Math.max(...lines.map((line) => stringWidth(line))),
		).toBeLessThanOrEqual(80);
	});
});

describe.each(backends)('ranked report on an empty %s database', (backend) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await openTestDatabase(backend);
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('prints an empty array, a CSV header, or a note for people', async () => {
		const json = await rankedReport(handle.db, defaults, plain);
		const csv = await rankedReport(
			handle.db,
			{...defaults, format: 'csv'},
			plain,
		);
		const table = await rankedReport(
			handle.db,
			{...defaults, format: 'table'},
			plain,
		);

		expect(json.out).toBe('[]\n');
		expect(csv.out.split('\r\n')).toEqual([
			'job_id,title,url,budget,duration_weeks,score_total,priority,project_type,tech_stack,matched_expertise_ids,reasoning_summary',
			'',
		]);
		expect(table.out).toBe('');
		expect(table.note).toContain('`--min-score`');
	});
});
