import {
	formatAge,
	formatCost,
	formatCount,
	formatDuration,
} from '../text/format.js';
import {sanitizeLine} from '../text/sanitize.js';
import {dim, emphasize, type OutputStyle} from './output-style.js';
import {renderTable} from './report-table.js';
import {renderScoreHistogram} from './score-histogram.js';
import type {NamedJobStats} from './stats-json.js';

/**
 * The stats report for people: one titled section per group of
 * figures, each table as wide as the terminal allows.
 */
export function renderStats(
	stats: NamedJobStats,
	context: {publishedSince?: Date; now?: Date},
	style: OutputStyle,
): string {
	const now = context.now ?? new Date();
	const scope = context.publishedSince
		? `Postings published since ${formatMoment(context.publishedSince)}`
		: 'All postings';
	const sections = [
		emphasize(scope, style),
		section('Totals', totalsTable(stats, style), style),
		dim(
			'The sections below count ranked jobs: evaluated and AI-related.',
			style,
		),
		section('By priority', priorityTable(stats, style), style),
		section('By project type', projectTypeTable(stats, style), style),
		section(
			'Score distribution',
			renderScoreHistogram(stats.scoreBands, style),
			style,
		),
		section('Most frequent tech stack', techStackTable(stats, style), style),
		section('Matched expertise areas', expertiseTable(stats, style), style),
		section('Triage', triageTable(stats, style), style),
		section('Evaluators', evaluatorTable(stats, style), style),
		section('Latest', latestTable(stats, now, style), style),
	];

	return `${sections.join('\n\n')}\n`;
}

function section(title: string, body: string, style: OutputStyle): string {
	return `${emphasize(title, style)}\n${body}`;
}

function none(text: string, style: OutputStyle): string {
	return dim(text, style);
}

function totalsTable(stats: NamedJobStats, style: OutputStyle): string {
	const {totals} = stats;
	const rows: Array<[string, string]> = [
		['Jobs', formatCount(totals.jobs)],
		['Evaluated', formatCount(totals.evaluated)],
		[
			'AI-related',
			`${formatCount(totals.aiRelated)} (${totals.aiRelatedPercentage.toFixed(1)}%)`,
		],
		['High priority', formatCount(totals.highPriority)],
		['Gated', formatCount(totals.gated)],
		['Failed', formatCount(totals.failed)],
		['Awaiting evaluation', formatCount(totals.awaitingEvaluation)],
		['Stale', formatCount(totals.stale)],
	];

	return renderTable([{header: ''}, {header: '', align: 'right'}], rows, style);
}

function priorityTable(stats: NamedJobStats, style: OutputStyle): string {
	return renderTable(
		[
			{header: 'Priority'},
			{header: 'Jobs', align: 'right'},
			{header: 'Average score', align: 'right'},
		],
		stats.byPriority.map((row) => [
			row.priority,
			formatCount(row.jobs),
			formatScore(row.averageScore),
		]),
		style,
	);
}

function projectTypeTable(stats: NamedJobStats, style: OutputStyle): string {
	if (stats.byProjectType.length === 0) {
		return none('No ranked jobs yet.', style);
	}

	return renderTable(
		[
			{header: 'Project type', flexible: true},
			{header: 'Jobs', align: 'right'},
			{header: 'Average score', align: 'right'},
		],
		stats.byProjectType.map((row) => [
			row.projectType === null ? '(none)' : sanitizeLine(row.projectType),
			formatCount(row.jobs),
			formatScore(row.averageScore),
		]),
		style,
	);
}

function techStackTable(stats: NamedJobStats, style: OutputStyle): string {
	if (stats.techStack.length === 0) {
		return none('No tech stack named yet.', style);
	}

	return renderTable(
		[
			{header: 'Item', flexible: true},
			{header: 'Jobs', align: 'right'},
		],
		stats.techStack.map((item) => [
			sanitizeLine(item.name),
			formatCount(item.jobs),
		]),
		style,
	);
}

function expertiseTable(stats: NamedJobStats, style: OutputStyle): string {
	if (stats.expertise.length === 0) {
		return none('No expertise area matched yet.', style);
	}

	return renderTable(
		[
			{header: 'Expertise area', flexible: true},
			{header: 'Jobs', align: 'right'},
		],
		stats.expertise.map((area) => [
			sanitizeLine(area.name),
			formatCount(area.jobs),
		]),
		style,
	);
}

function triageTable(stats: NamedJobStats, style: OutputStyle): string {
	return renderTable(
		[
			{header: 'Shortlisted', align: 'right'},
			{header: 'Applied', align: 'right'},
			{header: 'Dismissed', align: 'right'},
		],
		[
			[
				formatCount(stats.triage.shortlisted),
				formatCount(stats.triage.applied),
				formatCount(stats.triage.dismissed),
			],
		],
		style,
	);
}

function evaluatorTable(stats: NamedJobStats, style: OutputStyle): string {
	if (stats.evaluators.length === 0) {
		return none('No evaluation yet.', style);
	}

	return renderTable(
		[
			{header: 'Evaluator'},
			{header: 'Model', flexible: true},
			{header: 'Evaluations', align: 'right'},
			{header: 'Tokens in / out', align: 'right', dropOrder: 0},
			{header: 'Cost', align: 'right'},
			{header: 'Avg latency', align: 'right', dropOrder: 1},
		],
		stats.evaluators.map((row) => [
			row.evaluator,
			row.model === null ? '-' : sanitizeLine(row.model),
			formatCount(row.evaluations),
			`${formatCount(row.promptTokens)} / ${formatCount(row.completionTokens)}`,
			formatCost(row.costUsd),
			row.averageLatencyMs === null
				? '-'
				: formatDuration(row.averageLatencyMs),
		]),
		style,
	);
}

function latestTable(
	stats: NamedJobStats,
	now: Date,
	style: OutputStyle,
): string {
	const posting = stats.newestPosting;
	const run = stats.lastIngest;
	const rows: Array<[string, string]> = posting
		? [
				['Newest posting', sanitizeLine(posting.title)],
				['Published', moment(posting.publishedAt, now)],
			]
		: [['Newest posting', 'none yet']];

	if (run) {
		const took = run.finishedAt
			? `, took ${formatDuration(run.finishedAt.getTime() - run.startedAt.getTime())}`
			: '';
		rows.push(
			['Last ingest', `run ${run.id}, ${run.status}${took}`],
			['Source', sanitizeLine(run.source)],
			['Started', moment(run.startedAt, now)],
			[
				'Evaluator',
				run.model
					? `${run.evaluator}, ${sanitizeLine(run.model)}`
					: run.evaluator,
			],
			[
				'Jobs',
				`${formatCount(run.jobsRead)} read, ${formatCount(run.jobsEvaluated)} evaluated, ` +
					`${formatCount(run.jobsFailed)} failed`,
			],
			['Cost', formatCost(run.costUsd)],
		);
	} else {
		rows.push(['Last ingest', 'none yet']);
	}

	return renderTable([{header: ''}, {header: '', flexible: true}], rows, style);
}

function formatScore(score: number | null): string {
	return score === null ? '-' : score.toFixed(1);
}

/** "2026-02-05 04:09 UTC": the same for everyone reading a shared report. */
export function formatMoment(date: Date): string {
	return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** "2026-02-05 04:09 UTC (3h ago)". */
function moment(date: Date, now: Date): string {
	const age = formatAge(date, now);
	return `${formatMoment(date)} (${age === 'now' ? 'just now' : `${age} ago`})`;
}
