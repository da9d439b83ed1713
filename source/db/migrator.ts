import {Migrator, sql, type Kysely, type MigrationResult} from 'kysely';
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
	// Kysely looks for its migration tables in every schema, and would
	// take another application's for ours; naming the schema avoids that.
	const target = schema ?? (await currentSchema(db));
	const {results = [], error} = await createMigrator(
		db,
		target,
	).migrateToLatest();
	return {results, error};
}

async function currentSchema(db: Kysely<Database>): Promise<string> {
	const {rows} = await sql<{
		schema: string;
	}>`SELECT current_schema() AS schema`.execute(db);
	return rows[0]?.schema ?? 'public';
}
