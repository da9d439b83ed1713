import type {ClientFacts, JobRecord} from '../../source/export/job-record.js';

/** A job's fields to change from the factory's plain defaults. */
export type JobRecordOverrides = Partial<Omit<JobRecord, 'client'>> & {
	client?: Partial<ClientFacts>;
};

/**
 * A client with some history: verified, a few thousand dollars spent,
 * a fair hire rate and a good rating. The factory's default.
 */
export const knownClient: ClientFacts = {
	paymentVerified: true,
	totalSpent: 5000,
	jobsPosted: 10,
	jobsWithHires: 6,
	rating: 4.7,
	reviews: 6,
	country: 'United States',
	timezone: 'America/Chicago (UTC-05:00)',
};

/** What a field-selected export says about a client: nothing at all. */
export const unknownClient: ClientFacts = {
	paymentVerified: false,
	totalSpent: null,
	jobsPosted: null,
	jobsWithHires: null,
	rating: null,
	reviews: null,
	country: null,
	timezone: null,
};

/**
 * A new client in a full export: the country is known, nothing else,
 * and payment is not verified.
 */
export const newUnverifiedClient: ClientFacts = {
	...unknownClient,
	jobsWithHires: 0,
	reviews: 0,
	country: 'United States',
	timezone: 'America/New_York (UTC-04:00)',
};

let sequence = 0;

/**
 * Builds a valid `JobRecord` with plain defaults: a FIXED job of $1,000
 * over 1 to 3 months from a known client, or, with `type: 'HOURLY'`, an
 * hourly job with no rate given. Each call gets its own id unless one is
 * given.
 */
export function buildJobRecord(overrides: JobRecordOverrides = {}): JobRecord {
	sequence += 1;
	const id =
		overrides.id ?? String(2_019_000_000_000_000_000n + BigInt(sequence));
	const type = overrides.type ?? 'FIXED';
	const {client, ...fields} = overrides;

	return {
		id,
		title: 'Developer needed for an internal tool',
		description:
			'We need a developer to build a small internal tool for our team.',
		type,
		url: `https://www.upwork.com/jobs/~02${id}`,
		publishedAt: new Date('2026-02-04T12:00:00.000Z'),
		createdAt: null,
		fixedBudget: type === 'FIXED' ? 1000 : null,
		hourlyMin: null,
		hourlyMax: null,
		hourlyWorkload: type === 'HOURLY' ? 'PART_TIME' : null,
		durationWeeks: 9,
		durationLabel: '1 to 3 months',
		experienceLevel: 'IntermediateLevel',
		category: null,
		skills: [],
		applicants: null,
		source: 'factory.json',
		scrapedAt: null,
		...fields,
		client: {...knownClient, ...client},
	};
}
