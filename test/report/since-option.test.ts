import {describe, expect, it} from 'vitest';
import {UserError} from '../../source/errors/user-error.js';
import {parseSince} from '../../source/report/since-option.js';

const now = new Date('2026-02-06T12:00:00Z');

describe('parseSince', () => {
	it.each([
		['30m', '2026-02-06T11:30:00.000Z'],
		['24h', '2026-02-05T12:00:00.000Z'],
		['7d', '2026-01-30T12:00:00.000Z'],
		['2w', '2026-01-23T12:00:00.000Z'],
		[' 12H ', '2026-02-06T00:00:00.000Z'],
	])('counts the duration %s back from now', (text, expected) => {
		expect(parseSince(text, now).toISOString()).toBe(expected);
	});

	it.each([
		['2026-02-01', '2026-02-01T00:00:00.000Z'],
		['2026-02-01T09:30', '2026-02-01T09:30:00.000Z'],
		['2026-02-01 09:30:15', '2026-02-01T09:30:15.000Z'],
		['2026-02-01T09:30:00.250Z', '2026-02-01T09:30:00.250Z'],
		['2026-02-01T09:30+02:00', '2026-02-01T07:30:00.000Z'],
	])('reads the date %s, as UTC unless it names a zone', (text, expected) => {
		expect(parseSince(text, now).toISOString()).toBe(expected);
	});

	it.each(['yesterday', '7', '7y', '2026-02-30', '2026-13-01', ''])(
		'rejects "%s" with a sentence naming the option',
		(text) => {
			expect(() => parseSince(text, now)).toThrow(UserError);
			expect(() => parseSince(text, now)).toThrow(/`--since` got/);
		},
	);
});
