import {describe, expect, it} from 'vitest';
import {readSettings} from '../../../source/config/settings.js';
import {evaluatorFingerprint} from '../../../source/evaluation/fingerprint.js';
import {readProfile} from '../../../source/evaluation/profile.js';
import {createStalenessCheck} from '../../../source/ui/browse/staleness.js';
import {listedJob} from './listed-job.js';

describe('createStalenessCheck', async () => {
	const profile = await readProfile();
	const settings = readSettings({});
	const isStale = createStalenessCheck(profile, settings);
	const evaluation = (overrides: Parameters<typeof listedJob>[1]) =>
		listedJob({}, overrides).evaluation!;

	it('holds an offline evaluation made under today’s profile current', () => {
		const hash = evaluatorFingerprint(profile, settings);

		expect(isStale(evaluation({profileHash: hash}))).toBeNull();
	});

	it('holds an LLM evaluation against its own model, with or without a key', () => {
		const hash = evaluatorFingerprint(profile, {
			...settings,
			CEREBRAS_API_KEY: 'any',
			CEREBRAS_MODEL: 'other-model',
		});

		expect(
			isStale(
				evaluation({evaluator: 'llm', model: 'other-model', profileHash: hash}),
			),
		).toBeNull();
		expect(
			isStale(
				evaluation({evaluator: 'llm', model: 'third-model', profileHash: hash}),
			),
		).toBe('the profile or the evaluator changed since');
	});

	it('calls an evaluation under another profile stale', () => {
		const edited = {...profile, summary: `${profile.summary} Edited.`};
		const hash = evaluatorFingerprint(edited, settings);

		expect(isStale(evaluation({profileHash: hash}))).toBe(
			'the profile or the evaluator changed since',
		);
	});

	it('calls an evaluation of a posting that changed since stale', () => {
		const hash = evaluatorFingerprint(profile, settings);

		expect(isStale(evaluation({profileHash: hash, jobChanged: true}))).toBe(
			'the posting changed after it was evaluated',
		);
	});
});
