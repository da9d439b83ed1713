import {describe, expect, it} from 'vitest';
import {
	formatAge,
	formatBudget,
	formatCost,
	formatDuration,
} from '../../source/text/format.js';

describe('formatBudget', () => {
	it('shows a fixed budget in whole dollars', () => {
		expect(
			formatBudget({
				type: 'FIXED',
				fixedBudget: 2400,
				hourlyMin: null,
				hourlyMax: null,
			}),
		).toBe('$2,400');
	});

	it('shows an hourly range, a single rate, and a missing rate', () => {
		const hourly = {type: 'HOURLY' as const, fixedBudget: null};
		expect(formatBudget({...hourly, hourlyMin: 30, hourlyMax: 100})).toBe(
			'$30-100/hr',
		);
		expect(formatBudget({...hourly, hourlyMin: 12.5, hourlyMax: null})).toBe(
			'$12.50/hr',
		);
		expect(formatBudget({...hourly, hourlyMin: null, hourlyMax: null})).toBe(
			'hourly, rate not given',
		);
	});
});

describe('formatAge and formatDuration', () => {
	const now = new Date('2026-02-05T04:09:24Z');

	it('says how long ago a posting was published', () => {
		expect(formatAge(new Date('2026-02-05T04:09:00Z'), now)).toBe('now');
		expect(formatAge(new Date('2026-02-05T03:09:24Z'), now)).toBe('1h');
		expect(formatAge(new Date('2026-02-01T04:09:24Z'), now)).toBe('4d');
	});

	it('reads durations in the largest two units', () => {
		expect(formatDuration(3_900_000)).toBe('1h 05m');
		expect(formatDuration(200_000)).toBe('3m 20s');
		expect(formatDuration(12_000)).toBe('12s');
	});

	it('keeps fractions of a cent visible in costs', () => {
		expect(formatCost(0.0042)).toBe('$0.0042');
		expect(formatCost(2.5)).toBe('$2.50');
	});
});
