import {describe, expect, it} from 'vitest';
import {csvField, toCsv} from '../../source/report/csv-format.js';

describe('CSV', () => {
	it('leaves plain fields alone and writes null as an empty field', () => {
		expect(csvField('RAG chatbot')).toBe('RAG chatbot');
		expect(csvField(88.5)).toBe('88.5');
		expect(csvField(null)).toBe('');
	});

	it('quotes fields with commas, quotes or line breaks, doubling quotes', () => {
		expect(csvField('a, b')).toBe('"a, b"');
		expect(csvField('say "hi"')).toBe('"say ""hi"""');
		expect(csvField('one\ntwo')).toBe('"one\ntwo"');
		expect(csvField('one\rtwo')).toBe('"one\rtwo"');
	});

	it('joins a list into one field', () => {
		expect(csvField(['Python', 'LangChain'])).toBe('Python; LangChain');
		expect(csvField(['a,b', 'c'])).toBe('"a,b; c"');
		expect(csvField([])).toBe('');
	});

	it('writes a header and one CRLF-ended line per row', () => {
		const rows = [
			{id: '1', name: 'x, y'},
			{id: '2', name: null},
		];

		expect(toCsv(['id', 'name'], rows)).toBe('id,name\r\n1,"x, y"\r\n2,\r\n');
	});
});
