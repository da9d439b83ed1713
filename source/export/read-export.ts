import {createReadStream} from 'node:fs';
import {pipeline} from 'node:stream';
import Parser from 'stream-json/Parser.js';
import StreamArray from 'stream-json/streamers/StreamArray.js';
import type {ExportEntry} from './export-entry.js';
import {checkExportFile} from './export-file-check.js';
import {
	otherActorError,
	parseFailure,
	unknownShapeError,
} from './export-file-error.js';
import {exportSource, scrapedAtFromFileName} from './export-file-name.js';
import {detectShape} from './export-shape.js';
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
 * written by another actor. All but damage in the middle of the file are
 * found before the first entry is yielded; for that one the caller reads
 * the whole file inside one transaction.
 */
export async function* readExport(
	file: string,
	options: ReadExportOptions = {},
): AsyncGenerator<ExportEntry> {
	const {signal, onProgress} = options;
	signal?.throwIfAborted();

	const {size, firstCharacter} = await checkExportFile(file);
	const context = {
		source: exportSource(file),
		scrapedAt: scrapedAtFromFileName(file),
	};

	const source = createReadStream(file);
	let bytesRead = 0;

	source.on('data', (chunk) => {
		bytesRead += chunk.length;
		onProgress?.(bytesRead, size);
	});

	// Items complete in the file, counted as they are assembled: a parse
	// error discards those not yet taken from the stream, so the loop's
	// own count would say the damage comes earlier than it does.
	const array = StreamArray.streamArray();
	const push = array.push.bind(array);
	let itemsRead = 0;

	array.push = (item: unknown) => {
		itemsRead += item === null ? 0 : 1;
		return push(item);
	};

	// Only whole values are needed: not streaming keys, strings and
	// numbers piece by piece saves the parser much of its work.
	const items = pipeline(
		source,
		Parser.parser({packValues: true, streamValues: false}),
		array,
		() => {
			// Errors reach the loop below through the last stream.
		},
	);

	const pending: PendingItem[] = [];
	let judged = false;

	try {
		for await (const {key, value} of items) {
			signal?.throwIfAborted();

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
		throw parseFailure(file, error, {itemsRead, firstCharacter});
	} finally {
		source.destroy();
		items.destroy();
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
