import {describe, expect, it} from 'vitest';
import {createOfflineAssessor} from '../../../source/evaluation/offline/offline-evaluator.js';
import {readProfile} from '../../../source/evaluation/profile.js';
import {buildJobRecord} from '../../support/job-record-factory.js';

const assess = createOfflineAssessor(await readProfile(), 500);
const clarity = (description: string) =>
	assess(buildJobRecord({description})).criteria.clarity;

const fullBrief = [
	'We are building a support assistant for our SaaS product. Our',
	'customers ask the same questions about billing, exports and user',
	'roles every day, and our two support agents cannot keep up.',
	'',
	'Scope of work:',
	'1. Index our help centre (about 400 articles) into a vector store',
	'2. Build the chat endpoint in FastAPI with streaming answers',
	'3. Add a React widget that our web app can embed',
	'4. Write unit tests for the retrieval and the endpoint',
	'',
	'The stack is Python, FastAPI, PostgreSQL with pgvector, and React.',
	'Acceptance criteria: answers cite the article they came from, and',
	'the p95 latency stays under two seconds for 50 concurrent users.',
	'Timeline: a demo after 2 weeks, production after 6 weeks.',
	'We will review the code weekly and expect documentation for handoff.',
	'Please describe similar work you have done and how you would test it.',
].join('\n');

describe('the clarity criterion', () => {
	it('scores a structured brief with stack, acceptance and timeline high', () => {
		const {score, reason} = clarity(fullBrief);

		expect(score).toBeGreaterThanOrEqual(9);
		expect(reason).toContain('a list of 4 items');
		expect(reason).toContain('a named stack (');
		expect(reason).toContain('acceptance criteria');
		expect(reason).toContain('a timeline');
	});

	it('scores a vague one-liner low and says what is missing', () => {
		const {score, reason} = clarity('Need an app like Uber. Message me.');

		expect(score).toBeLessThanOrEqual(1);
		expect(reason).toMatch(/^Only 34 characters; no list, deliverables/);
	});

	it('scores a longer description above a shorter one of the same kind', () => {
		const short = clarity('Build a dashboard for our sales data.');
		const long = clarity(
			'Build a dashboard for our sales data. '.repeat(20).trim(),
		);

		expect(long.score).toBeGreaterThan(short.score);
	});
});
