import stringWidth from 'string-width';

/**
 * Width-aware cutting of text for the terminal: columns, not characters.
 * A CJK character or an emoji takes two columns, a combining accent none,
 * and a family emoji joined by zero-width joiners is one picture that must
 * not be split. The text is expected to be sanitised already (no escape
 * sequences).
 *
 * cli-truncate is not used for the cut: it counts a wide character that
 * straddles the limit as fitting (one column too many) and may split a
 * joined emoji, which shifts every column after it.
 */

const ellipsis = '…';
const graphemes = new Intl.Segmenter('en', {granularity: 'grapheme'});
const tabStop = '    ';

// Printable ASCII is one column a character; most titles and every
// figure are that, and measuring them this way skips the grapheme
// segmentation that makes string-width the cost of drawing a frame.
const printableAscii = /^[\u0020-\u007E]*$/;

/** Columns the text takes on the terminal. */
export function textWidth(text: string): number {
	return printableAscii.test(text) ? text.length : stringWidth(text);
}

/**
 * The text in at most `width` columns: whole if it fits, otherwise cut
 * at a character boundary with an ellipsis in the last column.
 */
export function cutToWidth(text: string, width: number): string {
	if (width <= 0) {
		return '';
	}

	if (textWidth(text) <= width) {
		return text;
	}

	return takeColumns(text, width - 1, false) + ellipsis;
}

/**
 * The text in exactly `width` columns: cut with an ellipsis when too
 * wide, padded with spaces when too narrow. Rows of a table drawn with
 * it stay aligned whatever their titles hold.
 */
export function fitWidth(
	text: string,
	width: number,
	align: 'left' | 'right' = 'left',
): string {
	const cut = cutToWidth(text, width);
	return padToWidth(cut, width, align);
}

/** Pads with spaces to `width` columns; never cuts. */
export function padToWidth(
	text: string,
	width: number,
	align: 'left' | 'right' = 'left',
): string {
	const padding = ' '.repeat(Math.max(0, width - textWidth(text)));
	return align === 'left' ? text + padding : padding + text;
}

/**
 * Breaks text into lines of at most `width` columns, at spaces where it
 * can and inside a word only when the word alone is wider than a line.
 * Newlines in the text start new lines; tabs become four spaces.
 */
export function wrapToWidth(text: string, width: number): string[] {
	if (width <= 0) {
		return [];
	}

	const lines: string[] = [];

	for (const paragraph of text.replaceAll('\t', tabStop).split('\n')) {
		lines.push(...wrapParagraph(paragraph.trimEnd(), width));
	}

	return lines;
}

function wrapParagraph(paragraph: string, width: number): string[] {
	if (paragraph === '') {
		return [''];
	}

	const lines: string[] = [];
	let line = '';
	let lineWidth = 0;

	for (const word of paragraph.split(/(?<= )/)) {
		const wordWidth = textWidth(word);
		const bare = word.trimEnd();

		if (lineWidth + textWidth(bare) <= width) {
			line += word;
			lineWidth += wordWidth;
			continue;
		}

		if (line !== '') {
			lines.push(line.trimEnd());
		}

		// A continuation line starts at its word, not at the space before.
		let rest = word.trimStart();

		// A word wider than a line is split across lines by columns.
		while (textWidth(rest.trimEnd()) > width) {
			const head = takeColumns(rest, width, true);
			lines.push(head);
			rest = rest.slice(head.length);
		}

		line = rest;
		lineWidth = textWidth(rest);
	}

	if (line.trimEnd() !== '' || lines.length === 0) {
		lines.push(line.trimEnd());
	}

	return lines;
}

/**
 * The longest prefix of whole characters that fits in `columns`. With
 * `atLeastOne`, a first character wider than the space is taken anyway:
 * wrapping must make progress, and one over-wide line in a one-column
 * pane is the lesser harm.
 */
function takeColumns(
	text: string,
	columns: number,
	atLeastOne: boolean,
): string {
	let taken = '';
	let used = 0;

	for (const {segment} of graphemes.segment(text)) {
		const segmentWidth = textWidth(segment);

		if (used + segmentWidth > columns) {
			break;
		}

		taken += segment;
		used += segmentWidth;
	}

	if (taken === '' && atLeastOne) {
		const first = graphemes.segment(text)[Symbol.iterator]().next();
		return first.done ? '' : first.value.segment;
	}

	return taken;
}
