import {option} from 'pastel';
import {z} from 'zod';
import {commonOptions} from '../config/common-options.js';
import {readSettings} from '../config/settings.js';
import {openAppDatabase} from '../db/open-app-database.js';
import {UserError} from '../errors/user-error.js';
import {outputStyle} from '../report/output-style.js';
import {parsePriorities, parseStates} from '../report/ranked-filters.js';
import {rankedReport} from '../report/ranked-report.js';
import type {ReportOutput} from '../report/report-output.js';
import {runReport} from '../report/run-report.js';
import {parseSince, sinceOption} from '../report/since-option.js';
import {parseNumberOption} from '../config/number-option.js';
import {TaskRunner} from '../ui/task-runner.js';

export const description =
	'Print the best evaluated jobs, best first, as a table, JSON or CSV';

export const options = commonOptions.extend({
	limit: z
		.string()
		.optional()
		.describe(
			option({
				description: 'How many jobs to print at most (default: 50)',
				valueDescription: 'count',
			}),
		),
	minScore: z
		.string()
		.optional()
		.describe(
			option({
				description:
					'Only jobs whose total is at least this, 0-100 (default: 50)',
				valueDescription: 'total',
			}),
		),
	priority: z
		.array(z.string())
		.optional()
		.describe(
			option({
				description: 'Only these priorities: high, medium, low',
				valueDescription: 'priority',
			}),
		),
	state: z
		.array(z.string())
		.optional()
		.describe(
			option({
				description:
					'Only these triage states: shortlisted, applied, dismissed, untriaged (default: all but dismissed)',
				valueDescription: 'state',
			}),
		),
	since: sinceOption,
	all: z
		.boolean()
		.default(false)
		.describe('Include jobs judged not AI-related'),
	json: z.boolean().default(false).describe('Print a JSON array'),
	csv: z.boolean().default(false).describe('Print CSV (RFC 4180)'),
});

type Props = {options: z.infer<typeof options>};

export default function Ranked({options}: Props) {
	return (
		<TaskRunner
			debug={options.debug}
			task={(output) => runReport(output, options.debug, () => ranked(options))}
		/>
	);
}

async function ranked(options: Props['options']): Promise<ReportOutput> {
	if (options.json && options.csv) {
		throw new UserError(
			'`--json` and `--csv` cannot both be given; choose one of them.',
		);
	}

	const filters = {
		priorities: parsePriorities(options.priority),
		states: parseStates(options.state),
		publishedSince:
			options.since === undefined ? undefined : parseSince(options.since),
	};
	const limit = parseNumberOption(options.limit, {
		flag: '--limit',
		fallback: 50,
		min: 1,
		whole: true,
	});
	const minScore = parseNumberOption(options.minScore, {
		flag: '--min-score',
		fallback: 50,
		min: 0,
		max: 100,
	});
	const settings = readSettings();
	const handle = await openAppDatabase(settings, {dataDir: options.dataDir});

	try {
		return await rankedReport(
			handle.db,
			{
				...filters,
				format: options.json ? 'json' : options.csv ? 'csv' : 'table',
				limit,
				minScore,
				all: options.all,
			},
			outputStyle(),
		);
	} finally {
		await handle.close();
	}
}
