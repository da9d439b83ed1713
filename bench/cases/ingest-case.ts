import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {silentLogger} from '../../source/config/logger.js';
import {readSettings} from '../../source/config/settings.js';
import {openDatabase, type DatabaseHandle} from '../../source/db/connection.js';
import {migrateToLatest} from '../../source/db/migrator.js';
import {createEvaluator} from '../../source/evaluation/create-evaluator.js';
import {readProfile} from '../../source/evaluation/profile.js';
import {runIngest} from '../../source/pipeline/ingest-run.js';
import {openTestDatabase} from '../../test/support/test-database.js';

/**
 * One ingest benchmark case in a process of its own, so that its peak
 * memory (maxRSS) and CPU time are its own. Prints one JSON line:
 * {runs: [{ms, cpuMs, jobsRead, toEvaluate, scored}], maxRssMb}.
 */
const {values} = parseArgs({
	options: {
		file: {type: 'string'},
		backend: {type: 'string', default: 'embedded'},
		repeat: {type: 'string', default: '1'},
		'base-url': {type: 'string'},
		'api-key': {type: 'string'},
		rps: {type: 'string', default: '2'},
		concurrency: {type: 'string', default: '2'},
	},
});

const settings = readSettings({
	FILTER_BUDGET_MIN: values['base-url'] ? '0' : '500',
	CEREBRAS_API_KEY: values['api-key'],
	CEREBRAS_BASE_URL: values['base-url'],
	RATE_LIMIT_REQUESTS: values.rps,
	RATE_LIMIT_CONCURRENT: values.concurrency,
	CHECKPOINT_INTERVAL: '10',
});
const profile = await readProfile();
const {handle, cleanUp} = await open(values.backend!);
const runs = [];

try {
	for (let run = 0; run < Number(values.repeat); run += 1) {
		// A fresh evaluator per run, as a fresh command would make.
		const evaluator = createEvaluator({
			settings,
			profile,
			logger: silentLogger,
		});
		const cpuBefore = process.cpuUsage();
		const started = performance.now();
		const summary = await runIngest({
			db: handle.db,
			file: values.file!,
			evaluator,
			fingerprint: evaluator.fingerprint,
			budgetMin: settings.FILTER_BUDGET_MIN,
			checkpointInterval: settings.CHECKPOINT_INTERVAL,
			scope: 'pending',
			signal: new AbortController().signal,
			emit() {},
		});
		const cpu = process.cpuUsage(cpuBefore);
		runs.push({
			ms: performance.now() - started,
			cpuMs: (cpu.user + cpu.system) / 1000,
			jobsRead: summary.jobsRead,
			toEvaluate: summary.toEvaluate,
			scored: summary.scored + summary.gated,
			failed: summary.failed,
		});
	}
} finally {
	await handle.close();
	await cleanUp();
}

console.log(
	JSON.stringify({runs, maxRssMb: process.resourceUsage().maxRSS / 1024}),
);

async function open(
	backend: string,
): Promise<{handle: DatabaseHandle; cleanUp: () => Promise<void>}> {
	if (backend === 'server') {
		return {handle: await openTestDatabase('server'), cleanUp: async () => {}};
	}

	// On disk, as a person's embedded database is.
	const dataDir = await mkdtemp(path.join(tmpdir(), 'upwork-eval-bench-'));
	const handle = await openDatabase({kind: 'embedded', dataDir});
	const {error} = await migrateToLatest(handle.db);
	if (error) throw error;
	return {
		handle,
		cleanUp: () => rm(dataDir, {recursive: true, force: true}),
	};
}
