import {describe, expect, it} from 'vitest';
import {
	bandLabel,
	renderScoreHistogram,
} from '../../source/report/score-histogram.js';

const style = {width: 40, color: false};

describe('score histogram', () => {
	it('labels bands by the totals they hold, the top one up to 100', () => {
		expect(bandLabel({from: 0, to: 10, jobs: 0})).toBe('0-9.9');
		expect(bandLabel({from: 70, to: 80, jobs: 0})).toBe('70-79.9');
		expect(bandLabel({from: 90, to: 100, jobs: 0})).toBe('90-100');
	});

	it('scales bars to the fullest band and the width, keeping one block for a few', () => {
		const lines = renderScoreHistogram(
			[
				{from: 0, to: 10, jobs: 0},
				{from: 10, to: 20, jobs: 1},
				{from: 90, to: 100, jobs: 1000},
			],
			style,
		).split('\n');

		// 40 columns less the widest label (7), the widest count (5) and
		// the gaps (5) leave 23 for the fullest bar.
		expect(lines).toEqual([
			'  0-9.9 │ 0',
			'10-19.9 │█ 1',
			` 90-100 │${'█'.repeat(23)} 1,000`,
		]);
	});

	it('draws no bars when every band is empty', () => {
		const text = renderScoreHistogram([{from: 0, to: 10, jobs: 0}], style);

		expect(text).toBe('0-9.9 │ 0');
	});
});
