import {useStdout} from 'ink';
import {useEffect, useState} from 'react';

export type TerminalSize = {columns: number; rows: number};

/**
 * The terminal's size, updated when it is resized, so the screen lays
 * itself out again instead of leaving a frame drawn for the old size.
 */
export function useTerminalSize(): TerminalSize {
	const {stdout} = useStdout();
	const [size, setSize] = useState(() => sizeOf(stdout));

	useEffect(() => {
		const onResize = () => setSize(sizeOf(stdout));
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout]);

	return size;
}

function sizeOf(stdout: NodeJS.WriteStream): TerminalSize {
	// A stream that is not a terminal has no size; draw for the classic one.
	return {columns: stdout.columns || 80, rows: stdout.rows || 24};
}
