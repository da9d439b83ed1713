import {createReadStream} from 'node:fs';
import type {ExportEntry} from './export-entry.js';
import {checkExportFile} from './export-file-check.js';
import {
	otherActorError,
	parseFailure,
	unknownShapeError,
} from './export-file-error.js';
import {exportSource, scrapedAtFromFileName} from './export-file-name.js';
import {detectShape} from './export-shape.js';
import {splitJsonArray} from './json-array-splitter.js';
import {parseExportItem} from './parse-export-item.js';

/** How a caller follows and stops a read. */
export type ReadExportOptions = {
	/** Stops the read; the generator then throws the signal's reason. */
	signal?: AbortSignal;
	/** Called as the file is read, with bytes so far and the file's size. */
	onProgress?: (bytesRead: number, totalBytes: number) => void;
};

type PendingItem = {key: number; value: unknown};

// How many leading items may fail to show a shape before the file is
// judged not to be a jupri/upwork export. One broken first item must not
// condemn a good file; a file of nothing but unknown items must not be
// read to its end before anyone says so.
const shapeProbeLimit = 5;

/**
 * Reads a jupri/upwork export (a JSON array of items) item by item, so a
 * file of hundreds of megabytes is read in constant memory. Yields a job
 * or a rejection per item, in file order.
 *
 * Throws `UserError` (exit code 2) when the file cannot be used: missing,
 * unreadable, empty, not JSON, not an array, cut short, damaged, or
 * written by another actor. All but damage inside the file (an invalid
 * item, text after the closing `]`) are found before the first entry is
 * yielded; for those the caller reads the whole file inside one
 * transaction.
 */
export async function* readExport(
	file: string,
	options: ReadExportOptions = {},
): AsyncGenerator<ExportEntry> {
	const {signal, onProgress} = options;
	signal?.throwIfAborted();

	const {size} = await checkExportFile(file);
	const context = {
		source: exportSource(file),
		scrapedAt: scrapedAtFromFileName(file),
	};

	const source = createReadStream(file);
	let bytesRead = 0;

	async function* chunks(): AsyncGenerator<Buffer> {
		for await (const chunk of source) {
			bytesRead += (chunk as Buffer).length;
			onProgress?.(bytesRead, size);
			yield chunk as Buffer;
		}
	}

	const pending: PendingItem[] = [];
	let judged = false;
	let itemsTaken = 0;

	try {
		for await (const value of splitJsonArray(chunks())) {
			signal?.throwIfAborted();
			const key = itemsTaken;
			itemsTaken += 1;

			if (judged) {
				yield parseExportItem(value, key, context);
				continue;
			}

			pending.push({key, value});
			judged = judgeShape(file, pending);

			if (judged) {
				for (const item of pending.splice(0)) {
					yield parseExportItem(item.value, item.key, context);
				}
			}
		}
	} catch (error) {
		throw parseFailure(file, error);
	} finally {
		source.destroy();
	}

	if (pending.length > 0) {
		throw unknownShapeError(file, pending[0]!.value);
	}
}

/** True once an item shows the jupri shape; throws on another's. */
function judgeShape(file: string, pending: PendingItem[]): boolean {
	const shape = detectShape(pending.at(-1)!.value);

	if (shape.kind === 'other') {
		throw otherActorError(file, shape.fields);
	}

	if (shape.kind === 'jupri') {
		return true;
	}

	if (pending.length >= shapeProbeLimit) {
		throw unknownShapeError(file, pending[0]!.value);
	}

	return false;
}
