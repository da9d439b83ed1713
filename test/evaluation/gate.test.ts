import {describe, expect, it} from 'vitest';
import {gateJob} from '../../source/evaluation/gate.js';
import {buildJobRecord} from '../support/job-record-factory.js';

const options = {budgetMin: 500};

describe('gateJob', () => {
	it('stops a fixed job whose budget is under the minimum, saying both', () => {
		const decision = gateJob(buildJobRecord({fixedBudget: 300}), options);

		expect(decision.passed).toBe(false);
		expect(decision.passed === false && decision.reason).toMatch(
			/\$300 is under the \$500 minimum.*`FILTER_BUDGET_MIN`/,
		);
	});

	it('passes a fixed job at exactly the minimum and above it', () => {
		expect(gateJob(buildJobRecord({fixedBudget: 500}), options)).toEqual({
			passed: true,
		});
		expect(gateJob(buildJobRecord({fixedBudget: 501}), options)).toEqual({
			passed: true,
		});
	});

	it('shows cents when a budget just under the minimum would round up to it', () => {
		const decision = gateJob(buildJobRecord({fixedBudget: 499.5}), options);

		expect(decision.passed === false && decision.reason).toContain('$499.50');
	});

	it('passes a fixed job that states no budget', () => {
		expect(gateJob(buildJobRecord({fixedBudget: null}), options).passed).toBe(
			true,
		);
	});

	it('passes hourly jobs whatever their rate', () => {
		const cheap = buildJobRecord({type: 'HOURLY', hourlyMin: 3, hourlyMax: 5});
		const unstated = buildJobRecord({type: 'HOURLY'});

		expect(gateJob(cheap, options).passed).toBe(true);
		expect(gateJob(unstated, options).passed).toBe(true);
	});

	it('follows the minimum it is given', () => {
		const job = buildJobRecord({fixedBudget: 800});

		expect(gateJob(job, {budgetMin: 1000}).passed).toBe(false);
		expect(gateJob(job, {budgetMin: 0}).passed).toBe(true);
	});
});
