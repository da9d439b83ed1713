import {termEntries, type FoundTerms, type TermEntry} from './job-terms.js';

/**
 * Words that mark a posting as AI work, grouped under the name a reason
 * shows. This is the product's notion of AI work and does not change
 * with the profile.
 */
const aiTerms: Record<string, readonly string[]> = {
	AI: [
		'ai',
		'a.i.',
		'artificial intelligence',
		'genai',
		'gen ai',
		'generative ai',
	],
	LLM: [
		'llm',
		'large language model',
		'gpt',
		'chatgpt',
		'chat gpt',
		'openai',
		'claude',
		'anthropic',
		'gemini',
		'mistral',
		'llama',
		'ollama',
		'vllm',
		'deepseek',
		'prompt engineering',
		'prompt engineer',
		'langchain',
		'langgraph',
		'llamaindex',
		'crewai',
		'autogen',
	],
	'AI agent': ['ai agent', 'agentic', 'multi-agent', 'autonomous agent'],
	chatbot: ['chatbot', 'chat bot', 'conversational ai'],
	RAG: [
		'rag',
		'retrieval-augmented',
		'retrieval augmented',
		'vector database',
		'vector search',
		'vector store',
		'embeddings',
		'semantic search',
	],
	'machine learning': [
		'machine learning',
		'ml',
		'deep learning',
		'neural network',
		'computer vision',
		'nlp',
		'natural language processing',
		'data science',
		'tensorflow',
		'pytorch',
		'mlops',
		'llmops',
		'fine-tuning',
		'fine-tune',
		'hugging face',
		'huggingface',
		'sagemaker',
		'stable diffusion',
	],
	'speech AI': [
		'voice agent',
		'speech-to-text',
		'text-to-speech',
		'speech recognition',
		'elevenlabs',
		'deepgram',
		'whisper',
		'vapi',
		'retell ai',
	],
};

/** Whether a job is AI work, and the evidence either way. */
export type AiSignals = {
	isAiRelated: boolean;
	/** The names of the AI terms found in the title or skills. */
	named: string[];
	/** Those found only in the description. */
	mentioned: string[];
	/**
	 * The description names enough AI to count, but the title names other
	 * work (a video, a website) that the AI is only the subject of.
	 */
	titleOverrules: boolean;
};

// The description of a web job may mention AI in passing ("we use AI
// to write copy"); it takes this many distinct terms there, with none
// in the title or skills, to call the job AI work.
const descriptionTermsNeeded = 2;

export const aiEntries: TermEntry[] = termEntries(aiTerms, (label, term) => ({
	kind: 'ai',
	label,
	term,
}));

/**
 * Whether a job is AI work: an AI term in the title or skills, or
 * several in the description unless the title names other work (a
 * video about a voice agent is still a video).
 */
export function readAiSignals(
	found: FoundTerms,
	titleNamesOtherWork: boolean,
): AiSignals {
	const named = new Set<string>();
	const mentioned = new Set<string>();
	const mentionedTerms = new Set<string>();

	for (const term of [...found.title, ...found.skills]) {
		if (term.kind === 'ai') {
			named.add(term.label);
		}
	}

	for (const term of found.description) {
		if (term.kind === 'ai') {
			mentionedTerms.add(term.term);

			if (!named.has(term.label)) {
				mentioned.add(term.label);
			}
		}
	}

	const enoughInDescription = mentionedTerms.size >= descriptionTermsNeeded;

	return {
		isAiRelated:
			named.size > 0 || (enoughInDescription && !titleNamesOtherWork),
		named: [...named],
		mentioned: [...mentioned],
		titleOverrules:
			named.size === 0 && enoughInDescription && titleNamesOtherWork,
	};
}
