import {Text, useApp, useStdout} from 'ink';
import {useEffect, useState} from 'react';
import {describeError} from '../errors/describe-error.js';
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
	const {write} = useStdout();
	const [error, setError] = useState<string>();

	useEffect(() => {
		let cancelled = false;
		const output: TaskOutput = {
			out: (text) => write(text),
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
				const described = describeError(error_, debug);
				process.exitCode = described.exitCode;
				setError(described.message);
				// Let Ink draw the message before it unmounts.
				setTimeout(() => exit(), 0);
			},
		);

		return () => {
			cancelled = true;
		};
		// The task runs once, for the life of the command.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, []);

	return error ? <Text color="red">{error}</Text> : null;
}
