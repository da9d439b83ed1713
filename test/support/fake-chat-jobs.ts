import type {JobRecord} from '../../source/export/job-record.js';
import {unknownClient} from './job-record-factory.js';

/** A job record with every field set; `overrides` shape the case. */
export function sampleJob(overrides: Partial<JobRecord> = {}): JobRecord {
	return {
		id: '2019000000000000001',
		title: 'Build a RAG chatbot over our support docs',
		description:
			'We need an AI agent that answers customer questions from our ' +
			'knowledge base. Use LangChain or LlamaIndex with a vector database ' +
			'(pgvector preferred), OpenAI embeddings and a small FastAPI backend. ' +
			'Deliverables: ingestion pipeline, chat API, evals. Timeline 6 weeks.',
		type: 'FIXED',
		url: 'https://www.upwork.com/jobs/~022019000000000000001',
		publishedAt: new Date('2026-02-05T03:00:00.000Z'),
		createdAt: new Date('2026-02-05T02:55:00.000Z'),
		fixedBudget: 4000,
		hourlyMin: null,
		hourlyMax: null,
		hourlyWorkload: null,
		durationWeeks: 9,
		durationLabel: '1 to 3 months',
		experienceLevel: 'ExpertLevel',
		category: 'AI Apps & Integration',
		skills: ['Python', 'LangChain', 'pgvector', 'FastAPI'],
		client: {
			paymentVerified: true,
			totalSpent: 48_000,
			jobsPosted: 20,
			jobsWithHires: 15,
			rating: 4.9,
			reviews: 14,
			country: 'United States',
			timezone: 'America/Chicago (UTC-05:00)',
		},
		applicants: 12,
		source: 'sample.json',
		scrapedAt: null,
		...overrides,
	};
}

/** Jobs that differ in what the rubric scores, for rankings. */
export const sampleJobs: JobRecord[] = [
	sampleJob(),
	sampleJob({
		id: '2019000000000000002',
		title: 'Shopify theme tweaks',
		description: 'Change the colours of our Shopify store and fix the footer.',
		fixedBudget: 150,
		durationWeeks: 3,
		durationLabel: 'Less than 1 month',
		experienceLevel: 'EntryLevel',
		category: 'Web Development',
		skills: ['Shopify', 'CSS'],
		client: unknownClient,
	}),
	sampleJob({
		id: '2019000000000000003',
		title: 'Voice agent for appointment booking',
		description:
			'Build a voice agent with Twilio, Deepgram and an LLM (GPT-4o) that ' +
			'books appointments into our calendar. Must handle real-time calls.',
		type: 'HOURLY',
		fixedBudget: null,
		hourlyMin: 60,
		hourlyMax: 110,
		hourlyWorkload: 'PART_TIME',
		skills: ['Twilio', 'Python', 'OpenAI API'],
	}),
	sampleJob({
		id: '2019000000000000004',
		title: 'Data entry from PDFs',
		description: 'Copy figures from 300 PDF invoices into a spreadsheet.',
		type: 'HOURLY',
		fixedBudget: null,
		hourlyMin: 8,
		hourlyMax: 12,
		hourlyWorkload: 'AS_NEEDED',
		experienceLevel: 'EntryLevel',
		skills: ['Data Entry', 'Microsoft Excel'],
		client: {...unknownClient, paymentVerified: true},
	}),
];
