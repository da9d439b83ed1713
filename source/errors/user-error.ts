/**
 * A failure the person at the keyboard can fix: bad input, bad
 * configuration, an unreachable service. The message is a sentence that
 * says what is wrong and what to do; it is printed without a stack trace
 * unless `--debug` is given.
 */
export class UserError extends Error {
	override readonly name = 'UserError';

	constructor(
		message: string,
		readonly exitCode: ExitCode = exitCodes.unusableInput,
		options?: {cause?: unknown},
	) {
		super(message, options);
	}
}

export const exitCodes = {
	ok: 0,
	/** The run finished but some jobs failed to evaluate. */
	someFailed: 1,
	/** The input or the configuration cannot be used; nothing was done. */
	unusableInput: 2,
	/** Interrupted with Ctrl-C (128 + SIGINT), after a clean stop. */
	interrupted: 130,
} as const;

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];
