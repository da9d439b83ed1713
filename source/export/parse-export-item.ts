import type {z} from 'zod';
import {normaliseCountry} from './country-name.js';
import type {ExportContext, ExportEntry} from './export-entry.js';
import {
	exportItemSchema,
	fixedBlockSchema,
	hourlyBlockSchema,
	type ExportItem,
	type FixedBlock,
	type HourlyBlock,
} from './export-item.schema.js';
import {describeValue} from './export-shape.js';
import type {ClientFacts, JobRecord} from './job-record.js';

/**
 * Turns one item of a jupri/upwork export into a job, or into a rejection
 * that names the item, its id if it has one, the first field that is
 * wrong and what is wrong with it. Never throws: one bad item must not
 * stop the others.
 */
export function parseExportItem(
	raw: unknown,
	index: number,
	context: ExportContext,
): ExportEntry {
	if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
		return reject(index, null, '(item)', `is ${describeValue(raw)}, not a job`);
	}

	const item = raw as Record<string, unknown>;
	const id = typeof item.id === 'string' && item.id !== '' ? item.id : null;
	const common = exportItemSchema.safeParse(item, {reportInput: true});

	if (!common.success) {
		return rejectIssue(index, id, common.error.issues);
	}

	if (!common.data.url.includes(common.data.id)) {
		return reject(
			index,
			id,
			'url',
			'must be the address of this job, ending in its id',
		);
	}

	// The type decides which block counts; the other may be present and
	// all null (the first item keeps every key), and is ignored.
	if (common.data.type === 'FIXED') {
		const fixed = fixedBlockSchema.safeParse(item.fixed, {reportInput: true});

		return fixed.success
			? job(index, toJobRecord(common.data, {fixed: fixed.data}, context))
			: rejectIssue(index, id, fixed.error.issues, 'fixed');
	}

	const hourly = hourlyBlockSchema.safeParse(item.hourly, {reportInput: true});

	return hourly.success
		? job(index, toJobRecord(common.data, {hourly: hourly.data}, context))
		: rejectIssue(index, id, hourly.error.issues, 'hourly');
}

function toJobRecord(
	item: ExportItem,
	block: {fixed?: FixedBlock; hourly?: HourlyBlock},
	context: ExportContext,
): JobRecord {
	const duration = block.fixed?.duration ?? block.hourly?.duration;

	return {
		id: item.id,
		title: item.title,
		description: item.description ?? '',
		type: item.type,
		url: item.url,
		publishedAt: item.ts_publish,
		createdAt: item.ts_create ?? null,
		fixedBudget: block.fixed?.budget?.amount ?? null,
		hourlyMin: block.hourly?.min ?? null,
		hourlyMax: block.hourly?.max ?? null,
		hourlyWorkload: present(block.hourly?.type),
		durationWeeks: duration?.weeks ?? null,
		durationLabel: present(duration?.label),
		experienceLevel: present(item.level),
		category: present(item.category?.name),
		skills: (item.skills ?? []).filter((name) => name !== ''),
		client: clientFacts(item),
		applicants: item.clientActivity?.totalApplicants ?? null,
		source: context.source,
		scrapedAt: context.scrapedAt,
	};
}

function clientFacts(item: ExportItem): ClientFacts {
	const {buyer} = item;
	const stats = buyer?.stats;
	const country = present(buyer?.location?.country);

	// Upwork itself sends 0, not null, for the hires and reviews of a new
	// client (the first item of a full export shows it), and the actor then
	// drops the 0. So when there is a buyer block, a missing count is 0.
	// Spend, rating and jobs posted come as null when there are none.
	return {
		paymentVerified: item.isPaymentMethodVerified ?? false,
		totalSpent: stats?.totalCharges?.amount ?? null,
		jobsPosted: buyer?.jobs?.postedCount ?? null,
		jobsWithHires: buyer ? (stats?.totalJobsWithHires ?? 0) : null,
		rating: stats?.score ?? null,
		reviews: buyer ? (stats?.feedbackCount ?? 0) : null,
		country: country === null ? null : normaliseCountry(country),
		timezone: present(buyer?.location?.countryTimezone),
	};
}

function present(text: string | null | undefined): string | null {
	const trimmed = text?.trim();
	return trimmed ? trimmed : null;
}

function job(index: number, record: JobRecord): ExportEntry {
	return {kind: 'job', index, record};
}

function reject(
	index: number,
	id: string | null,
	field: string,
	message: string,
): ExportEntry {
	return {kind: 'rejected', index, id, field, message};
}

function rejectIssue(
	index: number,
	id: string | null,
	issues: z.core.$ZodIssue[],
	prefix?: string,
): ExportEntry {
	// Zod lists issues in the order of the schema's keys, so the first is
	// the most basic thing wrong (a missing id before a bad budget).
	const issue = issues[0]!;
	const field = [prefix, ...issue.path.map(String)]
		.filter((part) => part !== undefined)
		.join('.');

	return reject(index, id, field || '(item)', describeIssue(issue));
}

// Zod's own messages start so; the schema's own are sentences already.
const zodDefault = /^(Invalid|Too small|Too big)/;

function describeIssue(issue: z.core.$ZodIssue): string {
	const {input} = issue;

	if (
		issue.code === 'invalid_type' &&
		(input === undefined || input === null)
	) {
		return 'is missing';
	}

	if (!zodDefault.test(issue.message)) {
		return `${issue.message}${found(input)}`;
	}

	switch (issue.code) {
		case 'invalid_type':
			return `must be ${article(issue.expected)}, not ${describeValue(input)}`;
		case 'too_small':
			return `must be at least ${String(issue.minimum)}${found(input)}`;
		case 'too_big':
			return `must be at most ${String(issue.maximum)}${found(input)}`;
		default:
			return `is not valid${found(input)}`;
	}
}

function article(expected: string): string {
	return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}

function found(input: unknown): string {
	if (typeof input === 'object' || input === undefined) {
		return '';
	}

	const text = JSON.stringify(input);
	return ` (found ${text.length > 40 ? `${text.slice(0, 39)}…` : text})`;
}
