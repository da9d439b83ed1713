import type {MatchedExpertise} from '../assessment.js';
import type {ExpertiseArea} from '../profile.js';
import type {CriterionScore} from '../rubric.js';
import type {AreaMatch} from './expertise-matcher.js';
import {capitalise, listWords} from './wording.js';

// Evidence points at which the score reaches about 6 of 10; the curve
// flattens after, so piling on keywords cannot buy a 10.
const scalePoints = 6;
// A title that names expert work ("AI Agent Development") says what the
// job is about even when the posting says little else.
const titleFloors: Record<ExpertiseArea['level'], number> = {
	expert: 7,
	advanced: 5,
	intermediate: 0,
	beginner: 0,
};

/**
 * AI technical fit from the expertise areas a job matched. The core of
 * the work must be in an expert area, named in the title or skills, for
 * a high score; a job that is not AI work fits partly at most, however
 * much backend or front-end work it shares with the profile.
 */
export function scoreTechFit(
	matches: AreaMatch[],
	isAiRelated: boolean,
): CriterionScore {
	if (matches.length === 0) {
		return {
			score: 0,
			reason:
				'No keyword of the expertise profile appears in the title, ' +
				'skills or description.',
		};
	}

	const points = matches.reduce((sum, match) => sum + match.points, 0);
	const named = matches.filter((match) => match.named.length > 0);
	const expert = matches.filter((match) => match.area.level === 'expert');
	let score = Math.round(10 * (1 - Math.exp(-points / scalePoints)));
	let limit = '';

	const titled = matches.filter((match) => match.inTitle);
	const floor = Math.max(0, ...titled.map((m) => titleFloors[m.area.level]));
	score = Math.max(score, floor);

	if (!isAiRelated) {
		score = Math.min(score, 3);
		limit = 'it is not AI work, so it fits partly at most';
	} else if (expert.length === 0) {
		score = Math.min(score, 5);
		limit = 'none of it is in an expert area';
	} else if (named.length === 0) {
		score = Math.min(score, 7);
		limit = 'the title and skills name none of it';
	}

	// Area names contain "and" themselves, so a semicolon parts them.
	const areas = (named.length > 0 ? named : matches)
		.slice(0, 2)
		.map((match) => match.area.name)
		.join('; ');
	const verdict =
		limit ||
		(score >= 8
			? `the core of the work is in the profile (${areas})`
			: score >= 5
				? `it fits partly (${areas})`
				: `little of it is in the profile (${areas})`);

	return {score, reason: `${evidence(matches)}: ${verdict}.`};
}

/** One entry per matched area, naming the keywords a person can find. */
export function describeMatchedExpertise(
	matches: AreaMatch[],
): MatchedExpertise[] {
	return matches.map((match) => {
		const parts: string[] = [];

		if (match.named.length > 0) {
			parts.push(`the title or skills name ${quoteAll(match.named)}`);
		}

		if (match.mentioned.length > 0) {
			parts.push(`the description mentions ${quoteAll(match.mentioned)}`);
		}

		return {
			id: match.area.id,
			reason: `${capitalise(parts.join('; '))} (${match.area.level}).`,
		};
	});
}

function evidence(matches: AreaMatch[]): string {
	const named = unique(matches.flatMap((match) => match.named));
	const mentioned = unique(matches.flatMap((match) => match.mentioned)).filter(
		(keyword) => !named.includes(keyword),
	);

	if (named.length === 0) {
		return `Only the description mentions ${quoteAll(mentioned, 5)}`;
	}

	const head = `The title or skills name ${quoteAll(named, 5)}`;

	return mentioned.length === 0
		? head
		: `${head}, the description adds ${quoteAll(mentioned, 5)}`;
}

function quoteAll(words: string[], limit = 8): string {
	const shown = words.slice(0, limit).map((word) => `"${word}"`);
	const more = words.length - shown.length;

	return more > 0 ? `${shown.join(', ')} and ${more} more` : listWords(shown);
}

function unique(words: string[]): string[] {
	return [...new Set(words)];
}
