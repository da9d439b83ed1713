import {defaultDataDir, type Settings} from '../config/settings.js';
import {UserError} from '../errors/user-error.js';
import {
	describeServer,
	openDatabase,
	type DatabaseHandle,
	type DatabaseTarget,
} from './connection.js';
import {migrateToLatest} from './migrator.js';

export type AppDatabaseOptions = {
	/** Overrides UPWORK_EVAL_DATA_DIR for the embedded database. */
	dataDir?: string;
};

/** Which database the settings point at: the server, or the folder. */
export function databaseTarget(
	settings: Pick<Settings, 'DATABASE_URL' | 'UPWORK_EVAL_DATA_DIR'>,
	options: AppDatabaseOptions = {},
): DatabaseTarget {
	if (settings.DATABASE_URL) {
		return {kind: 'server', url: settings.DATABASE_URL};
	}

	return {
		kind: 'embedded',
		dataDir:
			options.dataDir ?? settings.UPWORK_EVAL_DATA_DIR ?? defaultDataDir(),
	};
}

/**
 * Opens the database a command works on and brings its schema up to date,
 * so that no command meets a table that is not there yet.
 */
export async function openAppDatabase(
	settings: Pick<Settings, 'DATABASE_URL' | 'UPWORK_EVAL_DATA_DIR'>,
	options: AppDatabaseOptions = {},
): Promise<DatabaseHandle> {
	const target = databaseTarget(settings, options);
	let handle: DatabaseHandle;

	try {
		handle = await openDatabase(target);
	} catch (error) {
		if (error instanceof UserError) throw error;
		throw unreachable(target, error);
	}

	const {error} = await migrateToLatest(handle.db).catch((error_: unknown) => ({
		error: error_,
	}));

	if (error) {
		await handle.close().catch(() => undefined);
		throw unreachable(target, error);
	}

	return handle;
}

/** The sentence for a database that cannot be opened or reached. */
export function unreachable(target: DatabaseTarget, error: unknown): UserError {
	const reason = error instanceof Error ? error.message : String(error);

	if (target.kind === 'server') {
		return new UserError(
			`Cannot use the PostgreSQL server at ${describeServer(target.url)}: ${reason}. ` +
				'Check DATABASE_URL, or unset it to use the embedded database.',
			2,
			{cause: error},
		);
	}

	return new UserError(
		`Cannot open the embedded database in ${target.dataDir}: ${reason}. ` +
			'Another upwork-eval may be using it; otherwise point `--data-dir` or UPWORK_EVAL_DATA_DIR at another folder.',
		2,
		{cause: error},
	);
}
