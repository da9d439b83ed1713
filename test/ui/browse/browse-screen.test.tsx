import {sql} from 'kysely';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {DatabaseHandle} from '../../../source/db/connection.js';
import {
	countJobs,
	listJobs,
	type JobListQuery,
} from '../../../source/db/job-listing.repository.js';
import {getTriage} from '../../../source/db/triage.repository.js';
import {readProfile, type Profile} from '../../../source/evaluation/profile.js';
import {layoutFor} from '../../../source/ui/browse/browse-layout.js';
import {seedEvaluatedJobs} from '../../support/seed-evaluated-jobs.js';
import {backends, openTestDatabase} from '../../support/test-database.js';
import {allKeys, driveScreen, type ScreenDriver} from './screen-driver.js';

// ink-testing-library's terminal is 100 columns wide and, without a row
// count, the screen assumes 24 rows: list and pane side by side.
const listRows = layoutFor(100, 24).listRows;

describe.each(backends)('browse on the %s database', (backend) => {
	let handle: DatabaseHandle;
	let profile: Profile;
	let screen: ScreenDriver;
	const pressed = new Set<string>();

	const count = (query: JobListQuery = {}) => countJobs(handle.db, query);
	const jobAt = async (index: number, query: JobListQuery = {}) =>
		(await listJobs(handle.db, query, {offset: index, limit: 1}))[0]!;
	const position = (status: string) => status.split(/\s+/)[0];

	beforeAll(async () => {
		handle = await openTestDatabase(backend);
		profile = await readProfile();
		await seedEvaluatedJobs(handle.db, 150);
		screen = await driveScreen(handle.db, {profile, pressed});
	});

	afterAll(async () => {
		await screen?.unmount();
		await handle?.close();
	});

	it('opens on the AI-related jobs, best total first, with the pane beside', async () => {
		const total = await count();
		const best = await jobAt(0);

		expect(position(screen.status())).toBe(`1/${total}`);
		expect(screen.lines()[0]).toMatch(/#\s+Total Prio\s+Title/);
		expect(screen.lines()[1]).toContain(
			`${best.evaluation!.total!.toFixed(1)} High`,
		);
		expect(screen.frame()).toContain('AI technical fit (30%)');
		expect(screen.status()).toContain('AI only · total ↓');
		// Named from the profile: the expertise_areas table is empty.
		await screen.waitFor(() =>
			screen.frame().includes('AI agents and LLM automation'),
		);
	});

	it('moves the selection down on j and ↓, and up on k and ↑', async () => {
		const total = await count();
		await screen.press('down', 0);
		await screen.press('down', 1);
		const third = await jobAt(2);
		await screen.waitFor(() => position(screen.status()) === `3/${total}`);

		expect(screen.frame()).toContain(third.title);

		await screen.press('up', 0);
		await screen.press('up', 1);
		await screen.waitFor(() => position(screen.status()) === `1/${total}`);
	});

	it('jumps to the last job on G and End, and back on g and Home', async () => {
		const total = await count();
		const last = await jobAt(total - 1);

		for (const [command, index, expected] of [
			['last', 0, total],
			['first', 0, 1],
			['last', 1, total],
			['first', 1, 1],
		] as const) {
			await screen.press(command, index);
			await screen.waitFor(
				() => position(screen.status()) === `${expected}/${total}`,
			);
		}

		await screen.press('last', 0);
		await screen.waitFor(() => screen.frame().includes(last.title));
		await screen.press('first', 0);
	});

	it('pages down and up on ctrl-d, PgDn, ctrl-u and PgUp', async () => {
		const total = await count();

		for (const [command, index, expected] of [
			['pageDown', 0, 1 + listRows],
			['pageDown', 1, 1 + 2 * listRows],
			['pageUp', 0, 1 + listRows],
			['pageUp', 1, 1],
		] as const) {
			await screen.press(command, index);
			await screen.waitFor(
				() => position(screen.status()) === `${expected}/${total}`,
			);
		}
	});

	it('gives the pane the keys on enter and tab, to scroll it, and takes them back on esc and tab', async () => {
		const best = await jobAt(0);
		await screen.press('focusPane', 0);
		await screen.waitFor(() => screen.footer().includes('esc list'));

		await screen.press('scrollDown', 0);
		await screen.press('scrollDown', 1);
		await screen.waitFor(() => !screen.frame().includes(best.title));
		await screen.press('scrollUp', 0);
		await screen.press('scrollUp', 1);
		await screen.waitFor(() => screen.frame().includes(best.title));

		for (const [down, up] of [
			['scrollPageDown', 'scrollPageUp'],
			['scrollBottom', 'scrollTop'],
		] as const) {
			for (const index of [0, 1]) {
				await screen.press(down, index);
				await screen.waitFor(() =>
					screen.frame().includes('Synthetic posting'),
				);
				expect(screen.frame()).not.toContain(best.title);
				await screen.press(up, index);
				await screen.waitFor(() => screen.frame().includes(best.title));
			}
		}

		await screen.press('focusList', 0);
		await screen.waitFor(() => screen.footer().includes('enter details'));
		await screen.press('focusPane', 1);
		await screen.waitFor(() => screen.footer().includes('esc list'));
		await screen.press('focusList', 1);
		await screen.waitFor(() => screen.footer().includes('enter details'));
	});

	it('searches title, description and stack as you type, and clears on esc', async () => {
		const matching = await count({search: 'voice'});
		await screen.press('search');
		await screen.waitFor(() => screen.status().startsWith('/'));
		await screen.type('voicex');
		await screen.press('eraseSearch', 0);
		await screen.waitFor(() => position(screen.status()) === '/voice▏');
		await screen.waitFor(() => screen.status().endsWith(`1/${matching}`));
		await screen.press('acceptSearch');
		await screen.waitFor(() => screen.status().includes('“voice”'));

		await screen.waitFor(() =>
			screen
				.lines()
				.slice(1, 1 + Math.min(matching, listRows))
				.every((line) => line.includes('Voice assistant')),
		);

		const all = await count();
		await screen.press('clearSearch');
		await screen.waitFor(
			() =>
				!screen.status().includes('“voice”') &&
				position(screen.status()) === `1/${all}`,
		);

		await screen.press('search');
		await screen.type('rag');
		await screen.press('eraseSearch', 1);
		await screen.waitFor(() => screen.status().startsWith('/ra▏'));
		await screen.press('cancelSearch');
		await screen.waitFor(() => screen.footer().includes('enter details'));
		expect(screen.status()).not.toContain('“ra”');
	});

	it('filters by priority, triage state, minimum total, AI-only and dismissed', async () => {
		const steps = [
			['cyclePriority', 'High', {priorities: ['High']}],
			['cyclePriority', 'Medium', {priorities: ['Medium']}],
			['cyclePriority', 'Low', {priorities: ['Low']}],
			['cyclePriority', 'AI only · total', {}],
			['cycleTriageFilter', 'untriaged', {states: ['untriaged']}],
			['cycleTriageFilter', 'shortlisted', {states: ['shortlisted']}],
			['cycleTriageFilter', 'applied', {states: ['applied']}],
			['cycleTriageFilter', 'dismissed', {states: ['dismissed']}],
			['cycleTriageFilter', 'AI only · total', {}],
			['cycleMinScore', '≥50', {minScore: 50}],
			['cycleMinScore', '≥70', {minScore: 70}],
			['cycleMinScore', '≥80', {minScore: 80}],
			['cycleMinScore', 'AI only · total', {}],
			['toggleAiOnly', 'all jobs', {aiOnly: false}],
			['toggleAiOnly', 'AI only', {}],
			['toggleDismissed', '+dismissed', {includeDismissed: true}],
			['toggleDismissed', 'AI only · total', {}],
		] as const;

		for (const [command, summary, query] of steps) {
			const total = await count(query as JobListQuery);
			await screen.press(command);
			await screen.waitFor(
				() =>
					screen.status().includes(summary) &&
					position(screen.status()) === (total ? `1/${total}` : '0/0'),
				`${command} to show ${summary} with ${total} jobs`,
			);
		}
	});

	it('sorts by total, newest and budget on s, and reverses on S', async () => {
		for (const [command, summary, query] of [
			['cycleSort', 'newest ↓', {sort: 'newest'}],
			['reverseSort', 'newest ↑', {sort: 'newest', reverse: true}],
			['cycleSort', 'budget ↑', {sort: 'budget', reverse: true}],
			['reverseSort', 'budget ↓', {sort: 'budget'}],
			['cycleSort', 'total ↓', {}],
		] as const) {
			const first = await jobAt(0, query as JobListQuery);
			await screen.press(command);
			await screen.waitFor(
				() =>
					screen.status().includes(summary) &&
					screen.frame().includes(first.title),
				`${summary} with “${first.title}” first`,
			);
		}
	});

	it('shortlists, marks applied and dismisses, stores it, and undoes in order', async () => {
		const job = await jobAt(0);
		const before = await getTriage(handle.db, job.id);
		const total = await count();

		await screen.press('shortlist');
		await screen.waitFor(() => screen.status().includes('Shortlisted'));
		expect((await getTriage(handle.db, job.id))?.state).toBe('shortlisted');
		await screen.waitFor(() => screen.lines()[1]!.includes('shortlist'));

		await screen.press('markApplied');
		await screen.waitFor(() => screen.status().includes('Marked applied'));
		expect((await getTriage(handle.db, job.id))?.state).toBe('applied');

		await screen.press('dismiss');
		await screen.waitFor(() => position(screen.status()) === `1/${total - 1}`);
		expect((await getTriage(handle.db, job.id))?.state).toBe('dismissed');
		// The list and the pane have moved on; only the message names it.
		expect(screen.lines().slice(0, -2).join('\n')).not.toContain(job.title);

		await screen.press('undo');
		await screen.waitFor(() => position(screen.status()) === `1/${total}`);
		expect((await getTriage(handle.db, job.id))?.state).toBe('applied');

		await screen.press('undo');
		await screen.press('undo');
		await screen.waitFor(() => screen.status().includes('Undone: Shortlisted'));
		expect(await getTriage(handle.db, job.id)).toEqual(before);

		await screen.press('undo');
		await screen.waitFor(() => screen.status().includes('Nothing to undo'));
	});

	it('triages the job under the cursor when keys come in one burst', async () => {
		const third = await jobAt(2);
		const first = await jobAt(0);
		const before = await getTriage(handle.db, first.id);

		await screen.press('first');
		await screen.burst('jjl');
		await screen.waitFor(() => screen.status().includes('Shortlisted'));

		expect((await getTriage(handle.db, third.id))?.state).toBe('shortlisted');
		expect(await getTriage(handle.db, first.id)).toEqual(before);

		await screen.press('undo');
		await screen.waitFor(() => screen.status().includes('Undone'));
		await screen.press('first');
	});

	it('opens and copies the URL of the selected job on o and y', async () => {
		const job = await jobAt(0);
		await screen.press('openUrl');
		await screen.press('copyUrl');
		await screen.waitFor(() => screen.status().includes('Copied'));

		expect(screen.opened).toEqual([job.url]);
		expect(screen.copied).toEqual([job.url]);
	});

	it('shows jobs ingested meanwhile on r', async () => {
		const total = await count();
		await seedEvaluatedJobs(handle.db, 10, {firstNumber: 10_001});
		const grown = await count();
		await screen.press('reload');
		await screen.waitFor(() => position(screen.status()) === `1/${grown}`);

		expect(grown).toBeGreaterThan(total);
	});

	it('shows every key on ?, scrolls the help on j, ↓, k and ↑, and closes it on esc, ? and q', async () => {
		const helpOpen = () => screen.footer().startsWith('esc close');
		await screen.press('help');
		await screen.waitFor(helpOpen, 'the help');
		expect(screen.lines()[0]).toMatch(/^List/);

		await screen.press('helpDown', 0);
		await screen.press('helpDown', 1);
		await screen.waitFor(() => screen.lines()[0]!.startsWith('k ↑'));
		await screen.press('helpUp', 0);
		await screen.press('helpUp', 1);
		await screen.waitFor(() => /^List/.test(screen.lines()[0]!));

		for (const index of [0, 1, 2]) {
			if (index > 0) await screen.press('help');
			await screen.waitFor(helpOpen, 'the help');
			await screen.press('closeHelp', index);
			await screen.waitFor(() => !helpOpen(), 'the help to close');
		}

		expect(screen.quits()).toBe(0);
	});

	it('lays out again when the terminal is resized', async () => {
		screen.resize(80, 24);
		await screen.waitFor(() => !screen.frame().includes('│'), 'one column');
		expect(screen.lines().every((line) => line.length <= 80)).toBe(true);

		await screen.press('focusPane');
		await screen.waitFor(
			() => !/Total Prio/.test(screen.lines()[0]!),
			'the pane alone',
		);
		expect(screen.frame()).toContain('AI technical fit (30%)');
		await screen.press('focusList');
		await screen.waitFor(() => /Total Prio/.test(screen.lines()[0]!));

		screen.resize(200, 50);
		await screen.waitFor(() => screen.frame().includes('│'), 'side by side');
		expect(screen.lines()).toHaveLength(49);
		screen.resize(100, 24);
		await screen.waitFor(() => screen.lines().length === 23);
	});

	it('quits on q', async () => {
		await screen.press('quit');
		await screen.waitFor(() => screen.quits() === 1, 'the quit');
	});

	it('was driven with every key of the key map', () => {
		expect([...pressed].sort()).toEqual(allKeys().sort());
	});
});

describe.each(backends)('browse with no jobs on the %s database', (backend) => {
	it('says how to ingest', async () => {
		const handle = await openTestDatabase(backend);

		try {
			const screen = await driveScreen(handle.db);
			expect(screen.frame()).toContain('No jobs yet.');
			expect(screen.frame()).toContain('upwork-eval ingest FILE.json');
			await screen.unmount();
		} finally {
			await handle.close();
		}
	});

	it('says what to loosen when filters match nothing', async () => {
		const handle = await openTestDatabase(backend);

		try {
			await seedEvaluatedJobs(handle.db, 5);
			await sql`UPDATE job_evaluations SET score_total = 10`.execute(handle.db);
			const screen = await driveScreen(handle.db, {filters: {minScore: 80}});
			expect(screen.frame()).toContain('No jobs match the filters.');
			expect(screen.frame()).toContain('Minimum total: 0, 50, 70, 80');
			await screen.unmount();
		} finally {
			await handle.close();
		}
	});
});
