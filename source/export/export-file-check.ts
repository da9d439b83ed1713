import {open, type FileHandle} from 'node:fs/promises';
import {
	emptyFileError,
	fileSystemError,
	truncatedError,
} from './export-file-error.js';

/** What the ends of an export file say before its items are read. */
export type ExportFileFacts = {
	size: number;
	/** The first character that is not blank or a byte-order mark. */
	firstCharacter: string;
};

const blank = new Set([0x20, 0x09, 0x0a, 0x0d]);
const byteOrderMark = [0xef, 0xbb, 0xbf];
const blockSize = 64 * 1024;

/**
 * Looks at both ends of the file before any item is read, so the common
 * ways a file is unusable are reported before anything is stored: it is
 * missing, a folder, unreadable or empty, or it opens an array that it
 * never closes (a download or copy cut short).
 */
export async function checkExportFile(file: string): Promise<ExportFileFacts> {
	let handle: FileHandle | undefined;

	try {
		handle = await open(file, 'r');
		const info = await handle.stat();

		if (info.isDirectory()) {
			throw Object.assign(new Error('a folder'), {code: 'EISDIR'});
		}

		const first = await firstCharacter(handle, info.size);
		const last = await lastCharacter(handle, info.size);

		if (first === undefined) {
			throw emptyFileError(file);
		}

		if (first === '[' && last !== ']') {
			throw truncatedError(file);
		}

		return {size: info.size, firstCharacter: first};
	} catch (error) {
		throw fileSystemError(file, error);
	} finally {
		await handle?.close();
	}
}

async function firstCharacter(
	handle: FileHandle,
	size: number,
): Promise<string | undefined> {
	for (let offset = 0; offset < size; offset += blockSize) {
		const block = await readBlock(handle, offset, size);
		const skip =
			offset === 0 && byteOrderMark.every((byte, at) => block[at] === byte)
				? byteOrderMark.length
				: 0;

		for (let at = skip; at < block.length; at += 1) {
			if (!blank.has(block[at]!)) {
				return String.fromCharCode(block[at]!);
			}
		}
	}

	return undefined;
}

async function lastCharacter(
	handle: FileHandle,
	size: number,
): Promise<string | undefined> {
	for (let end = size; end > 0; end -= blockSize) {
		const start = Math.max(0, end - blockSize);
		const block = await readBlock(handle, start, end);

		for (let at = block.length - 1; at >= 0; at -= 1) {
			if (!blank.has(block[at]!)) {
				return String.fromCharCode(block[at]!);
			}
		}
	}

	return undefined;
}

async function readBlock(
	handle: FileHandle,
	start: number,
	limit: number,
): Promise<Buffer> {
	const length = Math.min(blockSize, limit - start);
	const {buffer, bytesRead} = await handle.read(
		Buffer.alloc(length),
		0,
		length,
		start,
	);
	return buffer.subarray(0, bytesRead);
}
