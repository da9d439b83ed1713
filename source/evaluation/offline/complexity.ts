import type {JobRecord} from '../../export/job-record.js';
import type {Complexity} from '../assessment.js';
import type {FoundTerms} from './job-terms.js';
import {signWords} from './posting-signs.js';

/**
 * How big and demanding the work is, from how much the posting asks for
 * (description length, technologies, scope words), the budget and
 * duration, and the experience level the client wants.
 */
export function judgeComplexity(
	job: JobRecord,
	found: FoundTerms,
	technologyCount: number,
): Complexity {
	let points = 0;
	const length = job.description.length;

	if (length > 2500) points += 2;
	else if (length > 1000) points += 1;

	if (technologyCount >= 6) points += 2;
	else if (technologyCount >= 3) points += 1;

	// Words that mark a large or demanding build: "architecture",
	// "compliance", "at scale".
	const scope = signWords(found, 'scope').length;

	if (scope >= 4) points += 2;
	else if (scope >= 2) points += 1;

	if ((job.fixedBudget ?? 0) >= 5000) points += 1;
	if ((job.durationWeeks ?? 0) >= 18) points += 1;
	if (job.experienceLevel === 'ExpertLevel') points += 1;
	if (job.experienceLevel === 'EntryLevel') points -= 1;

	if (points >= 5) return 'high';
	if (points >= 2) return 'medium';
	return 'low';
}
