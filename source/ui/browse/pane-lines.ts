import type {ListedJob} from '../../db/job-listing.repository.js';
import {cutToWidth, textWidth, wrapToWidth} from '../../text/fit-width.js';
import {sanitizeLine, sanitizeText} from '../../text/sanitize.js';
import {ago, clientFacts, evaluatorName, termsFacts} from './job-facts.js';
import {priorityColors, triageColors} from './list-row.js';
import {indented, type Line, type Segment} from './segments.js';
import {verdictLines} from './verdict-lines.js';
import type {StalenessCheck} from './staleness.js';

export type PaneContext = {
	width: number;
	/** Expertise area names by id. */
	expertiseNames: ReadonlyMap<string, string>;
	isStale: StalenessCheck | null;
	now: Date;
};

/**
 * Everything the pane shows about one job, as lines already wrapped to
 * the pane's width, so the view can scroll them by line.
 */
export function paneLines(job: ListedJob, context: PaneContext): Line[] {
	const {width} = context;
	const lines: Line[] = [];
	const wrapped = (text: string, style: Omit<Segment, 'text'> = {}) => {
		for (const line of wrapToWidth(text, width)) {
			lines.push([{...style, text: line}]);
		}
	};

	wrapped(sanitizeLine(job.title), {bold: true});
	lines.push(summaryLine(job, context));
	lines.push([]);
	lines.push(...verdictLines(job.evaluation, context.width));
	lines.push([]);

	const evaluation = job.evaluation;

	if (evaluation?.techStack.length) {
		wrapped(`Stack: ${sanitizeLine(evaluation.techStack.join(', '))}`);
	}

	if (evaluation?.matchedExpertise.length) {
		lines.push([{text: 'Expertise', bold: true}]);

		for (const match of evaluation.matchedExpertise) {
			const name = context.expertiseNames.get(match.id) ?? match.id;
			const reason = sanitizeLine(match.reason);
			indented(
				lines,
				`${sanitizeLine(name)}${reason ? `: ${reason}` : ''}`,
				width,
			);
		}
	}

	wrapped(`Client: ${clientFacts(job.client)}`);
	wrapped(`Terms: ${termsFacts(job, context.now)}`);

	if (evaluation) {
		const stale = context.isStale?.(evaluation) ?? null;
		wrapped(
			`Evaluator: ${evaluatorName(evaluation)}, ${ago(evaluation.evaluatedAt, context.now)}`,
			{dim: true},
		);

		if (stale) {
			wrapped(`Stale. ${stale}`, {
				color: 'yellow',
			});
		}
	}

	lines.push([]);
	lines.push([{text: 'Description', bold: true}]);
	wrapped(sanitizeText(job.description));

	return lines;
}

function summaryLine(job: ListedJob, context: PaneContext): Line {
	const evaluation = job.evaluation;
	const segments: Segment[] = [];

	if (evaluation?.total != null) {
		segments.push({text: `${evaluation.total.toFixed(1)} / 100`, bold: true});
	}

	if (evaluation?.priority) {
		segments.push(
			{text: '  '},
			{
				text: evaluation.priority,
				color: priorityColors[evaluation.priority],
				bold: true,
			},
		);
	}

	if (job.triage) {
		segments.push(
			{text: '  '},
			{
				text: `${job.triage.state} ${ago(job.triage.changedAt, context.now)}`,
				color: triageColors[job.triage.state],
			},
		);
	}

	return clip(segments.length > 0 ? segments : [{text: 'Not scored'}], context);
}

/** Cuts a one-line summary to the pane's width, keeping its styles. */
function clip(segments: Segment[], context: PaneContext): Line {
	let room = context.width;
	const clipped: Segment[] = [];

	for (const segment of segments) {
		if (room <= 0) break;
		const text = cutToWidth(segment.text, room);
		clipped.push({...segment, text});
		room -= textWidth(text);
	}

	return clipped;
}
