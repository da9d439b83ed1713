/**
 * Where the parts of the browse screen go for a terminal size. Wide
 * terminals show the list and the pane side by side; narrow ones show one
 * at a time, and the focus says which.
 */
export type BrowseLayout = {
	columns: number;
	rows: number;
	mode: 'wide' | 'narrow';
	/** Lines of the list and the pane (the status line and footer aside). */
	bodyHeight: number;
	/** Jobs the list shows at once (below its header line). */
	listRows: number;
	listWidth: number;
	/** Columns of the pane's text, inside its separator and margin. */
	paneWidth: number;
	/** Too small to draw anything useful: the screen says so instead. */
	tooSmall: boolean;
};

/** Columns between list and pane when they stand side by side. */
export const separatorWidth = 3;

/** From this many columns on, list and pane stand side by side. */
export const wideFrom = 100;

const minimum = {columns: 40, rows: 10};

// Status line and footer.
const chromeLines = 2;

export function layoutFor(columns: number, rows: number): BrowseLayout {
	// One line short of the terminal: Ink redraws a frame as tall as the
	// terminal by clearing the whole screen, which flickers on every key;
	// a shorter frame is rewritten in place.
	const bodyHeight = Math.max(1, rows - 1 - chromeLines);
	const tooSmall = columns < minimum.columns || rows < minimum.rows;

	if (columns >= wideFrom) {
		const listWidth = Math.floor(columns * 0.55) - 1;
		return {
			columns,
			rows,
			mode: 'wide',
			bodyHeight,
			listRows: Math.max(1, bodyHeight - 1),
			listWidth,
			// A space, the separator and a space between list and pane.
			paneWidth: columns - listWidth - separatorWidth,
			tooSmall,
		};
	}

	return {
		columns,
		rows,
		mode: 'narrow',
		bodyHeight,
		listRows: Math.max(1, bodyHeight - 1),
		listWidth: columns,
		paneWidth: columns,
		tooSmall,
	};
}
