import PQueue from 'p-queue';
import type {WaitingNotice} from '../evaluator.js';

export type PacerOptions = {
	/**
	 * Arrival times at the server jitter (network, a busy event loop), so
	 * starts are spaced as if each second were this much longer: a server
	 * counting a sliding one-second window then sees one request too many
	 * only if an arrival is late by more than this. It costs the same
	 * share of throughput (25 ms: 2.5%).
	 */
	jitterAllowanceMs: number;
	/** Request starts per second, spaced evenly; fractions allowed. */
	requestsPerSecond: number;
	/** Requests in flight at once. */
	concurrency: number;
};

export type RequestPacer = {
	/**
	 * Runs one request when the pace allows. Higher priorities start
	 * first: retries of jobs already begun go before new jobs.
	 */
	run<T>(
		request: () => Promise<T>,
		options?: {signal?: AbortSignal; priority?: number},
	): Promise<T>;
	/**
	 * Holds every request that has not started yet (not only the caller's)
	 * for `ms`, as a rate-limited server asks; a later end wins.
	 */
	pauseFor(ms: number, reason: string): void;
	onWaiting(listener: (notice: WaitingNotice) => void): void;
};

/**
 * The evaluator's one queue of HTTP requests. Every attempt of every job
 * goes through it, retries included, so the limits hold for the whole
 * run and not per job.
 */
export function createRequestPacer(options: PacerOptions): RequestPacer {
	const queue = new PQueue({
		concurrency: options.concurrency,
		interval: (1000 + options.jitterAllowanceMs) / options.requestsPerSecond,
		intervalCap: 1,
		// A fixed window lets two starts meet at a window's edge; the
		// sliding one keeps every pair of starts an interval apart.
		strict: true,
	});
	const listeners = new Set<(notice: WaitingNotice) => void>();
	let pausedUntil = 0;
	let timer: NodeJS.Timeout | undefined;

	const resume = () => {
		clearTimeout(timer);
		timer = undefined;
		pausedUntil = 0;
		queue.start();
	};

	// A pause is a timer that keeps the process alive; once nothing waits
	// for it any more (the run was interrupted), it is let go.
	const releaseIfIdle = () => {
		if (timer && queue.size === 0 && queue.pending === 0) {
			resume();
		}
	};

	return {
		async run(request, runOptions = {}) {
			const {signal, priority = 0} = runOptions;
			const onAbort = () => setImmediate(releaseIfIdle);
			signal?.addEventListener('abort', onAbort, {once: true});

			try {
				return await queue.add(() => request(), {signal, priority});
			} catch (error) {
				signal?.throwIfAborted();
				throw error;
			} finally {
				signal?.removeEventListener('abort', onAbort);
			}
		},

		pauseFor(ms, reason) {
			const until = Date.now() + ms;

			if (until <= pausedUntil) {
				return;
			}

			pausedUntil = until;
			queue.pause();
			clearTimeout(timer);
			timer = setTimeout(resume, ms);

			for (const listener of listeners) {
				listener({seconds: Math.ceil(ms / 1000), reason});
			}
		},

		onWaiting(listener) {
			listeners.add(listener);
		},
	};
}
