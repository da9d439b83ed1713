import type {Kysely} from 'kysely';
import {useEffect, useRef, type Dispatch} from 'react';
import type {Database} from '../../db/database.js';
import {describeError} from '../../errors/describe-error.js';
import {loadListing, loadWindow, windowToLoad} from './browse-loader.js';
import type {BrowseAction} from './browse-actions.js';
import {queryFor, type BrowseState} from './browse-state.js';
import type {WorkTracker} from './work-tracker.js';

/**
 * Keeps the rows on screen loaded: counts and a window anew whenever the
 * state's version moves on (filters, triage, reload), and another window
 * whenever the list scrolls past the loaded one. Answers that arrive
 * after the question changed are dropped.
 */
export function useJobWindow(
	db: Kysely<Database>,
	state: BrowseState,
	dispatch: Dispatch<BrowseAction>,
	work: WorkTracker,
): void {
	// The latest state, read when a load starts: the load is triggered by
	// the version alone, not by every move of the selection.
	const latest = useRef(state);
	latest.current = state;

	useEffect(() => {
		const {version, filters, selected, top, layout} = latest.current;
		let current = true;

		work
			.track(
				loadListing(db, queryFor(filters), {
					selected,
					top,
					rows: layout.listRows,
				}),
			)
			.then(
				(snapshot) => {
					if (current) dispatch({type: 'loaded', version, ...snapshot});
				},
				(error: unknown) => {
					if (current) {
						const {message} = describeError(error);
						dispatch({type: 'loadFailed', version, message});
					}
				},
			);

		return () => {
			current = false;
		};
	}, [db, dispatch, work, state.version]);

	const range = windowToLoad(state);
	const offset = range?.offset;
	const limit = range?.limit;

	useEffect(() => {
		if (offset === undefined || limit === undefined) {
			return;
		}

		const {version, filters, total} = latest.current;
		let current = true;

		work
			.track(loadWindow(db, queryFor(filters), {offset, limit}, total ?? 0))
			.then(
				(window) => {
					if (current) dispatch({type: 'windowLoaded', version, window});
				},
				(error: unknown) => {
					if (current) {
						const {message} = describeError(error);
						dispatch({type: 'loadFailed', version, message});
					}
				},
			);

		return () => {
			current = false;
		};
	}, [db, dispatch, work, offset, limit]);
}
