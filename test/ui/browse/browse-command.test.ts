import {execFile} from 'node:child_process';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';
import {describe, expect, it} from 'vitest';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('upwork-eval browse outside a terminal', () => {
	it('points to `upwork-eval ranked` in one sentence and exits with 2', async () => {
		const result = await run(
			process.execPath,
			['--import', 'tsx', 'source/cli.tsx', 'browse'],
			{cwd: root, env: {...process.env, DATABASE_URL: ''}},
		).then(
			() => ({code: 0, stdout: '', stderr: ''}),
			(error: {code: number; stdout: string; stderr: string}) => error,
		);

		expect(result.code).toBe(2);
		// Ink ends its (empty) output with a newline under CI=true.
		expect(result.stdout.trim()).toBe('');
		expect(result.stderr.trim().split('\n')).toHaveLength(1);
		expect(result.stderr).toContain('`upwork-eval ranked`');
	});
});
