import {stat} from 'node:fs/promises';
import path from 'node:path';
import {upsertJobs} from '../db/jobs.repository.js';
import type {JobRecord} from '../export/job-record.js';
import {readExport} from '../export/read-export.js';
import type {IngestOptions, IngestSummary} from './ingest-run.js';

// Rows per INSERT: large enough that round trips don't dominate, small
// enough that memory stays flat whatever the file's size.
const storeBatchSize = 500;

/**
 * Reads the export and stores its jobs, all in one transaction: a file
 * that turns out to be cut short or in another shape halfway through
 * leaves nothing behind.
 */
export async function storeJobs(
	options: IngestOptions,
	summary: IngestSummary,
): Promise<void> {
	const {db, file, emit, signal} = options;
	const {size: totalBytes} = await stat(file);
	let bytesRead = 0;

	emit({
		type: 'reading',
		source: path.basename(file),
		totalBytes,
		evaluator: {kind: options.evaluator.kind, model: options.evaluator.model},
	});

	await db.transaction().execute(async (trx) => {
		let batch: JobRecord[] = [];

		const store = async () => {
			const counts = await upsertJobs(trx, batch);
			summary.inserted += counts.inserted;
			summary.updated += counts.updated;
			summary.unchanged += counts.unchanged;
			batch = [];
			emit({type: 'read', bytesRead, totalBytes, ...readCounts(summary)});
		};

		const entries = readExport(file, {
			signal,
			onProgress(read) {
				bytesRead = read;
			},
		});

		for await (const entry of entries) {
			if (entry.kind === 'rejected') {
				summary.rejected += 1;
				emit({type: 'rejected', ...omitKind(entry)});
				continue;
			}

			summary.jobsRead += 1;
			batch.push(entry.record);

			if (batch.length >= storeBatchSize) {
				await store();
			}
		}

		signal.throwIfAborted();
		bytesRead = totalBytes;
		await store();
	});
}

function readCounts(summary: IngestSummary) {
	return {
		jobsRead: summary.jobsRead,
		inserted: summary.inserted,
		updated: summary.updated,
		unchanged: summary.unchanged,
	};
}

function omitKind<T extends {kind: string}>({kind: _kind, ...rest}: T) {
	return rest;
}
