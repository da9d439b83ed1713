import type {Kysely} from 'kysely';
import type {Profile} from '../evaluation/profile.js';
import type {Database} from './database.js';

/**
 * Makes the expertise_areas table say what the profile says: areas are
 * inserted or updated by id, and areas the profile no longer has are
 * removed. Idempotent, so every ingest can call it.
 */
export async function syncExpertiseAreas(
	db: Kysely<Database>,
	profile: Profile,
): Promise<void> {
	await db.transaction().execute(async (trx) => {
		await trx
			.insertInto('expertise_areas')
			.values(
				profile.areas.map((area) => ({
					id: area.id,
					name: area.name,
					level: area.level,
					keywords: area.keywords,
				})),
			)
			.onConflict((conflict) =>
				conflict.column('id').doUpdateSet((eb) => ({
					name: eb.ref('excluded.name'),
					level: eb.ref('excluded.level'),
					keywords: eb.ref('excluded.keywords'),
					updated_at: new Date(),
				})),
			)
			.execute();

		await trx
			.deleteFrom('expertise_areas')
			.where(
				'id',
				'not in',
				profile.areas.map((area) => area.id),
			)
			.execute();
	});
}

/** Area names by id, for screens that show matched areas. */
export async function expertiseAreaNames(
	db: Kysely<Database>,
): Promise<Map<string, string>> {
	const rows = await db
		.selectFrom('expertise_areas')
		.select(['id', 'name'])
		.execute();
	return new Map(rows.map((row) => [row.id, row.name]));
}
