import type {JobRecord} from '../export/job-record.js';
import {formatCost, formatDollars} from '../text/format.js';

/** Whether a job goes on to an evaluator, and why not when it does not. */
export type GateDecision = {passed: true} | {passed: false; reason: string};

/**
 * Decides, before any evaluator runs, whether a job is worth evaluating:
 * a FIXED job whose budget is under the minimum is not, so no money is
 * spent on a model for it. The minimum is FILTER_BUDGET_MIN.
 */
export function gateJob(
	job: JobRecord,
	options: {budgetMin: number},
): GateDecision {
	// An hourly job has no total to compare with the minimum: its rate is
	// weighed by the budget criterion instead. A fixed job without a stated
	// budget (the export drops a zero amount) may still be worth an offer,
	// so the evaluator, not the gate, judges it.
	if (job.type !== 'FIXED' || job.fixedBudget === null) {
		return {passed: true};
	}

	if (job.fixedBudget <= 0 || job.fixedBudget >= options.budgetMin) {
		return {passed: true};
	}

	return {
		passed: false,
		reason:
			`Fixed budget ${formatAmount(job.fixedBudget)} is under the ` +
			`${formatDollars(options.budgetMin)} minimum; lower ` +
			'`FILTER_BUDGET_MIN` to evaluate jobs like it.',
	};
}

// Whole dollars read best, but $499.50 must not round up to the very
// minimum it falls short of.
function formatAmount(amount: number): string {
	return Number.isInteger(amount) ? formatDollars(amount) : formatCost(amount);
}
