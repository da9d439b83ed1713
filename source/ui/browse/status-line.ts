import {formatCount} from '../../text/format.js';
import {cutToWidth, textWidth} from '../../text/fit-width.js';
import type {BrowseFilters, BrowseState} from './browse-state.js';
import type {Line, Segment} from './segments.js';

const sortNames = {score: 'total', newest: 'newest', budget: 'budget'};

/**
 * The status line: where the selection is, how many jobs match, the
 * filters and sort in force, and the message of the last action (or the
 * triage counts when there is none). In the search, the query as typed.
 */
export function statusLine(state: BrowseState, width: number): Line {
	if (state.focus === 'search') {
		return fit(
			[
				{text: '/', color: 'cyan', bold: true},
				{text: state.searchDraft},
				{text: '▏', color: 'cyan'},
				{text: `  ${positionText(state)}`, dim: true},
			],
			width,
		);
	}

	const segments: Segment[] = [
		{text: positionText(state), bold: true},
		{text: '  '},
		{text: filterSummary(state.filters), color: 'cyan'},
		{text: '  '},
	];

	if (state.error) {
		segments.push({text: state.error, color: 'red'});
	} else if (state.message) {
		segments.push({text: state.message, color: 'yellow'});
	} else {
		const {shortlisted, applied, dismissed} = state.triageCounts;
		segments.push({
			text: `${shortlisted} shortlisted, ${applied} applied, ${dismissed} dismissed`,
			dim: true,
		});
	}

	return fit(segments, width);
}

/** "12/340", "0/0", "…" while the first count is on its way. */
export function positionText(state: BrowseState): string {
	if (state.total === null) return '…';
	if (state.total === 0) return '0/0';
	return `${formatCount(state.selected + 1)}/${formatCount(state.total)}`;
}

/** "AI only · High · ≥70 · shortlisted · "rag" · total ↓". */
export function filterSummary(filters: BrowseFilters): string {
	const parts = [filters.aiOnly ? 'AI only' : 'all jobs'];

	if (filters.priority !== 'all') parts.push(filters.priority);
	if (filters.minScore > 0) parts.push(`≥${filters.minScore}`);
	if (filters.triage !== 'all') parts.push(filters.triage);
	if (filters.showDismissed) parts.push('+dismissed');
	if (filters.search.trim()) parts.push(`“${filters.search.trim()}”`);

	parts.push(`${sortNames[filters.sort]} ${filters.reverse ? '↑' : '↓'}`);
	return parts.join(' · ');
}

function fit(segments: Segment[], width: number): Line {
	const line: Segment[] = [];
	let room = width;

	for (const segment of segments) {
		if (room <= 0) break;
		const text = cutToWidth(segment.text, room);
		line.push({...segment, text});
		room -= textWidth(text);
	}

	return line;
}
