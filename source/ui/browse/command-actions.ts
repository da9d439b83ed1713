import type {TriageState} from '../../db/database.js';
import {sanitizeText} from '../../text/sanitize.js';
import type {BrowseAction} from './browse-actions.js';
import type {CommandId} from './key-map.js';

/** Commands that reach outside the state: database, browser, clipboard. */
export type BrowseEffect =
	| {type: 'triage'; state: TriageState}
	| {type: 'undo'}
	| {type: 'openUrl'}
	| {type: 'copyUrl'}
	| {type: 'quit'};

export type CommandContext = {
	/** What was typed, for the search. */
	input: string;
	/** Lines the pane shows at once, and how far it can scroll. */
	paneHeight: number;
	paneMaxScroll: number;
	/** How far the help can scroll; 0 when it fits. */
	helpMaxScroll: number;
};

/**
 * What each command does: a state change for the reducer, or an effect
 * for the screen to carry out. Every command of the key map has a case
 * here; the compiler checks that none is left out.
 */
export function actionFor(
	command: CommandId,
	context: CommandContext,
): {action: BrowseAction} | {effect: BrowseEffect} {
	const action = (value: BrowseAction) => ({action: value});
	const effect = (value: BrowseEffect) => ({effect: value});
	const scroll = (by: number) =>
		action({type: 'scrollPane', by, max: context.paneMaxScroll});
	const page = Math.max(1, context.paneHeight - 1);

	switch (command) {
		case 'down':
			return action({type: 'move', by: 1});
		case 'up':
			return action({type: 'move', by: -1});
		case 'first':
			return action({type: 'moveTo', to: 'first'});
		case 'last':
			return action({type: 'moveTo', to: 'last'});
		case 'pageDown':
			return action({type: 'page', direction: 1});
		case 'pageUp':
			return action({type: 'page', direction: -1});
		case 'search':
			return action({type: 'openSearch'});
		case 'clearSearch':
			return action({type: 'clearSearch'});
		case 'cyclePriority':
		case 'cycleTriageFilter':
		case 'cycleMinScore':
		case 'toggleAiOnly':
		case 'cycleSort':
		case 'reverseSort':
		case 'toggleDismissed':
			return action({type: command});
		case 'focusPane':
			return action({type: 'focus', focus: 'pane'});
		case 'focusList':
			return action({type: 'focus', focus: 'list'});
		case 'scrollDown':
			return scroll(1);
		case 'scrollUp':
			return scroll(-1);
		case 'scrollPageDown':
			return scroll(page);
		case 'scrollPageUp':
			return scroll(-page);
		case 'scrollTop':
			return scroll(-Infinity);
		case 'scrollBottom':
			return scroll(Infinity);
		case 'shortlist':
			return effect({type: 'triage', state: 'shortlisted'});
		case 'markApplied':
			return effect({type: 'triage', state: 'applied'});
		case 'dismiss':
			return effect({type: 'triage', state: 'dismissed'});
		case 'undo':
			return effect({type: 'undo'});
		case 'openUrl':
			return effect({type: 'openUrl'});
		case 'copyUrl':
			return effect({type: 'copyUrl'});
		case 'reload':
			return action({type: 'reload'});
		case 'help':
			return action({type: 'openHelp'});
		case 'closeHelp':
			return action({type: 'closeHelp'});
		case 'helpDown':
			return action({type: 'scrollHelp', by: 1, max: context.helpMaxScroll});
		case 'helpUp':
			return action({type: 'scrollHelp', by: -1, max: context.helpMaxScroll});
		case 'quit':
			return effect({type: 'quit'});
		case 'typeSearch':
			// Pasted text arrives whole; it is folded onto one line and
			// stripped of control characters like any text shown. Not
			// trimmed: a typed space belongs to the search.
			return action({
				type: 'typeSearch',
				text: sanitizeText(context.input).replace(/\s+/g, ' '),
			});
		case 'eraseSearch':
			return action({type: 'eraseSearch'});
		case 'acceptSearch':
			return action({type: 'acceptSearch'});
		case 'cancelSearch':
			return action({type: 'cancelSearch'});
	}
}
