import type {Key} from 'ink';
import {
	keyMap,
	type CommandId,
	type KeySpec,
	type NamedKey,
	type Scope,
} from './key-map.js';

/**
 * From what Ink reports for a key press to a command of the key map. The
 * map says which keys there are; this says how a press is recognised.
 */

const namedKeyFields: Record<NamedKey, keyof Key> = {
	up: 'upArrow',
	down: 'downArrow',
	pageUp: 'pageUp',
	pageDown: 'pageDown',
	home: 'home',
	end: 'end',
	return: 'return',
	escape: 'escape',
	tab: 'tab',
	backspace: 'backspace',
	delete: 'delete',
};

/** Whether what Ink reported for a key press is this key. */
export function keyMatches(spec: KeySpec, input: string, key: Key): boolean {
	if ('char' in spec) {
		return input === spec.char && !key.ctrl && !isNamedKey(key);
	}

	if ('ctrl' in spec) {
		return key.ctrl && input === spec.ctrl;
	}

	if ('key' in spec) {
		return key[namedKeyFields[spec.key]] === true;
	}

	return isPrintable(input, key);
}

/** The command a key press runs in a scope, if any. */
export function commandFor(
	scope: Scope,
	input: string,
	key: Key,
): CommandId | undefined {
	for (const binding of keyMap) {
		if (!binding.scopes.includes(scope)) {
			continue;
		}

		if (binding.keys.some((spec) => keyMatches(spec, input, key))) {
			return binding.command;
		}
	}

	return undefined;
}

/**
 * One key press per character. Ink hands over what arrived at once as one
 * input, so keys typed (or auto-repeated) faster than a frame is drawn
 * come as "jjj" or "jj\r"; each is meant as a key of its own. Escape
 * sequences (arrows, page keys) are already single presses.
 */
export function splitPresses(
	input: string,
	key: Key,
): Array<{input: string; key: Key}> {
	const characters = Array.from(input);

	if (characters.length <= 1 || key.ctrl || key.meta || isNamedKey(key)) {
		return [{input, key}];
	}

	return characters.map((character) => pressOf(character));
}

function pressOf(character: string): {input: string; key: Key} {
	const key: Key = {
		upArrow: false,
		downArrow: false,
		leftArrow: false,
		rightArrow: false,
		pageDown: false,
		pageUp: false,
		home: false,
		end: false,
		return: character === '\r' || character === '\n',
		escape: false,
		ctrl: false,
		shift: /^[A-Z]$/.test(character),
		tab: character === '\t',
		backspace: character === '\b',
		delete: character === '\u007F',
		meta: false,
		super: false,
		hyper: false,
		capsLock: false,
		numLock: false,
	};
	const code = character.codePointAt(0)!;

	// Control and a letter arrives as a code from 1 to 26.
	if (code >= 1 && code <= 26 && !key.return && !key.tab && !key.backspace) {
		return {
			input: String.fromCodePoint(code + 96),
			key: {...key, ctrl: true},
		};
	}

	return {input: key.tab || key.delete || key.backspace ? '' : character, key};
}

function isNamedKey(key: Key): boolean {
	return Object.values(namedKeyFields).some((field) => key[field] === true);
}

function isPrintable(input: string, key: Key): boolean {
	if (input === '' || key.ctrl || key.meta || isNamedKey(key)) {
		return false;
	}

	// eslint-disable-next-line no-control-regex
	return !/[\u0000-\u001F\u007F]/.test(input);
}
