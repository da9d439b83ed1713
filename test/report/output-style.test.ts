import {describe, expect, it} from 'vitest';
import {
	emphasize,
	outputStyle,
	pipedWidth,
} from '../../source/report/output-style.js';

describe('outputStyle', () => {
	it('uses the width of a terminal and colours it', () => {
		expect(outputStyle({isTTY: true, columns: 132}, {})).toEqual({
			width: 132,
			color: true,
		});
	});

	it('uses 80 columns and no colour when piped', () => {
		expect(outputStyle({isTTY: false, columns: 200}, {})).toEqual({
			width: pipedWidth,
			color: false,
		});
	});

	it('honours NO_COLOR on a terminal, unless it is empty', () => {
		expect(
			outputStyle({isTTY: true, columns: 100}, {NO_COLOR: '1'}).color,
		).toBe(false);
		expect(outputStyle({isTTY: true, columns: 100}, {NO_COLOR: ''}).color).toBe(
			true,
		);
	});

	it('emphasises only with colour', () => {
		expect(emphasize('Totals', {width: 80, color: false})).toBe('Totals');
		expect(emphasize('Totals', {width: 80, color: true})).toBe(
			'\u001B[1mTotals\u001B[22m',
		);
	});
});
