import type {Usage} from '../evaluation/assessment.js';
import type {Priority} from '../evaluation/rubric.js';

/**
 * What an ingest run tells whoever watches it. The pipeline emits these
 * and knows nothing of screens; the live view and the plain printer fold
 * them into a `RunProgress` (run-progress.ts) and draw that.
 */
export type RunEvent =
	| {
			type: 'reading';
			source: string;
			totalBytes: number;
			evaluator: {kind: 'offline' | 'llm'; model: string | null};
	  }
	| {
			type: 'read';
			bytesRead: number;
			totalBytes: number;
			jobsRead: number;
			inserted: number;
			updated: number;
			unchanged: number;
	  }
	| {
			type: 'rejected';
			index: number;
			id: string | null;
			field: string;
			message: string;
	  }
	| {type: 'evaluating'; total: number; alreadyEvaluated: number}
	| {type: 'evaluated'; job: JobSummary; outcome: EvaluationSummary}
	| {type: 'waiting'; seconds: number; reason: string}
	| {type: 'checkpoint'; done: number; total: number}
	| {type: 'stopping'; reason: 'interrupted' | 'stopped'; message?: string}
	| {type: 'done'; status: 'completed' | 'interrupted' | 'stopped'};

export type JobSummary = {id: string; title: string};

export type EvaluationSummary =
	| {
			status: 'evaluated';
			isAiRelated: boolean;
			total: number;
			priority: Priority;
			usage?: Usage;
	  }
	| {status: 'gated'; reason: string}
	| {status: 'failed'; reason: string; usage?: Usage};

export type RunEventListener = (event: RunEvent) => void;
