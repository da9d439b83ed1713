import {describe, expect, it} from 'vitest';
import type {ListedJob} from '../../source/db/job-listing.repository.js';
import type {CriterionScores} from '../../source/evaluation/rubric.js';
import {
	rankedJobJson,
	reasoningSummary,
} from '../../source/report/ranked-json.js';

const scores: CriterionScores = {
	budget: {score: 6, reason: '$40-80/hr is fair for the scope.'},
	client: {score: 5, reason: 'Some history.'},
	clarity: {score: 8, reason: 'Clear deliverables.'},
	techFit: {score: 9, reason: 'RAG with pgvector, the core of the profile'},
	timeline: {score: 5, reason: 'Not stated.'},
};

describe('ranked job JSON', () => {
	it('sums up the reasons of technical fit and budget, the heaviest criteria', () => {
		expect(reasoningSummary(scores)).toBe(
			'AI technical fit: RAG with pgvector, the core of the profile. ' +
				'Budget: $40-80/hr is fair for the scope.',
		);
	});

	it('skips empty reasons, sanitises and shortens long ones', () => {
		const summary = reasoningSummary({
			...scores,
			techFit: {score: 9, reason: '  '},
			budget: {score: 6, reason: `\u001B[31mGreat\u001B[0m ${'x'.repeat(300)}`},
		});

		expect(summary.startsWith('Budget: Great xxx')).toBe(true);
		expect(summary.endsWith('x…')).toBe(true);
		expect(summary.length).toBeLessThan(160);
		expect(reasoningSummary(null)).toBe('');
	});

	it('refuses a job that was never scored', () => {
		const job = {id: 'j1', evaluation: null} as unknown as ListedJob;

		expect(() => rankedJobJson(job)).toThrow('Job j1 has no score');
	});
});
