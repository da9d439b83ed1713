import {keyMap, type KeyBinding, type Scope} from './key-map.js';

/** A line of the help: a group's title, or one binding. */
export type HelpEntry = {title: string} | {binding: KeyBinding};

const groups: Array<{title: string; scopes: Scope[]}> = [
	{title: 'List', scopes: ['list']},
	{title: 'Pane', scopes: ['pane']},
	{title: 'List and pane', scopes: ['list', 'pane']},
	{title: 'Search', scopes: ['search']},
	{title: 'Help', scopes: ['help']},
];

// Narrower columns would cut most descriptions short.
const minimumColumnWidth = 60;

/** Group titles and bindings, in the order the help shows them. */
export function helpEntries(): HelpEntry[] {
	const entries: HelpEntry[] = [];

	for (const group of groups) {
		const bindings = keyMap.filter(
			(binding) =>
				binding.scopes.length === group.scopes.length &&
				group.scopes.every((scope) => binding.scopes.includes(scope)),
		);

		if (bindings.length > 0) {
			entries.push({title: group.title});
			entries.push(...bindings.map((binding) => ({binding})));
		}
	}

	return entries;
}

/**
 * How the help fits the screen: in side-by-side columns when the width
 * allows it, otherwise in one column that scrolls.
 */
export function helpLayout(
	width: number,
	height: number,
): {columns: number; maxScroll: number} {
	const count = helpEntries().length;
	const room = Math.max(1, Math.floor(width / minimumColumnWidth));
	const columns = Math.min(room, Math.ceil(count / height));

	if (Math.ceil(count / columns) <= height) {
		return {columns, maxScroll: 0};
	}

	return {columns: 1, maxScroll: count - height};
}
