import {existsSync} from 'node:fs';
import path from 'node:path';
import dotenv from 'dotenv';

/**
 * Loads `.env` from the working folder into process.env. Variables that
 * are already set win, so a one-off `FOO=1 upwork-eval ...` still works.
 */
export function loadEnvFile(folder = process.cwd()): void {
	const file = path.join(folder, '.env');

	if (existsSync(file)) {
		dotenv.config({path: file, quiet: true});
	}
}
