import {Box, Text} from 'ink';
import {separatorWidth} from './browse-layout.js';
import type {Line} from './segments.js';
import {SegmentLine} from './segment-line.js';

type Props = {
	lines: Line[];
	scroll: number;
	height: number;
	width: number;
	/** Draw the separator from the list on the left (side by side). */
	separated: boolean;
	focused: boolean;
};

/** The selected job's details, scrolled to `scroll`. */
export function JobPaneView({
	lines,
	scroll,
	height,
	width,
	separated,
	focused,
}: Props) {
	const start = Math.max(0, Math.min(scroll, lines.length - height));
	const visible = lines.slice(start, start + height);
	const more = start + height < lines.length;

	return (
		<Box flexDirection="row" height={height}>
			{separated ? (
				<Box flexDirection="column" width={separatorWidth}>
					{Array.from({length: height}, (_, row) => (
						<Text key={row} color={focused ? 'cyan' : 'gray'}>
							{row === height - 1 && more ? ' ↓' : ' │'}
						</Text>
					))}
				</Box>
			) : null}
			<Box flexDirection="column" width={width}>
				{visible.map((line, row) => (
					<SegmentLine key={start + row} line={line} />
				))}
			</Box>
		</Box>
	);
}
