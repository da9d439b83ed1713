import stripAnsi from 'strip-ansi';

// C0 and C1 control characters except tab and newline, plus DEL. What
// strip-ansi leaves of a broken escape sequence falls in here too.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const lineBreaks = /\r\n?|[\u2028\u2029\u0085]/g;
const blankRuns = /[\s\u00A0]+/g;

/**
 * Text from an export is shown only after this: no escape sequence or
 * control character in it can move the cursor, change colours or ring the
 * bell. Newlines and tabs stay, for descriptions.
 */
export function sanitizeText(text: string): string {
	return stripAnsi(text)
		.replace(lineBreaks, '\n')
		.replace(controlCharacters, '');
}

/** The same, folded onto one line: for titles in lists and tables. */
export function sanitizeLine(text: string): string {
	return sanitizeText(text).replace(blankRuns, ' ').trim();
}
