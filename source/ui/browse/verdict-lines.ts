import type {ListedEvaluation} from '../../db/job-listing.repository.js';
import {criteria} from '../../evaluation/rubric.js';
import {fitWidth, wrapToWidth} from '../../text/fit-width.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {indented, type Line} from './segments.js';

const barWidth = 10;

/** The five criteria, or why there are none. */
export function verdictLines(
	evaluation: ListedEvaluation | null,
	width: number,
): Line[] {
	const lines: Line[] = [];
	const note = (text: string, color: string) => {
		for (const line of wrapToWidth(text, width)) {
			lines.push([{text: line, color}]);
		}
	};

	if (!evaluation) {
		note(
			'Not evaluated yet: run `upwork-eval ingest` on its export again.',
			'blue',
		);
		return lines;
	}

	if (evaluation.status === 'gated') {
		const reason = sanitizeLine(evaluation.filterReason ?? 'no reason given');
		note(`Not evaluated: the gate held it back (${reason}).`, 'yellow');
		return lines;
	}

	if (evaluation.status === 'failed') {
		const reason = sanitizeLine(evaluation.failureReason ?? 'unknown');
		note(`Evaluation failed: ${reason}`, 'red');
		return lines;
	}

	if (evaluation.isAiRelated === false) {
		const reason = sanitizeLine(evaluation.filterReason ?? 'no reason given');
		note(`Not AI-related: ${reason}`, 'yellow');
	}

	for (const criterion of criteria) {
		const score = evaluation.criteria?.[criterion.id];

		if (!score) {
			continue;
		}

		lines.push(
			criterionLine(criterion.label, criterion.weight, score.score, width),
		);

		if (score.reason) {
			indented(lines, sanitizeLine(score.reason), width, {dim: true});
		}
	}

	return lines;
}

function criterionLine(
	label: string,
	weight: number,
	score: number,
	width: number,
): Line {
	const filled = Math.round(Math.min(10, Math.max(0, score)));
	const figure = ` ${String(score).padStart(2)}/10`;
	const title = `${label} (${weight}%)`;
	const room = width - figure.length - 1;

	// Too narrow for a bar: the label and the figure alone.
	if (room < barWidth + 4) {
		return [
			{text: fitWidth(title, Math.max(0, width - figure.length)), bold: true},
			{text: figure},
		];
	}

	return [
		{text: fitWidth(title, Math.min(26, room - barWidth)) + ' ', bold: true},
		{text: '█'.repeat(filled), color: barColor(score)},
		{text: '░'.repeat(barWidth - filled), dim: true},
		{text: figure},
	];
}

function barColor(score: number): string {
	if (score >= 8) return 'green';
	if (score >= 5) return 'yellow';
	return 'red';
}
