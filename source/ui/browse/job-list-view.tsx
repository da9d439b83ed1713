import {Box} from 'ink';
import {headerLine, listColumns, pendingLine, rowLine} from './list-row.js';
import type {BrowseState} from './browse-state.js';
import {SegmentLine} from './segment-line.js';

type Props = {
	state: BrowseState;
	width: number;
	focused: boolean;
	now: Date;
};

/** The ranked list: a header and the rows on screen, nothing more. */
export function JobListView({state, width, focused, now}: Props) {
	const total = state.total ?? 0;
	const columns = listColumns(width, total);
	const rows = state.layout.listRows;
	const end = Math.min(total, state.top + rows);
	const lines = [];

	for (let index = state.top; index < end; index++) {
		const job = state.window.jobs[index - state.window.offset];
		lines.push(
			job
				? rowLine(job, index + 1, columns, {
						selected: index === state.selected,
						focused,
						now,
					})
				: pendingLine(index + 1, columns),
		);
	}

	return (
		<Box flexDirection="column" width={width} height={rows + 1}>
			<SegmentLine line={headerLine(columns)} />
			{lines.map((line, offset) => (
				<SegmentLine key={state.top + offset} line={line} />
			))}
		</Box>
	);
}
