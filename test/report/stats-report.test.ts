import stripAnsi from 'strip-ansi';
import stringWidth from 'string-width';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {DatabaseHandle} from '../../source/db/connection.js';
import {readProfile, type Profile} from '../../source/evaluation/profile.js';
import {statsReport} from '../../source/report/stats-report.js';
import {backends, openTestDatabase} from '../support/test-database.js';
import {currentFingerprint, insertReportFixture} from './report-fixture.js';

const plain = {width: 80, color: false};

const emptyBands = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90].map((from) => ({
	from,
	to: from + 10,
	jobs: 0,
}));

function bands(counts: Record<number, number>) {
	return emptyBands.map((band) => ({...band, jobs: counts[band.from] ?? 0}));
}

const lastIngest = {
	run_id: 2,
	source: 'jobs_dataset_upwork_2026-02-06.json',
	status: 'completed',
	evaluator: 'llm',
	model: 'zai-glm-4.7',
	jobs_read: 8,
	jobs_evaluated: 5,
	jobs_failed: 1,
	cost_usd: 0.0135,
	started_at: '2026-02-06T12:00:00.000Z',
	finished_at: '2026-02-06T12:05:00.000Z',
};

const newestPosting = {
	job_id: 'j8',
	title: 'RAG pipeline for legal search',
	published_at: '2026-02-06T10:00:00.000Z',
};

describe.each(backends)('stats report on the %s database', (backend) => {
	let handle: DatabaseHandle;
	let profile: Profile;

	beforeAll(async () => {
		profile = await readProfile();
		handle = await openTestDatabase(backend);
		await insertReportFixture(handle.db);
	});

	afterAll(async () => {
		await handle?.close();
	});

	async function json(publishedSince?: Date) {
		const report = await statsReport(
			handle.db,
			{
				format: 'json',
				fingerprint: currentFingerprint,
				profile,
				publishedSince,
			},
			plain,
		);
		return JSON.parse(report.out) as Record<string, unknown>;
	}

	it('starts with the four fields of the planned job-stats answer', async () => {
		const stats = await json();

		expect(Object.keys(stats).slice(0, 4)).toEqual([
			'total_jobs',
			'ai_related_jobs',
			'high_priority_jobs',
			'ai_related_percentage',
		]);
	});

	it('gives every figure of the hand-made jobs', async () => {
		expect(await json()).toEqual({
			total_jobs: 8,
			ai_related_jobs: 4,
			high_priority_jobs: 2,
			ai_related_percentage: 50,
			evaluated_jobs: 5,
			gated_jobs: 1,
			failed_jobs: 1,
			awaiting_evaluation_jobs: 1,
			stale_jobs: 2,
			published_since: null,
			fingerprint: currentFingerprint,
			by_priority: [
				{priority: 'High', jobs: 2, average_score: 94.3},
				{priority: 'Medium', jobs: 1, average_score: 68.5},
				{priority: 'Low', jobs: 1, average_score: 36.5},
			],
			by_project_type: [
				{project_type: 'agent', jobs: 2, average_score: 62.5},
				{project_type: 'rag', jobs: 2, average_score: 84.3},
			],
			score_distribution: bands({30: 1, 60: 1, 80: 1, 90: 1}),
			top_tech_stack: [
				{name: 'Python', jobs: 3},
				{name: 'OpenAI', jobs: 2},
				{name: 'LangChain', jobs: 1},
				{name: 'Pinecone', jobs: 1},
			],
			matched_expertise: [
				{id: 'rag', name: 'Retrieval-augmented generation', jobs: 3},
				{id: 'ai-agents', name: 'AI agents and LLM automation', jobs: 1},
				{id: 'made-up-area', name: 'made-up-area', jobs: 1},
			],
			triage: {shortlisted: 2, applied: 1, dismissed: 1},
			evaluators: [
				{
					evaluator: 'llm',
					model: 'zai-glm-4.7',
					evaluations: 4,
					prompt_tokens: 5000,
					completion_tokens: 900,
					cost_usd: 0.0135,
					average_latency_ms: 16_300,
				},
				{
					evaluator: 'offline',
					model: null,
					evaluations: 2,
					prompt_tokens: 0,
					completion_tokens: 0,
					cost_usd: 0,
					average_latency_ms: null,
				},
				{
					evaluator: 'gate',
					model: null,
					evaluations: 1,
					prompt_tokens: 0,
					completion_tokens: 0,
					cost_usd: 0,
					average_latency_ms: null,
				},
			],
			newest_posting: newestPosting,
			last_ingest: lastIngest,
		});
	});

	it('limits every figure but the last ingest to postings since a date', async () => {
		expect(await json(new Date('2026-02-03T00:00:00Z'))).toEqual({
			total_jobs: 4,
			ai_related_jobs: 4,
			high_priority_jobs: 2,
			ai_related_percentage: 100,
			evaluated_jobs: 4,
			gated_jobs: 0,
			failed_jobs: 0,
			awaiting_evaluation_jobs: 0,
			stale_jobs: 2,
			published_since: '2026-02-03T00:00:00.000Z',
			fingerprint: currentFingerprint,
			by_priority: [
				{priority: 'High', jobs: 2, average_score: 94.3},
				{priority: 'Medium', jobs: 1, average_score: 68.5},
				{priority: 'Low', jobs: 1, average_score: 36.5},
			],
			by_project_type: [
				{project_type: 'agent', jobs: 2, average_score: 62.5},
				{project_type: 'rag', jobs: 2, average_score: 84.3},
			],
			score_distribution: bands({30: 1, 60: 1, 80: 1, 90: 1}),
			top_tech_stack: [
				{name: 'Python', jobs: 3},
				{name: 'OpenAI', jobs: 2},
				{name: 'LangChain', jobs: 1},
				{name: 'Pinecone', jobs: 1},
			],
			matched_expertise: [
				{id: 'rag', name: 'Retrieval-augmented generation', jobs: 3},
				{id: 'ai-agents', name: 'AI agents and LLM automation', jobs: 1},
				{id: 'made-up-area', name: 'made-up-area', jobs: 1},
			],
			triage: {shortlisted: 1, applied: 1, dismissed: 1},
			evaluators: [
				{
					evaluator: 'llm',
					model: 'zai-glm-4.7',
					evaluations: 3,
					prompt_tokens: 4500,
					completion_tokens: 900,
					cost_usd: 0.0125,
					average_latency_ms: 1733,
				},
				{
					evaluator: 'offline',
					model: null,
					evaluations: 1,
					prompt_tokens: 0,
					completion_tokens: 0,
					cost_usd: 0,
					average_latency_ms: null,
				},
			],
			newest_posting: newestPosting,
			last_ingest: lastIngest,
		});
	});

	it('draws tables no wider than the width, without escape codes', async () => {
		const {out} = await statsReport(
			handle.db,
			{format: 'table', fingerprint: currentFingerprint, profile},
			plain,
		);
		const lines = out.split('\n');

		expect(stripAnsi(out)).toBe(out);
		expect(
			Math.max(...lines.map((line) => stringWidth(line))),
		).toBeLessThanOrEqual(80);
		expect(out).toContain('AI-related          │ 4 (50.0%)');
		expect(out).toContain('Retrieval-augmented generation');
		expect(out).toContain('RAG pipeline for legal search');
		expect(out).toMatch(/80-89\.9 │█+ 1/);
	});
});

describe.each(backends)('stats report on an empty %s database', (backend) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await openTestDatabase(backend);
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('gives zeros and empty lists, not an error', async () => {
		const report = await statsReport(
			handle.db,
			{format: 'json', fingerprint: 'any', profile: await readProfile()},
			plain,
		);

		expect(JSON.parse(report.out)).toEqual({
			total_jobs: 0,
			ai_related_jobs: 0,
			high_priority_jobs: 0,
			ai_related_percentage: 0,
			evaluated_jobs: 0,
			gated_jobs: 0,
			failed_jobs: 0,
			awaiting_evaluation_jobs: 0,
			stale_jobs: 0,
			published_since: null,
			fingerprint: 'any',
			by_priority: [
				{priority: 'High', jobs: 0, average_score: null},
				{priority: 'Medium', jobs: 0, average_score: null},
				{priority: 'Low', jobs: 0, average_score: null},
			],
			by_project_type: [],
			score_distribution: emptyBands,
			top_tech_stack: [],
			matched_expertise: [],
			triage: {shortlisted: 0, applied: 0, dismissed: 0},
			evaluators: [],
			newest_posting: null,
			last_ingest: null,
		});
	});
});
