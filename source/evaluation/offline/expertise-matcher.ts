import type {ExpertiseArea, Profile} from '../profile.js';
import type {FoundTerms, TermEntry} from './job-terms.js';
import {fieldWeights, textFields} from './job-text.js';

/** What one expertise area of the profile found in a job. */
export type AreaMatch = {
	area: ExpertiseArea;
	/** The area's keywords found in the title or the skills. */
	named: string[];
	/** Its keywords found only in the description. */
	mentioned: string[];
	/** Whether any of its keywords is in the title. */
	inTitle: boolean;
	/** Weighted evidence: more for the title, skills and expert areas. */
	points: number;
};

// An expert area is the work the freelancer sells; an intermediate one
// is what they can do around it.
const levelWeights: Record<ExpertiseArea['level'], number> = {
	expert: 1,
	advanced: 0.6,
	intermediate: 0.35,
	beginner: 0.15,
};

// A long description names many tools in passing; past this many points
// a further mention tells little more about an area.
const descriptionPointsCap = 4;

/** The profile's keywords, each tagged with its area's place. */
export function expertiseEntries(profile: Profile): TermEntry[] {
	return profile.areas.flatMap((area, index) =>
		area.keywords.map(
			(keyword) => [keyword, {kind: 'keyword', area: index, keyword}] as const,
		),
	);
}

/**
 * The areas of the profile with any keyword in the job, strongest
 * evidence first. `found` must come from a scanner built with
 * `expertiseEntries` of the same profile.
 */
export function matchExpertise(
	profile: Profile,
	found: FoundTerms,
): AreaMatch[] {
	const keywordsByArea = profile.areas.map(() => new Map<string, number>());

	for (const field of textFields) {
		for (const term of found[field]) {
			if (term.kind === 'keyword') {
				const fields = keywordsByArea[term.area]!;
				fields.set(
					term.keyword,
					(fields.get(term.keyword) ?? 0) | fieldBit[field],
				);
			}
		}
	}

	const matches: AreaMatch[] = [];

	profile.areas.forEach((area, index) => {
		const keywords = keywordsByArea[index]!;

		if (keywords.size > 0) {
			matches.push(areaMatch(area, keywords));
		}
	});

	return matches.sort((a, b) => b.points - a.points);
}

const fieldBit = {title: 1, skills: 2, description: 4} as const;

function areaMatch(
	area: ExpertiseArea,
	keywords: Map<string, number>,
): AreaMatch {
	const named: string[] = [];
	const mentioned: string[] = [];
	let namedPoints = 0;
	let mentionedPoints = 0;
	let inTitle = false;

	for (const [keyword, bits] of keywords) {
		if (bits & (fieldBit.title | fieldBit.skills)) {
			named.push(keyword);
		} else {
			mentioned.push(keyword);
		}

		if (bits & fieldBit.title) {
			namedPoints += fieldWeights.title;
			inTitle = true;
		}

		if (bits & fieldBit.skills) namedPoints += fieldWeights.skills;
		if (bits & fieldBit.description) {
			mentionedPoints += fieldWeights.description;
		}
	}

	const points =
		levelWeights[area.level] *
		(namedPoints + Math.min(mentionedPoints, descriptionPointsCap));

	return {area, named, mentioned, inTitle, points};
}
