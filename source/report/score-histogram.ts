import stringWidth from 'string-width';
import {formatCount} from '../text/format.js';
import type {OutputStyle} from './output-style.js';

type Band = {from: number; to: number; jobs: number};

const barCharacter = '█';

/**
 * The score distribution as one line per band, with bars scaled to the
 * fullest band and to the width left beside the labels:
 *
 *    80-89.9 │██████████████ 41
 *
 * A band with any job gets at least one block, so that a few jobs never
 * vanish next to many.
 */
export function renderScoreHistogram(
	bands: Band[],
	style: OutputStyle,
): string {
	const labels = bands.map(bandLabel);
	const counts = bands.map((band) => formatCount(band.jobs));
	const labelWidth = Math.max(...labels.map((label) => stringWidth(label)));
	const countWidth = Math.max(...counts.map((count) => stringWidth(count)));
	const barWidth = Math.max(10, style.width - labelWidth - countWidth - 5);
	const fullest = Math.max(...bands.map((band) => band.jobs));

	return bands
		.map((band, index) => {
			const length =
				fullest === 0
					? 0
					: Math.max(
							band.jobs > 0 ? 1 : 0,
							Math.round((band.jobs / fullest) * barWidth),
						);
			const bar = barCharacter.repeat(length);
			return `${labels[index]!.padStart(labelWidth)} │${bar} ${counts[index]}`;
		})
		.join('\n');
}

/** "0-9.9", ..., "90-100": totals have one decimal, the top band ends at 100. */
export function bandLabel(band: Band): string {
	return band.to >= 100
		? `${band.from}-100`
		: `${band.from}-${(band.to - 0.1).toFixed(1)}`;
}
