import {spawn} from 'node:child_process';
import {once} from 'node:events';
import {mkdtemp, readFile, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {lockDataDir} from '../../source/db/embedded-lock.js';
import {UserError} from '../../source/errors/user-error.js';

const lockFile = (folder: string) => path.join(folder, 'upwork-eval.lock');

describe('the embedded database lock', () => {
	it('refuses a folder another running program holds', async () => {
		const folder = await mkdtemp(path.join(tmpdir(), 'upwork-eval-lock-'));
		const other = spawn('sleep', ['10']);
		await writeFile(lockFile(folder), String(other.pid));

		try {
			const error = await lockDataDir(folder).catch(
				(error_: unknown) => error_,
			);

			expect(error).toBeInstanceOf(UserError);
			expect((error as Error).message).toContain(
				`open in another upwork-eval (process ${other.pid})`,
			);
		} finally {
			other.kill();
		}
	});

	it('takes over a lock left by a process that is gone, and releases it', async () => {
		const folder = await mkdtemp(path.join(tmpdir(), 'upwork-eval-lock-'));
		const gone = spawn('true');
		await once(gone, 'exit');
		await writeFile(lockFile(folder), String(gone.pid));

		const release = await lockDataDir(folder);
		expect(await readFile(lockFile(folder), 'utf8')).toBe(String(process.pid));

		await release();
		await expect(readFile(lockFile(folder), 'utf8')).rejects.toThrow();
	});
});
