import {z} from 'zod';

// The schema of one jupri/upwork item, as far as the program keeps it.
//
// The actor deletes every key whose value is null, false, 0, "", [] or {}
// from every item but the first, which keeps them all as nulls. So every
// field that may be empty is `nullish()` here: a missing key and a null
// mean the same thing, and the mapping to a job decides what they stand
// for. Keys the program does not keep are ignored.
//
// Bounds follow the columns the values are stored in: an absurd value
// rejects its item here instead of failing the whole ingest later.

// PostgreSQL text is UTF-8: it cannot hold U+0000 (one would fail the
// ingest's transaction) and a lone UTF-16 surrogate reaches it as U+FFFD.
// Both are settled here, so the job read is the job stored and its
// content hash matches. Nothing else in the text is changed.
const loneSurrogate =
	/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const storedText = z
	.string()
	.transform((text) =>
		text.replaceAll('\0', '').replace(loneSurrogate, '\uFFFD'),
	);

const cents = (value: number) => Math.round(value * 100) / 100;

const count = z.number().int().nonnegative().max(2_147_483_647);

const notDollars = 'must be an amount in dollars, like "2400.0"';
const decimalText = z
	.string()
	.trim()
	.regex(/^\d+(\.\d+)?$/, notDollars);

// Budgets arrive as decimal strings ("2400.0"); plain numbers are taken
// too. Cents are kept, as the numeric columns do.
const dollars = (maximum: number) =>
	z
		.union([decimalText, z.number()], {error: notDollars})
		.transform(Number)
		.pipe(z.number().nonnegative().max(maximum))
		.transform(cents);

const timestamp = z.iso
	.datetime({
		offset: true,
		error: 'must be an ISO-8601 time, like "2026-02-04T23:15:26.182Z"',
	})
	.transform((text) => new Date(text));

const duration = z
	.object({
		label: storedText.nullish(),
		weeks: z.number().int().nonnegative().max(1000).nullish(),
	})
	.nullish();

// Skills are {id, name} objects; a bare name is taken as well.
const skill = z
	.union([storedText, z.object({name: storedText.nullish()})], {
		error: 'must be a skill such as {"id": "…", "name": "Python"}',
	})
	.transform((value) => (typeof value === 'string' ? value : value.name))
	.transform((name) => name?.trim() ?? '');

const buyer = z.object({
	jobs: z.object({postedCount: count.nullish()}).nullish(),
	location: z
		.object({
			country: storedText.nullish(),
			countryTimezone: storedText.nullish(),
		})
		.nullish(),
	stats: z
		.object({
			totalCharges: z.object({amount: dollars(1e11).nullish()}).nullish(),
			score: z.number().min(0).max(5).transform(cents).nullish(),
			feedbackCount: count.nullish(),
			totalJobsWithHires: count.nullish(),
		})
		.nullish(),
});

/**
 * The fields every job has, whatever its type. The `fixed` and `hourly`
 * blocks are read apart, by type: the first item of an export carries
 * both, one of them all null.
 */
export const exportItemSchema = z.object({
	id: z
		.string({
			error: (issue) =>
				typeof issue.input === 'number'
					? 'must be text: as a number, a 19-digit id loses digits'
					: undefined,
		})
		.regex(/^\d{1,30}$/, 'must be the digits of an Upwork job id'),
	title: storedText
		.transform((title) => title.trim())
		.pipe(z.string().min(1, 'is empty')),
	url: z.url({
		protocol: /^https?$/,
		error: 'must be the http(s) address of the job',
	}),
	type: z.enum(['FIXED', 'HOURLY'], {error: 'must be FIXED or HOURLY'}),
	ts_publish: timestamp,
	ts_create: timestamp.nullish(),
	description: storedText.nullish(),
	level: storedText.nullish(),
	category: z.object({name: storedText.nullish()}).nullish(),
	skills: z.array(skill).nullish(),
	isPaymentMethodVerified: z.boolean().nullish(),
	buyer: buyer.nullish(),
	clientActivity: z.object({totalApplicants: count.nullish()}).nullish(),
});

/** The `fixed` block of a FIXED job; the budget is a decimal string. */
export const fixedBlockSchema = z
	.object({
		budget: z.object({amount: dollars(1e9).nullish()}).nullish(),
		duration,
	})
	.nullish();

/** The `hourly` block of an HOURLY job; a quarter give no rate. */
export const hourlyBlockSchema = z
	.object({
		min: z.number().nonnegative().max(1e6).transform(cents).nullish(),
		max: z.number().nonnegative().max(1e6).transform(cents).nullish(),
		type: storedText.nullish(),
		duration,
	})
	.nullish();

export type ExportItem = z.infer<typeof exportItemSchema>;
export type FixedBlock = z.infer<typeof fixedBlockSchema>;
export type HourlyBlock = z.infer<typeof hourlyBlockSchema>;
