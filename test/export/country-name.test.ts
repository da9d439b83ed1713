import {describe, expect, it} from 'vitest';
import {normaliseCountry} from '../../source/export/country-name.js';

describe('normaliseCountry', () => {
	it('gives the United States one name however it is written', () => {
		for (const name of ['USA', 'United States', ' usa ', 'U.S.']) {
			expect(normaliseCountry(name)).toBe('United States');
		}
	});

	it('passes other names through, trimmed, and blanks as null', () => {
		expect(normaliseCountry(' Saudi Arabia ')).toBe('Saudi Arabia');
		expect(normaliseCountry('  ')).toBeNull();
	});
});
