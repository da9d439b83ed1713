/**
 * The rubric every evaluator and every screen share: the five criteria,
 * their weights, and how the total and the priority follow from the
 * scores. The program computes the total and the priority; no evaluator
 * (least of all the model) is asked for them.
 */

export const criterionIds = [
	'budget',
	'client',
	'clarity',
	'techFit',
	'timeline',
] as const;

export type CriterionId = (typeof criterionIds)[number];

export type Criterion = {
	id: CriterionId;
	label: string;
	/** Percent of the total; the weights add up to 100. */
	weight: number;
	/** What a high and a low score mean, for people and for the prompt. */
	guide: string;
};

export const criteria: readonly Criterion[] = [
	{
		id: 'budget',
		label: 'Budget',
		weight: 25,
		guide:
			'10: generous for the scope (fixed well above the minimum, or a senior hourly rate); ' +
			'5: fair; 0: far below the work or not stated at all.',
	},
	{
		id: 'client',
		label: 'Client reliability',
		weight: 15,
		guide:
			'10: payment verified, large spend, high hire rate, rating near 5 with many reviews; ' +
			'5: some history; 0: unverified with no history.',
	},
	{
		id: 'clarity',
		label: 'Requirements clarity',
		weight: 20,
		guide:
			'10: clear deliverables, stack and acceptance criteria; ' +
			'5: a goal with gaps; 0: vague or contradictory.',
	},
	{
		id: 'techFit',
		label: 'AI technical fit',
		weight: 30,
		guide:
			"10: the core of the work is in the freelancer's expert areas; " +
			'5: partly; 0: unrelated to the profile.',
	},
	{
		id: 'timeline',
		label: 'Timeline',
		weight: 10,
		guide:
			'10: realistic for the scope with room to do it well; ' +
			'5: tight or unstated; 0: impossible for the scope.',
	},
];

export type CriterionScore = {score: number; reason: string};
export type CriterionScores = Record<CriterionId, CriterionScore>;

export type Priority = 'High' | 'Medium' | 'Low';

export const priorityThresholds = {high: 80, medium: 50} as const;

/**
 * The weighted total on 0-100: each 0-10 score times its weight, over 10.
 * Scores are whole numbers and weights multiples of 5, so the total is a
 * multiple of 0.5; it is rounded to one decimal all the same, so that a
 * caller passing fractions gets what the database stores.
 */
export function scoreTotal(scores: Record<CriterionId, number>): number {
	let sum = 0;

	for (const criterion of criteria) {
		sum += clampScore(scores[criterion.id]) * criterion.weight;
	}

	return Math.round(sum) / 10;
}

export function priorityFor(total: number): Priority {
	if (total >= priorityThresholds.high) {
		return 'High';
	}

	if (total >= priorityThresholds.medium) {
		return 'Medium';
	}

	return 'Low';
}

export function clampScore(score: number): number {
	if (!Number.isFinite(score)) {
		return 0;
	}

	return Math.min(10, Math.max(0, score));
}

export function criterionById(id: CriterionId): Criterion {
	return criteria.find((criterion) => criterion.id === id)!;
}
