import {access} from 'node:fs/promises';
import {createLogger} from '../config/logger.js';
import {readSettings, type Settings} from '../config/settings.js';
import {openAppDatabase} from '../db/open-app-database.js';
import {syncExpertiseAreas} from '../db/expertise-areas.repository.js';
import type {EvaluationScope} from '../db/evaluations.repository.js';
import {countStaleEvaluations} from '../db/evaluations.repository.js';
import {exitCodes, UserError, type ExitCode} from '../errors/user-error.js';
import {createEvaluator} from '../evaluation/create-evaluator.js';
import {readProfile} from '../evaluation/profile.js';
import {runIngest, type IngestSummary} from './ingest-run.js';
import type {RunEventListener} from './run-events.js';

export type IngestRequest = {
	file: string;
	scope: EvaluationScope;
	offline: boolean;
	dataDir?: string;
	profile?: string;
};

export type IngestOutcome = {
	summary: IngestSummary;
	/** Evaluations left stale after the run: a hint to use `--stale`. */
	staleLeft: number;
	/** Where the data went: a folder or host/database. */
	location: string;
	exitCode: ExitCode;
};

/**
 * Everything `upwork-eval ingest` does around the pipeline: settings,
 * profile, database, evaluator, then the run, then closing up. Kept out
 * of the command's component so it reads (and is tested) as plain code.
 */
export async function runIngestSession(
	request: IngestRequest,
	emit: RunEventListener,
	signal: AbortSignal,
	environment: Record<string, string | undefined> = process.env,
): Promise<IngestOutcome> {
	const settings: Settings = readSettings(environment);
	await assertReadable(request.file);
	const profile = await readProfile(
		request.profile ?? settings.UPWORK_EVAL_PROFILE,
	);
	const logger = createLogger(settings);
	const evaluator = createEvaluator({
		settings,
		profile,
		logger,
		offline: request.offline,
	});
	const handle = await openAppDatabase(settings, {dataDir: request.dataDir});

	try {
		await syncExpertiseAreas(handle.db, profile);
		const summary = await runIngest({
			db: handle.db,
			file: request.file,
			evaluator,
			fingerprint: evaluator.fingerprint,
			budgetMin: settings.FILTER_BUDGET_MIN,
			checkpointInterval: settings.CHECKPOINT_INTERVAL,
			scope: request.scope,
			signal,
			emit,
		});
		const staleLeft = await countStaleEvaluations(
			handle.db,
			evaluator.fingerprint,
		);
		return {
			summary,
			staleLeft,
			location: handle.location,
			exitCode: exitCodeFor(summary),
		};
	} finally {
		await handle.close();
	}
}

export function exitCodeFor(summary: IngestSummary): ExitCode {
	switch (summary.status) {
		case 'stopped':
			return exitCodes.unusableInput;
		case 'interrupted':
			return exitCodes.interrupted;
		case 'completed':
			return summary.failed > 0 || summary.rejected > 0
				? exitCodes.someFailed
				: exitCodes.ok;
	}
}

async function assertReadable(file: string): Promise<void> {
	try {
		await access(file);
	} catch {
		throw new UserError(
			`Cannot read "${file}": there is no such file, or it is not readable. ` +
				'Check the path; `upwork-eval ingest` takes an Apify export in JSON.',
		);
	}
}
