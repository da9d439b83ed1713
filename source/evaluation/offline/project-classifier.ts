import type {FoundTerms} from './job-terms.js';
import {fieldWeights, textFields} from './job-text.js';
import {
	aiProjectTypes,
	projectTypes,
	type ProjectType,
} from './project-types.js';

// Where an AI job also reads as automation or a web app, the AI part is
// what it is about: its cues count double.
const aiTypeBoost = 2;

// Work that AI in a description does not make AI work: a video about a
// voice agent is still a video.
const otherWorkTypes = new Set<ProjectType>([
	'website',
	'QA/testing',
	'design',
]);

/**
 * The kind of project, from the cues in each field: the title counts
 * most, and an AI job's AI cues count double.
 */
export function classifyProject(
	found: FoundTerms,
	isAiRelated: boolean,
): ProjectType {
	const points = new Map<ProjectType, number>();

	for (const field of textFields) {
		const distinct = new Map<ProjectType, Set<string>>();

		for (const term of found[field]) {
			if (term.kind === 'project') {
				distinct.set(
					term.type,
					(distinct.get(term.type) ?? new Set()).add(term.cue),
				);
			}
		}

		// Distinct cues count, a few at most per field, so a long
		// description repeating "website" does not outweigh the title.
		for (const [type, cueSet] of distinct) {
			const gained = fieldWeights[field] * Math.min(cueSet.size, 3);
			points.set(type, (points.get(type) ?? 0) + gained);
		}
	}

	let best: ProjectType = 'other';
	let bestPoints = 0;

	for (const type of projectTypes) {
		const isAiType = aiProjectTypes.has(type);

		if (isAiType && !isAiRelated) {
			continue;
		}

		const typePoints = (points.get(type) ?? 0) * (isAiType ? aiTypeBoost : 1);

		if (typePoints > bestPoints) {
			best = type;
			bestPoints = typePoints;
		}
	}

	return best;
}

/**
 * Whether the title alone names work that stays what it is whatever the
 * description says about AI: a website, testing, design.
 */
export function titleNamesOtherWork(found: FoundTerms): boolean {
	return found.title.some(
		(term) => term.kind === 'project' && otherWorkTypes.has(term.type),
	);
}
