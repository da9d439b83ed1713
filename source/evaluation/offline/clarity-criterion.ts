import {formatCount} from '../../text/format.js';
import type {CriterionScore} from '../rubric.js';
import type {FoundTerms, Sign} from './job-terms.js';
import {signWords} from './posting-signs.js';
import {listWords, plural} from './wording.js';

// Bulleted or numbered lines: "- item", "• item", "1. item", "a) item".
const listItem = /^[ \t]*(?:[-*•●▪◦‣–—]|\d{1,2}[.)]|[a-z][.)])[ \t\u00A0]+\S/gm;
// Section headings: "### Layer 1", or a line that ends in a colon.
const markdownHeading = /^#{1,6}[ \t]/gm;
const leadIn = /:[ \t]*$/gm;
// "2 weeks", "30 days": a stated time is a timeline.
const statedTime = /\d\s*(?:days?|weeks?|months?)\b/i;

// Characters of description to its base score: under 100 says nothing,
// 1,500 or more has room for the whole brief.
const lengthSteps: Array<[below: number, score: number]> = [
	[100, 0],
	[250, 1],
	[500, 2],
	[800, 3],
	[1500, 4],
];

/**
 * Requirements clarity from the description: its length, then a point
 * each for structure (a list or sections), deliverables, a named stack,
 * acceptance criteria and a timeline.
 */
export function scoreClarity(
	description: string,
	found: FoundTerms,
	techStack: readonly string[],
): CriterionScore {
	const length = description.trim().length;
	let score = lengthSteps.find(([below]) => length < below)?.[1] ?? 5;
	const present: string[] = [];
	const absent: string[] = [];
	const items = description.match(listItem)?.length ?? 0;
	const headings =
		(description.match(markdownHeading)?.length ?? 0) +
		(description.match(leadIn)?.length ?? 0);
	const has = (sign: Sign) => signWords(found, sign).length > 0;

	const check = (passed: boolean, label: string, missing: string) => {
		if (passed) {
			score += 1;
			present.push(label);
		} else {
			absent.push(missing);
		}
	};

	check(
		items >= 3 || headings >= 3,
		items >= 3 ? `a list of ${plural(items, 'item')}` : 'sections',
		'list',
	);
	check(has('deliverables'), 'deliverables', 'deliverables');
	check(
		techStack.length >= 2,
		`a named stack (${listWords(techStack.slice(0, 4))})`,
		'named stack',
	);
	check(has('acceptance'), 'acceptance criteria', 'acceptance criteria');
	check(
		has('timeline') || statedTime.test(description),
		'a timeline',
		'timeline',
	);

	const size = `${length < 250 ? 'Only ' : ''}${formatCount(length)} characters`;
	const named = present.length > 0 ? ` with ${listWords(present)}` : '';
	const lacks = absent.length > 0 ? `; no ${listWords(absent, 'or')}` : '';

	return {score: Math.min(10, score), reason: `${size}${named}${lacks}.`};
}
