import {describe, expect, it} from 'vitest';
import {scoreBudget} from '../../../source/evaluation/offline/budget-criterion.js';
import {buildJobRecord} from '../../support/job-record-factory.js';

const fixed = (fixedBudget: number | null, durationWeeks: number | null = 9) =>
	scoreBudget(
		buildJobRecord({
			fixedBudget,
			durationWeeks,
			durationLabel:
				durationWeeks === 3
					? 'Less than 1 month'
					: durationWeeks === 52
						? 'More than 6 months'
						: '1 to 3 months',
		}),
		500,
	);

const hourly = (hourlyMin: number | null, hourlyMax: number | null) =>
	scoreBudget(buildJobRecord({type: 'HOURLY', hourlyMin, hourlyMax}), 500);

describe('scoreBudget', () => {
	it('compares a fixed budget with the minimum over its duration', () => {
		const {reason} = fixed(2400);

		expect(reason).toBe(
			'Fixed budget $2,400 is 4.8x the $500 minimum, over 1 to 3 months ' +
				'(about $267 a week): generous for the scope.',
		);
	});

	it('scores a larger fixed budget higher for the same short duration', () => {
		const scores = [400, 500, 1000, 2000, 25_000].map(
			(budget) => fixed(budget, 3).score,
		);

		expect(scores).toEqual([...scores].sort((a, b) => a - b));
		expect(scores[0]).toBeLessThan(scores[1]!);
		expect(scores.at(-1)).toBe(10);
	});

	it('says when a fixed budget is under the minimum', () => {
		expect(fixed(300).reason).toContain('is under the $500 minimum');
	});

	it('scores the same budget lower when it must pay for more weeks', () => {
		const short = fixed(1000, 3);
		const long = fixed(1000, 52);

		expect(long.score).toBeLessThan(short.score);
		expect(long.reason).toContain('over more than 6 months (about $19 a week)');
	});

	it('scores a fixed job without a budget low and says so', () => {
		const {score, reason} = fixed(null);

		expect(score).toBeLessThanOrEqual(3);
		expect(reason).toContain('no budget stated');
	});

	it('scores hourly rates against a senior AI rate', () => {
		const senior = hourly(100, 150);
		const mid = hourly(30, 50);
		const cheap = hourly(5, 10);

		expect(senior.score).toBeGreaterThanOrEqual(9);
		expect(mid.score).toBeLessThan(senior.score);
		expect(cheap.score).toBeLessThan(mid.score);
		expect(senior.reason).toContain('$100-150/hr');
		expect(cheap.reason).toContain('well below the $60-150/hr');
	});

	it('scores a missing hourly rate low-middle and says it is not given', () => {
		const missing = hourly(null, null);

		expect(missing.score).toBeGreaterThan(hourly(5, 10).score);
		expect(missing.score).toBeLessThan(hourly(60, 100).score);
		expect(missing.reason).toContain('rate not given');
	});

	it('takes a single hourly rate as the rate', () => {
		expect(hourly(45, null).reason).toContain('$45/hr');
		expect(hourly(null, 45).score).toBe(hourly(45, null).score);
	});
});
