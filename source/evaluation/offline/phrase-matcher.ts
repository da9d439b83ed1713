/**
 * Finds known phrases ("ai agent", "node.js", "ci/cd") in free text at
 * word boundaries. All phrases are compiled into one regular expression
 * when the matcher is built, so scanning a job is one pass per field
 * and nothing is compiled per job.
 */
export type PhraseMatcher<T> = {
	/** The value of every phrase found, once per occurrence, in order. */
	matches(text: string): T[];
};

export type PhraseMatcherOptions<T> = {
	/**
	 * Match letter case exactly: for names that are also common words
	 * ("React", "Slack"), where the capital is what tells them apart.
	 */
	caseSensitive?: boolean;
	/**
	 * Where phrases start at the same place, only the longest is reported
	 * ("voice agent", not also "voice") unless a shorter one belongs to
	 * another group: one matcher can then look for several kinds of
	 * phrase at once and miss none of them.
	 */
	group?: (value: T) => string;
};

type TrieNode = {children: Map<string, TrieNode>; end: boolean};

const wordCharacter = /^[A-Za-z0-9_]/;
// A phrase must not end inside a word: "rag" is not in "ragged".
const after = '(?![A-Za-z0-9_])';
// Plurals match the singular phrase: "AI agents" finds "ai agent".
const plural = '(?:es|s)?';
const separators = /[\s\u00A0_-]+/g;
const special = /[.*+?^${}()|[\]\\/]/;

/**
 * Builds a matcher over `[phrase, value]` pairs. A phrase may appear
 * more than once with different values; every value is reported. Spaces,
 * hyphens and underscores in a phrase match any run of them in the text,
 * so "fine-tuning" also finds "fine tuning".
 */
export function createPhraseMatcher<T>(
	entries: Iterable<readonly [phrase: string, value: T]>,
	options: PhraseMatcherOptions<T> = {},
): PhraseMatcher<T> {
	const caseSensitive = options.caseSensitive ?? false;
	const normalize = (text: string) =>
		(caseSensitive ? text : text.toLowerCase()).replace(separators, ' ').trim();
	const values = new Map<string, T[]>();

	for (const [phrase, value] of entries) {
		const key = normalize(phrase);

		if (key !== '') {
			values.set(key, [...(values.get(key) ?? []), value]);
		}
	}

	if (values.size === 0) {
		return {matches: () => []};
	}

	const keys = [...values.keys()];
	const reported = withShorterPhrases(values, options.group ?? (() => ''));
	// `\b` is the faster start, but only means "not inside a word" when
	// every phrase starts with a word character (".net" does not).
	const before = keys.every((key) => wordCharacter.test(key))
		? '\\b'
		: '(?<![A-Za-z0-9_])';
	const pattern = new RegExp(
		`${before}${trieSource(buildTrie(keys))}${plural}${after}`,
		caseSensitive ? 'g' : 'gi',
	);

	const lookup = (found: string): T[] | undefined => {
		// Most matches are already in normal form but for letter case.
		const fast = reported.get(caseSensitive ? found : found.toLowerCase());

		if (fast) {
			return fast;
		}

		const key = normalize(found);
		return (
			reported.get(key) ??
			reported.get(key.slice(0, -1)) ??
			reported.get(key.slice(0, -2))
		);
	};

	return {
		matches(text) {
			const found: T[] = [];
			let match: RegExpExecArray | null;
			pattern.lastIndex = 0;

			while ((match = pattern.exec(text)) !== null) {
				const matched = lookup(match[0]);

				for (const value of matched ?? []) {
					found.push(value);
				}

				// Go on from the next word, not from the end of the match:
				// "AI voice agent" holds "ai voice" and "voice agent".
				pattern.lastIndex = match.index + 1;
			}

			return found;
		},
	};
}

/**
 * For each phrase, its own values and those of the shorter phrases it
 * starts with ("ai" in "ai voice") that belong to a group it does not
 * already report.
 */
function withShorterPhrases<T>(
	values: Map<string, T[]>,
	group: (value: T) => string,
): Map<string, T[]> {
	const reported = new Map<string, T[]>();

	for (const [key, own] of values) {
		const all = [...own];
		const groups = new Set(own.map(group));

		// From the longest shorter phrase down; a phrase ends where a
		// character that cannot continue a word follows.
		for (let end = key.length - 1; end > 0; end--) {
			if (wordCharacter.test(key.slice(end, end + 1))) {
				continue;
			}

			const shorter = values.get(key.slice(0, end)) ?? [];
			all.push(...shorter.filter((value) => !groups.has(group(value))));

			for (const value of shorter) {
				groups.add(group(value));
			}
		}

		reported.set(key, all);
	}

	return reported;
}

function buildTrie(keys: string[]): TrieNode {
	const root: TrieNode = {children: new Map(), end: false};

	for (const key of keys) {
		let node = root;

		for (const character of key) {
			let child = node.children.get(character);

			if (!child) {
				child = {children: new Map(), end: false};
				node.children.set(character, child);
			}

			node = child;
		}

		node.end = true;
	}

	return root;
}

// The phrases as one nested alternation that shares common prefixes,
// which the regular expression engine scans several times faster than
// a flat list of hundreds of alternatives. Optional tails are greedy, so
// the longest phrase wins: "node.js" over "node".
function trieSource(node: TrieNode): string {
	const branches = [...node.children]
		.sort(([a], [b]) => (a < b ? -1 : 1))
		.map(
			([character, child]) => characterSource(character) + trieSource(child),
		);

	if (branches.length === 0) {
		return '';
	}

	const body =
		branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;

	return node.end ? `(?:${body})?` : body;
}

function characterSource(character: string): string {
	if (character === ' ') {
		return '[\\s\\u00A0_-]+';
	}

	return special.test(character) ? `\\${character}` : character;
}
