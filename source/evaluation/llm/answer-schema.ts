import {z} from 'zod';
import {sanitizeLine} from '../../text/sanitize.js';
import type {Assessment} from '../assessment.js';
import {criteria, criterionIds, type CriterionScores} from '../rubric.js';

/** The most technologies kept from one answer. */
const techStackLimit = 12;

// The reason comes before the score: the model writes in schema order,
// and a score written after its reason follows from it.
const criterionAnswer = z.object({
	reason: z.string().describe('one sentence grounded in the posting'),
	score: z.number().int().min(0).max(10).describe('a whole number'),
});

/**
 * The one schema of the model's answer, for a profile's expertise area
 * ids. It is sent (through `toStrictJsonSchema`) as the response format,
 * and every answer is validated against it, which enforces what strict
 * mode cannot be told: whole scores from 0 to 10.
 */
export function createAnswerSchema(areaIds: readonly string[]) {
	const criteriaShape = Object.fromEntries(
		criteria.map((criterion) => [
			criterion.id,
			criterionAnswer.describe(`${criterion.label}`),
		]),
	) as Record<(typeof criterionIds)[number], typeof criterionAnswer>;

	return z.object({
		isAiRelated: z
			.boolean()
			.describe('whether the work builds or runs AI systems'),
		notAiReason: z
			.string()
			.nullable()
			.describe('why the job is not AI-related; null when it is'),
		techStack: z
			.array(z.string())
			.describe('technologies named or clearly needed, at most 10'),
		projectType: z.string().describe('a short label, 2 to 4 words'),
		complexity: z.enum(['low', 'medium', 'high']),
		matchedExpertise: z
			.array(
				z.object({
					id: z.enum(areaIds as [string, ...string[]]),
					reason: z.string().describe('one short sentence'),
				}),
			)
			.describe('the expertise areas the job needs; empty for none'),
		criteria: z.object(criteriaShape),
	});
}

export type AnswerSchema = ReturnType<typeof createAnswerSchema>;
export type Answer = z.infer<AnswerSchema>;

/**
 * The validated answer as an `Assessment`. Text is folded onto one line
 * and stripped of control characters here, once, since a posting can
 * talk the model into echoing escape sequences.
 */
export function answerToAssessment(answer: Answer): Assessment {
	const scores = Object.fromEntries(
		criterionIds.map((id) => {
			const {score, reason} = answer.criteria[id];
			return [id, {score, reason: sanitizeLine(reason)}];
		}),
	) as CriterionScores;

	const techStack = [
		...new Set(answer.techStack.map(sanitizeLine).filter(Boolean)),
	].slice(0, techStackLimit);

	return {
		isAiRelated: answer.isAiRelated,
		notAiReason: answer.isAiRelated
			? null
			: sanitizeLine(answer.notAiReason ?? '') || 'The model gave no reason.',
		techStack,
		projectType: sanitizeLine(answer.projectType),
		complexity: answer.complexity,
		matchedExpertise: answer.matchedExpertise.map((match) => ({
			id: match.id,
			reason: sanitizeLine(match.reason),
		})),
		criteria: scores,
	};
}
