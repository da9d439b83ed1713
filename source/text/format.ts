/**
 * How figures read everywhere: lists, panes, tables and plain lines.
 * One place, so the same job never shows its budget two ways.
 */

type BudgetFields = {
	type: 'FIXED' | 'HOURLY';
	fixedBudget: number | null;
	hourlyMin: number | null;
	hourlyMax: number | null;
};

const wholeDollars = new Intl.NumberFormat('en-US', {
	style: 'currency',
	currency: 'USD',
	maximumFractionDigits: 0,
});

const centDollars = new Intl.NumberFormat('en-US', {
	style: 'currency',
	currency: 'USD',
	minimumFractionDigits: 2,
	maximumFractionDigits: 2,
});

/** "$2,400", "$30-100/hr", "$45/hr", "hourly, rate not given". */
export function formatBudget(job: BudgetFields): string {
	if (job.type === 'FIXED') {
		return job.fixedBudget === null
			? 'fixed, no budget'
			: formatDollars(job.fixedBudget);
	}

	return formatHourlyRange(job.hourlyMin, job.hourlyMax);
}

export function formatHourlyRange(
	min: number | null,
	max: number | null,
): string {
	if (min === null && max === null) {
		return 'hourly, rate not given';
	}

	if (min === null || max === null || min === max) {
		return `${formatRate(min ?? max!)}/hr`;
	}

	return `${formatRate(min)}-${formatRate(max).slice(1)}/hr`;
}

/** Whole dollars: "$84,950". */
export function formatDollars(amount: number): string {
	return wholeDollars.format(amount);
}

/** Costs of API calls, which are often fractions of a cent: "$0.0042". */
export function formatCost(amount: number): string {
	if (amount > 0 && amount < 0.01) {
		return `$${amount.toFixed(4)}`;
	}

	return centDollars.format(amount);
}

function formatRate(rate: number): string {
	return Number.isInteger(rate) ? `$${rate}` : `$${rate.toFixed(2)}`;
}

/** "5m", "3h", "2d", "6w" ago; "now" under a minute; future dates too. */
export function formatAge(date: Date, now: Date = new Date()): string {
	const seconds = Math.max(0, (now.getTime() - date.getTime()) / 1000);

	if (seconds < 60) return 'now';
	if (seconds < 3600) return `${Math.floor(seconds / 60)}m`;
	if (seconds < 86_400) return `${Math.floor(seconds / 3600)}h`;
	if (seconds < 86_400 * 14) return `${Math.floor(seconds / 86_400)}d`;
	if (seconds < 86_400 * 365) return `${Math.floor(seconds / 604_800)}w`;
	return `${Math.floor(seconds / 31_536_000)}y`;
}

/** "1h 05m", "3m 20s", "12s": for durations and time left. */
export function formatDuration(milliseconds: number): string {
	const total = Math.max(0, Math.round(milliseconds / 1000));
	const hours = Math.floor(total / 3600);
	const minutes = Math.floor((total % 3600) / 60);
	const seconds = total % 60;

	if (hours > 0) return `${hours}h ${String(minutes).padStart(2, '0')}m`;
	if (minutes > 0) return `${minutes}m ${String(seconds).padStart(2, '0')}s`;
	return `${seconds}s`;
}

/** "12,345". */
export function formatCount(count: number): string {
	return count.toLocaleString('en-US');
}
