import {Box} from 'ink';
import {fitWidth, textWidth} from '../../text/fit-width.js';
import {helpEntries, helpLayout, type HelpEntry} from './help-entries.js';
import {keyMap, keysLabel} from './key-map.js';
import {SegmentLine} from './segment-line.js';
import type {Line} from './segments.js';

type Props = {width: number; height: number; scroll: number};

const keysWidth =
	Math.max(...keyMap.map((binding) => textWidth(keysLabel(binding)))) + 1;

/** Every key, drawn from the key map, in columns or scrolled. */
export function HelpOverlayView({width, height, scroll}: Props) {
	const {columns: columnCount, maxScroll} = helpLayout(width, height);
	const start = Math.min(scroll, maxScroll);
	const entries = helpEntries().slice(start);
	const rows = Math.min(height, Math.ceil(entries.length / columnCount));
	const columnWidth = Math.floor(width / columnCount);
	const columns = Array.from({length: columnCount}, (_, column) =>
		entries.slice(column * rows, (column + 1) * rows),
	);

	return (
		<Box flexDirection="row" height={height}>
			{columns.map((column, index) => (
				<Box key={index} flexDirection="column" width={columnWidth}>
					{column.map((entry, row) => (
						<SegmentLine key={row} line={helpLine(entry, columnWidth - 1)} />
					))}
				</Box>
			))}
		</Box>
	);
}

function helpLine(entry: HelpEntry, width: number): Line {
	if ('title' in entry) {
		return [{text: fitWidth(entry.title, width), bold: true}];
	}

	return [
		{text: fitWidth(keysLabel(entry.binding), keysWidth), color: 'cyan'},
		{text: fitWidth(entry.binding.description, width - keysWidth)},
	];
}
