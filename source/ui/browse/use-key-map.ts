import {useInput, type Key} from 'ink';
import {useEffect, useRef, type RefObject} from 'react';
import {focusCommands, type CommandId, type Scope} from './key-map.js';
import {commandFor, splitPresses} from './key-press.js';

export type KeyPress = {input: string; key: Key};

/**
 * What the parts of the screen share about the keyboard: which part has
 * it as of the latest render, and keys waiting for that part.
 */
export type KeyRouting = {
	focus: RefObject<Scope>;
	carried: RefObject<KeyPress[]>;
};

/**
 * Listens for the keys of one part of the screen while it has the focus,
 * and turns them into commands through the key map; nothing else.
 *
 * Ink moves a listener only after the frame is drawn (in an effect), so
 * a key pressed just after the focus moved can still reach the part that
 * lost it, and keys that arrive together ("/rag" typed faster than a
 * frame) may span a change of focus. Such keys are handed on through
 * `carried` to the part that has the focus, which runs them as soon as
 * it listens.
 */
export function useKeyMap(
	scope: Scope,
	isActive: boolean,
	routing: KeyRouting,
	onCommand: (command: CommandId, input: string) => void,
): void {
	const {focus, carried} = routing;

	const run = (presses: KeyPress[]) => {
		for (const [index, press] of presses.entries()) {
			if (focus.current !== scope) {
				carried.current.push(...presses.slice(index));
				return;
			}

			const command = commandFor(scope, press.input, press.key);

			if (!command) {
				continue;
			}

			onCommand(command, press.input);

			if (focusCommands.has(command)) {
				carried.current = command === 'quit' ? [] : presses.slice(index + 1);
				return;
			}
		}
	};

	// The latest `run`, for the effect below without re-running it on
	// every render.
	const latestRun = useRef(run);
	latestRun.current = run;

	useEffect(() => {
		if (!isActive || carried.current.length === 0) {
			return;
		}

		const presses = carried.current;
		carried.current = [];
		latestRun.current(presses);
	}, [isActive, carried]);

	useInput((input, key) => run(splitPresses(input, key)), {isActive});
}
