/**
 * Every key of the browse screen, in one table: which command it runs,
 * in which part of the screen, and what it does. The help overlay and the
 * footer are drawn from this table and the input hook reads nothing
 * else, so a key cannot do one thing and be documented as another.
 */

/** The part of the screen that has the keyboard. */
export type Scope = 'list' | 'pane' | 'search' | 'help';

export type NamedKey =
	| 'up'
	| 'down'
	| 'pageUp'
	| 'pageDown'
	| 'home'
	| 'end'
	| 'return'
	| 'escape'
	| 'tab'
	| 'backspace'
	| 'delete';

export type KeySpec =
	/** A printable character, case-sensitive: `g` and `G` differ. */
	| {char: string}
	/** Control and a letter. */
	| {ctrl: string}
	| {key: NamedKey}
	/** Any printable text: typing into the search. */
	| {printable: true};

export type CommandId =
	| 'down'
	| 'up'
	| 'first'
	| 'last'
	| 'pageDown'
	| 'pageUp'
	| 'search'
	| 'clearSearch'
	| 'cyclePriority'
	| 'cycleTriageFilter'
	| 'cycleMinScore'
	| 'toggleAiOnly'
	| 'cycleSort'
	| 'reverseSort'
	| 'toggleDismissed'
	| 'focusPane'
	| 'scrollDown'
	| 'scrollUp'
	| 'scrollTop'
	| 'scrollBottom'
	| 'scrollPageDown'
	| 'scrollPageUp'
	| 'focusList'
	| 'openUrl'
	| 'copyUrl'
	| 'shortlist'
	| 'markApplied'
	| 'dismiss'
	| 'undo'
	| 'reload'
	| 'help'
	| 'quit'
	| 'typeSearch'
	| 'eraseSearch'
	| 'acceptSearch'
	| 'cancelSearch'
	| 'helpDown'
	| 'helpUp'
	| 'closeHelp';

export type KeyBinding = {
	command: CommandId;
	/** Where the keys work; a command shared by list and pane names both. */
	scopes: readonly Scope[];
	keys: readonly KeySpec[];
	description: string;
	/** A word or two for the footer; bindings without one are in help only. */
	hint?: string;
};

const both: Scope[] = ['list', 'pane'];

export const keyMap: readonly KeyBinding[] = [
	{
		command: 'down',
		scopes: ['list'],
		keys: [{char: 'j'}, {key: 'down'}],
		description: 'Select the next job',
		hint: 'move',
	},
	{
		command: 'up',
		scopes: ['list'],
		keys: [{char: 'k'}, {key: 'up'}],
		description: 'Select the previous job',
	},
	{
		command: 'first',
		scopes: ['list'],
		keys: [{char: 'g'}, {key: 'home'}],
		description: 'Select the first job',
	},
	{
		command: 'last',
		scopes: ['list'],
		keys: [{char: 'G'}, {key: 'end'}],
		description: 'Select the last job',
	},
	{
		command: 'pageDown',
		scopes: ['list'],
		keys: [{ctrl: 'd'}, {key: 'pageDown'}],
		description: 'Move a page down',
	},
	{
		command: 'pageUp',
		scopes: ['list'],
		keys: [{ctrl: 'u'}, {key: 'pageUp'}],
		description: 'Move a page up',
	},
	{
		command: 'focusPane',
		scopes: ['list'],
		keys: [{key: 'return'}, {key: 'tab'}],
		description: 'Read the selected job in the pane',
		hint: 'details',
	},
	{
		command: 'search',
		scopes: ['list'],
		keys: [{char: '/'}],
		description: 'Search title, description and tech stack as you type',
		hint: 'search',
	},
	{
		command: 'clearSearch',
		scopes: ['list'],
		keys: [{key: 'escape'}],
		description: 'Clear the search',
	},
	{
		command: 'cyclePriority',
		scopes: ['list'],
		keys: [{char: 'p'}],
		description: 'Filter by priority: all, High, Medium, Low',
		hint: 'priority',
	},
	{
		command: 'cycleTriageFilter',
		scopes: ['list'],
		keys: [{char: 't'}],
		description:
			'Filter by triage state: all, untriaged, shortlisted, applied, dismissed',
		hint: 'state',
	},
	{
		command: 'cycleMinScore',
		scopes: ['list'],
		keys: [{char: 'm'}],
		description: 'Minimum total: 0, 50, 70, 80',
		hint: 'min',
	},
	{
		command: 'toggleAiOnly',
		scopes: ['list'],
		keys: [{char: 'a'}],
		description: 'Show AI-related jobs only, or all jobs',
		hint: 'AI only',
	},
	{
		command: 'cycleSort',
		scopes: ['list'],
		keys: [{char: 's'}],
		description: 'Sort by total, newest or budget',
		hint: 'sort',
	},
	{
		command: 'reverseSort',
		scopes: ['list'],
		keys: [{char: 'S'}],
		description: 'Reverse the sort',
	},
	{
		command: 'toggleDismissed',
		scopes: ['list'],
		keys: [{char: 'D'}],
		description: 'Show or hide dismissed jobs',
	},
	{
		command: 'scrollDown',
		scopes: ['pane'],
		keys: [{char: 'j'}, {key: 'down'}],
		description: 'Scroll the pane down',
		hint: 'scroll',
	},
	{
		command: 'scrollUp',
		scopes: ['pane'],
		keys: [{char: 'k'}, {key: 'up'}],
		description: 'Scroll the pane up',
	},
	{
		command: 'scrollTop',
		scopes: ['pane'],
		keys: [{char: 'g'}, {key: 'home'}],
		description: 'Scroll to the top of the pane',
	},
	{
		command: 'scrollBottom',
		scopes: ['pane'],
		keys: [{char: 'G'}, {key: 'end'}],
		description: 'Scroll to the end of the description',
	},
	{
		command: 'scrollPageDown',
		scopes: ['pane'],
		keys: [{ctrl: 'd'}, {key: 'pageDown'}],
		description: 'Scroll the pane a page down',
	},
	{
		command: 'scrollPageUp',
		scopes: ['pane'],
		keys: [{ctrl: 'u'}, {key: 'pageUp'}],
		description: 'Scroll the pane a page up',
	},
	{
		command: 'focusList',
		scopes: ['pane'],
		keys: [{key: 'escape'}, {key: 'tab'}],
		description: 'Back to the list',
		hint: 'list',
	},
	{
		command: 'shortlist',
		scopes: both,
		keys: [{char: 'l'}],
		description: 'Shortlist the job (again to clear)',
		hint: 'shortlist',
	},
	{
		command: 'markApplied',
		scopes: both,
		keys: [{char: 'A'}],
		description: 'Mark the job applied (again to clear)',
		hint: 'applied',
	},
	{
		command: 'dismiss',
		scopes: both,
		keys: [{char: 'd'}],
		description: 'Dismiss the job (again to clear)',
		hint: 'dismiss',
	},
	{
		command: 'undo',
		scopes: both,
		keys: [{char: 'u'}],
		description: 'Undo the last triage change of this session',
		hint: 'undo',
	},
	{
		command: 'openUrl',
		scopes: both,
		keys: [{char: 'o'}],
		description: 'Open the job on Upwork in the browser',
		hint: 'open',
	},
	{
		command: 'copyUrl',
		scopes: both,
		keys: [{char: 'y'}],
		description: "Copy the job's URL",
	},
	{
		command: 'reload',
		scopes: both,
		keys: [{char: 'r'}],
		description: 'Reload the list from the database',
	},
	{
		command: 'help',
		scopes: both,
		keys: [{char: '?'}],
		description: 'Show every key',
		hint: 'help',
	},
	{
		command: 'quit',
		scopes: both,
		keys: [{char: 'q'}],
		description: 'Quit',
		hint: 'quit',
	},
	{
		command: 'typeSearch',
		scopes: ['search'],
		keys: [{printable: true}],
		description: 'Type to search; the list follows as you type',
	},
	{
		command: 'eraseSearch',
		scopes: ['search'],
		keys: [{key: 'backspace'}, {key: 'delete'}],
		description: 'Erase the last character',
	},
	{
		command: 'acceptSearch',
		scopes: ['search'],
		keys: [{key: 'return'}],
		description: 'Keep the search and go back to the list',
		hint: 'keep',
	},
	{
		command: 'cancelSearch',
		scopes: ['search'],
		keys: [{key: 'escape'}],
		description: 'Clear the search and go back to the list',
		hint: 'clear',
	},
	{
		command: 'helpDown',
		scopes: ['help'],
		keys: [{char: 'j'}, {key: 'down'}],
		description: 'Scroll the help down, when it is taller than the screen',
		hint: 'scroll',
	},
	{
		command: 'helpUp',
		scopes: ['help'],
		keys: [{char: 'k'}, {key: 'up'}],
		description: 'Scroll the help up',
	},
	{
		command: 'closeHelp',
		scopes: ['help'],
		keys: [{key: 'escape'}, {char: '?'}, {char: 'q'}],
		description: 'Close the help',
		hint: 'close',
	},
];

/**
 * Commands after which the keyboard belongs to another part of the
 * screen: the rest of the keys that arrived with them are dropped, since
 * they were meant for a part that has not been drawn yet.
 */
export const focusCommands: ReadonlySet<CommandId> = new Set<CommandId>([
	'search',
	'focusPane',
	'focusList',
	'help',
	'closeHelp',
	'acceptSearch',
	'cancelSearch',
	'quit',
]);

/** The bindings that work in a scope, in table order. */
export function bindingsFor(scope: Scope): KeyBinding[] {
	return keyMap.filter((binding) => binding.scopes.includes(scope));
}

const namedKeyLabels: Record<NamedKey, string> = {
	up: '↑',
	down: '↓',
	pageUp: 'PgUp',
	pageDown: 'PgDn',
	home: 'Home',
	end: 'End',
	return: 'enter',
	escape: 'esc',
	tab: 'tab',
	backspace: 'backspace',
	delete: 'del',
};

/** How a key is written on screen: "j", "ctrl-d", "PgDn", "enter". */
export function keyLabel(spec: KeySpec): string {
	if ('char' in spec) return spec.char;
	if ('ctrl' in spec) return `ctrl-${spec.ctrl}`;
	if ('key' in spec) return namedKeyLabels[spec.key];
	return 'text';
}

/** All keys of a binding: "j ↓". */
export function keysLabel(binding: KeyBinding): string {
	return binding.keys.map(keyLabel).join(' ');
}
