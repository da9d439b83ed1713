import {option} from 'pastel';
import {z} from 'zod';
import {UserError} from '../errors/user-error.js';

/** `--since`, as `stats` and `ranked` take it; read it with parseSince. */
export const sinceOption = z
	.string()
	.optional()
	.describe(
		option({
			description:
				'Only postings published since a date (2026-02-01) or within the last 30m, 24h, 7d, 2w...',
			valueDescription: 'date|duration',
		}),
	);

const unitMilliseconds = {
	m: 60_000,
	h: 3_600_000,
	d: 86_400_000,
	w: 604_800_000,
} as const;

const duration = /^(\d+)\s*([mhdw])$/i;
// A calendar date, optionally with a time and a zone: what people type
// and what `date -I` or JSON dates give.
const isoDate =
	/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * Reads `--since`: an ISO date or date-time ("2026-02-01",
 * "2026-02-01T09:00Z"), or a duration back from `now` ("30m", "24h",
 * "7d", "2w"). A date or time without a zone is UTC, as Upwork's
 * timestamps are.
 */
export function parseSince(text: string, now: Date = new Date()): Date {
	const trimmed = text.trim();
	const relative = duration.exec(trimmed);

	if (relative) {
		const amount = Number(relative[1]);
		const unit = relative[2]!.toLowerCase() as keyof typeof unitMilliseconds;
		return new Date(now.getTime() - amount * unitMilliseconds[unit]);
	}

	const absolute = isoDate.exec(trimmed);

	if (absolute) {
		const [, year, month, day, time = '00:00', zone = 'Z'] = absolute;
		const date = new Date(`${year}-${month}-${day}T${time}${zone}`);

		// Date() rolls 2026-02-30 over into March; a typo should not.
		if (
			!Number.isNaN(date.getTime()) &&
			isCalendarDate(Number(year), Number(month), Number(day))
		) {
			return date;
		}
	}

	throw new UserError(
		`\`--since\` got "${text}", which is neither a date nor a duration. ` +
			'Give an ISO date such as 2026-02-01 (or 2026-02-01T09:00Z), ' +
			'or a duration such as 30m, 24h, 7d or 2w.',
	);
}

function isCalendarDate(year: number, month: number, day: number): boolean {
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
