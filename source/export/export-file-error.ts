import {exitCodes, UserError} from '../errors/user-error.js';
import {detectShape, expectedFields} from './export-shape.js';
import {JsonArrayError} from './json-array-splitter.js';

const expected = `${expectedFields.map((field) => `\`${field}\``).join(', ')}, ...`;
const exportAgain =
	'Export the dataset of a jupri/upwork run in JSON format and ingest that file.';

/**
 * The sentence for a file the system will not read: missing, a folder,
 * not readable. Any other error passes through unchanged.
 */
export function fileSystemError(file: string, error: unknown): unknown {
	const code = (error as {code?: unknown} | null)?.code;

	if (typeof code !== 'string' || !/^E[A-Z]+$/.test(code)) {
		return error;
	}

	switch (code) {
		case 'ENOENT':
			return fail(
				`Cannot read ${file}: there is no such file. Check the path of the export file.`,
				error,
			);
		case 'EISDIR':
			return fail(
				`${file} is a folder, not an export file. Give the path of the JSON file exported from Apify.`,
				error,
			);
		case 'EACCES':
		case 'EPERM':
			return fail(
				`Cannot read ${file}: permission denied. Make the file readable by you and run again.`,
				error,
			);
		default:
			return fail(
				`Cannot read ${file} (${code}). Check that the file is readable and run again.`,
				error,
			);
	}
}

/**
 * The sentence for a file the JSON splitter gave up on: not JSON, an
 * object or a single value instead of an array, cut short, or damaged
 * after some items. Errors that did not come from the splitter (an abort,
 * a bug, a sentence already made) pass through unchanged.
 */
export function parseFailure(file: string, error: unknown): unknown {
	if (!(error instanceof JsonArrayError)) {
		return fileSystemError(file, error);
	}

	const {itemsRead} = error;
	const count = `${itemsRead} complete ${itemsRead === 1 ? 'item' : 'items'}`;

	switch (error.problem) {
		case 'empty':
			return emptyFileError(file, error);
		case 'object':
			return fail(
				`${file} holds a JSON object, not an array of job items ` +
					'(JSON Lines and single objects are not read). ' +
					exportAgain,
				error,
			);
		case 'value':
			return fail(
				`${file} holds a single JSON value, not an array of job items. ${exportAgain}`,
				error,
			);
		case 'not-json':
			return fail(
				`${file} is not JSON. ${exportAgain.replace(' and', ' (not CSV, XML or Excel) and')}`,
				error,
			);
		case 'truncated':
			return fail(
				`${file} ends early, after ${count}: it was cut off while it was ` +
					'downloaded or copied. Download the export again and ingest the complete file.',
				error,
			);
		case 'damaged':
		case 'trailing':
			return fail(
				`${file} stops being valid JSON after ${count} (${error.message}). ` +
					'The file is damaged; download the export again and ingest it.',
				error,
			);
	}
}

/** The sentence for a file of another Apify actor's items. */
export function otherActorError(file: string, fields: string[]): UserError {
	const found = fields.map((field) => `\`${field}\``).join(', ');

	return fail(
		`${file} holds jobs from another Apify actor (its items have ${found}), ` +
			`but upwork-eval reads exports of the jupri/upwork actor, whose items have ${expected}. ` +
			exportAgain,
	);
}

/** The sentence for a file whose first items are not jobs at all. */
export function unknownShapeError(file: string, first: unknown): UserError {
	const shape = detectShape(first);
	const found = shape.kind === 'unknown' ? shape.found : 'is not a job';

	return fail(
		`${file} does not hold jobs from the jupri/upwork actor: its first item ${found}, ` +
			`where ${expected} were expected. ${exportAgain}`,
	);
}

/** The sentence for a file that ends before its array does. */
export function truncatedError(file: string): UserError {
	return fail(
		`${file} ends early: it does not end with the \`]\` that closes its array ` +
			'of items, so it was most likely cut off while it was downloaded or copied. ' +
			'Download the export again and ingest the complete file.',
	);
}

/** The sentence for a file with nothing in it. */
export function emptyFileError(file: string, cause?: unknown): UserError {
	return fail(`${file} is empty. ${exportAgain}`, cause);
}

function fail(message: string, cause?: unknown): UserError {
	return new UserError(message, exitCodes.unusableInput, {cause});
}
