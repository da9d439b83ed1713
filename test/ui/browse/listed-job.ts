import type {
	ListedEvaluation,
	ListedJob,
} from '../../../source/db/job-listing.repository.js';

/**
 * A job as the listing returns it, for tests that need no database:
 * an evaluated, AI-related, fixed-price job unless told otherwise.
 */
export function listedJob(
	overrides: Partial<ListedJob> = {},
	evaluation: Partial<ListedEvaluation> | null = {},
): ListedJob {
	return {
		id: '2000000000000000001',
		title: 'RAG chatbot for support',
		description: 'Build a retrieval chatbot over our help centre.',
		url: 'https://www.upwork.com/jobs/~022000000000000000001',
		type: 'FIXED',
		publishedAt: new Date('2026-01-05T10:00:00Z'),
		fixedBudget: 2400,
		hourlyMin: null,
		hourlyMax: null,
		hourlyWorkload: null,
		durationWeeks: 9,
		durationLabel: '1 to 3 months',
		experienceLevel: 'ExpertLevel',
		skills: ['Python'],
		client: {
			paymentVerified: true,
			totalSpent: 12000,
			jobsPosted: 10,
			jobsWithHires: 8,
			rating: 4.8,
			reviews: 31,
			country: 'United States',
		},
		evaluation:
			evaluation === null
				? null
				: {
						status: 'evaluated',
						evaluator: 'offline',
						model: null,
						profileHash: 'current',
						jobChanged: false,
						isAiRelated: true,
						filterReason: null,
						failureReason: null,
						techStack: ['Python', 'LangChain'],
						projectType: 'chatbot',
						complexity: 'medium',
						matchedExpertise: [{id: 'rag', reason: 'Retrieval over docs.'}],
						criteria: {
							budget: {score: 8, reason: 'Generous for the scope.'},
							client: {score: 9, reason: 'Verified, hires often.'},
							clarity: {score: 7, reason: 'Clear deliverables.'},
							techFit: {score: 10, reason: 'RAG is the core.'},
							timeline: {score: 6, reason: 'Tight but doable.'},
						},
						total: 83,
						priority: 'High',
						evaluatedAt: new Date('2026-01-06T10:00:00Z'),
						...evaluation,
					},
		triage: null,
		...overrides,
	};
}
