import {Readable} from 'node:stream';
import {describe, expect, it} from 'vitest';
import {
	JsonArrayError,
	JsonArraySplitter,
	splitJsonArray,
	type JsonArrayProblem,
} from '../../source/export/json-array-splitter.js';

/** Feeds `text` to a splitter in chunks of `size` bytes. */
function split(text: string | Buffer, size: number) {
	const bytes = typeof text === 'string' ? Buffer.from(text) : text;
	const splitter = new JsonArraySplitter();
	const items: unknown[] = [];

	for (let at = 0; at < bytes.length; at += size) {
		splitter.write(bytes.subarray(at, at + size), (item) => items.push(item));
	}

	splitter.end();
	return items;
}

/** Feeds `text` cut once at `cut`. */
function splitAt(text: string | Buffer, cut: number) {
	const bytes = typeof text === 'string' ? Buffer.from(text) : text;
	const splitter = new JsonArraySplitter();
	const items: unknown[] = [];
	const take = (item: unknown) => items.push(item);

	splitter.write(bytes.subarray(0, cut), take);
	splitter.write(bytes.subarray(cut), take);
	splitter.end();
	return items;
}

/** The error splitting `text` throws, with the items handed on before it. */
function failure(text: string | Buffer, size = Number.MAX_SAFE_INTEGER) {
	const bytes = typeof text === 'string' ? Buffer.from(text) : text;
	const splitter = new JsonArraySplitter();
	const items: unknown[] = [];

	try {
		for (let at = 0; at < bytes.length; at += size) {
			splitter.write(bytes.subarray(at, at + size), (item) => items.push(item));
		}

		splitter.end();
	} catch (error) {
		expect(error).toBeInstanceOf(JsonArrayError);
		return {error: error as JsonArrayError, items};
	}

	throw new Error(`${JSON.stringify(String(text))} was split without an error`);
}

const tricky = [
	'{"text": "braces { and } and [brackets] inside a string"}',
	'{"quote": "she said \\"hi\\" {", "slash": "C:\\\\path\\\\"}',
	'"\\\\"',
	'"\\\\\\""',
	'"ends in an escaped quote \\""',
	'{"unicode": "café, 日本語, emoji 😀🚀, \\u00e9 and \\ud83d\\ude00"}',
	'{"nested": {"list": [[1, [2, {"deep": [3]}]], {}], "empty": []}}',
	'[]',
	'{}',
	'[{"a": "]"}, "}"]',
	'-12.5e3',
	'0',
	'true',
	'false',
	'null',
	'"plain string"',
	'{"lines": "one\\ntwo\\r\\nthree\\ttab", "slashes": "\\/"}',
];
const trickyText = `[\n  ${tricky.join(' ,\n\t\r\n ')}\n]\n`;
const trickyItems = JSON.parse(trickyText) as unknown[];

describe('JsonArraySplitter', () => {
	it('splits a whole array in one chunk', () => {
		expect(split(trickyText, Number.MAX_SAFE_INTEGER)).toEqual(trickyItems);
	});

	it.each([1, 2, 3, 7, 64])(
		'splits the same items fed %i bytes at a time',
		(size) => {
			expect(split(trickyText, size)).toEqual(trickyItems);
		},
	);

	it('splits the same items whichever byte a chunk ends on', () => {
		const bytes = Buffer.from(trickyText);

		for (let cut = 0; cut <= bytes.length; cut += 1) {
			expect(splitAt(bytes, cut), `cut at byte ${cut}`).toEqual(trickyItems);
		}
	});

	it('decodes a multibyte character split across chunks', () => {
		const text = '["😀", "é", "日本"]';

		for (let cut = 0; cut <= Buffer.byteLength(text); cut += 1) {
			expect(splitAt(text, cut)).toEqual(['😀', 'é', '日本']);
		}
	});

	it('keeps runs of backslashes right across a chunk boundary', () => {
		const items = ['\\', '\\\\', '\\"', '"\\', 'a\\\\\\"b'];
		const text = JSON.stringify(items);

		for (let cut = 0; cut <= text.length; cut += 1) {
			expect(splitAt(text, cut)).toEqual(items);
		}
	});

	it('hands on items as they complete, in order', () => {
		const splitter = new JsonArraySplitter();
		const seen: unknown[] = [];

		splitter.write(Buffer.from('[{"a": 1}, {"b"'), (item) => seen.push(item));
		expect(seen).toEqual([{a: 1}]);
		expect(splitter.itemsRead).toBe(1);

		splitter.write(Buffer.from(': 2}]'), (item) => seen.push(item));
		splitter.end();
		expect(seen).toEqual([{a: 1}, {b: 2}]);
	});

	it.each(['[]', '  [ \n\t ]  \n', '\r\n[\r\n]\r\n'])(
		'reads %j as no items',
		(text) => {
			expect(split(text, 1)).toEqual([]);
		},
	);

	it('skips a byte-order mark, even one split across chunks', () => {
		const text = Buffer.concat([
			Buffer.from([0xef, 0xbb, 0xbf]),
			Buffer.from('[1, 2]'),
		]);

		expect(split(text, 1)).toEqual([1, 2]);
	});

	it('keeps a __proto__ key as data', () => {
		const [item] = split('[{"__proto__": {"polluted": true}}]', 3);

		expect(Object.getPrototypeOf(item)).toBe(Object.prototype);
		expect(Object.keys(item as object)).toEqual(['__proto__']);
	});

	describe('refuses', () => {
		const cases: Array<[string, string, JsonArrayProblem, number]> = [
			['nothing', ' \n ', 'empty', 0],
			['a JSON object', '{"items": []}', 'object', 0],
			['JSON Lines', '{"a": 1}\n{"a": 2}\n', 'object', 0],
			['a number', '42\n', 'value', 0],
			['a string', '"hello"', 'value', 0],
			['null', 'null', 'value', 0],
			['CSV', 'id,title\n1,Logo\n', 'not-json', 0],
			['CSV with a number first', '2024,foo\n1,2\n', 'not-json', 0],
			['CSV with quoted headings', '"id","title"\n"1","x"\n', 'not-json', 0],
			['XML', '<?xml version="1.0"?>', 'not-json', 0],
			['text cut inside a string', '[{"a": 1}, {"b": "tex', 'truncated', 1],
			[
				'text cut inside an object',
				'[{"a": 1}, {"b": {"c": [1]',
				'truncated',
				1,
			],
			['text cut after a comma', '[{"a": 1}, {"b": 2},\n', 'truncated', 2],
			['text cut after an item', '[{"a": 1}, {"b": 2}', 'truncated', 2],
			['text cut after the `[`', '[', 'truncated', 0],
			['text cut inside a number', '[1, 23', 'truncated', 1],
			['text after the array', '[1, 2]\n]', 'trailing', 2],
			['two arrays', '[1]\n[2]', 'trailing', 1],
			['an item that is not JSON', '[{"a": 1}, {"b": oops}]', 'damaged', 1],
			['a bad escape', '[{"a": "x\\q"}]', 'damaged', 0],
			['mismatched brackets', '[{"a": [1}]]', 'damaged', 0],
			['a missing comma', '[{"a": 1} {"b": 2}]', 'damaged', 1],
			['a comma after the last item', '[1, 2, ]', 'damaged', 2],
			['a comma before the first item', '[, 1]', 'damaged', 0],
			['a stray bracket', '[1, }]', 'damaged', 1],
			['a bare word', '[1, oops]', 'damaged', 1],
		];

		it.each(cases)('%s', (_name, text, problem, itemsRead) => {
			for (const size of [1, 2, 3, 7, Number.MAX_SAFE_INTEGER]) {
				const {error, items} = failure(text, size);

				expect(error.problem, `${size}-byte chunks`).toBe(problem);
				expect(error.itemsRead).toBe(itemsRead);
				// Every item before the problem is handed on before it.
				expect(items).toHaveLength(itemsRead);
			}
		});

		it('a partial byte-order mark', () => {
			expect(failure(Buffer.from([0xef, 0xbb, 0x5b, 0x5d])).error.problem).toBe(
				'not-json',
			);
			expect(failure(Buffer.from([0xef, 0xbb])).error.problem).toBe('not-json');
		});

		it('a single value of more than a megabyte as not JSON', () => {
			const text = `"${'x'.repeat(1024 * 1024)}"`;

			expect(failure(text, 64 * 1024).error.problem).toBe('not-json');
		});
	});

	describe('says where the problem is', () => {
		it('names the line of a damaged item and what JSON.parse found', () => {
			const text = [
				'[',
				'  {',
				'    "a": "{ not counted }",',
				'    "b": 1',
				'  },',
				'  {',
				'    "c": 2,',
				'    oops: 3',
				'  }',
				']',
			].join('\n');

			for (const size of [1, 5, Number.MAX_SAFE_INTEGER]) {
				const {error} = failure(text, size);

				expect(error.line).toBe(8);
				expect(error.message).toBe(
					'line 8: Expected double-quoted property name',
				);
			}
		});

		it('names the line of a problem between items', () => {
			const {error} = failure('[\n  1,\n  2\n  3\n]');

			expect(error.message).toBe(
				'line 4: `3` after an item, where `,` or `]` should be',
			);
		});

		it('names the line of text after the array', () => {
			const {error} = failure('[\n  1\n]\n\n,');

			expect(error.message).toBe(
				'line 5: text after the `]` that closes the array',
			);
		});

		it('keeps JSON.parse error as the cause', () => {
			const {error} = failure('[{"a": tru}]');

			expect(error.cause).toBeInstanceOf(SyntaxError);
		});
	});

	it('throws the same error again once it has failed', () => {
		const splitter = new JsonArraySplitter();
		const ignore = () => undefined;
		let first: unknown;

		try {
			splitter.write(Buffer.from('[1 2'), ignore);
		} catch (error) {
			first = error;
		}

		expect(first).toBeInstanceOf(JsonArrayError);
		expect(() => splitter.write(Buffer.from(']'), ignore)).toThrow(
			first as Error,
		);
		expect(() => splitter.end()).toThrow(first as Error);
	});
});

describe('splitJsonArray', () => {
	const chunks = (text: string, size: number) => {
		const bytes = Buffer.from(text);
		const pieces: Buffer[] = [];

		for (let at = 0; at < bytes.length; at += size) {
			pieces.push(bytes.subarray(at, at + size));
		}

		return Readable.from(pieces);
	};

	it('yields the items of a streamed array', async () => {
		const items: unknown[] = [];

		for await (const item of splitJsonArray(chunks(trickyText, 5))) {
			items.push(item);
		}

		expect(items).toEqual(trickyItems);
	});

	it('yields the items before a problem, then throws it', async () => {
		const items: unknown[] = [];
		const reading = (async () => {
			for await (const item of splitJsonArray(
				chunks('[1, 2, {"x": nope}, 4]', 64),
			)) {
				items.push(item);
			}
		})();

		await expect(reading).rejects.toMatchObject({
			problem: 'damaged',
			itemsRead: 2,
		});
		expect(items).toEqual([1, 2]);
	});

	it('throws at the end of a stream cut short', async () => {
		const reading = (async () => {
			for await (const _item of splitJsonArray(chunks('[1, [2', 1))) {
				// Only the error matters here.
			}
		})();

		await expect(reading).rejects.toMatchObject({
			problem: 'truncated',
			itemsRead: 1,
		});
	});
});
