import {wrapToWidth} from '../../text/fit-width.js';

/**
 * A line of the browse screen as plain data: pieces of text with their
 * style. Builders of lines (list rows, the pane) are plain functions that
 * tests read without Ink; one small view draws any line.
 */
export type Segment = {
	text: string;
	color?: string;
	bold?: boolean;
	dim?: boolean;
	inverse?: boolean;
};

export type Line = Segment[];

/** A line of one unstyled piece of text. */
export function plain(text: string): Line {
	return [{text}];
}

/** The text of a line without its styles, as a terminal would show it. */
export function lineText(line: Line): string {
	return line.map((segment) => segment.text).join('');
}

/** Appends text wrapped to `width`, each line indented by two spaces. */
export function indented(
	lines: Line[],
	text: string,
	width: number,
	style: Omit<Segment, 'text'> = {},
): void {
	for (const line of wrapToWidth(text, Math.max(1, width - 2))) {
		lines.push([{...style, text: `  ${line}`}]);
	}
}
