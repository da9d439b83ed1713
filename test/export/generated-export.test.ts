import {mkdtemp, readFile, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {ExportEntry} from '../../source/export/export-entry.js';
import {readExport} from '../../source/export/read-export.js';
import {writeGeneratedExport} from '../../bench/support/generate-export.js';

describe('writeGeneratedExport', () => {
	let folder: string;

	beforeAll(async () => {
		folder = await mkdtemp(path.join(tmpdir(), 'generated-export-'));
	});

	afterAll(async () => {
		await rm(folder, {recursive: true, force: true});
	});

	it('writes items the reader takes without a single rejection', async () => {
		const file = path.join(folder, 'jobs_2026-12-01_08-00-00-000.json');
		await writeGeneratedExport(file, 400, {seed: 3});

		const entries: ExportEntry[] = [];
		for await (const entry of readExport(file)) {
			entries.push(entry);
		}
		const records = entries.flatMap((entry) =>
			entry.kind === 'job' ? [entry.record] : [],
		);
		const lengths = records.map((job) => job.description.length);

		expect(entries.filter((entry) => entry.kind === 'rejected')).toEqual([]);
		expect(records).toHaveLength(400);
		expect(new Set(records.map((job) => job.id)).size).toBe(400);
		expect(records.some((job) => job.type === 'FIXED')).toBe(true);
		expect(records.some((job) => job.type === 'HOURLY')).toBe(true);
		expect(
			records.some((job) => job.fixedBudget! > 0 && job.fixedBudget! < 500),
		).toBe(true);
		expect(
			records.some((job) => job.type === 'HOURLY' && job.hourlyMin === null),
		).toBe(true);
		expect(Math.min(...lengths)).toBeGreaterThanOrEqual(50);
		expect(Math.max(...lengths)).toBeLessThanOrEqual(7500);
		expect(Math.max(...lengths)).toBeGreaterThan(2000);
	});

	it('keeps the first item whole and strips empty values from the rest', async () => {
		const file = path.join(folder, 'shape.json');
		await writeGeneratedExport(file, 20, {seed: 5});
		const items = JSON.parse(await readFile(file, 'utf8')) as Array<
			Record<string, unknown>
		>;
		const [first, ...rest] = items;
		const blockOfOtherType = first!.type === 'FIXED' ? 'hourly' : 'fixed';

		expect(Object.values(first![blockOfOtherType] as object)).toSatisfy(
			(values: unknown[]) => values.every((value) => value === null),
		);
		// Any key whose value is null, false, 0, "", [] or {}.
		expect(JSON.stringify(rest)).not.toMatch(
			/:(null|false|0|""|\[\]|\{\})[,}\]]/,
		);
	});

	it('writes the same file for the same seed', async () => {
		const first = path.join(folder, 'a.json');
		const second = path.join(folder, 'b.json');
		const third = path.join(folder, 'c.json');
		await writeGeneratedExport(first, 50, {seed: 9});
		await writeGeneratedExport(second, 50, {seed: 9});
		await writeGeneratedExport(third, 50, {seed: 10});

		const text = await readFile(first, 'utf8');
		expect(await readFile(second, 'utf8')).toBe(text);
		expect(await readFile(third, 'utf8')).not.toBe(text);
	});
});
