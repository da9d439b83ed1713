import {Box, Text} from 'ink';
import type {IngestOutcome} from '../../pipeline/ingest-session.js';
import {fractionDone, type RunProgress} from '../../pipeline/run-progress.js';
import {fitWidth} from '../../text/fit-width.js';
import {sanitizeLine} from '../../text/sanitize.js';
import {ProgressBar} from './progress-bar.js';
import {
	costLine,
	countsLine,
	evaluatorLabel,
	outcomeLabel,
	paceLine,
	percent,
	readLine,
	rejectionLine,
	summaryLines,
	waitingLine,
} from './progress-text.js';

type Props = {
	/** The file as named on the command line, shown before reading starts. */
	file: string;
	progress: RunProgress;
	outcome: IngestOutcome | null;
	columns: number;
};

const priorityColours = {High: 'green', Medium: 'yellow', Low: 'gray'} as const;

/** The live view of an ingest in a terminal, redrawn as the run goes. */
export function IngestView({file, progress, outcome, columns}: Props) {
	const width = Math.max(20, columns - 1);
	const cost = costLine(progress);
	const waiting = waitingLine(progress);

	return (
		<Box flexDirection="column" width={width}>
			<Text wrap="truncate-end">
				<Text bold>upwork-eval ingest</Text> {progress.source || file}
				{progress.evaluator && (
					<Text dimColor> · {evaluatorLabel(progress)}</Text>
				)}
			</Text>
			<Box>
				<ProgressBar
					fraction={
						progress.phase === 'done' && progress.result === 'completed'
							? 1
							: fractionDone(progress)
					}
					width={Math.min(40, width - 8)}
				/>
				<Text> {percent(progress).padStart(4)}</Text>
			</Box>
			<Text wrap="truncate-end">
				{progress.phase === 'starting'
					? 'opening the database and checking the evaluator…'
					: progress.phase === 'reading'
						? `reading and storing… ${readLine(progress)}`
						: paceLine(progress)}
			</Text>
			{progress.phase !== 'reading' && progress.phase !== 'starting' && (
				<>
					<Text wrap="truncate-end" dimColor>
						{readLine(progress)}
					</Text>
					<Text wrap="truncate-end">{countsLine(progress)}</Text>
				</>
			)}
			{cost && <Text wrap="truncate-end">{cost}</Text>}
			{waiting && (
				<Text wrap="truncate-end" color="yellow">
					{waiting}
				</Text>
			)}
			{progress.rejections.map((rejection) => (
				<Text key={rejection.index} wrap="truncate-end" color="yellow">
					{rejectionLine(rejection)}
				</Text>
			))}
			{progress.latest.length > 0 && (
				<Box flexDirection="column" marginTop={1}>
					<Text dimColor>latest</Text>
					{progress.latest.map(({job, outcome: latest}) => (
						<Text key={job.id} wrap="truncate-end">
							<Text
								color={
									latest.status === 'evaluated' && latest.isAiRelated
										? priorityColours[latest.priority]
										: latest.status === 'failed'
											? 'red'
											: 'gray'
								}
							>
								{outcomeLabel(latest)}
							</Text>{' '}
							{fitWidth(sanitizeLine(job.title), width - 14)}
						</Text>
					))}
				</Box>
			)}
			{progress.phase === 'stopping' && !outcome && (
				<Text color="yellow" wrap="wrap">
					{progress.stopMessage ??
						'Stopping: finishing the evaluations under way (Ctrl-C again to quit at once)…'}
				</Text>
			)}
			{outcome && (
				<Box flexDirection="column" marginTop={1}>
					{summaryLines(outcome).map((line, index) => (
						<Text
							key={index}
							wrap="wrap"
							color={index === 0 ? headlineColour(outcome) : undefined}
						>
							{line}
						</Text>
					))}
				</Box>
			)}
		</Box>
	);
}

function headlineColour(outcome: IngestOutcome) {
	if (outcome.summary.status !== 'completed') return 'yellow';
	return outcome.summary.failed > 0 ? 'yellow' : 'green';
}
