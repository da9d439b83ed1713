import {Text} from 'ink';

/** A bar of `width` cells, filled to `fraction` (0 to 1) in eighths. */
export function ProgressBar({
	fraction,
	width,
}: {
	fraction: number;
	width: number;
}) {
	const cells = Math.max(1, width);
	const eighths = Math.round(Math.min(1, Math.max(0, fraction)) * cells * 8);
	const full = Math.floor(eighths / 8);
	const partial = eighths % 8;
	const partialGlyph = partial > 0 ? partialGlyphs[partial]! : '';
	const empty = cells - full - (partialGlyph ? 1 : 0);

	return (
		<Text>
			<Text color="green">
				{'█'.repeat(full)}
				{partialGlyph}
			</Text>
			<Text dimColor>{'░'.repeat(Math.max(0, empty))}</Text>
		</Text>
	);
}

const partialGlyphs = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
