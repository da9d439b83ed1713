import {existsSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {describe, expect, it} from 'vitest';
import {
	cutToWidth,
	fitWidth,
	padToWidth,
	textWidth,
	wrapToWidth,
} from '../../source/text/fit-width.js';
import {sanitizeLine, sanitizeText} from '../../source/text/sanitize.js';

describe('cutToWidth', () => {
	it('leaves text that fits alone', () => {
		expect(cutToWidth('RAG chatbot', 11)).toBe('RAG chatbot');
	});

	it('cuts with an ellipsis in the last column', () => {
		expect(cutToWidth('RAG chatbot for support', 8)).toBe('RAG cha…');
	});

	it('never lets a wide character straddle the limit', () => {
		const cut = cutToWidth('ab🈀cd', 4);

		expect(cut).toBe('ab…');
		expect(textWidth(cut)).toBeLessThanOrEqual(4);
	});

	it('keeps an emoji joined by zero-width joiners whole or drops it', () => {
		const developer = '👩‍💻';

		expect(cutToWidth(`${developer}dev tools`, 3)).toBe(`${developer}…`);
		expect(cutToWidth(`x${developer}dev`, 3)).toBe('x…');
	});

	it('gives nothing for no room', () => {
		expect(cutToWidth('anything', 0)).toBe('');
	});
});

describe('fitWidth', () => {
	it('pads short text to the exact width, left or right', () => {
		expect(fitWidth('abc', 6)).toBe('abc   ');
		expect(fitWidth('abc', 6, 'right')).toBe('   abc');
	});

	it('gives every title the same width in columns, whatever it holds', () => {
		const titles = [
			'Plain title for a job',
			'RAG 聊天机器人 для поддержки',
			'🚀 Launch 👩‍💻 agents ✨ fast',
			'e\u0301le\u0300ve accents combining',
		];

		for (const width of [5, 12, 17, 30]) {
			for (const title of titles) {
				expect(textWidth(fitWidth(title, width))).toBe(width);
			}
		}
	});

	it('does not cut when padding is all that is needed', () => {
		expect(padToWidth('日本', 6)).toBe('日本  ');
	});
});

describe('wrapToWidth', () => {
	it('breaks at spaces', () => {
		expect(wrapToWidth('one two three four', 9)).toEqual([
			'one two',
			'three',
			'four',
		]);
	});

	it('splits a word longer than a line by columns', () => {
		expect(wrapToWidth('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij']);
	});

	it('keeps newlines and blank lines, and turns tabs into spaces', () => {
		expect(wrapToWidth('first\n\n\tsecond', 20)).toEqual([
			'first',
			'',
			'    second',
		]);
	});

	it('wraps wide characters by columns', () => {
		const lines = wrapToWidth('日本語のテキストです', 7);

		expect(lines.every((line) => textWidth(line) <= 7)).toBe(true);
		expect(lines.join('')).toBe('日本語のテキストです');
	});
});

const dataFolder = new URL('../../../shared/data/', import.meta.url);
const hasData = existsSync(fileURLToPath(dataFolder));

describe.skipIf(!hasData)('on the real exports', () => {
	const descriptions = [
		'jobs_dataset_upwork_2026-02-05_04-09-24-623.json',
		'jobs_dataset_upwork_hourly_full.json',
	]
		.map((file) => new URL(file, dataFolder))
		.filter((file) => existsSync(fileURLToPath(file)))
		.flatMap((file) => {
			const items = JSON.parse(readFileSync(file, 'utf8')) as Array<{
				title: string;
				description: string;
			}>;
			return items;
		});

	it('wraps every description within the width, losing no character', () => {
		const visible = (text: string) => text.replace(/\s+/g, '');

		for (const {description} of descriptions) {
			const text = sanitizeText(description);
			const lines = wrapToWidth(text, 37);

			expect(lines.every((line) => textWidth(line) <= 37)).toBe(true);
			expect(visible(lines.join(''))).toBe(visible(text));
		}
	});

	it('fits every title to the exact width', () => {
		for (const {title} of descriptions) {
			expect(textWidth(fitWidth(sanitizeLine(title), 24))).toBe(24);
		}
	});
});
