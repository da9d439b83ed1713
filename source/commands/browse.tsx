import {Text, useApp, useStdin} from 'ink';
import {option} from 'pastel';
import {useEffect} from 'react';
import {z} from 'zod';
import {commonOptions} from '../config/common-options.js';
import {exitCodes} from '../errors/user-error.js';
import {sanitizeLine} from '../text/sanitize.js';
import {BrowseScreen} from '../ui/browse/browse-screen.js';
import type {BrowseFilters} from '../ui/browse/browse-state.js';
import {useBrowseSession} from '../ui/browse/use-browse-session.js';

export const description =
	'Triage the evaluated jobs with the keyboard, best first (press ? for keys)';

export const options = commonOptions.extend({
	priority: z
		.enum(['high', 'medium', 'low'])
		.optional()
		.describe(
			option({
				description: 'Start with jobs of this priority only (key p)',
				valueDescription: 'high|medium|low',
			}),
		),
	minScore: z
		.number()
		.min(0)
		.max(100)
		.optional()
		.describe(
			option({
				description: 'Start with jobs of at least this total, 0-100 (key m)',
				valueDescription: 'total',
			}),
		),
	search: z
		.string()
		.optional()
		.describe(
			option({
				description:
					'Start with this search in title, description and stack (key /)',
				valueDescription: 'text',
			}),
		),
	sort: z
		.enum(['score', 'newest', 'budget'])
		.default('score')
		.describe('Start sorted by total, posting time or budget (key s)'),
	reverse: z
		.boolean()
		.default(false)
		.describe('Start with the sort reversed (key S)'),
	all: z
		.boolean()
		.default(false)
		.describe('Include jobs not judged AI-related (key a)'),
});

type Props = {options: z.infer<typeof options>};

export default function Browse({options}: Props) {
	// Raw keys need a terminal on both ends; a pipe gets a pointer to the
	// command made for pipes instead of an unreadable frame.
	if (!process.stdin.isTTY || !process.stdout.isTTY) {
		return <NotATerminal />;
	}

	return <BrowseSessionView options={options} />;
}

function BrowseSessionView({options}: Props) {
	const {session, quit, work} = useBrowseSession(options);
	const {setRawMode} = useStdin();

	// Raw mode from the start: opening the embedded database takes a few
	// seconds, and keys typed meanwhile would otherwise be echoed over the
	// screen by the terminal and arrive in a burst later.
	useEffect(() => {
		setRawMode(true);
		return () => setRawMode(false);
	}, [setRawMode]);

	if (session.status === 'opening') {
		return <Text dimColor>Opening the database…</Text>;
	}

	return (
		<BrowseScreen
			db={session.handle.db}
			filters={startingFilters(options)}
			profile={session.profile}
			isStale={session.isStale}
			onQuit={quit}
			work={work}
		/>
	);
}

function NotATerminal() {
	const {exit} = useApp();

	useEffect(() => {
		process.stderr.write(
			'`upwork-eval browse` needs an interactive terminal on stdin and stdout; ' +
				'for a list you can pipe or script, use `upwork-eval ranked`.\n',
		);
		process.exitCode = exitCodes.unusableInput;
		exit();
	}, [exit]);

	return null;
}

function startingFilters(options: Props['options']): Partial<BrowseFilters> {
	const capitalised = {high: 'High', medium: 'Medium', low: 'Low'} as const;

	return {
		priority: options.priority ? capitalised[options.priority] : 'all',
		minScore: options.minScore ?? 0,
		search: sanitizeLine(options.search ?? ''),
		sort: options.sort,
		reverse: options.reverse,
		aiOnly: !options.all,
	};
}
