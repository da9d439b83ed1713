import {describe, expect, it} from 'vitest';
import {parseNumberOption} from '../../source/config/number-option.js';
import {UserError} from '../../source/errors/user-error.js';

const limit = {flag: '--limit', fallback: 50, min: 1, whole: true};
const minScore = {flag: '--min-score', fallback: 50, min: 0, max: 100};

describe('parseNumberOption', () => {
	it('takes the fallback when the option is not given', () => {
		expect(parseNumberOption(undefined, limit)).toBe(50);
	});

	it('reads numbers in range', () => {
		expect(parseNumberOption('20', limit)).toBe(20);
		expect(parseNumberOption('72.5', minScore)).toBe(72.5);
	});

	it('names the flag, the range and the value when it is off', () => {
		expect(() => parseNumberOption('abc', limit)).toThrow(
			new UserError('`--limit` takes a whole number of 1 or more, not "abc".'),
		);
		expect(() => parseNumberOption('2.5', limit)).toThrow(/whole number/);
		expect(() => parseNumberOption('0', limit)).toThrow(/1 or more/);
		expect(() => parseNumberOption('200', minScore)).toThrow(
			'`--min-score` takes a number from 0 to 100, not "200".',
		);
		expect(() => parseNumberOption('', minScore)).toThrow(UserError);
	});
});
