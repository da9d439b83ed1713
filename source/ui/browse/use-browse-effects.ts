import type {Kysely} from 'kysely';
import {useCallback, type Dispatch, type RefObject} from 'react';
import type {Database} from '../../db/database.js';
import {restoreTriage, setTriageState} from '../../db/triage.repository.js';
import {describeError} from '../../errors/describe-error.js';
import {sanitizeLine} from '../../text/sanitize.js';
import type {BrowseAction} from './browse-actions.js';
import {selectedJob, type BrowseState} from './browse-state.js';
import type {BrowseEffect} from './command-actions.js';
import {isWebUrl, type UrlActions} from './url-actions.js';

/**
 * Carries out the commands that reach outside the screen's state (the
 * triage table, the browser, the clipboard) and reports back to the
 * reducer with a message. A failure becomes a message too: a triage
 * screen should not die because the clipboard did.
 */
export function useBrowseEffects(
	db: Kysely<Database>,
	/** The state with every action so far applied, drawn or not. */
	latest: RefObject<BrowseState>,
	dispatch: Dispatch<BrowseAction>,
	urlActions: UrlActions,
	quit: () => void,
): (effect: BrowseEffect) => Promise<void> {
	return useCallback(
		async (effect: BrowseEffect) => {
			const current = latest.current;
			const job = selectedJob(current);
			const say = (message: string) => dispatch({type: 'say', message});

			try {
				switch (effect.type) {
					case 'quit':
						quit();
						return;
					case 'undo': {
						const change = current.undo.at(-1);

						if (!change) {
							say('Nothing to undo in this session.');
							return;
						}

						await restoreTriage(db, change.jobId, change.previous);
						dispatch({type: 'undone', change});
						return;
					}
				}

				if (!job) {
					say('No job is selected.');
					return;
				}

				switch (effect.type) {
					case 'triage': {
						const next =
							job.triage?.state === effect.state ? null : effect.state;
						const previous = await setTriageState(db, job.id, next);
						dispatch({
							type: 'triaged',
							change: {
								jobId: job.id,
								title: sanitizeLine(job.title),
								previous,
								next,
							},
						});
						return;
					}

					case 'openUrl':
					case 'copyUrl': {
						const url = sanitizeLine(job.url);

						if (!isWebUrl(url)) {
							say(
								`The job's URL is not a web address, so it was left alone: ${url}`,
							);
							return;
						}

						if (effect.type === 'openUrl') {
							await urlActions.open(url);
							say(`Opened ${url}`);
						} else {
							const where = await urlActions.copy(url);
							say(
								where === 'clipboard'
									? `Copied ${url}`
									: `Sent ${url} to the terminal's clipboard (no clipboard tool found).`,
							);
						}
					}
				}
			} catch (error) {
				say(describeError(error).message);
			}
		},
		[db, latest, dispatch, urlActions, quit],
	);
}
