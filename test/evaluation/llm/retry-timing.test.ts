import {describe, expect, it} from 'vitest';
import {
	backoffMs,
	rateLimitWait,
} from '../../../source/evaluation/llm/retry-timing.js';

describe('backoffMs', () => {
	const options = {baseMs: 1000, capMs: 30_000};

	it('doubles from the base, with half of it random', () => {
		expect(backoffMs(1, options, () => 0)).toBe(500);
		expect(backoffMs(1, options, () => 1)).toBe(1000);
		expect(backoffMs(3, options, () => 0)).toBe(2000);
		expect(backoffMs(3, options, () => 1)).toBe(4000);
	});

	it('never waits longer than the cap', () => {
		expect(backoffMs(20, options, () => 1)).toBe(30_000);
		expect(backoffMs(20, options, () => 0)).toBe(15_000);
	});
});

describe('rateLimitWait', () => {
	it('honours retry-after in seconds or as a date', () => {
		const now = Date.parse('2026-02-05T10:00:00Z');

		expect(rateLimitWait({'retry-after': '12'}, now)).toEqual({
			seconds: 12,
			limit: 'as the API asked',
		});
		expect(
			rateLimitWait({'retry-after': 'Thu, 05 Feb 2026 10:00:30 GMT'}, now)
				?.seconds,
		).toBe(30);
	});

	it('waits for the reset of the limit that is used up', () => {
		const wait = rateLimitWait({
			'x-ratelimit-remaining-tokens-minute': '0',
			'x-ratelimit-reset-tokens-minute': '41.5',
			'x-ratelimit-remaining-requests-day': '900',
			'x-ratelimit-reset-requests-day': '30000',
		});

		expect(wait).toEqual({seconds: 41.5, limit: 'tokens per minute'});
	});

	it('takes the soonest reset when no limit says it is used up', () => {
		const wait = rateLimitWait({
			'x-ratelimit-reset-tokens-minute': '8.2',
			'x-ratelimit-reset-requests-day': '30000',
		});

		expect(wait).toEqual({seconds: 8.2, limit: 'tokens per minute'});
	});

	it('is null when the server gives no timing', () => {
		expect(rateLimitWait({'content-type': 'application/json'})).toBeNull();
	});
});
