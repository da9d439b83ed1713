import {execFile} from 'node:child_process';
import {cp, mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import stringWidth from 'string-width';
import stripAnsi from 'strip-ansi';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {openDatabase, type DatabaseHandle} from '../../source/db/connection.js';
import {migrateToLatest} from '../../source/db/migrator.js';
import {insertReportFixture} from '../report/report-fixture.js';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
// Each run starts Node, compiles TypeScript and opens PGlite: seconds.
const timeout = 180_000;

type Result = {code: number; stdout: string; stderr: string};

/**
 * Runs the CLI from source with stdout and stderr piped, as a script
 * would. The settings are cleared so that neither the environment nor a
 * `.env` in the repository points it at a server.
 */
async function cli(...args: string[]): Promise<Result> {
	try {
		const {stdout, stderr} = await run(
			process.execPath,
			['--import', 'tsx', 'source/cli.tsx', ...args],
			{
				cwd: root,
				env: {
					...process.env,
					DATABASE_URL: '',
					UPWORK_EVAL_DATA_DIR: '',
					UPWORK_EVAL_PROFILE: '',
					CEREBRAS_API_KEY: '',
					NO_COLOR: '',
				},
				timeout,
			},
		);
		return {code: 0, stdout, stderr};
	} catch (error) {
		const failed = error as {code: number; stdout: string; stderr: string};
		return {code: failed.code, stdout: failed.stdout, stderr: failed.stderr};
	}
}

/** Opens the embedded database in `dataDir`, migrated, for `work`. */
async function withDatabase(
	dataDir: string,
	work: (db: DatabaseHandle['db']) => Promise<void>,
): Promise<void> {
	const handle = await openDatabase({kind: 'embedded', dataDir});

	try {
		const {error} = await migrateToLatest(handle.db);
		if (error) throw error;
		await work(handle.db);
	} finally {
		await handle.close();
	}
}

describe('stats and ranked through a pipe', () => {
	let folder: string;
	const results: Record<string, Result> = {};

	// Every run gets a data folder of its own, so that they can all run at
	// once: an embedded database is opened by one process at a time. The
	// folders are copies of one made here, so that no run pays for
	// creating a database.
	beforeAll(async () => {
		folder = await mkdtemp(path.join(tmpdir(), 'upwork-eval-report-'));
		const template = path.join(folder, 'template');
		const copy = async (name: string) => {
			const target = path.join(folder, name);
			await cp(template, target, {recursive: true});
			return target;
		};

		await withDatabase(template, async () => undefined);
		const empty = [await copy('a'), await copy('b')];
		await withDatabase(template, insertReportFixture);
		const filled = [await copy('c'), await copy('d')];

		const runs = {
			emptyStats: ['stats', '--json', '--data-dir', empty[0]!],
			emptyRanked: ['ranked', '--json', '--data-dir', empty[1]!],
			filledRanked: ['ranked', '--json', '--data-dir', filled[0]!],
			filledStats: ['stats', '--since', '2026-02-03', '--data-dir', filled[1]!],
			// These stop before they open a database.
			badSince: ['stats', '--since', 'lately', '--data-dir', folder],
			twoFormats: ['ranked', '--json', '--csv', '--data-dir', folder],
		};

		await Promise.all(
			Object.entries(runs).map(async ([name, args]) => {
				results[name] = await cli(...args);
			}),
		);
	}, timeout);

	afterAll(async () => {
		if (folder) await rm(folder, {recursive: true, force: true});
	});

	it('prints zeros and an empty array as plain JSON for an empty database', () => {
		const {emptyStats, emptyRanked} = results;

		expect(emptyStats).toMatchObject({code: 0, stderr: ''});
		expect(JSON.parse(emptyStats!.stdout)).toMatchObject({
			total_jobs: 0,
			ai_related_jobs: 0,
			high_priority_jobs: 0,
			ai_related_percentage: 0,
			by_project_type: [],
			last_ingest: null,
		});
		expect(emptyRanked).toMatchObject({code: 0, stderr: ''});
		expect(JSON.parse(emptyRanked!.stdout)).toEqual([]);
	});

	it('prints stored jobs as JSON and 80-column tables without escape codes', () => {
		const {filledRanked, filledStats} = results;
		const lines = filledStats!.stdout.split('\n');

		expect(filledRanked!.code).toBe(0);
		expect(
			(JSON.parse(filledRanked!.stdout) as Array<{job_id: string}>).map(
				(job) => job.job_id,
			),
		).toEqual(['j8', 'j1', 'j2']);
		expect(filledStats!.code).toBe(0);
		expect(filledStats!.stdout).toContain('since 2026-02-03 00:00 UTC');
		expect(stripAnsi(filledStats!.stdout)).toBe(filledStats!.stdout);
		expect(
			Math.max(...lines.map((line) => stringWidth(line))),
		).toBeLessThanOrEqual(80);
	});

	it('explains a bad option on stderr and exits with 2, printing no result', () => {
		const {badSince, twoFormats} = results;

		expect(badSince!.code).toBe(2);
		expect(badSince!.stderr).toContain('`--since` got "lately"');
		expect(badSince!.stdout.trim()).toBe('');
		expect(twoFormats!.code).toBe(2);
		expect(twoFormats!.stderr).toContain('choose one of them');
		expect(twoFormats!.stdout.trim()).toBe('');
	});
});
