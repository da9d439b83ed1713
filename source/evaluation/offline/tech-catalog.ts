import {termEntries, type FoundTerms, type TermEntry} from './job-terms.js';
import {textFields} from './job-text.js';

/**
 * The technologies the offline evaluator recognises, each under the one
 * name it is shown with and the spellings postings use for it. The list
 * leans to what AI, automation and web work name; a name missing here
 * is merely not listed in a job's stack.
 */
const technologies: Record<string, readonly string[]> = {
	// Models and model providers
	OpenAI: [
		'openai',
		'open ai',
		'chatgpt',
		'chat gpt',
		'gpt',
		'gpt-4',
		'gpt-4o',
		'gpt-5',
		'gpt-3.5',
		'gpt4',
		'gpt4o',
	],
	Claude: ['claude', 'anthropic', 'claude code', 'claudecode'],
	Gemini: ['gemini', 'google gemini'],
	Llama: ['llama', 'llama 3', 'llama3', 'llama.cpp'],
	Mistral: ['mistral', 'mixtral'],
	DeepSeek: ['deepseek'],
	Ollama: ['ollama'],
	vLLM: ['vllm'],
	'Hugging Face': ['hugging face', 'huggingface'],
	// Frameworks for LLM applications
	LangChain: ['langchain'],
	LangGraph: ['langgraph'],
	LlamaIndex: ['llamaindex', 'llama index', 'llama-index'],
	CrewAI: ['crewai', 'crew ai'],
	AutoGen: ['autogen'],
	'OpenAI Agents SDK': ['agents sdk'],
	MCP: ['mcp', 'model context protocol'],
	PromptLayer: ['promptlayer'],
	// Machine learning
	PyTorch: ['pytorch', 'torch'],
	TensorFlow: ['tensorflow', 'keras'],
	'scikit-learn': ['scikit-learn', 'sklearn', 'scikit learn'],
	SageMaker: ['sagemaker'],
	'Apache Spark': ['pyspark', 'apache spark'],
	Databricks: ['databricks'],
	// Vector stores
	Pinecone: ['pinecone'],
	Weaviate: ['weaviate'],
	Qdrant: ['qdrant'],
	Chroma: ['chromadb', 'chroma db'],
	pgvector: ['pgvector'],
	FAISS: ['faiss'],
	Milvus: ['milvus'],
	// Voice and telephony
	Twilio: ['twilio'],
	Vapi: ['vapi', 'vapi.ai'],
	'Retell AI': ['retell', 'retell ai', 'retellai'],
	'Bland AI': ['bland ai', 'bland.ai'],
	ElevenLabs: ['elevenlabs', 'eleven labs'],
	Deepgram: ['deepgram'],
	Whisper: ['whisper'],
	LiveKit: ['livekit'],
	WebRTC: ['webrtc'],
	SIP: ['sip trunk', 'sip trunking', 'voip'],
	// Automation platforms and business tools
	n8n: ['n8n'],
	Zapier: ['zapier'],
	'Make.com': ['make.com', 'integromat'],
	GoHighLevel: ['gohighlevel', 'go high level', 'highlevel', 'ghl'],
	HubSpot: ['hubspot'],
	Salesforce: ['salesforce'],
	Airtable: ['airtable'],
	'Google Sheets': ['google sheets', 'google sheet', 'gsheets'],
	'Google Apps Script': ['apps script', 'google apps script'],
	Odoo: ['odoo'],
	Stripe: ['stripe'],
	SendGrid: ['sendgrid'],
	Mailgun: ['mailgun'],
	'WhatsApp API': [
		'whatsapp api',
		'whatsapp business api',
		'whatsapp cloud api',
	],
	Apify: ['apify'],
	Playwright: ['playwright'],
	Selenium: ['selenium'],
	Puppeteer: ['puppeteer'],
	Scrapy: ['scrapy'],
	// Languages and back ends
	Python: ['python'],
	TypeScript: ['typescript'],
	JavaScript: ['javascript'],
	'Node.js': ['node.js', 'nodejs', 'node js'],
	Go: ['golang'],
	Rust: ['rust'],
	PHP: ['php'],
	Laravel: ['laravel'],
	'Ruby on Rails': ['ruby on rails'],
	// ".net" alone would need a slower start-of-phrase test for every
	// phrase, since it does not begin with a letter.
	'C#': ['c#', 'dotnet', 'asp.net'],
	FastAPI: ['fastapi', 'fast api'],
	Django: ['django'],
	Flask: ['flask'],
	NestJS: ['nestjs', 'nest.js'],
	'Express.js': ['express.js', 'expressjs'],
	GraphQL: ['graphql'],
	WebSocket: ['websocket', 'websockets', 'web socket'],
	// Data stores
	PostgreSQL: ['postgresql', 'postgres'],
	MySQL: ['mysql'],
	MongoDB: ['mongodb', 'mongo'],
	Redis: ['redis'],
	Supabase: ['supabase'],
	Firebase: ['firebase'],
	Snowflake: ['snowflake'],
	BigQuery: ['bigquery'],
	// Front ends and apps
	React: ['reactjs', 'react.js'],
	'Next.js': ['next.js', 'nextjs'],
	'Vue.js': ['vue', 'vue.js', 'vuejs'],
	Nuxt: ['nuxt', 'nuxtjs'],
	Svelte: ['svelte', 'sveltekit'],
	Angular: ['angular', 'angularjs'],
	'Tailwind CSS': ['tailwind', 'tailwindcss'],
	'React Native': ['react native'],
	Flutter: ['flutter'],
	WordPress: ['wordpress'],
	WooCommerce: ['woocommerce'],
	Elementor: ['elementor'],
	Shopify: ['shopify'],
	Webflow: ['webflow'],
	Bubble: ['bubble.io'],
	// Cloud and operations
	AWS: ['aws', 'amazon web services', 'lambda', 'ec2'],
	GCP: ['gcp', 'google cloud'],
	Azure: ['azure'],
	Docker: ['docker'],
	Kubernetes: ['kubernetes', 'k8s'],
	Terraform: ['terraform'],
	'GitHub Actions': ['github actions'],
};

// Names that are also everyday words count only when capitalised as a
// name: "React" is a technology, "react" is not. "Make" and "Express"
// open too many sentences to be told apart at all, so only "make.com"
// and "express.js" count.
const capitalisedOnly: Record<string, readonly string[]> = {
	React: ['React'],
	Notion: ['Notion'],
	Slack: ['Slack'],
	Bubble: ['Bubble'],
	Chroma: ['Chroma'],
	'Apache Spark': ['Spark'],
	'Ruby on Rails': ['Rails'],
	SIP: ['SIP'],
};

export const technologyEntries: TermEntry[] = termEntries(
	technologies,
	(name) => ({kind: 'technology', name}),
);

export const capitalisedTechnologyEntries: TermEntry[] = termEntries(
	capitalisedOnly,
	(name) => ({kind: 'technology', name}),
);

/**
 * The technologies a job names, each once under its shown name, those in
 * the title first, then the skills, then the description.
 */
export function techStackOf(found: FoundTerms): string[] {
	const names = new Set<string>();

	for (const field of textFields) {
		for (const term of found[field]) {
			if (term.kind === 'technology') {
				names.add(term.name);
			}
		}
	}

	return [...names];
}
