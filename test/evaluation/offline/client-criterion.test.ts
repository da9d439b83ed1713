import {describe, expect, it} from 'vitest';
import {scoreClient} from '../../../source/evaluation/offline/client-criterion.js';
import {
	knownClient,
	newUnverifiedClient,
	unknownClient,
} from '../../support/job-record-factory.js';

const reliable = {
	...knownClient,
	totalSpent: 84_949.99,
	jobsPosted: 23,
	jobsWithHires: 23,
	rating: 4.96,
	reviews: 22,
};

describe('scoreClient', () => {
	it('scores a verified, big-spending, well-rated client high and lists why', () => {
		const {score, reason} = scoreClient(reliable);

		expect(score).toBeGreaterThanOrEqual(9);
		expect(reason).toBe(
			'Payment verified, $84,950 spent, hires on 100% of 23 posted jobs ' +
				'and rated 4.96 from 22 reviews: a reliable client.',
		);
	});

	it('scores an unverified client with no history lowest', () => {
		const {score, reason} = scoreClient(newUnverifiedClient);

		expect(score).toBeLessThanOrEqual(1);
		expect(reason).toContain('Payment not verified');
		expect(reason).toContain('no reviews yet');
	});

	it('calls a client with no facts at all unknown, between the two', () => {
		const unknown = scoreClient(unknownClient);

		expect(unknown.reason).toMatch(/^Client unknown/);
		expect(unknown.score).toBeGreaterThan(
			scoreClient(newUnverifiedClient).score,
		);
		expect(unknown.score).toBeLessThan(scoreClient(knownClient).score);
	});

	it('counts a poor rating against the client', () => {
		const poor = scoreClient({...reliable, rating: 3.5});

		expect(poor.score).toBeLessThan(scoreClient(reliable).score);
		expect(poor.reason).toContain('rated 3.5 from 22 reviews');
	});

	it('says when a client has posted jobs but hired no one', () => {
		const {reason} = scoreClient({
			...knownClient,
			jobsPosted: 13,
			jobsWithHires: 0,
		});

		expect(reason).toContain('no hires from 13 posted jobs');
	});

	it('scores payment verification alone above no verification', () => {
		const verified = scoreClient({
			...newUnverifiedClient,
			paymentVerified: true,
		});

		expect(verified.score).toBeGreaterThan(
			scoreClient(newUnverifiedClient).score,
		);
		expect(verified.reason).toMatch(/^Payment verified/);
	});
});
