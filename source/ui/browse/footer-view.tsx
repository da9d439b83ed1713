import {cutToWidth, textWidth} from '../../text/fit-width.js';
import {bindingsFor, keyLabel, type Scope} from './key-map.js';
import {SegmentLine} from './segment-line.js';
import type {Segment} from './segments.js';

type Props = {scope: Scope; width: number};

// Help and quit lead, so the way out and the way to every other key
// survive when a narrow terminal cuts the footer short.
const leading = new Set(['help', 'quit', 'closeHelp']);

/** The keys of the focused part, from the key map's hints. */
export function FooterView({scope, width}: Props) {
	const bindings = bindingsFor(scope).filter((binding) => binding.hint);
	const ordered = [
		...bindings.filter((binding) => leading.has(binding.command)),
		...bindings.filter((binding) => !leading.has(binding.command)),
	];
	const segments: Segment[] = [];
	let room = width;

	for (const binding of ordered) {
		const key = keyLabel(binding.keys[0]!);
		const text = `${key} ${binding.hint}  `;

		if (textWidth(text) > room) {
			segments.push({text: cutToWidth('…', room), dim: true});
			break;
		}

		segments.push(
			{text: key, color: 'cyan'},
			{text: ` ${binding.hint}  `, dim: true},
		);
		room -= textWidth(text);
	}

	return <SegmentLine line={segments} />;
}
