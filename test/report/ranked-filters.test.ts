import {describe, expect, it} from 'vitest';
import {
	parsePriorities,
	parseStates,
} from '../../source/report/ranked-filters.js';

describe('ranked filters', () => {
	it('reads priorities in any case, repeated or comma-separated', () => {
		expect(parsePriorities(['high', 'Medium,LOW', 'high'])).toEqual([
			'High',
			'Medium',
			'Low',
		]);
	});

	it('reads triage states, untriaged included', () => {
		expect(parseStates(['Shortlisted,untriaged'])).toEqual([
			'shortlisted',
			'untriaged',
		]);
	});

	it('gives undefined when the option is absent', () => {
		expect(parsePriorities(undefined)).toBeUndefined();
		expect(parseStates([])).toBeUndefined();
	});

	it('names the option and what it accepts on an unknown value', () => {
		expect(() => parsePriorities(['urgent'])).toThrow(
			'`--priority` got "urgent", which it does not know. Give one or more of high, medium or low.',
		);
		expect(() => parseStates(['archived'])).toThrow(
			/`--state` got "archived".*shortlisted, applied, dismissed, untriaged/,
		);
	});
});
