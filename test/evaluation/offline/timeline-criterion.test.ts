import {describe, expect, it} from 'vitest';
import {createOfflineAssessor} from '../../../source/evaluation/offline/offline-evaluator.js';
import {readProfile} from '../../../source/evaluation/profile.js';
import {
	buildJobRecord,
	type JobRecordOverrides,
} from '../../support/job-record-factory.js';

const assess = createOfflineAssessor(await readProfile(), 500);
const timeline = (overrides: JobRecordOverrides) =>
	assess(buildJobRecord(overrides)).criteria.timeline;

// A scope big enough to be judged high in complexity: long, with many
// technologies and scope words, at an expert level.
const bigScope = {
	title: 'Multi-agent platform with voice and CRM integrations',
	experienceLevel: 'ExpertLevel',
	durationWeeks: 3,
	durationLabel: 'Less than 1 month',
	description: [
		'Architecture for a production multi-agent system at scale.',
		'Integrations with HubSpot, Salesforce, Twilio and Stripe; a React',
		'dashboard; FastAPI services on AWS with Docker and PostgreSQL;',
		'HIPAA compliance and a security review.',
		'Details follow. '.repeat(160),
	].join('\n'),
} satisfies JobRecordOverrides;

describe('the timeline criterion', () => {
	it('scores a deadline within 7 days for a big scope low and quotes it', () => {
		const relaxed = timeline(bigScope);
		const rushed = timeline({
			...bigScope,
			description: `${bigScope.description}\nA working version is needed within 7 days.`,
		});

		expect(assess(buildJobRecord(bigScope)).complexity).toBe('high');
		expect(rushed.score).toBeLessThan(relaxed.score);
		expect(rushed.score).toBeLessThanOrEqual(2);
		expect(rushed.reason).toContain('"within 7 days"');
	});

	it('scores the same scope better with more time', () => {
		const month = timeline(bigScope);
		const quarter = timeline({
			...bigScope,
			durationWeeks: 9,
			durationLabel: '1 to 3 months',
		});

		expect(quarter.score).toBeGreaterThan(month.score);
		expect(quarter.reason).toMatch(
			/^1 to 3 months for a high-complexity scope/,
		);
	});

	it('does not count a deadline weeks away as a rush', () => {
		const {reason} = timeline({
			description: 'Please deliver within 6 weeks; we are flexible.',
		});

		expect(reason).not.toContain('within 6 weeks');
	});

	it('says when no duration is stated', () => {
		const {reason} = timeline({durationWeeks: null, durationLabel: null});

		expect(reason).toMatch(/^No duration stated/);
	});

	it('counts urgency words in the title', () => {
		const calm = timeline({title: 'Fix our login page'});
		const urgent = timeline({title: 'URGENT: fix our login page'});

		expect(urgent.score).toBeLessThan(calm.score);
		expect(urgent.reason).toContain('"urgent"');
	});
});
