import type {TriageState} from '../db/database.js';
import {UserError} from '../errors/user-error.js';
import type {Priority} from '../evaluation/rubric.js';

const priorityNames: Record<string, Priority> = {
	high: 'High',
	medium: 'Medium',
	low: 'Low',
};

export type StateFilter = TriageState | 'untriaged';

const stateNames: StateFilter[] = [
	'shortlisted',
	'applied',
	'dismissed',
	'untriaged',
];

/**
 * `--priority high --priority medium`, or `--priority high,medium`, in
 * any case. Undefined when the option was not given.
 */
export function parsePriorities(
	values: string[] | undefined,
): Priority[] | undefined {
	return parseList(values, (word) => priorityNames[word], {
		option: '--priority',
		accepts: 'high, medium or low',
	});
}

/** `--state shortlisted,untriaged`, in any case. */
export function parseStates(
	values: string[] | undefined,
): StateFilter[] | undefined {
	return parseList(
		values,
		(word) => stateNames.find((state) => state === word),
		{option: '--state', accepts: stateNames.join(', ')},
	);
}

function parseList<T>(
	values: string[] | undefined,
	lookUp: (word: string) => T | undefined,
	names: {option: string; accepts: string},
): T[] | undefined {
	if (values === undefined || values.length === 0) {
		return undefined;
	}

	const words = values
		.flatMap((value) => value.split(','))
		.map((word) => word.trim().toLowerCase())
		.filter((word) => word !== '');
	const parsed: T[] = [];

	for (const word of words) {
		const value = lookUp(word);

		if (value === undefined) {
			throw new UserError(
				`\`${names.option}\` got "${word}", which it does not know. ` +
					`Give one or more of ${names.accepts}.`,
			);
		}

		if (!parsed.includes(value)) {
			parsed.push(value);
		}
	}

	return parsed;
}
