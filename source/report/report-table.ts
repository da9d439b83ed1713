import Table from 'cli-table3';
import cliTruncate from 'cli-truncate';
import stringWidth from 'string-width';
import {emphasize, type OutputStyle} from './output-style.js';

export type TableColumn = {
	/** An empty header on every column draws the table without a head. */
	header: string;
	align?: 'left' | 'right';
	/** Gives up width, cut with an ellipsis, when the table is too wide. */
	flexible?: boolean;
	/**
	 * The narrowest a flexible column gets before optional columns are
	 * dropped to make room for it (12 unless given).
	 */
	minWidth?: number;
	/**
	 * Columns that may go when the table still does not fit: lowest
	 * first. Without it, the column always stays.
	 */
	dropOrder?: number;
};

// One space of padding on either side of every cell.
const padding = 2;
const defaultMinimumWidth = 12;

/**
 * Draws rows as a table that fits `style.width`: flexible columns shrink
 * first, then optional columns are dropped. Cells must already be
 * sanitised text on one line.
 */
export function renderTable(
	columns: TableColumn[],
	rows: string[][],
	style: OutputStyle,
): string {
	const natural = columns.map(
		(column, index) =>
			Math.max(
				stringWidth(column.header),
				...rows.map((row) => stringWidth(row[index] ?? '')),
				1,
			) + padding,
	);
	const kept = keptColumns(columns, natural, style.width);
	const widths = fitWidths(kept, columns, natural, style.width);
	const showHead = columns.some((column) => column.header !== '');

	const table = new Table({
		// Bold headers by hand: cli-table3's own colours follow its guess
		// of the terminal (off under CI=true), not the style asked for.
		head: showHead
			? kept.map((index) => emphasize(columns[index]!.header, style))
			: [],
		colWidths: widths,
		colAligns: kept.map((index) => columns[index]!.align ?? 'left'),
		style: {
			// No rule between rows: the tables are read down, not across.
			compact: true,
			head: [],
			border: [],
		},
	});

	for (const row of rows) {
		table.push(
			kept.map((index, position) =>
				cliTruncate(row[index] ?? '', widths[position]! - padding, {
					position: 'end',
				}),
			),
		);
	}

	return table.toString();
}

/** The indexes of the columns that stay, in their order. */
function keptColumns(
	columns: TableColumn[],
	natural: number[],
	width: number,
): number[] {
	const kept = columns.map((_, index) => index);
	const droppable = kept
		.filter((index) => columns[index]!.dropOrder !== undefined)
		.sort((a, b) => columns[a]!.dropOrder! - columns[b]!.dropOrder!);

	while (
		droppable.length > 0 &&
		narrowestWidth(kept, columns, natural) > width
	) {
		const dropped = droppable.shift()!;
		kept.splice(kept.indexOf(dropped), 1);
	}

	return kept;
}

function narrowestWidth(
	kept: number[],
	columns: TableColumn[],
	natural: number[],
): number {
	let total = kept.length + 1;

	for (const index of kept) {
		total += narrowest(columns[index]!, natural[index]!);
	}

	return total;
}

/** Widths of the kept columns: flexible ones share what is left. */
function fitWidths(
	kept: number[],
	columns: TableColumn[],
	natural: number[],
	width: number,
): number[] {
	const borders = kept.length + 1;
	const flexible = kept.filter((index) => columns[index]!.flexible);
	const fixed = kept
		.filter((index) => !columns[index]!.flexible)
		.reduce((sum, index) => sum + natural[index]!, 0);
	const wanted = flexible.reduce((sum, index) => sum + natural[index]!, 0);
	const available = width - borders - fixed;

	return kept.map((index) => {
		if (!columns[index]!.flexible || wanted <= available) {
			return natural[index]!;
		}

		// Shares in proportion to what each would take, never below the
		// minimum: a very narrow terminal gets a table that overflows
		// rather than columns of ellipses.
		const share = Math.floor((available * natural[index]!) / wanted);
		return Math.max(narrowest(columns[index]!, natural[index]!), share);
	});
}

function narrowest(column: TableColumn, natural: number): number {
	if (!column.flexible) {
		return natural;
	}

	return Math.min(natural, (column.minWidth ?? defaultMinimumWidth) + padding);
}
