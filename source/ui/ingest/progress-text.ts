import type {IngestOutcome} from '../../pipeline/ingest-session.js';
import {
	fractionDone,
	jobsPerSecond,
	processedCount,
	projectedCost,
	timeLeft,
	waitingSeconds,
	type RunProgress,
} from '../../pipeline/run-progress.js';
import type {EvaluationSummary} from '../../pipeline/run-events.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {formatCost, formatCount, formatDuration} from '../../text/format.js';

/**
 * The words of an ingest's progress, shared by the live view and the
 * plain lines printed when stdout is not a terminal, so both say the same.
 */

export function evaluatorLabel(progress: RunProgress): string {
	if (!progress.evaluator) return '';
	return progress.evaluator.kind === 'llm'
		? `LLM evaluator, model ${progress.evaluator.model}`
		: 'offline evaluator (no API key)';
}

export function readLine(progress: RunProgress): string {
	const parts = [
		`read ${formatCount(progress.jobsRead)} jobs`,
		`${formatCount(progress.inserted)} new`,
		`${formatCount(progress.updated)} changed`,
		`${formatCount(progress.unchanged)} unchanged`,
	];

	if (progress.rejected > 0) {
		parts.push(`${formatCount(progress.rejected)} rejected`);
	}

	return parts.join(' · ');
}

export function countsLine(progress: RunProgress): string {
	return [
		`evaluated ${formatCount(progress.scored)}`,
		`AI-related ${formatCount(progress.aiRelated)}`,
		`not AI ${formatCount(progress.notAiRelated)}`,
		`gated ${formatCount(progress.gated)}`,
		`failed ${formatCount(progress.failed)}`,
	].join(' · ');
}

export function paceLine(progress: RunProgress): string {
	const left = timeLeft(progress);
	const parts = [
		`${formatCount(processedCount(progress))}/${formatCount(progress.toEvaluate)} jobs`,
		`${jobsPerSecond(progress).toFixed(1)} jobs/s`,
		left === null ? 'time left: estimating' : `${formatDuration(left)} left`,
	];

	if (progress.checkpoint > 0) {
		parts.splice(1, 0, `checkpoint ${formatCount(progress.checkpoint)}`);
	}

	return parts.join(' · ');
}

/** Tokens and cost; empty for the offline evaluator, which costs nothing. */
export function costLine(progress: RunProgress): string {
	if (progress.evaluator?.kind !== 'llm') return '';
	const {tokens} = progress;
	return [
		`tokens ${formatCount(tokens.prompt)} in (${formatCount(tokens.cached)} cached)`,
		`${formatCount(tokens.completion)} out`,
		`cost ${formatCost(progress.costUsd)}`,
		`projected ${formatCost(projectedCost(progress))}`,
	].join(' · ');
}

export function waitingLine(progress: RunProgress): string {
	const seconds = waitingSeconds(progress);
	if (seconds <= 0 || !progress.waiting) return '';
	return `waiting ${seconds}s for the rate limit (${progress.waiting.reason})`;
}

export function outcomeLabel(outcome: EvaluationSummary): string {
	switch (outcome.status) {
		case 'evaluated':
			return outcome.isAiRelated
				? `${outcome.total.toFixed(1).padStart(5)} ${outcome.priority.padEnd(6)}`
				: `${outcome.total.toFixed(1).padStart(5)} not AI`;
		case 'gated':
			return 'gated       ';
		case 'failed':
			return 'FAILED      ';
	}
}

export function percent(progress: RunProgress): string {
	return `${Math.floor(fractionDone(progress) * 100)}%`;
}

/** The closing lines, whether the run finished, stopped or was interrupted. */
export function summaryLines(outcome: IngestOutcome): string[] {
	const {summary} = outcome;
	const lines: string[] = [];
	const headline = {
		completed: 'Ingest complete.',
		interrupted:
			'Ingest interrupted: everything evaluated so far is stored; run the same command again to finish.',
		stopped: 'Ingest stopped:',
	}[summary.status];

	lines.push(
		summary.status === 'stopped'
			? `${headline} ${summary.stopReason ?? ''}`.trim()
			: headline,
		`  jobs in file     ${formatCount(summary.jobsRead + summary.rejected)}`,
		`  stored           ${formatCount(summary.jobsRead)} (${formatCount(summary.inserted)} new, ${formatCount(summary.updated)} changed, ${formatCount(summary.unchanged)} unchanged)`,
		`  evaluated        ${formatCount(summary.scored)} of ${formatCount(summary.toEvaluate)} that needed it`,
		`  AI-related       ${formatCount(summary.aiRelated)}`,
		`  not AI-related   ${formatCount(summary.notAiRelated)}`,
		`  gated by budget  ${formatCount(summary.gated)}`,
		`  errors           ${formatCount(summary.failed)} failed, ${formatCount(summary.rejected)} rejected items`,
	);

	if (summary.costUsd > 0) {
		lines.push(`  cost             ${formatCost(summary.costUsd)}`);
	}

	lines.push(`  stored in        ${outcome.location}`);

	if (summary.failed > 0) {
		lines.push(
			'Failed jobs keep their reason; run the same command again to retry them.',
		);
	}

	if (outcome.staleLeft > 0) {
		lines.push(
			`${formatCount(outcome.staleLeft)} evaluations were made with another profile, evaluator or model; \`--stale\` redoes them.`,
		);
	}

	if (summary.status === 'completed') {
		lines.push(
			'Next: `upwork-eval browse` to triage, `upwork-eval stats` for totals.',
		);
	}

	return lines;
}

export function rejectionLine(rejection: {
	index: number;
	id: string | null;
	field: string;
	message: string;
}): string {
	const id = rejection.id ? ` (id ${rejection.id})` : '';
	return `skipped item ${rejection.index}${id}: \`${sanitizeLine(rejection.field)}\` ${sanitizeLine(rejection.message)}`;
}
