import {useEffect, useRef, useState} from 'react';
import {
	runIngestSession,
	type IngestOutcome,
	type IngestRequest,
} from '../../pipeline/ingest-session.js';
import type {RunEvent} from '../../pipeline/run-events.js';
import {
	initialRunProgress,
	reduceRunProgress,
	type RunProgress,
} from '../../pipeline/run-progress.js';

export type IngestRunState = {
	progress: RunProgress;
	outcome: IngestOutcome | null;
	error: unknown;
};

/**
 * Runs one ingest for the life of the component and keeps its progress.
 * Events can arrive thousands of times a second (offline), so they are
 * folded into a ref and the screen is refreshed at most every
 * `refreshMs`; `onEvent` sees every one, for the plain printer.
 *
 * The first Ctrl-C (SIGINT) asks the run to stop cleanly: evaluations
 * under way finish or are dropped, nothing is marked failed, and the
 * summary is shown. A second one quits at once.
 */
export function useIngestRun(
	request: IngestRequest,
	options: {
		refreshMs: number;
		onEvent?: (event: RunEvent, progress: RunProgress) => void;
	},
): IngestRunState {
	const progressRef = useRef(initialRunProgress(Date.now()));
	const [state, setState] = useState<IngestRunState>({
		progress: progressRef.current,
		outcome: null,
		error: undefined,
	});

	useEffect(() => {
		const controller = new AbortController();
		let interrupts = 0;

		const emit = (event: RunEvent) => {
			progressRef.current = reduceRunProgress(
				progressRef.current,
				event,
				Date.now(),
			);
			options.onEvent?.(event, progressRef.current);
		};

		const onInterrupt = () => {
			interrupts += 1;

			if (interrupts > 1) {
				process.exit(130);
			}

			emit({type: 'stopping', reason: 'interrupted'});
			controller.abort();
		};

		process.on('SIGINT', onInterrupt);
		process.on('SIGTERM', onInterrupt);

		const timer = setInterval(() => {
			const progress = {...progressRef.current, now: Date.now()};
			setState((previous) => ({...previous, progress}));
		}, options.refreshMs);

		runIngestSession(request, emit, controller.signal).then(
			(outcome) => {
				clearInterval(timer);
				setState({progress: progressRef.current, outcome, error: undefined});
			},
			(error: unknown) => {
				clearInterval(timer);
				setState({progress: progressRef.current, outcome: null, error});
			},
		);

		return () => {
			clearInterval(timer);
			process.off('SIGINT', onInterrupt);
			process.off('SIGTERM', onInterrupt);
			controller.abort();
		};
		// One run per mounted command; the request does not change.
		// eslint-disable-next-line react-hooks/exhaustive-deps
	}, []);

	return state;
}
