import type {JobText, TextField} from './job-text.js';
import {createPhraseMatcher} from './phrase-matcher.js';
import type {ProjectType} from './project-types.js';

/**
 * A known phrase found in a job, tagged with what it tells: a keyword of
 * an expertise area, a technology, a mark of AI work, a cue to the kind
 * of project, or a sign of how the posting is written.
 */
export type Term =
	| {kind: 'keyword'; area: number; keyword: string}
	| {kind: 'technology'; name: string}
	| {kind: 'ai'; label: string; term: string}
	| {kind: 'project'; type: ProjectType; cue: string}
	| {kind: 'sign'; sign: Sign; word: string};

/** Words that tell how a posting is written and how big the work is. */
export type Sign =
	'deliverables' | 'acceptance' | 'timeline' | 'scope' | 'urgency';

/** The terms found in each field of a job, in order, once per occurrence. */
export type FoundTerms = Readonly<Record<TextField, readonly Term[]>>;

export type TermEntry = readonly [phrase: string, term: Term];

export type TermScanner = {scan(text: JobText): FoundTerms};

/**
 * One matcher over every phrase the offline evaluator knows, so each
 * field of a job is read once however many things are looked for in it.
 * `exactCase` entries match only as written ("React", not "react").
 */
export function createTermScanner(
	entries: Iterable<TermEntry>,
	exactCase: Iterable<TermEntry> = [],
): TermScanner {
	const group = (term: Term) => term.kind;
	const anyCase = createPhraseMatcher(entries, {group});
	const exact = createPhraseMatcher(exactCase, {caseSensitive: true, group});
	const scanField = (text: string) => {
		const found = anyCase.matches(text);
		const capitalised = exact.matches(text);
		return capitalised.length > 0 ? [...found, ...capitalised] : found;
	};

	return {
		scan(text) {
			return {
				title: scanField(text.title),
				skills: scanField(text.skills),
				description: scanField(text.description),
			};
		},
	};
}

/** Table of phrases by name to entries: `{Python: ['python']}`. */
export function termEntries(
	table: Readonly<Record<string, readonly string[]>>,
	term: (name: string, phrase: string) => Term,
): TermEntry[] {
	return Object.entries(table).flatMap(([name, phrases]) =>
		phrases.map((phrase) => [phrase, term(name, phrase)] as const),
	);
}
