import {sql, type Kysely, type RawBuilder} from 'kysely';
import type {Priority} from '../evaluation/rubric.js';
import type {Database} from './database.js';

/**
 * What the ranked jobs (evaluated and AI-related) are made of: their
 * priorities, project types, score bands, tech stack and matched
 * expertise areas. Part of the stats report; see stats.repository.ts.
 */
export type RankedBreakdown = {
	byPriority: Array<{
		priority: Priority;
		jobs: number;
		averageScore: number | null;
	}>;
	byProjectType: Array<{
		projectType: string | null;
		jobs: number;
		averageScore: number | null;
	}>;
	/** Ten bands: 0 to under 10, ..., 90 to 100 inclusive. */
	scoreBands: Array<{from: number; to: number; jobs: number}>;
	techStack: Array<{name: string; jobs: number}>;
	/** Name is null when the area is not in the expertise_areas table. */
	expertise: Array<{id: string; name: string | null; jobs: number}>;
};

export type BreakdownQuery = {
	publishedSince?: Date;
	/** How many tech stack items to list, most frequent first. */
	techStackLimit?: number;
};

const priorities: Priority[] = ['High', 'Medium', 'Low'];
const bandCount = 10;

export async function readRankedBreakdown(
	db: Kysely<Database>,
	query: BreakdownQuery,
): Promise<RankedBreakdown> {
	const [groups, techStack, expertise] = await Promise.all([
		readGroups(db, query),
		readTechStack(db, query),
		readExpertise(db, query),
	]);

	return {...groups, techStack, expertise};
}

/**
 * Which evaluations `e` are of ranked jobs. Postings are filtered by id
 * rather than joined: without `publishedSince` there is no join at all.
 */
function ranked(query: BreakdownQuery): RawBuilder<unknown> {
	const since = query.publishedSince
		? sql`AND e.job_id IN (
				SELECT id FROM jobs WHERE ts_publish >= ${query.publishedSince}
			)`
		: sql``;

	return sql`e.status = 'evaluated' AND e.is_ai_related ${since}`;
}

type GroupRow = {
	breakdown: 'priority' | 'project_type' | 'band';
	priority: Priority | null;
	project_type: string | null;
	band: number | null;
	jobs: number;
	average_score: number | null;
};

/**
 * Priorities, project types and score bands in one pass over the ranked
 * jobs (GROUPING SETS): three GROUP BYs would read them three times.
 */
async function readGroups(db: Kysely<Database>, query: BreakdownQuery) {
	const {rows} = await sql<GroupRow>`
		SELECT
			-- grouping() sets a bit for each column a row is not grouped by,
			-- the first column highest: 3 (0b011) is priority alone.
			CASE grouping(priority, project_type, band)
				WHEN 3 THEN 'priority'
				WHEN 5 THEN 'project_type'
				ELSE 'band'
			END AS breakdown,
			priority, project_type, band,
			count(*) AS jobs,
			round(avg(score_total), 1) AS average_score
		FROM (
			SELECT e.priority, e.project_type, e.score_total,
				-- A total of 100 belongs to the top band, not an eleventh.
				least(floor(e.score_total / 10), ${sql.lit(bandCount - 1)})::int AS band
			FROM job_evaluations AS e
			WHERE ${ranked(query)}
		) AS ranked
		GROUP BY GROUPING SETS ((priority), (project_type), (band))
		ORDER BY jobs DESC, project_type
	`.execute(db);

	const of = (breakdown: GroupRow['breakdown']) =>
		rows.filter((row) => row.breakdown === breakdown);

	// Every priority and band gets a row, with zero jobs when none has it.
	return {
		byPriority: priorities.map((priority) => {
			const row = of('priority').find((row) => row.priority === priority);
			return {
				priority,
				jobs: row?.jobs ?? 0,
				averageScore: row?.average_score ?? null,
			};
		}),
		byProjectType: of('project_type').map((row) => ({
			projectType: row.project_type,
			jobs: row.jobs,
			averageScore: row.average_score,
		})),
		scoreBands: Array.from({length: bandCount}, (_, index) => ({
			from: index * 10,
			to: (index + 1) * 10,
			jobs: of('band').find((row) => row.band === index)?.jobs ?? 0,
		})),
	};
}

async function readTechStack(db: Kysely<Database>, query: BreakdownQuery) {
	// Spellings differ between evaluations ("OpenAI", "openai"): they
	// count as one item, shown in the spelling used most. Each job counts
	// once per item however often its evaluation names it.
	const {rows} = await sql<{name: string; jobs: number}>`
		SELECT (array_agg(spelling ORDER BY uses DESC, spelling))[1] AS name,
			sum(uses) AS jobs
		FROM (
			SELECT item.key, item.spelling, count(*) AS uses
			FROM job_evaluations AS e
			CROSS JOIN LATERAL (
				SELECT DISTINCT ON (lower(btrim(named))) lower(btrim(named)) AS key,
					btrim(named) AS spelling
				FROM unnest(e.tech_stack) AS named
				WHERE btrim(named) <> ''
			) AS item
			WHERE ${ranked(query)}
			GROUP BY item.key, item.spelling
		) AS spellings
		GROUP BY key
		ORDER BY jobs DESC, name
		LIMIT ${query.techStackLimit ?? 10}
	`.execute(db);

	return rows;
}

async function readExpertise(db: Kysely<Database>, query: BreakdownQuery) {
	const {rows} = await sql<{id: string; name: string | null; jobs: number}>`
		SELECT matched.id, a.name, matched.jobs
		FROM (
			SELECT area.id, count(*) AS jobs
			FROM job_evaluations AS e
			CROSS JOIN LATERAL (
				SELECT DISTINCT id FROM unnest(e.matched_expertise_ids) AS id
			) AS area
			WHERE ${ranked(query)}
			GROUP BY area.id
		) AS matched
		LEFT JOIN expertise_areas AS a ON a.id = matched.id
		ORDER BY matched.jobs DESC, matched.id
	`.execute(db);

	return rows;
}
