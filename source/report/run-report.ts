import {describeError} from '../errors/describe-error.js';
import {exitCodes, type ExitCode} from '../errors/user-error.js';
import type {TaskOutput} from '../ui/task-runner.js';
import type {ReportOutput} from './report-output.js';

/**
 * Runs a report command's work and writes its result to stdout, its
 * note and any error to stderr. The error is caught here rather than
 * left to TaskRunner, which draws it through Ink on stdout: a script
 * piping `--json` must never read an error sentence as its result.
 */
export async function runReport(
	output: TaskOutput,
	debug: boolean,
	work: () => Promise<ReportOutput>,
): Promise<ExitCode> {
	try {
		const report = await work();
		output.out(report.out);

		if (report.note) {
			output.err(report.note);
		}

		return exitCodes.ok;
	} catch (error) {
		const described = describeError(error, debug);
		output.err(`${described.message}\n`);
		return described.exitCode;
	}
}
