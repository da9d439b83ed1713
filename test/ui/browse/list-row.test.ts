import {describe, expect, it} from 'vitest';
import {textWidth} from '../../../source/text/fit-width.js';
import {
	headerLine,
	listColumns,
	rowLine,
} from '../../../source/ui/browse/list-row.js';
import {lineText} from '../../../source/ui/browse/segments.js';
import {listedJob} from './listed-job.js';

const now = new Date('2026-01-08T10:00:00Z');
const options = {selected: false, focused: true, now};

describe('list rows', () => {
	it('fill the width exactly, whatever the title holds', () => {
		const titles = [
			'Plain',
			'🚀 RAG 聊天机器人 for support — with emoji 👩‍💻 and more',
			'Tabs\tand\nnewlines\u00A0inside',
			'\u001B[31mred\u001B[0m title',
		];

		for (const width of [44, 80, 110]) {
			const columns = listColumns(width, 1000);

			expect(textWidth(lineText(headerLine(columns)))).toBe(width);

			for (const title of titles) {
				const line = lineText(
					rowLine(listedJob({title}), 12, columns, options),
				);

				expect(textWidth(line)).toBe(width);
				expect(line).not.toContain('\u001B');
			}
		}
	});

	it('show rank, total, priority, budget, type, age and state when wide', () => {
		const columns = listColumns(110, 100);
		const line = lineText(
			rowLine(
				listedJob({
					triage: {state: 'shortlisted', changedAt: now},
				}),
				7,
				columns,
				options,
			),
		);

		expect(line).toMatch(
			/^ {2} +7 +83\.0 High +RAG chatbot for support +\$2,400 chatbot +3d shortlist$/,
		);
	});

	it('give up type, then age, then budget before the title gets narrow', () => {
		const ids = (width: number) =>
			listColumns(width, 100).map((column) => column.id);

		expect(ids(110)).toContain('type');
		expect(ids(80)).toContain('type');
		expect(ids(60)).not.toContain('type');
		expect(ids(44)).toEqual(['rank', 'score', 'priority', 'title', 'state']);
	});

	it('mark the selected row and highlight it only when the list has the focus', () => {
		const columns = listColumns(80, 10);
		const focused = rowLine(listedJob(), 1, columns, {
			...options,
			selected: true,
		});
		const unfocused = rowLine(listedJob(), 1, columns, {
			...options,
			selected: true,
			focused: false,
		});

		expect(lineText(focused).startsWith('› ')).toBe(true);
		expect(focused.every((segment) => segment.inverse)).toBe(true);
		expect(unfocused.some((segment) => segment.inverse)).toBe(false);
	});

	it('say gated, failed or not AI where the priority would be', () => {
		const columns = listColumns(110, 10);
		const cell = (evaluation: Parameters<typeof listedJob>[1]) =>
			lineText(rowLine(listedJob({}, evaluation), 1, columns, options));

		expect(cell({status: 'gated', total: null, priority: null})).toMatch(
			/ — gated /,
		);
		expect(cell({status: 'failed', total: null, priority: null})).toMatch(
			/ — failed /,
		);
		expect(cell({isAiRelated: false})).toContain(' not AI ');
		expect(cell(null)).toMatch(/ — new /);
	});
});
