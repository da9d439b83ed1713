import type {JobRecord} from '../../export/job-record.js';
import {formatDollars, formatHourlyRange} from '../../text/format.js';
import type {CriterionScore} from '../rubric.js';

/** What a senior AI engineer charges an hour, low and high, in dollars. */
export const seniorAiRate = {low: 60, high: 150} as const;

// Hourly rate to score: a straight line between these points.
const rateCurve: Array<[rate: number, score: number]> = [
	[0, 0],
	[10, 1],
	[20, 2],
	[30, 3],
	[45, 5],
	[60, 7],
	[100, 9],
	[150, 10],
];

/** Weekly pay below which a long fixed project is thinly paid. */
const weeklyPenalties: Array<[below: number, penalty: number]> = [
	[50, 4],
	[100, 3],
	[200, 2],
	[400, 1],
];

/**
 * The budget criterion: a fixed budget against the minimum and the
 * duration it must cover, or an hourly range against a senior AI rate.
 */
export function scoreBudget(job: JobRecord, budgetMin: number): CriterionScore {
	return job.type === 'FIXED'
		? scoreFixed(job, budgetMin)
		: scoreHourly(job.hourlyMin, job.hourlyMax);
}

function scoreFixed(job: JobRecord, budgetMin: number): CriterionScore {
	const budget = job.fixedBudget;

	if (budget === null || budget <= 0) {
		return {
			score: 2,
			reason:
				'Fixed price with no budget stated, so the pay is unknown until ' +
				'the client answers an offer.',
		};
	}

	// No minimum set means any budget clears it; compare with $1 then.
	const minimum = Math.max(budgetMin, 1);
	const ratio = budget / minimum;
	// At the minimum a job scores 3; each doubling adds 3, up to 10
	// before the duration has its say.
	let score = Math.min(10, ratio < 1 ? 3 * ratio : 3 + 3 * Math.log2(ratio));
	const weeks = job.durationWeeks;
	const over = spanOf(job);
	let weekly = '';

	// A month or less is paid as one piece; beyond that, what the budget
	// pays a week is what the freelancer lives on.
	if (weeks !== null && weeks > 4) {
		const perWeek = budget / weeks;
		const penalty = weeklyPenalties.find(([below]) => perWeek < below);
		score -= penalty?.[1] ?? 0;
		weekly = ` (about ${formatDollars(perWeek)} a week)`;
	}

	score = Math.round(Math.max(0, score));
	const comparison =
		ratio < 1
			? `is under the ${formatDollars(minimum)} minimum`
			: `is ${trimmed(ratio)}x the ${formatDollars(minimum)} minimum`;

	return {
		score,
		reason: `Fixed budget ${formatDollars(budget)} ${comparison}, ${over}${weekly}: ${fixedVerdict(score)}.`,
	};
}

function scoreHourly(min: number | null, max: number | null): CriterionScore {
	const senior = `${formatHourlyRange(seniorAiRate.low, seniorAiRate.high)} a senior AI engineer charges`;

	if (min === null && max === null) {
		return {
			score: 4,
			reason: `Hourly, rate not given: scored low-middle until the client names one, against the ${senior}.`,
		};
	}

	// The top of a range is what the client will pay the right person;
	// the bottom still says what they expect, so it counts a third.
	const rate =
		min !== null && max !== null ? (min + 2 * max) / 3 : (min ?? max)!;
	const score = Math.round(interpolate(rate));
	const range = formatHourlyRange(min, max);

	return {
		score,
		reason: `Hourly ${range} is ${rateVerdict(rate, max)} the ${senior}.`,
	};
}

function rateVerdict(rate: number, max: number | null): string {
	if (rate >= seniorAiRate.high) return 'at or above the top of';
	if (rate >= seniorAiRate.low) return 'within';

	const reach =
		max !== null && max >= seniorAiRate.low ? ', though its top reaches,' : '';

	return rate >= 45 ? `just below${reach}` : `well below${reach}`;
}

function fixedVerdict(score: number): string {
	if (score >= 8) return 'generous for the scope';
	if (score >= 5) return 'fair';
	if (score >= 3) return 'thin for the scope';
	return 'far below the work';
}

function spanOf(job: JobRecord): string {
	if (job.durationLabel) {
		return `over ${job.durationLabel.toLowerCase()}`;
	}

	return job.durationWeeks === null
		? 'with no duration stated'
		: `over about ${job.durationWeeks} weeks`;
}

function interpolate(rate: number): number {
	for (let index = 1; index < rateCurve.length; index++) {
		const [rateHigh, scoreHigh] = rateCurve[index]!;

		if (rate <= rateHigh) {
			const [rateLow, scoreLow] = rateCurve[index - 1]!;
			return (
				scoreLow +
				((scoreHigh - scoreLow) * (rate - rateLow)) / (rateHigh - rateLow)
			);
		}
	}

	return 10;
}

function trimmed(ratio: number): string {
	return String(Number(ratio.toFixed(1)));
}
