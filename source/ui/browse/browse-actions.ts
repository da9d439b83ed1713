import type {TriageState} from '../../db/database.js';
import type {JobWindow, TriageChange} from './browse-state.js';

/**
 * Everything that changes the browse screen. Keys become these through
 * the key map; the loader and the triage effects report with them.
 */
export type BrowseAction =
	| {type: 'move'; by: number}
	| {type: 'moveTo'; to: 'first' | 'last'}
	| {type: 'page'; direction: 1 | -1}
	| {type: 'cyclePriority'}
	| {type: 'cycleTriageFilter'}
	| {type: 'cycleMinScore'}
	| {type: 'toggleAiOnly'}
	| {type: 'cycleSort'}
	| {type: 'reverseSort'}
	| {type: 'toggleDismissed'}
	| {type: 'openSearch'}
	| {type: 'typeSearch'; text: string}
	| {type: 'eraseSearch'}
	| {type: 'applySearch'}
	| {type: 'acceptSearch'}
	| {type: 'cancelSearch'}
	| {type: 'clearSearch'}
	| {type: 'focus'; focus: 'list' | 'pane'}
	| {type: 'scrollPane'; by: number; max: number}
	| {type: 'openHelp'}
	| {type: 'scrollHelp'; by: number; max: number}
	| {type: 'closeHelp'}
	| {type: 'resized'; columns: number; rows: number}
	| {type: 'reload'}
	| {
			type: 'loaded';
			version: number;
			total: number;
			anyJobs: boolean;
			triageCounts: Record<TriageState, number>;
			window: JobWindow;
	  }
	| {type: 'windowLoaded'; version: number; window: JobWindow}
	| {type: 'loadFailed'; version: number; message: string}
	| {type: 'triaged'; change: TriageChange}
	| {type: 'undone'; change: TriageChange}
	| {type: 'say'; message: string};
