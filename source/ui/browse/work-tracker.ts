/**
 * Keeps count of the database work the screen started, so the database
 * is closed only once it has all settled. Closing the embedded database
 * while a query runs never returns (the PGlite driver closes under the
 * running query and spins), which would hang `q` and Ctrl-C; the wait
 * can go once the connection's close waits for its queries itself.
 */
export type WorkTracker = {
	track: <T>(work: Promise<T>) => Promise<T>;
	/** Resolves when no tracked work is left, however it ended. */
	settled: () => Promise<void>;
};

export function createWorkTracker(): WorkTracker {
	const pending = new Set<Promise<unknown>>();

	return {
		track(work) {
			pending.add(work);
			const forget = () => pending.delete(work);
			work.then(forget, forget);
			return work;
		},
		async settled() {
			while (pending.size > 0) {
				await Promise.allSettled([...pending]);
			}
		},
	};
}
