import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {exitCodes, UserError} from '../../source/errors/user-error.js';
import type {ExportEntry} from '../../source/export/export-entry.js';
import type {JobRecord} from '../../source/export/job-record.js';
import {
	readExport,
	type ReadExportOptions,
} from '../../source/export/read-export.js';

const fixtures = new URL('../fixtures/exports/', import.meta.url);
const fixture = (name: string) => new URL(name, fixtures).pathname;

async function readAll(file: string, options?: ReadExportOptions) {
	const entries: ExportEntry[] = [];

	for await (const entry of readExport(file, options)) {
		entries.push(entry);
	}

	return entries;
}

function jobs(entries: ExportEntry[]): JobRecord[] {
	return entries.flatMap((entry) =>
		entry.kind === 'job' ? [entry.record] : [],
	);
}

/** Reads the file expecting a UserError; returns it and what came first. */
async function failure(name: string) {
	const entries: ExportEntry[] = [];

	try {
		for await (const entry of readExport(fixture(name))) {
			entries.push(entry);
		}
	} catch (error) {
		expect(error).toBeInstanceOf(UserError);
		expect((error as UserError).exitCode).toBe(exitCodes.unusableInput);
		return {message: (error as UserError).message, entries};
	}

	throw new Error(`${name} was read without an error`);
}

describe('readExport', () => {
	it('reads a field-selected export, dating it from the file name', async () => {
		const name = 'field-selected_2026-12-01_08-00-00-000.json';
		const records = jobs(await readAll(fixture(name)));

		expect(records.map((job) => job.fixedBudget)).toEqual([2400, 150, 12000.5]);
		expect(records[0]!.title).toBe(
			'Voice agent that books appointments for a physio clinic',
		);
		expect(records.every((job) => job.type === 'FIXED')).toBe(true);
		expect(records.every((job) => job.source === name)).toBe(true);
		expect(records[0]!.scrapedAt).toEqual(new Date('2026-12-01T08:00:00.000Z'));
	});

	it('reads a full export with its client facts', async () => {
		const records = jobs(await readAll(fixture('full-export.json')));

		expect(records.map((job) => job.type)).toEqual([
			'HOURLY',
			'HOURLY',
			'HOURLY',
			'FIXED',
		]);
		expect(records[0]).toMatchObject({
			hourlyMin: 45,
			hourlyMax: 90,
			fixedBudget: null,
			durationWeeks: 18,
			client: {jobsPosted: null, jobsWithHires: 0, totalSpent: null},
		});
		expect(records[1]).toMatchObject({
			hourlyMin: 12.5,
			applicants: 38,
			client: {
				paymentVerified: true,
				totalSpent: 126500.75,
				jobsPosted: 40,
				jobsWithHires: 36,
				rating: 4.87,
				reviews: 31,
				country: 'United States',
				timezone: 'America/New_York (UTC-04:00)',
			},
		});
		expect(records[2]).toMatchObject({
			hourlyMin: null,
			hourlyMax: null,
			client: {paymentVerified: false, jobsPosted: 3, jobsWithHires: 0},
		});
		expect(records[3]!.skills).toEqual([
			'WordPress',
			'Vector Database',
			'OpenAI Embeddings',
		]);
		expect(records.every((job) => job.scrapedAt === null)).toBe(true);
	});

	it('reads a FIXED first item that carries an all-null hourly block', async () => {
		const [first, second] = jobs(
			await readAll(fixture('first-item-quirk.json')),
		);

		expect(first).toMatchObject({
			type: 'FIXED',
			fixedBudget: 750,
			hourlyMin: null,
			durationWeeks: null,
			skills: [],
			client: {paymentVerified: false, reviews: null},
		});
		expect(second).toMatchObject({type: 'HOURLY', hourlyMin: 20});
	});

	it('rejects bad items by index, id and field and reads the rest', async () => {
		const entries = await readAll(fixture('bad-items.json'));
		const rejected = entries.flatMap((entry) =>
			entry.kind === 'rejected' ? [[entry.index, entry.id, entry.field]] : [],
		);

		expect(entries.map((entry) => entry.index)).toEqual([
			0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
		]);
		expect(jobs(entries).map((job) => job.title)).toEqual([
			'Good first job',
			'Good last job',
		]);
		expect(rejected).toEqual([
			[1, null, 'id'],
			[2, '2024800000000000003', 'title'],
			[3, '2024800000000000004', 'url'],
			[4, '2024800000000000005', 'type'],
			[5, '2024800000000000006', 'ts_publish'],
			[6, '2024800000000000007', 'fixed.budget.amount'],
			[7, '2024800000000000008', 'hourly.min'],
			[8, null, '(item)'],
			[9, '2024800000000000010', 'title'],
		]);
	});

	it('reads an empty array as no jobs', async () => {
		expect(await readAll(fixture('empty-array.json'))).toEqual([]);
	});

	it('reports progress up to the size of the file', async () => {
		const calls: Array<[number, number]> = [];
		await readAll(fixture('full-export.json'), {
			onProgress: (read, total) => calls.push([read, total]),
		});

		const [read, total] = calls.at(-1)!;
		expect(total).toBeGreaterThan(0);
		expect(read).toBe(total);
	});

	it('stops with the reason of an aborted signal', async () => {
		const controller = new AbortController();
		const entries: ExportEntry[] = [];
		const reading = (async () => {
			for await (const entry of readExport(fixture('full-export.json'), {
				signal: controller.signal,
			})) {
				entries.push(entry);
				controller.abort(new Error('interrupted'));
			}
		})();

		await expect(reading).rejects.toThrow('interrupted');
		expect(entries).toHaveLength(1);
	});

	it.each([
		['missing.json', /Cannot read .*missing\.json: there is no such file/],
		['empty.json', /empty\.json is empty\. Export the dataset/],
		['not-json.json', /not-json\.json is not JSON\..*not CSV/],
		[
			'top-level-object.json',
			/top-level-object\.json holds a JSON object, not an array/,
		],
		['truncated.json', /truncated\.json ends early.*Download the export again/],
		[
			'damaged.json',
			/damaged\.json stops being valid JSON after 1 complete item/,
		],
	])(
		'refuses %s with a sentence that says what to do',
		async (name, pattern) => {
			const {message} = await failure(name);

			expect(message).toMatch(pattern);
		},
	);

	it('refuses a folder', async () => {
		await expect(readAll(new URL('.', fixtures).pathname)).rejects.toThrow(
			/is a folder, not an export file/,
		);
	});

	it('refuses files cut short before yielding any job', async () => {
		expect((await failure('truncated.json')).entries).toEqual([]);
	});

	it.each([
		['other-actor-link.json', ['`link`', '`paymentType`', '`publishedDate`']],
		[
			'other-actor-uid.json',
			['`uid`', '`externalLink`', '`budget.fixedBudget`'],
		],
	])(
		'names the shape it found in %s and the one it expects',
		async (name, found) => {
			const {message, entries} = await failure(name);

			expect(entries).toEqual([]);
			expect(message).toContain('another Apify actor');
			for (const field of found) {
				expect(message).toContain(field);
			}
			expect(message).toContain(
				'jupri/upwork actor, whose items have `id`, `title`, `url`, `type`, `ts_publish`',
			);
		},
	);

	describe('judging the shape from the first items', () => {
		let folder: string;

		beforeAll(async () => {
			folder = await mkdtemp(path.join(tmpdir(), 'read-export-'));
		});

		afterAll(async () => {
			await rm(folder, {recursive: true, force: true});
		});

		const written = async (items: unknown[]) => {
			const file = path.join(folder, `items-${items.length}.json`);
			await writeFile(file, JSON.stringify(items));
			return file;
		};

		const id = '2024800000000000001';
		const job = {
			id,
			title: 'A job after a broken first item',
			type: 'FIXED',
			ts_publish: '2026-11-30T10:00:00.000Z',
			url: `https://www.upwork.com/jobs/~02${id}`,
		};

		it('reads on when a broken first item is followed by jobs', async () => {
			const entries = await readAll(await written([{oops: true}, job]));

			expect(entries.map((entry) => entry.kind)).toEqual(['rejected', 'job']);
		});

		it('refuses a file whose first items are not jobs at all', async () => {
			const file = await written([1, 2, 3, 4, 5, job]);

			await expect(readAll(file)).rejects.toThrow(
				/does not hold jobs from the jupri\/upwork actor: its first item is a number, where `id`, `title`/,
			);
		});

		it('refuses a short file of unknown items', async () => {
			const file = await written([{name: 'x'}]);

			await expect(readAll(file)).rejects.toThrow(
				/its first item has the fields `name`/,
			);
		});
	});
});
