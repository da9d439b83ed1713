import {describe, expect, it} from 'vitest';
import type {ExportEntry} from '../../source/export/export-entry.js';
import {readExport} from '../../source/export/read-export.js';

// The sample the README's first command ingests.
const sample = new URL(
	'../../samples/upwork-jobs_2026-12-01_08-00-00-000.json',
	import.meta.url,
).pathname;

describe('the sample export', () => {
	it('holds 25 jobs of both types, some under the budget minimum', async () => {
		const entries: ExportEntry[] = [];
		for await (const entry of readExport(sample)) {
			entries.push(entry);
		}
		const records = entries.flatMap((entry) =>
			entry.kind === 'job' ? [entry.record] : [],
		);

		expect(records).toHaveLength(25);
		expect(
			records.filter((job) => job.type === 'FIXED').length,
		).toBeGreaterThan(5);
		expect(
			records.filter((job) => job.type === 'HOURLY').length,
		).toBeGreaterThan(5);
		expect(records.some((job) => job.fixedBudget! < 500)).toBe(true);
		expect(
			records.some((job) => job.type === 'HOURLY' && job.hourlyMin === null),
		).toBe(true);
		expect(records[0]!.scrapedAt).toEqual(new Date('2026-12-01T08:00:00.000Z'));
	});
});
