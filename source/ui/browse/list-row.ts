import type {TriageState} from '../../db/database.js';
import type {ListedJob} from '../../db/job-listing.repository.js';
import type {Priority} from '../../evaluation/rubric.js';
import {fitWidth} from '../../text/fit-width.js';
import {formatAge, formatBudget} from '../../text/format.js';
import {sanitizeLine} from '../../text/sanitize.js';
import type {Line, Segment} from './segments.js';

/**
 * The rows of the job list. Every cell is cut or padded to its column's
 * width in terminal columns, so titles with emoji or CJK characters keep
 * the columns after them in place.
 */

type ColumnId =
	'rank' | 'score' | 'priority' | 'title' | 'budget' | 'type' | 'age' | 'state';

type Column = {
	id: ColumnId;
	title: string;
	width: number;
	align: 'left' | 'right';
};

export const priorityColors: Record<Priority, string> = {
	High: 'green',
	Medium: 'yellow',
	Low: 'gray',
};

export const triageColors: Record<TriageState, string> = {
	shortlisted: 'cyan',
	applied: 'green',
	dismissed: 'gray',
};

const triageLabels: Record<TriageState, string> = {
	shortlisted: 'shortlist',
	applied: 'applied',
	dismissed: 'dismissed',
};

// The marker column in front of every row shows the selection even when
// the pane has the focus and the row is not highlighted.
const markerWidth = 2;
const minimumTitleWidth = 20;

// Columns given up, in this order, when the title would get too narrow.
const optional: ColumnId[] = ['type', 'age', 'budget'];

/**
 * The columns that fit in `width`: all of them on a wide list, fewer on a
 * narrow one; the title takes what is left.
 */
export function listColumns(width: number, total: number): Column[] {
	const all: Column[] = [
		{
			id: 'rank',
			title: '#',
			width: Math.max(2, String(total).length),
			align: 'right',
		},
		{id: 'score', title: 'Total', width: 5, align: 'right'},
		{id: 'priority', title: 'Prio', width: 6, align: 'left'},
		{id: 'title', title: 'Title', width: 0, align: 'left'},
		{id: 'budget', title: 'Budget', width: 11, align: 'right'},
		{id: 'type', title: 'Type', width: 11, align: 'left'},
		{id: 'age', title: 'Age', width: 3, align: 'right'},
		{id: 'state', title: 'State', width: 9, align: 'left'},
	];
	let columns = all;

	for (const drop of [undefined, ...optional]) {
		columns = drop ? columns.filter((column) => column.id !== drop) : columns;

		if (titleWidth(columns, width) >= minimumTitleWidth) {
			break;
		}
	}

	const title = Math.max(1, titleWidth(columns, width));
	return columns.map((column) =>
		column.id === 'title' ? {...column, width: title} : column,
	);
}

/** The header line of the list. */
export function headerLine(columns: Column[]): Line {
	const text = columns
		.map((column) => fitWidth(column.title, column.width, column.align))
		.join(' ');
	return [{text: ' '.repeat(markerWidth) + text, bold: true}];
}

/** One job's row; `rank` counts from 1. */
export function rowLine(
	job: ListedJob,
	rank: number,
	columns: Column[],
	options: {selected: boolean; focused: boolean; now: Date},
): Line {
	const highlight = options.selected && options.focused;
	const segments: Segment[] = [
		{text: options.selected ? '› ' : '  ', bold: true},
	];

	columns.forEach((column, index) => {
		const cell = cellFor(column.id, job, rank, options.now);
		segments.push({
			...cell,
			text: fitWidth(cell.text, column.width, column.align),
		});

		if (index < columns.length - 1) {
			segments.push({text: ' '});
		}
	});

	return highlight
		? segments.map((segment) => ({...segment, inverse: true}))
		: segments;
}

/** A row for a job that is still being fetched. */
export function pendingLine(rank: number, columns: Column[]): Line {
	const rankWidth = columns[0]?.width ?? 2;
	return [
		{
			text: `  ${fitWidth(String(rank), rankWidth, 'right')} …`,
			dim: true,
		},
	];
}

function cellFor(
	id: ColumnId,
	job: ListedJob,
	rank: number,
	now: Date,
): Omit<Segment, 'text'> & {text: string} {
	const evaluation = job.evaluation;

	switch (id) {
		case 'rank':
			return {text: String(rank), dim: true};
		case 'score':
			return {
				text: evaluation?.total == null ? '—' : evaluation.total.toFixed(1),
				bold: true,
			};
		case 'priority':
			return priorityCell(job);
		case 'title':
			return {text: sanitizeLine(job.title)};
		case 'budget':
			return {text: listBudget(job)};
		case 'type':
			return {
				text: sanitizeLine(evaluation?.projectType ?? ''),
				dim: true,
			};
		case 'age':
			return {text: formatAge(job.publishedAt, now), dim: true};
		case 'state':
			return job.triage
				? {
						text: triageLabels[job.triage.state],
						color: triageColors[job.triage.state],
					}
				: {text: ''};
	}
}

function priorityCell(job: ListedJob): {text: string; color?: string} {
	const evaluation = job.evaluation;

	if (!evaluation) return {text: 'new', color: 'blue'};
	if (evaluation.status === 'gated') return {text: 'gated', color: 'gray'};
	if (evaluation.status === 'failed') return {text: 'failed', color: 'red'};
	if (evaluation.isAiRelated === false) return {text: 'not AI', color: 'gray'};
	if (!evaluation.priority) return {text: '—'};

	return {
		text: evaluation.priority,
		color: priorityColors[evaluation.priority],
	};
}

/** The budget in a list cell: the shared format, shortened where long. */
function listBudget(job: ListedJob): string {
	if (job.type === 'HOURLY' && job.hourlyMin === null && job.hourlyMax === null)
		return 'hourly';
	if (job.type === 'FIXED' && job.fixedBudget === null) return 'fixed';
	return formatBudget(job);
}

function titleWidth(columns: Column[], width: number): number {
	const others = columns
		.filter((column) => column.id !== 'title')
		.reduce((sum, column) => sum + column.width, 0);
	const gaps = columns.length - 1;
	return width - markerWidth - others - gaps;
}
