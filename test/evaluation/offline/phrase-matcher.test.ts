import {describe, expect, it} from 'vitest';
import {createPhraseMatcher} from '../../../source/evaluation/offline/phrase-matcher.js';

describe('createPhraseMatcher', () => {
	it('finds phrases only as whole words', () => {
		const matcher = createPhraseMatcher([
			['rag', 'rag'],
			['ai', 'ai'],
		]);

		expect(matcher.matches('Cloud storage and email campaigns')).toEqual([]);
		expect(matcher.matches('A RAG pipeline with AI-powered search')).toEqual([
			'rag',
			'ai',
		]);
	});

	it('ignores letter case and accepts plurals of a phrase', () => {
		const matcher = createPhraseMatcher([['ai agent', 'agent']]);

		expect(matcher.matches('Build AI Agents, then one more ai agent')).toEqual([
			'agent',
			'agent',
		]);
	});

	it('treats spaces, hyphens and underscores in a phrase alike', () => {
		const matcher = createPhraseMatcher([['fine-tuning', 'tune']]);

		expect(
			matcher.matches('fine tuning, fine-tuning, fine_tuning, fine\n tuning'),
		).toHaveLength(4);
	});

	it('prefers the longest phrase that starts at a place', () => {
		const matcher = createPhraseMatcher([
			['node', 'node'],
			['node.js', 'node.js'],
		]);

		expect(matcher.matches('Node.js and a plain Node.')).toEqual([
			'node.js',
			'node',
		]);
	});

	it('finds phrases that overlap a longer one further on', () => {
		const matcher = createPhraseMatcher([
			['ai voice', 'ai voice'],
			['voice agent', 'voice agent'],
		]);

		expect(matcher.matches('An AI voice agent for calls')).toEqual([
			'ai voice',
			'voice agent',
		]);
	});

	it('also reports a shorter phrase of another group at the same place', () => {
		const matcher = createPhraseMatcher(
			[
				['ai', {group: 'ai', name: 'AI'}],
				['ai voice', {group: 'project', name: 'voice AI'}],
				['ai voice bot', {group: 'project', name: 'voice bot'}],
			],
			{group: (value) => value.group},
		);

		expect(
			matcher.matches('An AI voice bot').map((value) => value.name),
		).toEqual(['voice bot', 'AI']);
	});

	it('matches letter case exactly when asked to', () => {
		const matcher = createPhraseMatcher([['React', 'React']], {
			caseSensitive: true,
		});

		expect(matcher.matches('React app; clients react fast')).toEqual(['React']);
	});

	it('finds phrases that start with punctuation', () => {
		const matcher = createPhraseMatcher([
			['.net', '.NET'],
			['c#', 'C#'],
		]);

		expect(matcher.matches('C# on .NET, not asp.net')).toEqual(['C#', '.NET']);
	});

	it('reports every value of a phrase listed twice', () => {
		const matcher = createPhraseMatcher([
			['voice agent', 'voice'],
			['voice agent', 'agents'],
		]);

		expect(matcher.matches('a voice agent')).toEqual(['voice', 'agents']);
	});

	it('finds nothing when it has no phrases', () => {
		expect(createPhraseMatcher([]).matches('anything at all')).toEqual([]);
	});
});
