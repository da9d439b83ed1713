import {describeError} from './describe-error.js';
import type {ExitCode} from './user-error.js';

/**
 * Writes an error's sentence to stderr (never stdout, which may be a
 * pipe into another program) and returns the exit code it calls for.
 * Red only where stderr is a terminal and NO_COLOR is not set.
 */
export function reportError(error: unknown, debug: boolean): ExitCode {
	const {message, exitCode} = describeError(error, debug);
	const colour = process.stderr.isTTY && !process.env.NO_COLOR;
	process.stderr.write(
		colour ? `\u001B[31m${message}\u001B[39m\n` : `${message}\n`,
	);
	return exitCode;
}
