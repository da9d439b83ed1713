import type {Kysely} from 'kysely';
import type {Database, TriageState} from '../../db/database.js';
import {
	countJobs,
	listJobs,
	type JobListQuery,
} from '../../db/job-listing.repository.js';
import {countTriageStates} from '../../db/triage.repository.js';
import type {Profile} from '../../evaluation/profile.js';
import {keepVisible} from './browse-reducer.js';
import type {BrowseState, JobWindow} from './browse-state.js';

/**
 * The browse screen's only way to the database for jobs: it asks for the
 * window of rows around what is on screen, never for the whole list, so
 * opening 100,000 jobs costs a count and a page, like opening 100.
 */

export type ListingSnapshot = {
	total: number;
	anyJobs: boolean;
	triageCounts: Record<TriageState, number>;
	window: JobWindow;
};

/** Pages of rows fetched per window: one above, the screen, one below. */
const pagesPerWindow = 3;

/** Counts and the window around the selection, after a change of query. */
export async function loadListing(
	db: Kysely<Database>,
	query: JobListQuery,
	view: {selected: number; top: number; rows: number},
): Promise<ListingSnapshot> {
	const [total, triageCounts] = await Promise.all([
		countJobs(db, query),
		countTriageStates(db),
	]);
	const selected = Math.min(view.selected, Math.max(0, total - 1));
	const top = keepVisible(selected, view.top, view.rows);
	const range = windowRange(top, view.rows);
	const [window, anyJobs] = await Promise.all([
		loadWindow(db, query, range, total),
		total > 0 ? true : hasAnyJob(db),
	]);

	return {total, anyJobs, triageCounts, window};
}

/**
 * The jobs at `offset` in the query's order. Past the middle, the query
 * is asked in reverse from the end and the rows turned round: a deep
 * offset makes the database sort and skip everything before it, and a
 * jump to the last job should cost what a jump to the first does. The
 * order is a total one (it ends on the job id), so the mirror is exact.
 */
export async function loadWindow(
	db: Kysely<Database>,
	query: JobListQuery,
	range: {offset: number; limit: number},
	total: number,
): Promise<JobWindow> {
	const {offset, limit} = range;

	if (offset <= total / 2) {
		return {offset, jobs: await listJobs(db, query, {offset, limit})};
	}

	const take = Math.max(0, Math.min(limit, total - offset));
	const jobs = await listJobs(
		db,
		{...query, reverse: !query.reverse},
		{offset: Math.max(0, total - offset - take), limit: take},
	);

	return {offset, jobs: jobs.reverse()};
}

/**
 * The window the screen needs next, or null while the loaded one covers
 * every row on screen (or a full reload is on its way anyway).
 */
export function windowToLoad(
	state: BrowseState,
): {offset: number; limit: number} | null {
	if (state.loadedVersion !== state.version || state.total === null) {
		return null;
	}

	const rows = state.layout.listRows;
	const end = Math.min(state.total, state.top + rows);
	const {offset, jobs} = state.window;

	if (offset <= state.top && offset + jobs.length >= end) {
		return null;
	}

	return windowRange(state.top, rows);
}

/**
 * Names of the expertise areas by id: the stored ones, and the profile's
 * for any id the table lacks (before the first ingest it is empty).
 */
export async function loadExpertiseNames(
	db: Kysely<Database>,
	profile: Profile | null,
): Promise<Map<string, string>> {
	const rows = await db
		.selectFrom('expertise_areas')
		.select(['id', 'name'])
		.execute();
	const names = new Map(rows.map((row) => [row.id, row.name]));

	for (const area of profile?.areas ?? []) {
		if (!names.has(area.id)) {
			names.set(area.id, area.name);
		}
	}

	return names;
}

function windowRange(top: number, rows: number) {
	return {
		offset: Math.max(0, top - rows),
		limit: rows * pagesPerWindow,
	};
}

async function hasAnyJob(db: Kysely<Database>): Promise<boolean> {
	const row = await db.selectFrom('jobs').select('id').limit(1).execute();
	return row.length > 0;
}
