import {Text} from 'ink';
import {render} from 'ink-testing-library';
import {useRef} from 'react';
import {describe, expect, it} from 'vitest';
import {actionFor} from '../../../source/ui/browse/command-actions.js';
import {helpEntries} from '../../../source/ui/browse/help-entries.js';
import {
	bindingsFor,
	keyMap,
	keysLabel,
	type CommandId,
	type Scope,
} from '../../../source/ui/browse/key-map.js';
import {splitPresses} from '../../../source/ui/browse/key-press.js';
import {
	useKeyMap,
	type KeyPress,
} from '../../../source/ui/browse/use-key-map.js';
import {sequenceFor} from './key-sequences.js';

const scopes: Scope[] = ['list', 'pane', 'search', 'help'];
const context = {
	input: 'x',
	paneHeight: 10,
	paneMaxScroll: 5,
	helpMaxScroll: 5,
};

function Listener({
	scope,
	heard,
}: {
	scope: Scope;
	heard: Array<{command: CommandId; input: string}>;
}) {
	const routing = {focus: useRef(scope), carried: useRef<KeyPress[]>([])};
	useKeyMap(scope, true, routing, (command, input) =>
		heard.push({command, input}),
	);
	return <Text>listening</Text>;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('the key map', () => {
	it('gives every command at least one key and a description', () => {
		for (const binding of keyMap) {
			expect(binding.keys.length, binding.command).toBeGreaterThan(0);
			expect(binding.description.trim(), binding.command).not.toBe('');
			expect(binding.scopes.length, binding.command).toBeGreaterThan(0);
		}
	});

	it('lists each command once', () => {
		const commands = keyMap.map((binding) => binding.command);

		expect(new Set(commands).size).toBe(commands.length);
	});

	it('binds no key twice within a part of the screen', () => {
		for (const scope of scopes) {
			const labels = bindingsFor(scope).flatMap((binding) =>
				binding.keys.map((spec) => JSON.stringify(spec)),
			);

			expect(new Set(labels).size, scope).toBe(labels.length);
		}
	});

	it('gives every command something to do', () => {
		for (const binding of keyMap) {
			const result = actionFor(binding.command, context);

			expect('action' in result || 'effect' in result, binding.command).toBe(
				true,
			);
		}
	});

	it('shows every binding in the help, with its keys', () => {
		const shown = helpEntries().flatMap((entry) =>
			'binding' in entry ? [entry.binding.command] : [],
		);

		expect(shown.sort()).toEqual(
			keyMap.map((binding) => binding.command).sort(),
		);
		expect(keysLabel(keyMap.find((b) => b.command === 'pageDown')!)).toBe(
			'ctrl-d PgDn',
		);
	});

	it('offers help and quit in the footer of the list and the pane', () => {
		for (const scope of ['list', 'pane'] as const) {
			const hinted = bindingsFor(scope)
				.filter((binding) => binding.hint)
				.map((binding) => binding.command);

			expect(hinted).toEqual(expect.arrayContaining(['help', 'quit']));
		}
	});

	it('splits keys that arrived together into single presses', () => {
		const presses = splitPresses('jG\r\u0004', {
			ctrl: false,
			meta: false,
		} as never);

		expect(presses.map((press) => press.input)).toEqual(['j', 'G', '\r', 'd']);
		expect(presses[2]!.key.return).toBe(true);
		expect(presses[3]!.key.ctrl).toBe(true);
	});

	describe.each(scopes)('in the %s', (scope) => {
		it('runs each binding for every one of its keys, as Ink reads them', async () => {
			const heard: Array<{command: CommandId; input: string}> = [];
			const {stdin, unmount} = render(<Listener scope={scope} heard={heard} />);
			const expected: CommandId[] = [];
			await settle();

			for (const binding of bindingsFor(scope)) {
				for (const spec of binding.keys) {
					stdin.write(sequenceFor(spec));
					expected.push(binding.command);
					await settle();
				}
			}

			unmount();
			expect(heard.map((entry) => entry.command)).toEqual(expected);
		});
	});
});
