import {randomBytes} from 'node:crypto';
import pg from 'pg';
import {openDatabase, type DatabaseHandle} from '../../source/db/connection.js';
import {migrateToLatest} from '../../source/db/migrator.js';

export type Backend = 'embedded' | 'server';

/**
 * The backends every database test runs on: always the embedded PGlite,
 * and the PostgreSQL server too when TEST_DATABASE_URL names one.
 */
export const backends: Backend[] = process.env.TEST_DATABASE_URL
	? ['embedded', 'server']
	: ['embedded'];

/**
 * A migrated, empty database of the test's own: an in-memory PGlite, or a
 * fresh schema on the server that is dropped again on close.
 */
export async function openTestDatabase(
	backend: Backend,
	options: {url?: string} = {},
): Promise<DatabaseHandle> {
	if (backend === 'embedded') {
		const handle = await openDatabase({kind: 'embedded', dataDir: undefined});
		await migrateOrThrow(handle);
		return handle;
	}

	const url = options.url ?? process.env.TEST_DATABASE_URL;

	if (!url) {
		throw new Error('TEST_DATABASE_URL is not set');
	}

	const schema = `test_${randomBytes(6).toString('hex')}`;
	await runOnServer(url, `CREATE SCHEMA ${schema}`);
	const handle = await openDatabase({kind: 'server', url, schema});
	await migrateOrThrow(handle);

	return {
		...handle,
		async close() {
			await handle.close();
			await runOnServer(url, `DROP SCHEMA ${schema} CASCADE`);
		},
	};
}

async function migrateOrThrow(handle: DatabaseHandle): Promise<void> {
	const schema =
		handle.target.kind === 'server' ? handle.target.schema : undefined;
	const {error} = await migrateToLatest(handle.db, schema);

	if (error) {
		throw error;
	}
}

async function runOnServer(url: string, statement: string): Promise<void> {
	const client = new pg.Client({connectionString: url});
	await client.connect();

	try {
		await client.query(statement);
	} finally {
		await client.end();
	}
}
