import {sql} from 'kysely';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {DatabaseHandle} from '../../source/db/connection.js';
import {migrateToLatest} from '../../source/db/migrator.js';
import {backends, openTestDatabase} from '../support/test-database.js';

describe.each(backends)('migrations on the %s database', (backend) => {
	let handle: DatabaseHandle;

	beforeAll(async () => {
		handle = await openTestDatabase(backend);
	});

	afterAll(async () => {
		await handle?.close();
	});

	it('creates every table the program uses', async () => {
		const tables = await handle.db.introspection.getTables();
		const names = tables.map((table) => table.name).sort();

		expect(names).toEqual(
			expect.arrayContaining([
				'expertise_areas',
				'ingest_runs',
				'job_evaluations',
				'job_triage',
				'jobs',
			]),
		);
	});

	it('has nothing left to apply on a second run', async () => {
		const schema =
			handle.target.kind === 'server' ? handle.target.schema : undefined;
		const {results, error} = await migrateToLatest(handle.db, schema);

		expect(error).toBeUndefined();
		expect(results).toEqual([]);
	});

	it('returns numeric and bigint columns as numbers', async () => {
		const {rows} = await sql<{
			amount: number;
			total: number;
		}>`SELECT 2400.50::numeric(12, 2) AS amount, count(*) AS total FROM jobs`.execute(
			handle.db,
		);

		expect(rows[0]).toEqual({amount: 2400.5, total: 0});
	});
});
