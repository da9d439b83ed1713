import {useApp, useStdout} from 'ink';
import {argument, option} from 'pastel';
import {useEffect, useMemo} from 'react';
import {z} from 'zod';
import {commonOptions} from '../config/common-options.js';
import {reportError} from '../errors/report-error.js';
import {IngestView} from '../ui/ingest/ingest-view.js';
import {createPlainProgressPrinter} from '../ui/ingest/plain-progress-printer.js';
import {summaryLines} from '../ui/ingest/progress-text.js';
import {useIngestRun} from '../ui/ingest/use-ingest-run.js';

export const description =
	'Store the jobs of an Apify export, evaluate each against your profile, and show it live';

export const args = z.tuple([
	z.string().describe(
		argument({
			name: 'file',
			description: 'Apify export of Upwork jobs (JSON)',
		}),
	),
]);

export const options = commonOptions.extend({
	reevaluate: z
		.boolean()
		.default(false)
		.describe(
			'Evaluate every job again, not only new, changed and failed ones',
		),
	stale: z
		.boolean()
		.default(false)
		.describe(
			'Also redo evaluations made with another profile, evaluator or model',
		),
	offline: z
		.boolean()
		.default(false)
		.describe('Use the offline evaluator even when CEREBRAS_API_KEY is set'),
	profile: z
		.string()
		.optional()
		.describe(
			option({
				description:
					'Expertise profile JSON file (default: UPWORK_EVAL_PROFILE, then the bundled one)',
				valueDescription: 'path',
			}),
		),
});

type Props = {
	args: z.infer<typeof args>;
	options: z.infer<typeof options>;
};

export default function Ingest({args: [file], options}: Props) {
	const {exit} = useApp();
	const {stdout} = useStdout();
	// Without a terminal (a pipe, a log, CI) the live view would fill the
	// output with escape codes; plain lines go there instead, written
	// straight to stdout since Ink draws nothing in that case.
	const live = Boolean(stdout.isTTY);
	const printer = useMemo(() => createPlainProgressPrinter(writeLine), []);
	const {progress, outcome, error} = useIngestRun(
		{
			file,
			scope: options.reevaluate ? 'all' : options.stale ? 'stale' : 'pending',
			offline: options.offline,
			dataDir: options.dataDir,
			profile: options.profile,
		},
		{refreshMs: 100, onEvent: live ? undefined : printer},
	);

	useEffect(() => {
		if (outcome) {
			if (!live) writeLine(summaryLines(outcome).join('\n'));
			process.exitCode = outcome.exitCode;
			setTimeout(() => exit(), 0);
		} else if (error !== undefined) {
			process.exitCode = reportError(error, options.debug);
			exit();
		}
	}, [outcome, error, live, exit, options.debug]);

	if (!live || error !== undefined) {
		return null;
	}

	return (
		<IngestView
			file={file}
			progress={progress}
			outcome={outcome}
			columns={stdout.columns || 80}
		/>
	);
}

function writeLine(line: string) {
	process.stdout.write(`${line}\n`);
}
