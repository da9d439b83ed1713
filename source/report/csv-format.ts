export type CsvValue = string | number | boolean | null | string[];

// Quoting is needed for the separator, the quote itself and line breaks.
const needsQuotes = /[",\r\n]/;

/**
 * Rows as RFC 4180 CSV: a header line, CRLF line ends, fields quoted
 * when they hold a comma, a quote or a line break, quotes doubled. Null
 * becomes an empty field; a list becomes one field, its items joined
 * with "; ".
 */
export function toCsv<Row extends Record<string, CsvValue>>(
	columns: ReadonlyArray<keyof Row & string>,
	rows: readonly Row[],
): string {
	const lines = [
		columns.map((column) => csvField(column)),
		...rows.map((row) => columns.map((column) => csvField(row[column]))),
	];

	return lines.map((fields) => `${fields.join(',')}\r\n`).join('');
}

export function csvField(value: CsvValue | undefined): string {
	if (value === null || value === undefined) {
		return '';
	}

	const text = Array.isArray(value) ? value.join('; ') : String(value);
	return needsQuotes.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
