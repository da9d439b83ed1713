import {open, readFile, rm} from 'node:fs/promises';
import path from 'node:path';
import {UserError} from '../errors/user-error.js';

const lockFileName = 'upwork-eval.lock';

/**
 * PGlite is a single-process database: two programs that open the same
 * folder each keep their own copy in memory, and whichever closes last
 * overwrites the other's writes. So the folder is locked while a program
 * has it open: a file holding the owner's process id, created only if it
 * does not exist. A lock whose process is gone (killed) is taken over.
 *
 * @returns A function that releases the lock.
 */
export async function lockDataDir(
	dataDir: string,
): Promise<() => Promise<void>> {
	const file = path.join(dataDir, lockFileName);

	for (let attempt = 0; attempt < 2; attempt += 1) {
		try {
			const handle = await open(file, 'wx');
			await handle.writeFile(String(process.pid));
			await handle.close();
			return () => rm(file, {force: true});
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		}

		const owner = Number.parseInt(
			await readFile(file, 'utf8').catch(() => ''),
			10,
		);

		if (Number.isInteger(owner) && owner !== process.pid && isRunning(owner)) {
			throw new UserError(
				`The embedded database in ${dataDir} is open in another upwork-eval (process ${owner}). ` +
					'Close that one first (quit `browse` with q), or set DATABASE_URL to share a PostgreSQL server between programs.',
			);
		}

		// Left behind by a process that no longer runs: take it over.
		await rm(file, {force: true});
	}

	throw new UserError(
		`Cannot lock the embedded database in ${dataDir}; another upwork-eval keeps taking it. Close the others and try again.`,
	);
}

function isRunning(pid: number): boolean {
	try {
		// Signal 0 checks that the process exists without touching it.
		process.kill(pid, 0);
		return true;
	} catch (error) {
		// EPERM: it exists but belongs to someone else.
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}
