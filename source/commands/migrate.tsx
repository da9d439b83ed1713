import type {z} from 'zod';
import {commonOptions} from '../config/common-options.js';
import {readSettings} from '../config/settings.js';
import {databaseTarget, unreachable} from '../db/open-app-database.js';
import {openDatabase} from '../db/connection.js';
import {migrateToLatest} from '../db/migrator.js';
import {exitCodes, UserError, type ExitCode} from '../errors/user-error.js';
import {TaskRunner, type TaskOutput} from '../ui/task-runner.js';

export const description =
	'Bring the database schema up to date, reporting each migration';

export const options = commonOptions;

type Props = {options: z.infer<typeof options>};

export default function Migrate({options}: Props) {
	return (
		<TaskRunner
			debug={options.debug}
			task={(output) => migrate(options, output)}
		/>
	);
}

async function migrate(
	options: Props['options'],
	output: TaskOutput,
): Promise<ExitCode> {
	const settings = readSettings();
	const target = databaseTarget(settings, options);
	const handle = await openDatabase(target);

	try {
		const {results, error} = await migrateToLatest(handle.db).catch(
			(error_: unknown) => ({results: [], error: error_}),
		);

		for (const result of results) {
			const verb =
				result.status === 'Success'
					? 'applied'
					: result.status === 'Error'
						? 'FAILED'
						: 'not applied';
			output.out(`${result.migrationName}: ${verb}\n`);
		}

		const code = (error as {code?: unknown} | undefined)?.code;

		// No connection at all: nothing was tried, so say so, not "failed".
		if (typeof code === 'string' && code.startsWith('E')) {
			throw unreachable(target, error);
		}

		if (error) {
			throw new UserError(
				`Migration failed on ${handle.location}: ${(error as Error).message}. ` +
					'The failed migration was rolled back; fix the cause and run `upwork-eval migrate` again.',
				exitCodes.unusableInput,
				{cause: error},
			);
		}

		if (results.length === 0) {
			output.out(`The schema on ${handle.location} is up to date.\n`);
		}

		return exitCodes.ok;
	} finally {
		await handle.close();
	}
}
