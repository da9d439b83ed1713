/**
 * Small helpers that make the offline evaluator's reasons read as
 * sentences.
 */

/** "a", "a and b", "a, b and c"; or "a, b or c". */
export function listWords(
	words: readonly string[],
	conjunction: 'and' | 'or' = 'and',
): string {
	if (words.length <= 1) {
		return words[0] ?? '';
	}

	return `${words.slice(0, -1).join(', ')} ${conjunction} ${words.at(-1)}`;
}

/** "1 week", "9 weeks". */
export function plural(count: number, noun: string): string {
	return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}
