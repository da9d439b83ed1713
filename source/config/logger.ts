import {appendFileSync} from 'node:fs';
import type {Settings} from './settings.js';

const levels = ['silent', 'error', 'warn', 'info', 'debug'] as const;
type Level = (typeof levels)[number];

export type Logger = Record<
	Exclude<Level, 'silent'>,
	(message: string, details?: unknown) => void
>;

/**
 * Diagnostics go to LOG_FILE, never to the terminal, where they would
 * tear the live view. Without LOG_FILE the logger is silent. Lines are
 * appended synchronously: a log that loses its last lines in a crash
 * is worthless, and the program logs little.
 */
export function createLogger(
	settings: Pick<Settings, 'LOG_LEVEL' | 'LOG_FILE'>,
): Logger {
	const threshold = levels.indexOf(settings.LOG_LEVEL);
	const file = settings.LOG_FILE;

	const write = (level: Level) => (message: string, details?: unknown) => {
		if (!file || levels.indexOf(level) > threshold) {
			return;
		}

		const suffix = details === undefined ? '' : ` ${JSON.stringify(details)}`;
		appendFileSync(
			file,
			`${new Date().toISOString()} ${level.toUpperCase()} ${message}${suffix}\n`,
		);
	};

	return {
		error: write('error'),
		warn: write('warn'),
		info: write('info'),
		debug: write('debug'),
	};
}

export const silentLogger: Logger = {
	error() {},
	warn() {},
	info() {},
	debug() {},
};
