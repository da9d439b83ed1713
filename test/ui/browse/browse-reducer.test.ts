import {describe, expect, it} from 'vitest';
import type {BrowseAction} from '../../../source/ui/browse/browse-actions.js';
import {
	browseReducer,
	keepVisible,
} from '../../../source/ui/browse/browse-reducer.js';
import {
	initialBrowseState,
	queryFor,
	selectedJob,
	type BrowseState,
} from '../../../source/ui/browse/browse-state.js';
import {listedJob} from './listed-job.js';

const triageCounts = {shortlisted: 0, applied: 0, dismissed: 0};

/** A state with `total` matching jobs, the first `loaded` of them in hand. */
function loadedState(total: number, loaded = Math.min(total, 60)): BrowseState {
	const state = initialBrowseState({}, {columns: 80, rows: 24});
	const jobs = Array.from({length: loaded}, (_, index) =>
		listedJob({id: String(index), title: `Job ${index}`}),
	);
	return browseReducer(state, {
		type: 'loaded',
		version: state.version,
		total,
		anyJobs: total > 0,
		triageCounts,
		window: {offset: 0, jobs},
	});
}

function run(state: BrowseState, ...actions: BrowseAction[]): BrowseState {
	return actions.reduce(browseReducer, state);
}

describe('browseReducer', () => {
	it('moves the selection down and up within the list', () => {
		const state = run(
			loadedState(5),
			{type: 'move', by: 1},
			{type: 'move', by: 1},
		);

		expect(state.selected).toBe(2);
		expect(run(state, {type: 'move', by: -1}).selected).toBe(1);
	});

	it('stops at both ends', () => {
		const state = loadedState(3);

		expect(run(state, {type: 'move', by: -1}).selected).toBe(0);
		expect(run(state, {type: 'move', by: 10}).selected).toBe(2);
	});

	it('jumps to the first and the last job', () => {
		const last = run(loadedState(500), {type: 'moveTo', to: 'last'});

		expect(last.selected).toBe(499);
		expect(run(last, {type: 'moveTo', to: 'first'}).selected).toBe(0);
	});

	it('scrolls the list so the selection stays on screen', () => {
		const state = loadedState(500);
		const rows = state.layout.listRows;
		const paged = run(state, {type: 'page', direction: 1});

		expect(paged.selected).toBe(rows);
		expect(paged.top).toBe(1);
		expect(run(paged, {type: 'page', direction: -1}).selected).toBe(0);
		expect(run(paged, {type: 'page', direction: -1}).top).toBe(0);
	});

	it('keeps a selection inside the rows on screen', () => {
		expect(keepVisible(5, 0, 10)).toBe(0);
		expect(keepVisible(12, 0, 10)).toBe(3);
		expect(keepVisible(2, 4, 10)).toBe(2);
	});

	it('does not move before the first count arrives', () => {
		const state = initialBrowseState();

		expect(run(state, {type: 'move', by: 1}).selected).toBe(0);
	});

	it('cycles the priority filter through all, High, Medium and Low', () => {
		const seen = [];
		let state = loadedState(10);

		for (let step = 0; step < 4; step++) {
			state = run(state, {type: 'cyclePriority'});
			seen.push(state.filters.priority);
		}

		expect(seen).toEqual(['High', 'Medium', 'Low', 'all']);
		expect(
			queryFor(run(loadedState(1), {type: 'cyclePriority'}).filters).priorities,
		).toEqual(['High']);
	});

	it('cycles the minimum total through 0, 50, 70 and 80, from any start', () => {
		let state = loadedState(10);
		const seen = [];

		for (let step = 0; step < 4; step++) {
			state = run(state, {type: 'cycleMinScore'});
			seen.push(state.filters.minScore);
		}

		expect(seen).toEqual([50, 70, 80, 0]);

		const odd = initialBrowseState({minScore: 65});
		expect(run(odd, {type: 'cycleMinScore'}).filters.minScore).toBe(70);
	});

	it('cycles the triage filter and maps it onto the query', () => {
		let state = loadedState(10);
		const states = [];

		for (let step = 0; step < 5; step++) {
			state = run(state, {type: 'cycleTriageFilter'});
			states.push(queryFor(state.filters).states);
		}

		expect(states).toEqual([
			['untriaged'],
			['shortlisted'],
			['applied'],
			['dismissed'],
			undefined,
		]);
	});

	it('toggles AI-only, dismissed jobs and the sort direction', () => {
		const state = run(
			loadedState(10),
			{type: 'toggleAiOnly'},
			{type: 'toggleDismissed'},
			{type: 'reverseSort'},
			{type: 'cycleSort'},
		);

		expect(queryFor(state.filters)).toMatchObject({
			aiOnly: false,
			includeDismissed: true,
			reverse: true,
			sort: 'newest',
		});
	});

	it('starts over at the top with fresh rows when a filter changes', () => {
		const moved = run(loadedState(100), {type: 'move', by: 30});
		const filtered = run(moved, {type: 'cyclePriority'});

		expect(filtered.selected).toBe(0);
		expect(filtered.version).toBe(moved.version + 1);
		expect(selectedJob(filtered)).toBeUndefined();
		expect(filtered.message).toBe('Priority: High.');
	});

	it('drops answers to an older version of the query', () => {
		const state = run(loadedState(10), {type: 'cycleSort'});
		const stale = run(state, {
			type: 'loaded',
			version: state.version - 1,
			total: 99,
			anyJobs: true,
			triageCounts,
			window: {offset: 0, jobs: []},
		});

		expect(stale.total).toBe(10);
	});

	it('keeps the selection on reload and clamps it to the new count', () => {
		const state = run(
			loadedState(50),
			{type: 'moveTo', to: 'last'},
			{type: 'reload'},
		);
		const reloaded = run(state, {
			type: 'loaded',
			version: state.version,
			total: 20,
			anyJobs: true,
			triageCounts,
			window: {offset: 0, jobs: []},
		});

		expect(state.selected).toBe(49);
		expect(reloaded.selected).toBe(19);
	});

	it('searches as typed only once the search is applied', () => {
		const typed = run(
			loadedState(10),
			{type: 'openSearch'},
			{type: 'typeSearch', text: 'ra'},
			{type: 'typeSearch', text: 'gx'},
			{type: 'eraseSearch'},
		);

		expect(typed.focus).toBe('search');
		expect(typed.searchDraft).toBe('rag');
		expect(typed.filters.search).toBe('');

		const applied = run(typed, {type: 'applySearch'});
		expect(applied.filters.search).toBe('rag');
		expect(queryFor(applied.filters).search).toBe('rag');
		expect(run(applied, {type: 'acceptSearch'}).focus).toBe('list');
	});

	it('clears the search on escape, in the search and in the list', () => {
		const searching = run(
			loadedState(10),
			{type: 'openSearch'},
			{type: 'typeSearch', text: 'voice'},
			{type: 'acceptSearch'},
		);

		expect(searching.filters.search).toBe('voice');
		expect(run(searching, {type: 'clearSearch'}).filters.search).toBe('');

		const cancelled = run(
			searching,
			{type: 'openSearch'},
			{type: 'cancelSearch'},
		);
		expect(cancelled.filters.search).toBe('');
		expect(cancelled.focus).toBe('list');
	});

	it('moves the focus to the pane and back, and scrolls it within bounds', () => {
		const pane = run(loadedState(10), {type: 'focus', focus: 'pane'});

		expect(pane.focus).toBe('pane');
		expect(run(pane, {type: 'scrollPane', by: 5, max: 3}).paneScroll).toBe(3);
		expect(run(pane, {type: 'scrollPane', by: -5, max: 3}).paneScroll).toBe(0);
		expect(run(pane, {type: 'focus', focus: 'list'}).focus).toBe('list');
	});

	it('returns from the help to where it was opened', () => {
		const help = run(
			loadedState(10),
			{type: 'focus', focus: 'pane'},
			{type: 'openHelp'},
		);

		expect(help.focus).toBe('help');
		expect(run(help, {type: 'closeHelp'}).focus).toBe('pane');
	});

	it('keeps triage changes on a stack and undoes the last one', () => {
		const change = {
			jobId: '7',
			title: 'Job 7',
			previous: null,
			next: 'dismissed' as const,
		};
		const triaged = run(loadedState(10), {type: 'triaged', change});

		expect(triaged.undo).toEqual([change]);
		expect(triaged.message).toBe('Dismissed “Job 7”.');
		expect(triaged.version).toBe(loadedState(10).version + 1);

		const undone = run(triaged, {type: 'undone', change});
		expect(undone.undo).toEqual([]);
		expect(undone.message).toBe('Undone: Dismissed “Job 7”.');
	});

	it('lays out again on resize, side by side from 100 columns', () => {
		const state = loadedState(10);

		expect(state.layout.mode).toBe('narrow');
		const wide = run(state, {type: 'resized', columns: 200, rows: 50});
		expect(wide.layout.mode).toBe('wide');
		expect(wide.layout.listRows).toBe(50 - 1 - 2 - 1);
		expect(wide.layout.listWidth + wide.layout.paneWidth + 3).toBe(200);
	});

	it('clears the last message on the next key, not on a load', () => {
		const said = run(loadedState(10), {type: 'say', message: 'Copied.'});

		expect(said.message).toBe('Copied.');
		expect(run(said, {type: 'resized', columns: 90, rows: 30}).message).toBe(
			'Copied.',
		);
		expect(run(said, {type: 'move', by: 1}).message).toBeNull();
	});
});
