/**
 * A job as the rest of the program knows it, whatever export it came
 * from. The export reader builds it; the jobs repository stores it; the
 * evaluators read it.
 */
export type JobRecord = {
	/** Upwork's 19-digit id, kept as text: it is larger than 2^53. */
	id: string;
	title: string;
	description: string;
	type: JobType;
	url: string;
	publishedAt: Date;
	createdAt: Date | null;
	/** US dollars; FIXED jobs only. */
	fixedBudget: number | null;
	/** US dollars an hour; HOURLY jobs only, and often not given. */
	hourlyMin: number | null;
	hourlyMax: number | null;
	/** PART_TIME, FULL_TIME, AS_NEEDED or NOT_SURE; HOURLY jobs only. */
	hourlyWorkload: string | null;
	durationWeeks: number | null;
	durationLabel: string | null;
	/** EntryLevel, IntermediateLevel or ExpertLevel. */
	experienceLevel: string | null;
	category: string | null;
	skills: string[];
	client: ClientFacts;
	applicants: number | null;
	/** The file the job was read from (its base name). */
	source: string;
	/** When the export was made, from the file name, if it says. */
	scrapedAt: Date | null;
};

export type JobType = 'FIXED' | 'HOURLY';

export type ClientFacts = {
	paymentVerified: boolean;
	/** Total spent on Upwork, US dollars. */
	totalSpent: number | null;
	jobsPosted: number | null;
	jobsWithHires: number | null;
	/** Average feedback, 0 to 5. */
	rating: number | null;
	reviews: number | null;
	country: string | null;
	timezone: string | null;
};

/** Jobs with hires over jobs posted, when both are known. */
export function hireRate(client: ClientFacts): number | null {
	if (!client.jobsPosted || client.jobsWithHires === null) {
		return null;
	}

	return Math.min(1, client.jobsWithHires / client.jobsPosted);
}
