import type {TriageState} from '../../db/database.js';
import type {BrowseAction} from './browse-actions.js';
import {layoutFor} from './browse-layout.js';
import {
	nextInCycle,
	nextMinScore,
	priorityCycle,
	sortCycle,
	triageFilterCycle,
	type BrowseFilters,
	type BrowseState,
	type TriageChange,
} from './browse-state.js';

// Reports from the loader and the terminal keep the message of the last
// action on screen; every other action replaces it.
const quietActions = new Set<BrowseAction['type']>([
	'loaded',
	'windowLoaded',
	'resized',
	'applySearch',
	'typeSearch',
	'eraseSearch',
]);

export function browseReducer(
	previous: BrowseState,
	action: BrowseAction,
): BrowseState {
	const state = quietActions.has(action.type)
		? previous
		: {...previous, message: null};

	switch (action.type) {
		case 'move':
			return select(state, state.selected + action.by);
		case 'moveTo':
			return select(state, action.to === 'first' ? 0 : Infinity);
		case 'page':
			return select(
				state,
				state.selected + action.direction * state.layout.listRows,
			);
		case 'cyclePriority': {
			const priority = nextInCycle(priorityCycle, state.filters.priority);
			return refilter(state, {priority}, `Priority: ${priority}.`);
		}

		case 'cycleTriageFilter': {
			const triage = nextInCycle(triageFilterCycle, state.filters.triage);
			return refilter(state, {triage}, `Triage state: ${triage}.`);
		}

		case 'cycleMinScore': {
			const minScore = nextMinScore(state.filters.minScore);
			return refilter(state, {minScore}, `Minimum total: ${minScore}.`);
		}

		case 'toggleAiOnly': {
			const aiOnly = !state.filters.aiOnly;
			return refilter(
				state,
				{aiOnly},
				aiOnly ? 'AI-related jobs only.' : 'All jobs, AI-related or not.',
			);
		}

		case 'cycleSort': {
			const sort = nextInCycle(sortCycle, state.filters.sort);
			return refilter(state, {sort}, `Sorted by ${sortWords[sort]}.`);
		}

		case 'reverseSort': {
			const reverse = !state.filters.reverse;
			return refilter(
				state,
				{reverse},
				reverse ? 'Sort reversed.' : 'Sort in its usual order.',
			);
		}

		case 'toggleDismissed': {
			const showDismissed = !state.filters.showDismissed;
			return refilter(
				state,
				{showDismissed},
				showDismissed ? 'Dismissed jobs shown.' : 'Dismissed jobs hidden.',
			);
		}

		case 'openSearch':
			return {...state, focus: 'search', searchDraft: state.filters.search};
		case 'typeSearch':
			return {...state, searchDraft: state.searchDraft + action.text};
		case 'eraseSearch':
			return {
				...state,
				searchDraft: Array.from(state.searchDraft).slice(0, -1).join(''),
			};
		case 'applySearch':
			return applySearch(state, state.searchDraft);
		case 'acceptSearch':
			return {...applySearch(state, state.searchDraft), focus: 'list'};
		case 'cancelSearch':
			return {...applySearch(state, ''), focus: 'list'};
		case 'clearSearch':
			return state.filters.search === ''
				? state
				: {...applySearch(state, ''), message: 'Search cleared.'};
		case 'focus':
			return {...state, focus: action.focus};
		case 'scrollPane':
			return {
				...state,
				paneScroll: clamp(state.paneScroll + action.by, 0, action.max),
			};
		case 'openHelp':
			return {
				...state,
				focus: 'help',
				focusBeforeHelp: state.focus,
				helpScroll: 0,
			};
		case 'scrollHelp':
			return {
				...state,
				helpScroll: clamp(state.helpScroll + action.by, 0, action.max),
			};
		case 'closeHelp':
			return {...state, focus: state.focusBeforeHelp};
		case 'resized': {
			const layout = layoutFor(action.columns, action.rows);
			return {
				...state,
				layout,
				top: keepVisible(state.selected, state.top, layout.listRows),
			};
		}

		case 'reload':
			return {...state, version: state.version + 1, message: 'Reloaded.'};
		case 'loaded':
			return loaded(state, action);
		case 'windowLoaded':
			return action.version === state.version
				? {...state, window: action.window}
				: state;
		case 'loadFailed':
			return action.version === state.version
				? {...state, error: action.message}
				: state;
		case 'triaged':
			return {
				...state,
				undo: [...state.undo, action.change],
				version: state.version + 1,
				paneScroll: 0,
				message: triageMessage(action.change),
			};
		case 'undone':
			return {
				...state,
				undo: state.undo.filter((change) => change !== action.change),
				version: state.version + 1,
				paneScroll: 0,
				message: `Undone: ${triageMessage(action.change)}`,
			};
		case 'say':
			return {...state, message: action.message};
	}
}

/** Keeps `selected` on screen with the fewest rows scrolled. */
export function keepVisible(
	selected: number,
	top: number,
	rows: number,
): number {
	if (selected < top) {
		return selected;
	}

	if (selected >= top + rows) {
		return selected - rows + 1;
	}

	return top;
}

const sortWords = {
	score: 'total',
	newest: 'posting time',
	budget: 'budget',
} as const;

function select(state: BrowseState, index: number): BrowseState {
	if (state.total === null || state.total === 0) {
		return state;
	}

	const selected = clamp(index, 0, state.total - 1);

	if (selected === state.selected) {
		return state;
	}

	return {
		...state,
		selected,
		top: keepVisible(selected, state.top, state.layout.listRows),
		paneScroll: 0,
	};
}

function refilter(
	state: BrowseState,
	change: Partial<BrowseFilters>,
	message: string | null,
): BrowseState {
	return {
		...state,
		filters: {...state.filters, ...change},
		version: state.version + 1,
		// The rows of the old query are not rows of the new one: a triage
		// key before the new rows arrive must find no job, not an old one.
		window: {offset: 0, jobs: []},
		selected: 0,
		top: 0,
		paneScroll: 0,
		message,
	};
}

function applySearch(state: BrowseState, search: string): BrowseState {
	if (search === state.filters.search) {
		return {...state, searchDraft: search};
	}

	return {...refilter(state, {search}, state.message), searchDraft: search};
}

function loaded(
	state: BrowseState,
	action: Extract<BrowseAction, {type: 'loaded'}>,
): BrowseState {
	if (action.version !== state.version) {
		return state;
	}

	const selected = clamp(state.selected, 0, Math.max(0, action.total - 1));

	return {
		...state,
		total: action.total,
		anyJobs: action.anyJobs,
		triageCounts: action.triageCounts,
		window: action.window,
		loadedVersion: action.version,
		selected,
		top: keepVisible(selected, state.top, state.layout.listRows),
		error: null,
	};
}

const triageVerbs: Record<TriageState, string> = {
	shortlisted: 'Shortlisted',
	applied: 'Marked applied',
	dismissed: 'Dismissed',
};

function triageMessage(change: TriageChange): string {
	const title = `“${change.title}”`;
	return change.next === null
		? `Cleared the triage state of ${title}.`
		: `${triageVerbs[change.next]} ${title}.`;
}

function clamp(value: number, min: number, max: number): number {
	return Math.min(max, Math.max(min, value));
}
