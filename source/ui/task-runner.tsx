import {useApp} from 'ink';
import {useEffect} from 'react';
import {reportError} from '../errors/report-error.js';
import {exitCodes, type ExitCode} from '../errors/user-error.js';

export type TaskOutput = {
	/** Writes to stdout (results: tables, JSON, CSV). */
	out: (text: string) => void;
	/** Writes to stderr (messages for the person, never results). */
	err: (text: string) => void;
};

type Props = {
	/** The work; resolves to the exit code. Throw to report an error. */
	task: (output: TaskOutput) => Promise<ExitCode | void>;
	debug?: boolean;
};

/**
 * Runs a non-interactive command under Ink: it draws nothing while the
 * work runs, writes its results straight to stdout (so they pipe cleanly)
 * and any error as one sentence on stderr, then exits with the right code.
 */
export function TaskRunner({task, debug = false}: Props) {
	const {exit} = useApp();

	useEffect(() => {
		let cancelled = false;
		// Straight to the streams: this component draws nothing while the
		// task runs, so there is no frame to tear, and Ink's own writer
		// would wrap results in cursor codes when stdout is a pipe.
		const output: TaskOutput = {
			out: (text) => process.stdout.write(text),
			err: (text) => process.stderr.write(text),
		};

		task(output).then(
			(code) => {
				if (cancelled) return;
				process.exitCode = code ?? exitCodes.ok;
				exit();
			},
			(error_: unknown) => {
				if (cancelled) return;
				process.exitCode = reportError(error_, debug);
				exit();
			},
		);

		return () => {
			cancelled = true;
		};
		// The task runs once, for the life of the command.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, []);

	return null;
}
