import type {TriageState} from '../../db/database.js';
import type {
	JobListQuery,
	JobSort,
	ListedJob,
} from '../../db/job-listing.repository.js';
import type {TriageMark} from '../../db/triage.repository.js';
import type {Priority} from '../../evaluation/rubric.js';
import {layoutFor, type BrowseLayout} from './browse-layout.js';

export type Focus = 'list' | 'pane' | 'search' | 'help';

export type TriageFilter = 'all' | 'untriaged' | TriageState;

/** What the person narrowed the list to; each field has a key. */
export type BrowseFilters = {
	priority: Priority | 'all';
	triage: TriageFilter;
	minScore: number;
	aiOnly: boolean;
	showDismissed: boolean;
	search: string;
	sort: JobSort;
	reverse: boolean;
};

/** A slice of the matching jobs, starting at `offset` in their order. */
export type JobWindow = {offset: number; jobs: ListedJob[]};

/** One triage change of this session, for undo. */
export type TriageChange = {
	jobId: string;
	title: string;
	previous: TriageMark | null;
	next: TriageState | null;
};

export type BrowseState = {
	filters: BrowseFilters;
	/** The search as typed; applied to `filters.search` after a pause. */
	searchDraft: string;
	focus: Focus;
	/** Where the help overlay returns to. */
	focusBeforeHelp: Focus;
	/** Index of the selected job among all matching jobs. */
	selected: number;
	/** Index of the first job drawn in the list. */
	top: number;
	paneScroll: number;
	helpScroll: number;
	layout: BrowseLayout;
	/**
	 * Bumped whenever the matching set may have changed (filters, triage,
	 * reload): the loader fetches counts and a window anew, and drops
	 * answers to older versions.
	 */
	version: number;
	/** The version `total` and `window` belong to; -1 before the first. */
	loadedVersion: number;
	/** How many jobs match; null until the first count arrives. */
	total: number | null;
	/** Whether there are any jobs at all, whatever the filters. */
	anyJobs: boolean;
	triageCounts: Record<TriageState, number>;
	window: JobWindow;
	undo: TriageChange[];
	/** A short message after an action, until the next one. */
	message: string | null;
	error: string | null;
};

export const priorityCycle: ReadonlyArray<Priority | 'all'> = [
	'all',
	'High',
	'Medium',
	'Low',
];

export const triageFilterCycle: readonly TriageFilter[] = [
	'all',
	'untriaged',
	'shortlisted',
	'applied',
	'dismissed',
];

export const minScoreSteps: readonly number[] = [0, 50, 70, 80];

export const sortCycle: readonly JobSort[] = ['score', 'newest', 'budget'];

export const defaultFilters: BrowseFilters = {
	priority: 'all',
	triage: 'all',
	minScore: 0,
	aiOnly: true,
	showDismissed: false,
	search: '',
	sort: 'score',
	reverse: false,
};

export function initialBrowseState(
	filters: Partial<BrowseFilters> = {},
	size: {columns: number; rows: number} = {columns: 80, rows: 24},
): BrowseState {
	const merged = {...defaultFilters, ...filters};

	return {
		filters: merged,
		searchDraft: merged.search,
		focus: 'list',
		focusBeforeHelp: 'list',
		selected: 0,
		top: 0,
		paneScroll: 0,
		helpScroll: 0,
		layout: layoutFor(size.columns, size.rows),
		version: 0,
		loadedVersion: -1,
		total: null,
		anyJobs: true,
		triageCounts: {shortlisted: 0, applied: 0, dismissed: 0},
		window: {offset: 0, jobs: []},
		undo: [],
		message: null,
		error: null,
	};
}

/** The listing query the filters stand for. */
export function queryFor(filters: BrowseFilters): JobListQuery {
	const query: JobListQuery = {
		aiOnly: filters.aiOnly,
		includeDismissed: filters.showDismissed,
		sort: filters.sort,
		reverse: filters.reverse,
	};

	if (filters.priority !== 'all') {
		query.priorities = [filters.priority];
	}

	if (filters.triage !== 'all') {
		query.states = [filters.triage];
	}

	if (filters.minScore > 0) {
		query.minScore = filters.minScore;
	}

	if (filters.search.trim() !== '') {
		query.search = filters.search.trim();
	}

	return query;
}

/** The selected job, when the loaded window holds it. */
export function selectedJob(state: BrowseState): ListedJob | undefined {
	return state.window.jobs[state.selected - state.window.offset];
}

/** The step after `current`, wrapping round. */
export function nextInCycle<T>(cycle: readonly T[], current: T): T {
	const index = cycle.indexOf(current);
	return cycle[(index + 1) % cycle.length]!;
}

/**
 * The next minimum score: the first step above the current one, so a
 * start-up `--min-score 65` moves on to 70, then wraps to 0.
 */
export function nextMinScore(current: number): number {
	return minScoreSteps.find((step) => step > current) ?? 0;
}
