import {Box, Text, useApp, useStdin} from 'ink';
import type {Kysely} from 'kysely';
import {
	useCallback,
	useEffect,
	useMemo,
	useReducer,
	useRef,
	useState,
} from 'react';
import type {Database} from '../../db/database.js';
import type {Profile} from '../../evaluation/profile.js';
import type {BrowseAction} from './browse-actions.js';
import {loadExpertiseNames} from './browse-loader.js';
import {browseReducer} from './browse-reducer.js';
import {
	initialBrowseState,
	selectedJob,
	type BrowseFilters,
} from './browse-state.js';
import {actionFor} from './command-actions.js';
import {EmptyView} from './empty-view.js';
import {FooterView} from './footer-view.js';
import {helpLayout} from './help-entries.js';
import {HelpOverlayView} from './help-overlay-view.js';
import {JobListView} from './job-list-view.js';
import {JobPaneView} from './job-pane-view.js';
import type {CommandId} from './key-map.js';
import {paneLines} from './pane-lines.js';
import {SegmentLine} from './segment-line.js';
import type {StalenessCheck} from './staleness.js';
import {statusLine} from './status-line.js';
import {useBrowseEffects} from './use-browse-effects.js';
import {useJobWindow} from './use-job-window.js';
import {useKeyMap, type KeyPress, type KeyRouting} from './use-key-map.js';
import {useTerminalSize} from './use-terminal-size.js';
import {systemUrlActions, type UrlActions} from './url-actions.js';
import {createWorkTracker, type WorkTracker} from './work-tracker.js';

export type BrowseScreenProps = {
	db: Kysely<Database>;
	/** Filters to start with (from the command's options). */
	filters?: Partial<BrowseFilters>;
	/** Names expertise areas when the table has none yet. */
	profile?: Profile | null;
	isStale?: StalenessCheck | null;
	urlActions?: UrlActions;
	/** Quiet milliseconds after a typed character before the list follows. */
	searchDelay?: number;
	/** Called on `q`; the default unmounts the app. */
	onQuit?: () => void;
	/** Counts the screen's database work, for whoever closes the database. */
	work?: WorkTracker;
};

const noNames: ReadonlyMap<string, string> = new Map();

/**
 * The browse screen: wires the reducer, the loader, the key map and the
 * effects to the views. It decides nothing itself.
 */
export function BrowseScreen({
	db,
	filters,
	profile = null,
	isStale = null,
	urlActions = systemUrlActions,
	searchDelay = 150,
	onQuit,
	work: givenWork,
}: BrowseScreenProps) {
	const {exit} = useApp();
	const size = useTerminalSize();
	const [state, dispatchToReact] = useReducer(browseReducer, undefined, () =>
		initialBrowseState(filters, size),
	);
	// Keys typed in one burst ("jjl") are handled before React draws
	// again, so the state of the last render is behind: `l` would
	// shortlist the job the cursor left. Running the (pure) reducer here
	// too keeps a copy that is never behind, for the effects to read.
	const current = useRef(state);
	current.current = state;
	const dispatch = useCallback((action: BrowseAction) => {
		current.current = browseReducer(current.current, action);
		dispatchToReact(action);
	}, []);
	const [names, setNames] = useState(noNames);
	const [ownWork] = useState(createWorkTracker);
	const work = givenWork ?? ownWork;
	const {layout, focus} = state;
	const {setRawMode} = useStdin();

	// Raw mode for the screen's whole life. Each part's key listener turns
	// it on and off as the focus moves, and in the instant between, Ink
	// drops an escape it had not yet told from the start of a sequence:
	// enter then esc, typed fast, lost the esc.
	useEffect(() => {
		setRawMode(true);
		return () => setRawMode(false);
	}, [setRawMode]);

	useEffect(() => {
		dispatch({type: 'resized', columns: size.columns, rows: size.rows});
	}, [dispatch, size.columns, size.rows]);

	useEffect(() => {
		work.track(loadExpertiseNames(db, profile)).then(setNames, () => undefined);
	}, [db, profile, work]);

	// The list follows the search once typing pauses, not on every key.
	useEffect(() => {
		if (focus !== 'search' || state.searchDraft === state.filters.search) {
			return;
		}

		const timer = setTimeout(
			() => dispatch({type: 'applySearch'}),
			searchDelay,
		);
		return () => clearTimeout(timer);
	}, [dispatch, focus, state.searchDraft, state.filters.search, searchDelay]);

	useJobWindow(db, state, dispatch, work);

	const job = selectedJob(state);
	const lines = useMemo(
		() =>
			job
				? paneLines(job, {
						width: layout.paneWidth,
						expertiseNames: names,
						isStale,
						now: new Date(),
					})
				: [],
		[job, layout.paneWidth, names, isStale],
	);
	const paneMaxScroll = Math.max(0, lines.length - layout.bodyHeight);
	const runEffect = useBrowseEffects(
		db,
		current,
		dispatch,
		urlActions,
		onQuit ?? exit,
	);

	const onCommand = (command: CommandId, input: string) => {
		const result = actionFor(command, {
			input,
			paneHeight: layout.bodyHeight,
			paneMaxScroll,
			helpMaxScroll: helpLayout(layout.columns, layout.bodyHeight).maxScroll,
		});

		if ('action' in result) {
			dispatch(result.action);
		} else {
			void work.track(runEffect(result.effect));
		}
	};

	const routing: KeyRouting = {
		focus: useRef(focus),
		carried: useRef<KeyPress[]>([]),
	};
	// Set while rendering, not in an effect: keys that arrive before the
	// effects run must already see the new focus (see useKeyMap).
	routing.focus.current = focus;
	useKeyMap('list', focus === 'list', routing, onCommand);
	useKeyMap('pane', focus === 'pane', routing, onCommand);
	useKeyMap('search', focus === 'search', routing, onCommand);
	useKeyMap('help', focus === 'help', routing, onCommand);

	if (layout.tooSmall) {
		return (
			<Text>
				The terminal is {layout.columns}×{layout.rows}; browse needs at least
				40×10. Enlarge it, or press q to quit.
			</Text>
		);
	}

	const now = new Date();
	const list = (
		<JobListView
			state={state}
			width={layout.listWidth}
			focused={focus === 'list'}
			now={now}
		/>
	);
	const pane = (separated: boolean) => (
		<JobPaneView
			lines={lines}
			scroll={state.paneScroll}
			height={layout.bodyHeight}
			width={layout.paneWidth}
			separated={separated}
			focused={focus === 'pane'}
		/>
	);

	let body;

	if (focus === 'help') {
		body = (
			<HelpOverlayView
				width={layout.columns}
				height={layout.bodyHeight}
				scroll={state.helpScroll}
			/>
		);
	} else if (state.total === null) {
		body = <Text dimColor>Loading jobs…</Text>;
	} else if (state.total === 0) {
		body = <EmptyView anyJobs={state.anyJobs} height={layout.bodyHeight} />;
	} else if (layout.mode === 'wide') {
		body = (
			<Box flexDirection="row">
				{list}
				{pane(true)}
			</Box>
		);
	} else {
		body = focus === 'pane' ? pane(false) : list;
	}

	return (
		<Box flexDirection="column" width={layout.columns}>
			<Box height={layout.bodyHeight} flexDirection="column">
				{body}
			</Box>
			<SegmentLine line={statusLine(state, layout.columns)} />
			<FooterView scope={focus} width={layout.columns} />
		</Box>
	);
}
