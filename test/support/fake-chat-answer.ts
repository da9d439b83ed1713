/**
 * The fake chat server's "model": it reads the job from the request the
 * way a model would (the system prompt's areas and keywords, the job's
 * lines) and scores it by plain rules, so that different jobs get
 * different, schema-valid answers and a ranking of them means something.
 */

type ChatRequestBody = {
	messages?: Array<{role?: string; content?: string}>;
	response_format?: unknown;
};

const aiWords = [
	'ai',
	'llm',
	'gpt',
	'openai',
	'agent',
	'agents',
	'rag',
	'langchain',
	'embeddings',
	'chatbot',
	'machine learning',
	'fine-tune',
	'fine-tuning',
	'voice',
	'whisper',
	'vector',
	'model',
];

/** The answer object for a request, as the real model would send it. */
export function fakeAnswer(body: ChatRequestBody): Record<string, unknown> {
	const messages = body.messages ?? [];
	const system = messages.find((message) => message.role === 'system');
	const job = messages.find((message) => message.role === 'user');
	const text = job?.content ?? '';
	const lower = text.toLowerCase();
	const aiHits = aiWords.filter((word) => hasWord(lower, word));
	const isAiRelated = aiHits.length > 0;
	const areas = areasFromPrompt(system?.content ?? '');
	const matched = areas.filter((area) =>
		area.keywords.some((keyword) => hasWord(lower, keyword)),
	);

	return {
		isAiRelated,
		notAiReason: isAiRelated ? null : 'No AI work is mentioned.',
		techStack: lineValue(text, 'Skills')
			.split(',')
			.map((skill) => skill.trim())
			.filter((skill) => skill && skill !== 'none listed'),
		projectType: isAiRelated ? 'AI integration' : 'general software',
		complexity:
			text.length > 2000 ? 'high' : text.length > 700 ? 'medium' : 'low',
		matchedExpertise: matched.map((area) => ({
			id: area.id,
			reason: `The posting mentions ${area.keywords.find((keyword) => hasWord(lower, keyword))}.`,
		})),
		criteria: {
			budget: scored(
				budgetScore(lineValue(text, 'Type')),
				'From the stated budget.',
			),
			client: scored(
				/payment verified/.test(lineValue(text, 'Client')) ? 7 : 3,
				'From the client facts.',
			),
			clarity: scored(
				text.length > 1500 ? 8 : text.length > 500 ? 6 : 3,
				'From how much the posting says.',
			),
			techFit: scored(
				Math.min(10, aiHits.length * 2 + matched.length),
				`AI words: ${aiHits.join(', ') || 'none'}.`,
			),
			timeline: scored(/weeks|month/.test(lower) ? 6 : 5, 'From the duration.'),
		},
	};
}

function scored(score: number, reason: string) {
	return {reason, score};
}

function budgetScore(terms: string): number {
	const amounts = [...terms.matchAll(/\$([\d,]+(?:\.\d+)?)/g)].map((match) =>
		Number(match[1]!.replace(/,/g, '')),
	);
	const top = Math.max(0, ...amounts);

	if (terms.includes('/hr')) {
		return top >= 80 ? 8 : top >= 40 ? 6 : top > 0 ? 3 : 1;
	}

	return top >= 5000 ? 9 : top >= 2000 ? 7 : top >= 500 ? 5 : top > 0 ? 2 : 0;
}

function lineValue(text: string, label: string): string {
	const match = new RegExp(`^${label}: (.*)$`, 'm').exec(text);
	return match?.[1] ?? '';
}

// Areas are listed as "- id: Name (level). Keywords: a, b, c."
function areasFromPrompt(prompt: string) {
	return [
		...prompt.matchAll(/^- ([a-z][a-z0-9-]*): .*Keywords: (.*)\.$/gm),
	].map((match) => ({
		id: match[1]!,
		keywords: match[2]!.split(', ').map((keyword) => keyword.toLowerCase()),
	}));
}

function hasWord(text: string, word: string): boolean {
	const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(^|[^a-z0-9])${escaped}($|[^a-z0-9])`).test(text);
}
