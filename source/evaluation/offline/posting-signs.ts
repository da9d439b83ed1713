import {
	termEntries,
	type FoundTerms,
	type Sign,
	type TermEntry,
} from './job-terms.js';
import type {TextField} from './job-text.js';

/** Words that tell how a posting is written and how big the work is. */
const signs: Record<Sign, readonly string[]> = {
	deliverables: [
		'deliverable',
		'scope of work',
		'requirement',
		'responsibilities',
		'milestone',
		'must-have',
		'features',
		'key tasks',
		'what you will build',
		"what you'll build",
		'what you’ll build',
		'the system will',
		'the system should',
		'the system must',
		'expected output',
		'expected outcome',
		'outcomes',
		'objectives',
		'user stories',
	],
	acceptance: [
		'acceptance criteria',
		'success criteria',
		'definition of done',
		'success looks like',
		'success means',
		'kpi',
		'measurable',
		'test case',
		'tested',
		'demo',
		'proof of concept',
		'working version',
		'working system',
		'working prototype',
		'production-ready',
		'documentation',
		'handoff',
		'hand off',
		'sla',
		'unit tests',
		'benchmark',
	],
	timeline: [
		'timeline',
		'deadline',
		'milestone',
		'phase 1',
		'phase one',
		'start date',
		'due date',
		'delivery date',
		'eta',
		'by end of',
	],
	scope: [
		'architecture',
		'architect',
		'scalable',
		'scalability',
		'production-ready',
		'production',
		'multi-agent',
		'orchestration',
		'orchestrator',
		'enterprise',
		'compliance',
		'hipaa',
		'gdpr',
		'soc 2',
		'soc2',
		'at scale',
		'high volume',
		'microservices',
		'real-time',
		'pipeline',
		'integrations',
		'migration',
		'security',
	],
	urgency: [
		'asap',
		'urgent',
		'urgently',
		'rush',
		'this week',
		'by tomorrow',
		'tight deadline',
	],
};

export const signEntries: TermEntry[] = termEntries(signs, (sign, word) => ({
	kind: 'sign',
	sign: sign as Sign,
	word,
}));

/** The distinct words of one sign found in the given fields. */
export function signWords(
	found: FoundTerms,
	sign: Sign,
	fields: readonly TextField[] = ['description'],
): string[] {
	const words = new Set<string>();

	for (const field of fields) {
		for (const term of found[field]) {
			if (term.kind === 'sign' && term.sign === sign) {
				words.add(term.word);
			}
		}
	}

	return [...words];
}
