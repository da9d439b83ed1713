import type {RunEvent} from '../../pipeline/run-events.js';
import type {RunProgress} from '../../pipeline/run-progress.js';
import {formatCount} from '../../text/format.js';
import {
	costLine,
	countsLine,
	evaluatorLabel,
	paceLine,
	readLine,
	rejectionLine,
	waitingLine,
} from './progress-text.js';

/**
 * Progress as plain lines for a pipe or a log file: no escape codes, one
 * line per step, and checkpoint lines at most once per `minimumGapMs` so a
 * fast offline run of 100,000 jobs does not print 10,000 of them.
 */
export function createPlainProgressPrinter(
	write: (line: string) => void,
	minimumGapMs = 1000,
) {
	let lastCheckpointAt = Number.NEGATIVE_INFINITY;
	let lastWaitingReason = '';

	return (event: RunEvent, progress: RunProgress) => {
		switch (event.type) {
			case 'reading':
				write(
					`reading ${progress.source} (${formatCount(progress.totalBytes)} bytes) with the ${evaluatorLabel(progress)}`,
				);
				break;

			case 'rejected':
				write(rejectionLine(event));
				break;

			case 'evaluating':
				write(readLine(progress));
				write(
					`evaluating ${formatCount(event.total)} jobs (${formatCount(event.alreadyEvaluated)} already evaluated)`,
				);
				break;

			case 'checkpoint':
				if (
					progress.now - lastCheckpointAt >= minimumGapMs ||
					event.done === event.total
				) {
					lastCheckpointAt = progress.now;
					write([paceLine(progress), countsLine(progress)].join(' · '));
					const cost = costLine(progress);
					if (cost) write(cost);
				}

				break;

			case 'waiting': {
				const line = waitingLine(progress);
				if (line && event.reason !== lastWaitingReason) write(line);
				lastWaitingReason = line ? event.reason : '';
				break;
			}

			case 'stopping':
				write(
					event.reason === 'interrupted'
						? 'interrupted: finishing the evaluations under way, then stopping (Ctrl-C again to quit at once)'
						: `stopping: ${event.message ?? ''}`,
				);
				break;

			case 'read':
			case 'evaluated':
			case 'done':
				break;
		}
	};
}
