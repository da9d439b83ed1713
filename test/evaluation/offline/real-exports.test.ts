import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {beforeAll, describe, expect, it} from 'vitest';
import type {Assessment} from '../../../source/evaluation/assessment.js';
import {createOfflineAssessor} from '../../../source/evaluation/offline/offline-evaluator.js';
import {readProfile} from '../../../source/evaluation/profile.js';
import {
	criterionIds,
	scoreTotal,
	type CriterionId,
} from '../../../source/evaluation/rubric.js';
import type {JobRecord} from '../../../source/export/job-record.js';
import {readExport} from '../../../source/export/read-export.js';

// The real exports live beside the repository, not in it; without them
// these tests are skipped.
const dataDir = new URL('../../../../shared/data/', import.meta.url);
const fixedFile = 'jobs_dataset_upwork_2026-02-05_04-09-24-623.json';
const hourlyFile = 'jobs_dataset_upwork_hourly_full.json';
const haveData = existsSync(fileURLToPath(new URL(fixedFile, dataDir)));

type Evaluated = {job: JobRecord; assessment: Assessment; total: number};

async function evaluateFile(name: string): Promise<Map<string, Evaluated>> {
	const assess = createOfflineAssessor(await readProfile(), 500);
	const evaluated = new Map<string, Evaluated>();

	for await (const entry of readExport(fileURLToPath(new URL(name, dataDir)))) {
		if (entry.kind === 'job') {
			const assessment = assess(entry.record);
			const scores = Object.fromEntries(
				criterionIds.map((id) => [id, assessment.criteria[id].score]),
			) as Record<CriterionId, number>;
			evaluated.set(entry.record.id, {
				job: entry.record,
				assessment,
				total: scoreTotal(scores),
			});
		}
	}

	return evaluated;
}

describe.skipIf(!haveData)('the offline evaluator on the real exports', () => {
	let fixed: Map<string, Evaluated>;
	let hourly: Map<string, Evaluated>;

	beforeAll(async () => {
		fixed = await evaluateFile(fixedFile);
		hourly = await evaluateFile(hourlyFile);
	});

	it('assesses every job fully, with five reasons and scores from 0 to 10', () => {
		expect(fixed.size).toBe(69);
		expect(hourly.size).toBe(100);

		for (const {assessment} of [...fixed.values(), ...hourly.values()]) {
			for (const id of criterionIds) {
				const {score, reason} = assessment.criteria[id];
				expect(score).toBeGreaterThanOrEqual(0);
				expect(score).toBeLessThanOrEqual(10);
				expect(reason.trim()).not.toBe('');
			}

			expect(assessment.projectType).not.toBe('');
			expect(assessment.notAiReason === null).toBe(assessment.isAiRelated);
		}
	});

	it('calls every client of the field-selected export unknown', () => {
		for (const {assessment} of fixed.values()) {
			expect(assessment.criteria.client.reason).toContain('unknown');
		}
	});

	it('ranks clearly AI postings of the fixed export above clearly non-AI ones', () => {
		// AI work at the heart of the profile: a Python agent security
		// platform naming LangChain, LangGraph and pgvector; a RAG engineer
		// for a customer intelligence agent; an AI voice systems engineer;
		// a local LLM agent with RAG.
		const ai = [
			'2014787713321470674',
			'2019083744679169965',
			'2010865532008609748',
			'2018253975924798233',
		];
		// Not AI work: a bilingual video editor, an Odoo CRM developer, and
		// an animated demo video (about a voice AI product, but a video).
		const notAi = [
			'2010894445410166588',
			'2010796352463767790',
			'2016194287912767746',
		];

		expectRankedAbove(fixed, ai, notAi);
	});

	it('ranks LLM and agent work of the hourly export above WordPress and Shopify', () => {
		// RAG on Azure Government with LangChain; an AI systems engineer;
		// an AI-focused full stack developer (FastAPI, LLMs); a full stack
		// AI agents developer.
		const ai = [
			'1944794004112326386',
			'1944779058465760979',
			'1944790052465854037',
			'1944758295829724914',
		];
		// A ModX to WordPress migration, a WordPress developer, a Shopify
		// coffee shop and a WordPress CMS build.
		const notAi = [
			'1944794704913415922',
			'1944777063775913557',
			'1944786490012516082',
			'1944726065612358726',
		];

		expectRankedAbove(hourly, ai, notAi);
	});
});

function expectRankedAbove(
	evaluated: Map<string, Evaluated>,
	above: string[],
	below: string[],
): void {
	const pick = (id: string) => {
		const found = evaluated.get(id);
		expect(found, `job ${id} is in the export`).toBeDefined();
		return found!;
	};

	for (const id of above) expect(pick(id).assessment.isAiRelated).toBe(true);
	for (const id of below) expect(pick(id).assessment.isAiRelated).toBe(false);

	const lowestAbove = Math.min(...above.map((id) => pick(id).total));
	const highestBelow = Math.max(...below.map((id) => pick(id).total));

	expect(lowestAbove).toBeGreaterThan(highestBelow);
}
