import {Text} from 'ink';
import type {Line} from './segments.js';

type Props = {line: Line};

/** Draws one prepared line; the builders already fitted it to width. */
export function SegmentLine({line}: Props) {
	return (
		<Text wrap="truncate">
			{line.length === 0
				? ' '
				: line.map((segment, index) => (
						<Text
							// Segments of a line never move: their place is their identity.
							key={index}
							color={segment.color}
							bold={segment.bold}
							dimColor={segment.dim}
							inverse={segment.inverse}
						>
							{segment.text}
						</Text>
					))}
		</Text>
	);
}
