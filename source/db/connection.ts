import {mkdir} from 'node:fs/promises';
import {PGlite} from '@electric-sql/pglite';
import {vector} from '@electric-sql/pglite/vector';
import {Kysely, PostgresDialect} from 'kysely';
import {PGliteDialect} from 'kysely-pglite-dialect';
import pg from 'pg';
import type {Database} from './database.js';
import {lockDataDir} from './embedded-lock.js';

export type DatabaseTarget =
	| {kind: 'server'; url: string; schema?: string}
	| {kind: 'embedded'; dataDir: string | undefined};

export type DatabaseHandle = {
	db: Kysely<Database>;
	target: DatabaseTarget;
	/** Where the data lives, for messages: a host/database or a folder. */
	location: string;
	close: () => Promise<void>;
};

const oid = {int8: 20, numeric: 1700} as const;

/**
 * Counts (bigint) and decimals (numeric) arrive as strings from `pg` and
 * partly as strings from PGlite. Every value this program keeps in them
 * fits a double (money, scores, counts), so both backends parse them to
 * numbers and the rest of the code never sees the difference.
 */
const toNumber = (value: string) => Number(value);

export async function openDatabase(
	target: DatabaseTarget,
): Promise<DatabaseHandle> {
	if (target.kind === 'server') {
		return openServer(target);
	}

	return openEmbedded(target);
}

function openServer(
	target: Extract<DatabaseTarget, {kind: 'server'}>,
): DatabaseHandle {
	const types = {
		getTypeParser(id: number, format?: 'text' | 'binary') {
			if (id === oid.int8 || id === oid.numeric) {
				return toNumber;
			}

			return pg.types.getTypeParser(id, format);
		},
	};

	const pool = new pg.Pool({
		connectionString: target.url,
		max: 4,
		types: types as pg.CustomTypesConfig,
		options: target.schema ? `-c search_path=${target.schema}` : undefined,
	});
	const db = new Kysely<Database>({dialect: new PostgresDialect({pool})});

	return {
		db,
		target,
		location: describeServer(target.url),
		close: () => db.destroy(),
	};
}

async function openEmbedded(
	target: Extract<DatabaseTarget, {kind: 'embedded'}>,
): Promise<DatabaseHandle> {
	let unlock = async () => {};

	if (target.dataDir) {
		await mkdir(target.dataDir, {recursive: true});
		unlock = await lockDataDir(target.dataDir);
	}

	let pglite: PGlite;

	try {
		pglite = await PGlite.create({
			dataDir: target.dataDir,
			extensions: {vector},
			parsers: {[oid.int8]: toNumber, [oid.numeric]: toNumber},
		});
	} catch (error) {
		await unlock();
		throw error;
	}

	const db = new Kysely<Database>({dialect: new PGliteDialect(pglite)});

	return {
		db,
		target,
		location: target.dataDir ?? 'memory',
		async close() {
			try {
				await db.destroy();
			} finally {
				await unlock();
			}
		},
	};
}

/** The server's address without the password, for messages and logs. */
export function describeServer(url: string): string {
	try {
		const parsed = new URL(url);
		const database = parsed.pathname.replace(/^\//, '') || 'postgres';
		return `${parsed.hostname}:${parsed.port || '5432'}/${database}`;
	} catch {
		return 'the PostgreSQL server in DATABASE_URL';
	}
}
