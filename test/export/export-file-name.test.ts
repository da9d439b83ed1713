import {describe, expect, it} from 'vitest';
import {
	exportSource,
	scrapedAtFromFileName,
} from '../../source/export/export-file-name.js';

describe('scrapedAtFromFileName', () => {
	it('reads the export time, in UTC, from an Apify file name', () => {
		expect(
			scrapedAtFromFileName(
				'data/jobs_dataset_upwork_2026-02-05_04-09-24-623.json',
			),
		).toEqual(new Date('2026-02-05T04:09:24.623Z'));
	});

	it('accepts a name without milliseconds', () => {
		expect(scrapedAtFromFileName('upwork_2026-12-01_08-00-00.json')).toEqual(
			new Date('2026-12-01T08:00:00.000Z'),
		);
	});

	it.each([
		'jobs_dataset_upwork_hourly_full.json',
		'jobs_2026-02-30_04-09-24-623.json',
		'jobs_2026-02-05_25-09-24-623.json',
		'jobs_2026-02-05_04-09-24-623.json.bak',
	])('gives null for %s', (name) => {
		expect(scrapedAtFromFileName(name)).toBeNull();
	});
});

describe('exportSource', () => {
	it('is the base name of the file', () => {
		expect(exportSource('../shared/data/jobs.json')).toBe('jobs.json');
	});
});
