import stringWidth from 'string-width';
import stripAnsi from 'strip-ansi';
import {describe, expect, it} from 'vitest';
import {
	renderTable,
	type TableColumn,
} from '../../source/report/report-table.js';

const columns: TableColumn[] = [
	{header: 'Score', align: 'right'},
	{header: 'Title', flexible: true, minWidth: 20},
	{header: 'Stack', dropOrder: 1},
	{header: 'URL', dropOrder: 0},
];
const rows = [
	[
		'93.0',
		'Build a retrieval-augmented assistant over ten thousand contracts',
		'Python, LangChain, pgvector',
		'https://www.upwork.com/jobs/~021234567890123456789',
	],
	['41.5', 'Small fix', 'React', 'https://www.upwork.com/jobs/~022'],
];

function widest(text: string): number {
	return Math.max(...text.split('\n').map((line) => stringWidth(line)));
}

describe('renderTable', () => {
	it('keeps every column at its natural width when there is room', () => {
		const table = renderTable(columns, rows, {width: 200, color: false});

		expect(table).toContain(rows[0]![1]);
		expect(table).toContain(rows[0]![3]);
	});

	it('drops optional columns, lowest first, then cuts the flexible one', () => {
		const table = renderTable(columns, rows, {width: 64, color: false});

		expect(widest(table)).toBeLessThanOrEqual(64);
		expect(table).not.toContain('URL');
		expect(table).toContain('Stack');
		expect(table).toContain('Build a retrieval');
		expect(table).toContain('…');
	});

	it('drops more columns on narrower terminals', () => {
		const table = renderTable(columns, rows, {width: 40, color: false});

		expect(widest(table)).toBeLessThanOrEqual(40);
		expect(table).not.toContain('Stack');
		expect(table).toContain('Small fix');
	});

	it('draws no escape codes without colour and some with it', () => {
		const plain = renderTable(columns, rows, {width: 80, color: false});
		const coloured = renderTable(columns, rows, {width: 80, color: true});

		expect(stripAnsi(plain)).toBe(plain);
		expect(stripAnsi(coloured)).not.toBe(coloured);
		expect(stripAnsi(coloured)).toBe(plain);
	});

	it('draws a table without a head when no column has a header', () => {
		const table = renderTable(
			[{header: ''}, {header: '', align: 'right'}],
			[['Jobs', '12']],
			{width: 80, color: false},
		);

		expect(table.split('\n')).toHaveLength(3);
		expect(table).toContain('│ Jobs │ 12 │');
	});
});
