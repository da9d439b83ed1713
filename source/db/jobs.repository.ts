import {createHash} from 'node:crypto';
import {
	sql,
	type Insertable,
	type Kysely,
	type Selectable,
	type Transaction,
} from 'kysely';
import type {JobRecord} from '../export/job-record.js';
import type {Database, JobsTable} from './database.js';

/** What an upsert did, job by job. */
export type UpsertCounts = {
	inserted: number;
	updated: number;
	/** Already stored with the same content: nothing was written. */
	unchanged: number;
};

// The protocol counts a statement's parameters in 16 bits: 65,535 for
// PostgreSQL, but PGlite's message parser reads the count as signed and
// breaks above 32,767, so statements stay under that.
const maxParameters = 32_767;

// The columns an upsert overwrites: all but the key and created_at.
const updatedColumns = [
	'title',
	'description',
	'type',
	'url',
	'ts_publish',
	'ts_create',
	'fixed_budget_amount',
	'fixed_duration_weeks',
	'hourly_min',
	'hourly_max',
	'hourly_workload',
	'hourly_duration_weeks',
	'duration_label',
	'experience_level',
	'category',
	'skills',
	'client_payment_verified',
	'client_total_spent',
	'client_jobs_posted',
	'client_jobs_with_hires',
	'client_rating',
	'client_reviews',
	'client_country',
	'client_timezone',
	'applicants',
	'source',
	'scraped_at',
	'content_hash',
] as const satisfies ReadonlyArray<keyof JobsTable>;

const rowsPerStatement = Math.floor(
	maxParameters / (updatedColumns.length + 1),
);

/**
 * A fingerprint of what the posting says: every stored field except where
 * and when it was read (`source`, `scrapedAt`), so the same posting in a
 * newer export is recognised as unchanged. Evaluations keep it to tell
 * whether the job changed since.
 */
export function jobContentHash(record: JobRecord): string {
	// The fields in a fixed order, so the hash does not depend on how the
	// record was built. The version tag changes only if this list does.
	const content = [
		'job-content-v2',
		record.id,
		record.title,
		record.description,
		record.type,
		record.url,
		record.publishedAt.toISOString(),
		record.createdAt?.toISOString() ?? null,
		record.fixedBudget,
		record.hourlyMin,
		record.hourlyMax,
		record.hourlyWorkload,
		record.durationWeeks,
		record.durationLabel,
		record.experienceLevel,
		record.category,
		record.skills,
		record.client.paymentVerified,
		record.client.totalSpent,
		record.client.jobsPosted,
		record.client.jobsWithHires,
		record.client.rating,
		record.client.reviews,
		record.client.country,
		record.client.timezone,
		// Not the applicant count: it rises all day, no evaluator reads
		// it, and a changed hash sends the job back to the (paid)
		// evaluator. upsertJobs still stores a new count.
	];

	return createHash('sha256').update(JSON.stringify(content)).digest('hex');
}

/**
 * Stores jobs, inserting new ones and overwriting those whose content
 * changed; a job stored with the same content is not written at all, so
 * ingesting a file twice changes nothing. A job listed twice counts once,
 * with its last version. Runs inside the caller's transaction if given
 * one.
 */
export async function upsertJobs(
	db: Kysely<Database> | Transaction<Database>,
	records: JobRecord[],
): Promise<UpsertCounts> {
	// One statement cannot touch a row twice, so a repeated id keeps only
	// its last version.
	const latest = new Map(records.map((record) => [record.id, record]));
	const candidates = [...latest.values()].map(jobRow);
	// Re-ingesting a file is the common case, and most of its jobs are
	// stored already: asking for their hashes first spares sending every
	// description back to the database only to learn nothing changed.
	const stored = await storedVersions(
		db,
		candidates.map((row) => row.id),
	);
	const rows = candidates.filter((row) => {
		const version = stored.get(row.id);
		return (
			!version ||
			version.content_hash !== row.content_hash ||
			version.applicants !== row.applicants
		);
	});
	let inserted = 0;
	let updated = 0;

	for (let start = 0; start < rows.length; start += rowsPerStatement) {
		const written = await db
			.insertInto('jobs')
			.values(rows.slice(start, start + rowsPerStatement))
			.onConflict((conflict) =>
				conflict
					.column('id')
					.doUpdateSet((eb) => ({
						...Object.fromEntries(
							updatedColumns.map((column) => [
								column,
								eb.ref(`excluded.${column}`),
							]),
						),
						updated_at: sql<Date>`now()`,
					}))
					.where(({eb, ref}) =>
						eb.or([
							eb(
								'jobs.content_hash',
								'is distinct from',
								ref('excluded.content_hash'),
							),
							eb(
								'jobs.applicants',
								'is distinct from',
								ref('excluded.applicants'),
							),
						]),
					),
			)
			// xmax is 0 on a row this statement inserted and set on one it
			// updated; rows left unchanged are not returned at all.
			.returning(sql<boolean>`(xmax = 0)`.as('inserted'))
			.execute();

		for (const row of written) {
			if (row.inserted) {
				inserted += 1;
			} else {
				updated += 1;
			}
		}
	}

	return {
		inserted,
		updated,
		unchanged: candidates.length - inserted - updated,
	};
}

async function storedVersions(
	db: Kysely<Database> | Transaction<Database>,
	ids: string[],
) {
	const versions = new Map<
		string,
		{content_hash: string; applicants: number | null}
	>();

	for (let start = 0; start < ids.length; start += idsPerLookup) {
		const rows = await db
			.selectFrom('jobs')
			.select(['id', 'content_hash', 'applicants'])
			.where('id', 'in', ids.slice(start, start + idsPerLookup))
			.execute();

		for (const row of rows) {
			versions.set(row.id, row);
		}
	}

	return versions;
}

// Well under PostgreSQL's (and PGlite's) limit on parameters.
const idsPerLookup = 5000;

/** The stored job as the rest of the program knows it. */
export function jobRecordFromRow(row: Selectable<JobsTable>): JobRecord {
	return {
		id: row.id,
		title: row.title,
		description: row.description,
		type: row.type,
		url: row.url,
		publishedAt: row.ts_publish,
		createdAt: row.ts_create,
		fixedBudget: row.fixed_budget_amount,
		hourlyMin: row.hourly_min,
		hourlyMax: row.hourly_max,
		hourlyWorkload: row.hourly_workload,
		durationWeeks:
			row.type === 'FIXED'
				? row.fixed_duration_weeks
				: row.hourly_duration_weeks,
		durationLabel: row.duration_label,
		experienceLevel: row.experience_level,
		category: row.category,
		skills: row.skills,
		client: {
			paymentVerified: row.client_payment_verified,
			totalSpent: row.client_total_spent,
			jobsPosted: row.client_jobs_posted,
			jobsWithHires: row.client_jobs_with_hires,
			rating: row.client_rating,
			reviews: row.client_reviews,
			country: row.client_country,
			timezone: row.client_timezone,
		},
		applicants: row.applicants,
		source: row.source,
		scrapedAt: row.scraped_at,
	};
}

function jobRow(record: JobRecord): Insertable<JobsTable> {
	const isFixed = record.type === 'FIXED';

	return {
		id: record.id,
		title: record.title,
		description: record.description,
		type: record.type,
		url: record.url,
		ts_publish: record.publishedAt,
		ts_create: record.createdAt,
		fixed_budget_amount: record.fixedBudget,
		fixed_duration_weeks: isFixed ? record.durationWeeks : null,
		hourly_min: record.hourlyMin,
		hourly_max: record.hourlyMax,
		hourly_workload: record.hourlyWorkload,
		hourly_duration_weeks: isFixed ? null : record.durationWeeks,
		duration_label: record.durationLabel,
		experience_level: record.experienceLevel,
		category: record.category,
		skills: record.skills,
		client_payment_verified: record.client.paymentVerified,
		client_total_spent: record.client.totalSpent,
		client_jobs_posted: record.client.jobsPosted,
		client_jobs_with_hires: record.client.jobsWithHires,
		client_rating: record.client.rating,
		client_reviews: record.client.reviews,
		client_country: record.client.country,
		client_timezone: record.client.timezone,
		applicants: record.applicants,
		source: record.source,
		scraped_at: record.scrapedAt,
		content_hash: jobContentHash(record),
	};
}
