/**
 * How a report is drawn for where it goes: as wide as the terminal, or
 * 80 columns when piped; colour only on a terminal, and never when
 * NO_COLOR is set.
 */
export type OutputStyle = {
	width: number;
	color: boolean;
};

type Stream = {isTTY?: boolean; columns?: number};

export const pipedWidth = 80;

export function outputStyle(
	stream: Stream = process.stdout,
	environment: Record<string, string | undefined> = process.env,
): OutputStyle {
	const isTerminal = stream.isTTY === true;
	// The convention (no-color.org): any non-empty value turns colour off.
	const noColor = (environment.NO_COLOR ?? '') !== '';

	return {
		width: isTerminal && stream.columns ? stream.columns : pipedWidth,
		color: isTerminal && !noColor,
	};
}

/** Bold on a colour terminal; the text unchanged elsewhere. */
export function emphasize(text: string, style: OutputStyle): string {
	return style.color ? `\u001B[1m${text}\u001B[22m` : text;
}

/** Dim on a colour terminal; the text unchanged elsewhere. */
export function dim(text: string, style: OutputStyle): string {
	return style.color ? `\u001B[2m${text}\u001B[22m` : text;
}
