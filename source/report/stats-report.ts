import type {Kysely} from 'kysely';
import type {Database} from '../db/database.js';
import {readJobStats, type JobStats} from '../db/stats.repository.js';
import type {Profile} from '../evaluation/profile.js';
import type {OutputStyle} from './output-style.js';
import type {ReportOutput} from './report-output.js';
import {statsJson, type NamedJobStats} from './stats-json.js';
import {renderStats} from './stats-view.js';

export type StatsReportOptions = {
	format: 'table' | 'json';
	/** The current evaluator fingerprint (evaluatorFingerprint). */
	fingerprint: string;
	/** Names expertise areas the expertise_areas table does not know. */
	profile: Profile;
	publishedSince?: Date;
	now?: Date;
};

/** The stats report as tables for people or as one JSON object. */
export async function statsReport(
	db: Kysely<Database>,
	options: StatsReportOptions,
	style: OutputStyle,
): Promise<ReportOutput> {
	const stats = nameExpertiseAreas(
		await readJobStats(db, {
			fingerprint: options.fingerprint,
			publishedSince: options.publishedSince,
		}),
		options.profile,
	);

	if (options.format === 'json') {
		const json = statsJson(stats, options);
		return {out: `${JSON.stringify(json, null, 2)}\n`};
	}

	return {out: renderStats(stats, options, style)};
}

/**
 * Gives every matched area a name: the expertise_areas table's, else the
 * profile's (the table is empty until an ingest stores the profile),
 * else its id.
 */
export function nameExpertiseAreas(
	stats: JobStats,
	profile: Profile,
): NamedJobStats {
	const profileNames = new Map(
		profile.areas.map((area) => [area.id, area.name]),
	);

	return {
		...stats,
		expertise: stats.expertise.map((area) => ({
			...area,
			name: area.name ?? profileNames.get(area.id) ?? area.id,
		})),
	};
}
