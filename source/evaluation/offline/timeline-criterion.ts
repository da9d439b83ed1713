import type {JobRecord} from '../../export/job-record.js';
import type {Complexity} from '../assessment.js';
import type {CriterionScore} from '../rubric.js';
import type {FoundTerms} from './job-terms.js';
import {signWords} from './posting-signs.js';
import {capitalise} from './wording.js';

const deadline =
	/\b(?:within|in|under)\s+(\d{1,2}|one|two|three|four|five|six|seven|ten|a)\s+(hours?|days?|weeks?)\b/gi;

const numberWords: Record<string, number> = {
	a: 1,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	ten: 10,
};

// A deadline of this many days or fewer is tight for any real build.
const tightDays = 7;

/** The score for a duration, by the scope it has to hold. */
function durationScore(weeks: number, complexity: Complexity): number {
	if (weeks <= 4) return {low: 7, medium: 5, high: 3}[complexity];
	if (weeks <= 9) return complexity === 'high' ? 6 : 8;
	if (weeks <= 18) return complexity === 'high' ? 7 : 8;
	// Beyond six months the end is open: room, but no shape.
	return 7;
}

/**
 * Timeline from the duration the client chose and the scope it must
 * hold; a short deadline in the text ("within 7 days", "ASAP") makes it
 * tighter, the more so the bigger the scope.
 */
export function scoreTimeline(
	job: JobRecord,
	complexity: Complexity,
	found: FoundTerms,
): CriterionScore {
	const text = `${job.title}\n${job.description}`;
	const weeks = job.durationWeeks;
	let score = weeks === null ? 5 : durationScore(weeks, complexity);
	const rush =
		tightDeadline(text) ??
		signWords(found, 'urgency', ['title', 'description'])[0];
	let pressure = '';

	if (rush) {
		const penalty = {low: 1, medium: 2, high: 3}[complexity];
		score = Math.max(0, score - penalty);
		pressure = `, and the posting says "${rush.replace(/\s+/g, ' ').toLowerCase()}"`;
	}

	const span = job.durationLabel
		? capitalise(job.durationLabel.toLowerCase())
		: weeks !== null
			? `About ${weeks} weeks`
			: 'No duration stated';

	return {
		score,
		reason: `${span} for a ${complexity}-complexity scope${pressure}: ${
			weeks === null && !rush
				? 'unstated, so neither room nor rush'
				: verdict(score)
		}.`,
	};
}

/** The first deadline in the text that is a week or less away. */
function tightDeadline(text: string): string | undefined {
	for (const match of text.matchAll(deadline)) {
		const count = numberWords[match[1]!.toLowerCase()] ?? Number(match[1]);
		const unit = match[2]!.toLowerCase();
		const days = unit.startsWith('hour')
			? count / 24
			: unit.startsWith('week')
				? count * 7
				: count;

		if (days <= tightDays) {
			return match[0];
		}
	}

	return undefined;
}

function verdict(score: number): string {
	if (score >= 8) return 'room to do it well';
	if (score >= 6) return 'realistic';
	if (score >= 4) return 'tight';
	return 'too tight for the scope';
}
