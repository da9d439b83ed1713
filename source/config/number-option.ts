import {UserError} from '../errors/user-error.js';

export type NumberOptionSpec = {
	/** The flag as typed, for the message: `--limit`. */
	flag: string;
	fallback: number;
	min: number;
	max?: number;
	whole?: boolean;
};

/**
 * Reads a numeric option that was taken as text. Pastel would validate a
 * number itself, but prints its own message on stdout with exit code 1,
 * which lands in the JSON a script is reading; this way a bad value gets
 * one sentence on stderr and exit code 2, like every other input error.
 */
export function parseNumberOption(
	text: string | undefined,
	spec: NumberOptionSpec,
): number {
	if (text === undefined) {
		return spec.fallback;
	}

	const value = Number(text.trim());
	const fits =
		text.trim() !== '' &&
		Number.isFinite(value) &&
		(!spec.whole || Number.isInteger(value)) &&
		value >= spec.min &&
		(spec.max === undefined || value <= spec.max);

	if (fits) {
		return value;
	}

	const kind = spec.whole ? 'a whole number' : 'a number';
	const range =
		spec.max === undefined
			? `of ${spec.min} or more`
			: `from ${spec.min} to ${spec.max}`;
	throw new UserError(
		`\`${spec.flag}\` takes ${kind} ${range}, not "${text}".`,
	);
}
