// Upwork writes some countries in more than one way (both `USA` and
// `United States` occur in one export). Statistics and filters group by
// country, so each gets one name: the long form Upwork uses most.
const aliases = new Map<string, string>([
	['usa', 'United States'],
	['us', 'United States'],
	['u.s.', 'United States'],
	['u.s.a.', 'United States'],
	['united states of america', 'United States'],
	['uk', 'United Kingdom'],
	['u.k.', 'United Kingdom'],
	['great britain', 'United Kingdom'],
	['uae', 'United Arab Emirates'],
]);

/** One name per country; unknown names pass through, trimmed. */
export function normaliseCountry(name: string): string | null {
	const trimmed = name.trim();

	if (trimmed === '') {
		return null;
	}

	return aliases.get(trimmed.toLowerCase()) ?? trimmed;
}
