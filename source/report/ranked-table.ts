import type {ListedJob} from '../db/job-listing.repository.js';
import {formatBudget} from '../text/format.js';
import {sanitizeLine} from '../text/sanitize.js';
import type {OutputStyle} from './output-style.js';
import {renderTable, type TableColumn} from './report-table.js';

const columns: TableColumn[] = [
	{header: 'Score', align: 'right'},
	{header: 'Priority'},
	{header: 'Budget'},
	{header: 'Weeks', align: 'right', dropOrder: 3},
	{header: 'Title', flexible: true, minWidth: 40},
	{header: 'Project', dropOrder: 4},
	{header: 'Stack', flexible: true, dropOrder: 1},
	{header: 'URL', dropOrder: 0},
];

/**
 * The ranked jobs as a table for people: an hourly job shows its rate
 * range where the JSON has no place for one. On a narrow terminal the
 * URL, the stack and the weeks go first, then the title is cut.
 */
export function renderRankedTable(
	jobs: ListedJob[],
	style: OutputStyle,
): string {
	const rows = jobs.map((job) => [
		job.evaluation?.total?.toFixed(1) ?? '',
		job.evaluation?.priority ?? '',
		formatBudget(job),
		job.durationWeeks === null ? '' : String(job.durationWeeks),
		sanitizeLine(job.title),
		sanitizeLine(job.evaluation?.projectType ?? ''),
		sanitizeLine((job.evaluation?.techStack ?? []).join(', ')),
		sanitizeLine(job.url),
	]);

	return renderTable(columns, rows, style);
}
