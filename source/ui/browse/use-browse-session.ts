import {useApp} from 'ink';
import {useCallback, useEffect, useRef, useState} from 'react';
import {readSettings} from '../../config/settings.js';
import type {DatabaseHandle} from '../../db/connection.js';
import {openAppDatabase} from '../../db/open-app-database.js';
import {describeError} from '../../errors/describe-error.js';
import {exitCodes} from '../../errors/user-error.js';
import {readProfile, type Profile} from '../../evaluation/profile.js';
import {createStalenessCheck, type StalenessCheck} from './staleness.js';
import {createWorkTracker, type WorkTracker} from './work-tracker.js';

export type BrowseSession =
	| {status: 'opening'}
	| {
			status: 'ready';
			handle: DatabaseHandle;
			profile: Profile | null;
			isStale: StalenessCheck;
	  };

/**
 * Opens what browse works on (settings, the database, the profile) and
 * closes the database when the screen goes, by `q` or by Ctrl-C. A
 * failure to open ends the program with its sentence on stderr.
 */
export function useBrowseSession(options: {dataDir?: string; debug: boolean}): {
	session: BrowseSession;
	quit: () => void;
	work: WorkTracker;
} {
	const {exit} = useApp();
	const [session, setSession] = useState<BrowseSession>({status: 'opening'});
	const handleRef = useRef<DatabaseHandle | null>(null);
	const [work] = useState(createWorkTracker);
	const {dataDir, debug} = options;

	useEffect(() => {
		let active = true;

		void (async () => {
			try {
				const settings = readSettings();
				const handle = await openAppDatabase(settings, {dataDir});

				if (!active) {
					await handle.close();
					return;
				}

				handleRef.current = handle;
				// Without a readable profile the screen still works: expertise
				// areas show by id and staleness reads only posting changes.
				const profile = await readProfile(settings.UPWORK_EVAL_PROFILE).catch(
					() => null,
				);
				const isStale = createStalenessCheck(profile, settings);

				if (active) {
					setSession({status: 'ready', handle, profile, isStale});
				}
			} catch (error) {
				const described = describeError(error, debug);
				process.exitCode = described.exitCode;
				process.stderr.write(`${described.message}\n`);
				exit();
			}
		})();

		return () => {
			active = false;
			// Unmounted without `q` or a failure to open: Ctrl-C.
			process.exitCode ??= exitCodes.interrupted;
			void closeOnce(handleRef, work);
		};
	}, [dataDir, debug, exit, work]);

	const quit = useCallback(() => {
		process.exitCode = exitCodes.ok;
		void closeOnce(handleRef, work).finally(() => exit());
	}, [exit, work]);

	return {session, quit, work};
}

async function closeOnce(
	ref: {current: DatabaseHandle | null},
	work: WorkTracker,
) {
	const handle = ref.current;
	ref.current = null;

	if (handle) {
		await work.settled();
		// Closing the embedded database resets process.exitCode (its WASM
		// runtime exits with 0); the code decided before must survive it.
		const exitCode = process.exitCode;
		await handle.close().catch(() => undefined);
		process.exitCode = exitCode;
	}
}
