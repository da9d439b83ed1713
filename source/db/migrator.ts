import {Migrator, type Kysely, type MigrationResult} from 'kysely';
import {migrations} from '../../migrations/index.js';
import type {Database} from './database.js';

/**
 * @param schema The schema the tables live in, when it is not the first
 * of the default search path (the tests give each file a schema of its
 * own on a shared server).
 */
export function createMigrator(
	db: Kysely<Database>,
	schema?: string,
): Migrator {
	return new Migrator({
		db,
		provider: {getMigrations: async () => migrations},
		migrationTableSchema: schema,
	});
}

export type MigrationReport = {
	results: MigrationResult[];
	error?: unknown;
};

/** Applies every pending migration; the report says what each one did. */
export async function migrateToLatest(
	db: Kysely<Database>,
	schema?: string,
): Promise<MigrationReport> {
	const {results = [], error} = await createMigrator(
		db,
		schema,
	).migrateToLatest();
	return {results, error};
}
