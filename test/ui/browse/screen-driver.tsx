import {render} from 'ink-testing-library';
import type {Kysely} from 'kysely';
import stripAnsi from 'strip-ansi';
import type {Database} from '../../../source/db/database.js';
import type {Profile} from '../../../source/evaluation/profile.js';
import {BrowseScreen} from '../../../source/ui/browse/browse-screen.js';
import type {BrowseFilters} from '../../../source/ui/browse/browse-state.js';
import {keyMap, type CommandId} from '../../../source/ui/browse/key-map.js';
import {createWorkTracker} from '../../../source/ui/browse/work-tracker.js';
import {sequenceFor} from './key-sequences.js';

/**
 * Drives the browse screen the way a person does: renders it on a real
 * database, presses keys of the key map by command, and waits for the
 * frame that shows the result. Remembers every key pressed, so a test can
 * check that none of the key map was left out.
 */
export type ScreenDriver = Awaited<ReturnType<typeof driveScreen>>;

export async function driveScreen(
	db: Kysely<Database>,
	options: {
		filters?: Partial<BrowseFilters>;
		profile?: Profile | null;
		pressed?: Set<string>;
	} = {},
) {
	const opened: string[] = [];
	const copied: string[] = [];
	let quits = 0;
	const work = createWorkTracker();
	const instance = render(
		<BrowseScreen
			db={db}
			filters={options.filters}
			profile={options.profile ?? null}
			searchDelay={5}
			urlActions={{
				async open(url) {
					opened.push(url);
				},
				async copy(text) {
					copied.push(text);
					return 'clipboard';
				},
			}}
			onQuit={() => {
				quits += 1;
			}}
			work={work}
		/>,
	);

	const frame = () => stripAnsi(instance.lastFrame() ?? '');
	const lines = () => frame().replace(/\n+$/, '').split('\n');

	const driver = {
		frame,
		lines,
		/** The status line: second from the bottom. */
		status: () => lines().at(-2) ?? '',
		footer: () => lines().at(-1) ?? '',
		opened,
		copied,
		quits: () => quits,
		/** Waits until the frame satisfies `check`; fails with the frame. */
		async waitFor(check: (frame: string) => boolean, what = 'the frame') {
			const deadline = Date.now() + 10_000;

			while (Date.now() < deadline) {
				if (check(frame())) return frame();
				await new Promise((resolve) => setTimeout(resolve, 10));
			}

			throw new Error(`Timed out waiting for ${what}; last frame:\n${frame()}`);
		},
		/** Presses the `index`th key of a command and gives Ink a moment. */
		async press(command: CommandId, index = 0) {
			const binding = keyMap.find((entry) => entry.command === command)!;
			const spec = binding.keys[index]!;
			options.pressed?.add(`${command}:${index}`);
			instance.stdin.write(sequenceFor(spec));
			// Escape alone is told from the start of a sequence only after
			// the input is drained; one macrotask later it has arrived.
			await new Promise((resolve) => setTimeout(resolve, 15));
		},
		/** Writes keys in one burst, as a fast typist or key repeat does. */
		async burst(keys: string) {
			instance.stdin.write(keys);
			await new Promise((resolve) => setTimeout(resolve, 15));
		},
		/** Types text into the search. */
		async type(text: string) {
			for (const character of text) {
				options.pressed?.add('typeSearch:0');
				instance.stdin.write(character);
				await new Promise((resolve) => setTimeout(resolve, 5));
			}
		},
		/** Tells the screen the terminal now has this size. */
		resize(columns: number, rows: number) {
			Object.defineProperty(instance.stdout, 'columns', {
				value: columns,
				configurable: true,
			});
			Object.defineProperty(instance.stdout, 'rows', {
				value: rows,
				configurable: true,
			});
			instance.stdout.emit('resize');
		},
		/** Unmounts, then waits for the screen's queries to finish: the
		 * embedded database must not be closed under one. */
		async unmount() {
			instance.unmount();
			await work.settled();
		},
	};

	await driver.waitFor(
		(text) => text !== '' && !driver.status().startsWith('…'),
		'the first load',
	);
	return driver;
}

/** Every key of the key map, as `command:index`. */
export function allKeys(): string[] {
	return keyMap.flatMap((binding) =>
		binding.keys.map((_, index) => `${binding.command}:${index}`),
	);
}
