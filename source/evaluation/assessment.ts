import type {CriterionScores, Priority} from './rubric.js';

/**
 * What an evaluator (offline or LLM) says about one job. It carries the
 * five scores with their reasons but no total and no priority: those are
 * computed from the rubric by `rate()`.
 */
export type Assessment = {
	isAiRelated: boolean;
	/** Why the job is not AI-related; null when it is. */
	notAiReason: string | null;
	techStack: string[];
	projectType: string;
	complexity: Complexity;
	matchedExpertise: MatchedExpertise[];
	criteria: CriterionScores;
};

export type Complexity = 'low' | 'medium' | 'high';

export type MatchedExpertise = {id: string; reason: string};

/** What a call to a paid model cost, stored with its evaluation. */
export type Usage = {
	promptTokens: number;
	completionTokens: number;
	cachedTokens: number;
	reasoningTokens: number;
	latencyMs: number;
	costUsd: number;
	attempts: number;
};

export type Rated = {total: number; priority: Priority};
