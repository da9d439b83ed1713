import {Box, Text} from 'ink';
import {keyMap, keysLabel, type CommandId} from './key-map.js';

type Props = {
	/** Whether there are jobs at all, only none that match. */
	anyJobs: boolean;
	height: number;
};

const loosening: CommandId[] = [
	'toggleAiOnly',
	'cyclePriority',
	'cycleMinScore',
	'cycleTriageFilter',
	'toggleDismissed',
	'clearSearch',
];

/** What the screen says when the list is empty, and what to do about it. */
export function EmptyView({anyJobs, height}: Props) {
	if (!anyJobs) {
		return (
			<Box flexDirection="column" height={height} paddingX={1}>
				<Text bold>No jobs yet.</Text>
				<Text>
					Press {keyFor('quit')} to quit, ingest an Apify export of Upwork jobs,
					then open browse again:
				</Text>
				<Text color="cyan"> upwork-eval ingest FILE.json</Text>
				<Text>
					With a PostgreSQL server in DATABASE_URL, ingest can run in another
					terminal meanwhile; then press {keyFor('reload')} here to reload.
				</Text>
			</Box>
		);
	}

	return (
		<Box flexDirection="column" height={height} paddingX={1}>
			<Text bold>No jobs match the filters. To loosen them:</Text>
			{keyMap
				.filter((binding) => loosening.includes(binding.command))
				.map((binding) => (
					<Text key={binding.command} wrap="truncate">
						<Text color="cyan">{keysLabel(binding).padEnd(4)}</Text>
						{binding.description}
					</Text>
				))}
		</Box>
	);
}

function keyFor(command: CommandId): string {
	const binding = keyMap.find((entry) => entry.command === command)!;
	return keysLabel(binding);
}
