import type {KeySpec, NamedKey} from '../../../source/ui/browse/key-map.js';

const namedSequences: Record<NamedKey, string> = {
	up: '\u001B[A',
	down: '\u001B[B',
	pageUp: '\u001B[5~',
	pageDown: '\u001B[6~',
	home: '\u001B[H',
	end: '\u001B[F',
	return: '\r',
	escape: '\u001B',
	tab: '\t',
	backspace: '\b',
	delete: '\u007F',
};

/** The bytes a terminal sends for a key of the key map. */
export function sequenceFor(spec: KeySpec): string {
	if ('char' in spec) return spec.char;
	if ('ctrl' in spec)
		return String.fromCodePoint(spec.ctrl.codePointAt(0)! - 96);
	if ('key' in spec) return namedSequences[spec.key];
	return 'x';
}
