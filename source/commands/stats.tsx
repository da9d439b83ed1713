import {z} from 'zod';
import {commonOptions} from '../config/common-options.js';
import {readSettings} from '../config/settings.js';
import {openAppDatabase} from '../db/open-app-database.js';
import {evaluatorFingerprint} from '../evaluation/fingerprint.js';
import {readProfile} from '../evaluation/profile.js';
import {outputStyle} from '../report/output-style.js';
import type {ReportOutput} from '../report/report-output.js';
import {runReport} from '../report/run-report.js';
import {parseSince, sinceOption} from '../report/since-option.js';
import {statsReport} from '../report/stats-report.js';
import {TaskRunner} from '../ui/task-runner.js';

export const description =
	'Summarise the stored jobs and evaluations: totals, priorities, scores, stacks, costs';

export const options = commonOptions.extend({
	json: z
		.boolean()
		.default(false)
		.describe('Print one JSON object instead of tables'),
	since: sinceOption,
});

type Props = {options: z.infer<typeof options>};

export default function Stats({options}: Props) {
	return (
		<TaskRunner
			debug={options.debug}
			task={(output) => runReport(output, options.debug, () => stats(options))}
		/>
	);
}

async function stats(options: Props['options']): Promise<ReportOutput> {
	const publishedSince =
		options.since === undefined ? undefined : parseSince(options.since);
	const settings = readSettings();
	const profile = await readProfile(settings.UPWORK_EVAL_PROFILE);
	const handle = await openAppDatabase(settings, {dataDir: options.dataDir});

	try {
		return await statsReport(
			handle.db,
			{
				format: options.json ? 'json' : 'table',
				fingerprint: evaluatorFingerprint(profile, settings),
				profile,
				publishedSince,
			},
			outputStyle(),
		);
	} finally {
		await handle.close();
	}
}
