import {RunStoppingError} from '../evaluation/evaluator.js';
import {exitCodes, UserError, type ExitCode} from './user-error.js';

export type DescribedError = {message: string; exitCode: ExitCode};

const systemErrorSentences: Record<string, string> = {
	ECONNREFUSED:
		'nothing answers at that address; start the server or fix the URL',
	ENOTFOUND: 'that host name does not resolve; check the URL',
	ETIMEDOUT: 'the connection timed out; check the network and the URL',
	ENOENT: 'there is no such file; check the path',
	EACCES: 'permission denied; check who owns the file or folder',
	EISDIR: 'that is a folder, not a file',
	ENOSPC: 'the disk is full; free some space and run again',
};

/**
 * Turns any error into the sentence a person reads: what happened, then
 * what to do. Errors the program raised on purpose already are such
 * sentences; the rest (file system, PostgreSQL, HTTP) are translated
 * here, in one place. With `debug`, the stack follows.
 */
export function describeError(error: unknown, debug = false): DescribedError {
	const described = describe(error);

	if (debug && error instanceof Error && error.stack) {
		return {...described, message: `${described.message}\n\n${error.stack}`};
	}

	return described;
}

function describe(error: unknown): DescribedError {
	if (error instanceof UserError) {
		return {message: error.message, exitCode: error.exitCode};
	}

	if (error instanceof RunStoppingError) {
		return {message: error.message, exitCode: exitCodes.unusableInput};
	}

	const code = (error as {code?: unknown})?.code;

	if (typeof code === 'string' && code in systemErrorSentences) {
		const target = (error as {path?: string; address?: string}).path;
		return {
			message: `${target ? `${target}: ` : ''}${systemErrorSentences[code]}.`,
			exitCode: exitCodes.unusableInput,
		};
	}

	// PostgreSQL errors carry a five-character SQLSTATE code.
	if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) {
		return {
			message:
				`PostgreSQL refused a query: ${(error as Error).message} (SQLSTATE ${code}). ` +
				'Nothing after that query was stored; run again with `--debug` for details.',
			exitCode: exitCodes.unusableInput,
		};
	}

	const message = error instanceof Error ? error.message : String(error);
	return {
		message: `Unexpected error: ${message}. Run again with \`--debug\` to see where it happened.`,
		exitCode: exitCodes.unusableInput,
	};
}
