import {createWriteStream} from 'node:fs';
import {once} from 'node:events';

/**
 * Writes a synthetic jupri/upwork export of `count` items in the real
 * full format: alphabetical keys, the buyer block, skills as {id, name},
 * decimal-string budgets, and the actor's habits (the first item keeps
 * every key with nulls, the rest lose their empty values). Items stream
 * to disk one at a time, so 100,000 of them never sit in memory; the same
 * seed writes the same file.
 */
export async function writeGeneratedExport(
	file: string,
	count: number,
	options: {seed?: number} = {},
): Promise<void> {
	const random = seededRandom(options.seed ?? 1);
	const out = createWriteStream(file);

	const write = async (text: string) => {
		if (!out.write(text)) {
			await once(out, 'drain');
		}
	};

	await write('[');

	for (let index = 0; index < count; index += 1) {
		const item = generatedItem(index, random);
		const shaped = index === 0 ? item : stripEmpty(item);
		const text = JSON.stringify(sortKeys(shaped), null, 2);
		await write(`${index === 0 ? '\n' : ',\n'}${text}`);
	}

	out.end(count === 0 ? ']\n' : '\n]\n');
	await once(out, 'finish');
}

type Random = () => number;

const aiTopics: Array<[string, string[]]> = [
	['RAG chatbot over our help-center articles', ['Python', 'LangChain', 'RAG']],
	[
		'AI agent that researches leads and drafts emails',
		['OpenAI API', 'AI Agent Development'],
	],
	[
		'Voice AI receptionist for a dental clinic',
		['Twilio', 'Voice AI', 'Python'],
	],
	['Run a local LLM on our own GPU server', ['Llama', 'vLLM', 'Docker']],
	[
		'Fine-tune a small model to classify support tickets',
		['Machine Learning', 'PyTorch'],
	],
	['Multi-agent workflow for invoice processing', ['LangGraph', 'n8n', 'OCR']],
];

const otherTopics: Array<[string, string[]]> = [
	['WordPress site speed and plugin cleanup', ['WordPress', 'PHP']],
	['Logo design for a coffee roastery', ['Logo Design', 'Adobe Illustrator']],
	[
		'Data entry from PDF catalogues into a spreadsheet',
		['Data Entry', 'Microsoft Excel'],
	],
	['Shopify theme changes for the product page', ['Shopify', 'Liquid']],
	[
		'Bookkeeping catch-up for a small agency',
		['QuickBooks Online', 'Bookkeeping'],
	],
];

const aiSentences = [
	'We want answers grounded in our own documents, with sources shown next to each reply.',
	'The agent should call our CRM API, keep a memory of each conversation and hand off to a person when unsure.',
	'Latency matters: replies must start streaming in under a second.',
	'You will set up evaluation: a test set of real questions and a score we can track.',
	'Embeddings go into PostgreSQL with pgvector; we are open to other stores if you explain why.',
	'Please describe an LLM project you shipped to production and what broke first.',
	'We care about cost per conversation, so caching and smaller models are welcome.',
];

const otherSentences = [
	'The site was built five years ago and has grown slow on mobile.',
	'We need clean, consistent files delivered by the end of the month.',
	'Please share two or three examples of similar work.',
	'Communication in English during European mornings is a must.',
	'There are about 1,200 rows to enter; accuracy is more important than speed.',
	'The brand is warm and a little playful — think “small batch”, not “corporate”.',
];

const decorations = [
	'\n\n**Requirements**\n- ',
	'\n\t• ',
	' 🚀 ',
	'\u00a0',
	'\u2028',
	'\n\n### Deliverables\n1. ',
	' ',
];

const countries = [
	'United States',
	'USA',
	'United Kingdom',
	'Germany',
	'Australia',
	'India',
];
const timezones = [
	'America/Chicago (UTC-05:00)',
	'America/New_York (UTC-04:00)',
	'Europe/London (UTC+01:00)',
	'Europe/Berlin (UTC+02:00)',
];
const durations = [
	{rid: 1, label: 'More than 6 months', weeks: 52},
	{rid: 2, label: '3 to 6 months', weeks: 18},
	{rid: 3, label: '1 to 3 months', weeks: 9},
	{rid: 4, label: 'Less than 1 month', weeks: 3},
];
// Fixed budgets are decimal strings in the export ("2400.0").
const budgets = [50, 150, 300, 500, 750, 1000, 2400, 5000, 12000];
const levels = ['EntryLevel', 'IntermediateLevel', 'ExpertLevel'];
const workloads = ['PART_TIME', 'FULL_TIME', 'AS_NEEDED', 'NOT_SURE'];

function generatedItem(index: number, random: Random): Record<string, unknown> {
	const isAi = random() < 0.55;
	const [topic, skills] = pick(random, isAi ? aiTopics : otherTopics);
	const id = (2_000_000_000_000_000_000n + BigInt(index) * 7919n).toString();
	const published =
		Date.UTC(2026, 0, 1) + Math.floor(random() * 90 * 86_400_000);
	const isFixed = random() < 0.45;
	const hasRate = random() >= 0.25;
	const low = pick(random, [10, 12.5, 25, 40, 60]);
	const duration = pick(random, durations);
	const newClient = random() < 0.2;
	const posted = newClient ? null : 1 + Math.floor(random() * 80);
	const withDuration = {
		...duration,
		ctime: '2014-06-04T17:59:10.123Z',
		mtime: '2014-06-04T17:59:10.123Z',
	};

	return {
		buyer: {
			jobs: {openCount: 1 + Math.floor(random() * 3), postedCount: posted},
			location: {
				city: null,
				country: pick(random, countries),
				countryTimezone: pick(random, timezones),
			},
			stats: {
				feedbackCount: posted ? Math.floor(random() * posted) : 0,
				score: posted ? Math.round((3 + random() * 2) * 100) / 100 : null,
				totalCharges: posted
					? {amount: Math.round(random() * 20_000_000) / 100}
					: null,
				totalJobsWithHires: posted ? Math.floor(random() * posted) : 0,
			},
		},
		category: {
			name: isAi ? 'AI & Machine Learning' : 'Web Development',
			urlSlug: isAi ? 'ai-machine-learning' : 'web-development',
		},
		clientActivity: {
			invitationsSent: null,
			totalApplicants: Math.floor(random() * 50),
			totalHired: 0,
		},
		contractorTier: 'INTERMEDIATE',
		currency: 'USD',
		description: description(random, isAi, topic),
		fixed: isFixed
			? {
					budget: {
						amount: `${pick(random, budgets)}.0`,
						isoCurrencyCode: null,
					},
					duration: withDuration,
				}
			: {budget: null, duration: null},
		hourly: isFixed
			? {duration: null, max: null, min: null, type: null}
			: {
					duration: withDuration,
					max: hasRate ? low + 20 + Math.floor(random() * 80) : null,
					min: hasRate ? low : null,
					type: pick(random, workloads),
				},
		id,
		isPaymentMethodVerified: random() < 0.8,
		level: pick(random, levels),
		openJobs: [],
		questions:
			random() < 0.3 ? ['Describe a similar project you finished.'] : [],
		skills: skills.map((name, at) => ({
			id: String(1_031_626_700_000_000_000n + BigInt(at)),
			name,
		})),
		status: 'ACTIVE',
		tags: ['searchable'],
		title: `${topic} #${index + 1}`,
		ts_create: new Date(published - 60_000).toISOString(),
		ts_publish: new Date(published).toISOString(),
		type: isFixed ? 'FIXED' : 'HOURLY',
		url: `https://www.upwork.com/jobs/~02${id}`,
	};
}

// Lengths as in real exports: mostly a few hundred characters to two
// thousand, some very short, a few near the 7,500 the site allows
// (kept a little under, so emoji counted twice stay within it).
function description(random: Random, isAi: boolean, topic: string): string {
	const roll = random();
	const target =
		roll < 0.1
			? 50 + random() * 150
			: roll < 0.7
				? 200 + random() * 1800
				: roll < 0.95
					? 2000 + random() * 3000
					: 5000 + random() * 2400;
	const sentences = isAi ? aiSentences : otherSentences;
	let text = `${topic}.`;

	while (text.length < target) {
		text += `${random() < 0.3 ? pick(random, decorations) : ' '}${pick(random, sentences)}`;
	}

	// Cut by code points, so an emoji is never split in half.
	return Array.from(text)
		.slice(0, Math.max(50, Math.floor(target)))
		.join('')
		.trimEnd()
		.padEnd(50, '.');
}

/** What the actor does to every item but the first. */
function stripEmpty(value: unknown): unknown {
	if (Array.isArray(value)) {
		return value.map(stripEmpty);
	}

	if (typeof value !== 'object' || value === null) {
		return value;
	}

	const kept: Record<string, unknown> = {};

	for (const [key, entry] of Object.entries(value)) {
		const stripped = stripEmpty(entry);

		if (!isEmpty(stripped)) {
			kept[key] = stripped;
		}
	}

	return kept;
}

function isEmpty(value: unknown): boolean {
	if (value === null || value === false || value === 0 || value === '')
		return true;
	if (Array.isArray(value)) return value.length === 0;
	return typeof value === 'object' && Object.keys(value as object).length === 0;
}

function sortKeys(value: unknown): unknown {
	if (Array.isArray(value)) {
		return value.map(sortKeys);
	}

	if (typeof value !== 'object' || value === null) {
		return value;
	}

	return Object.fromEntries(
		Object.keys(value)
			.sort()
			.map((key) => [key, sortKeys((value as Record<string, unknown>)[key])]),
	);
}

function pick<T>(random: Random, values: readonly T[]): T {
	return values[Math.floor(random() * values.length)]!;
}

// mulberry32: small, fast and good enough to vary test data.
function seededRandom(seed: number): Random {
	let state = seed >>> 0;

	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
	};
}
