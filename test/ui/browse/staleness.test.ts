import {describe, expect, it} from 'vitest';
import {readSettings} from '../../../source/config/settings.js';
import {evaluatorFingerprint} from '../../../source/evaluation/fingerprint.js';
import {readProfile} from '../../../source/evaluation/profile.js';
import {createStalenessCheck} from '../../../source/ui/browse/staleness.js';
import {listedJob} from './listed-job.js';

describe('createStalenessCheck', async () => {
	const profile = await readProfile();
	const settings = readSettings({});
	const current = evaluatorFingerprint(profile, settings);
	const isStale = createStalenessCheck(profile, settings);
	const evaluation = (overrides: Parameters<typeof listedJob>[1]) =>
		listedJob({}, overrides).evaluation!;

	it('holds an evaluation made under the current fingerprint current', () => {
		expect(isStale(evaluation({profileHash: current}))).toBeNull();
	});

	it('calls an evaluation under another profile or evaluator stale', () => {
		const edited = {...profile, summary: `${profile.summary} Edited.`};
		const llm = evaluatorFingerprint(profile, {
			...settings,
			CEREBRAS_API_KEY: 'a key',
		});

		for (const hash of [evaluatorFingerprint(edited, settings), llm]) {
			expect(isStale(evaluation({profileHash: hash}))).toMatch(
				/^Made under another profile or evaluator .* `upwork-eval ingest --stale FILE`/,
			);
		}
	});

	it('calls an evaluation of a posting that changed since stale', () => {
		expect(
			isStale(evaluation({profileHash: current, jobChanged: true})),
		).toMatch(/^The posting changed after it was evaluated;/);
	});

	it('never calls a failed evaluation stale: it is retried anyway', () => {
		expect(
			isStale(
				evaluation({status: 'failed', profileHash: 'old', jobChanged: true}),
			),
		).toBeNull();
	});

	it('judges only posting changes without a profile', () => {
		const withoutProfile = createStalenessCheck(null, settings);

		expect(withoutProfile(evaluation({profileHash: 'old'}))).toBeNull();
		expect(withoutProfile(evaluation({jobChanged: true}))).not.toBeNull();
	});
});
