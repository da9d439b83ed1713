import type {Kysely} from 'kysely';
import type {Database} from '../db/database.js';
import {listJobs, type JobListQuery} from '../db/job-listing.repository.js';
import type {Priority} from '../evaluation/rubric.js';
import {toCsv} from './csv-format.js';
import type {OutputStyle} from './output-style.js';
import type {StateFilter} from './ranked-filters.js';
import type {ReportOutput} from './report-output.js';
import {rankedJobFields, rankedJobJson} from './ranked-json.js';
import {renderRankedTable} from './ranked-table.js';

export type ReportFormat = 'table' | 'json' | 'csv';

export type RankedReportOptions = {
	format: ReportFormat;
	limit: number;
	minScore: number;
	priorities?: Priority[];
	/** Without any, dismissed jobs stay hidden. */
	states?: StateFilter[];
	publishedSince?: Date;
	/** Include jobs judged not AI-related. */
	all: boolean;
};

/** The listing query behind `ranked`: evaluated jobs, best first. */
export function rankedQuery(options: RankedReportOptions): JobListQuery {
	return {
		aiOnly: !options.all,
		evaluatedOnly: true,
		minScore: options.minScore,
		priorities: options.priorities,
		states: options.states,
		publishedSince: options.publishedSince,
		sort: 'score',
	};
}

/** The best evaluated jobs as a table, JSON or CSV. */
export async function rankedReport(
	db: Kysely<Database>,
	options: RankedReportOptions,
	style: OutputStyle,
): Promise<ReportOutput> {
	const jobs = await listJobs(db, rankedQuery(options), {
		offset: 0,
		limit: options.limit,
	});

	switch (options.format) {
		case 'json':
			return {out: `${JSON.stringify(jobs.map(rankedJobJson), null, 2)}\n`};

		case 'csv':
			return {out: toCsv(rankedJobFields, jobs.map(rankedJobJson))};

		case 'table':
			if (jobs.length === 0) {
				return {
					out: '',
					note:
						'No evaluated job matches. Lower `--min-score`, widen `--since`, ' +
						'add `--all`, or run `upwork-eval ingest FILE.json` first.\n',
				};
			}

			return {out: `${renderRankedTable(jobs, style)}\n`};
	}
}
