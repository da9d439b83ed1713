import type {JobRecord} from '../../export/job-record.js';

/**
 * The three texts of a job the offline evaluator reads. The title and
 * the skills say what the job is; the description says much else
 * besides, so a phrase found there counts for less.
 */
export type JobText = {title: string; skills: string; description: string};

export type TextField = keyof JobText;

export const textFields: readonly TextField[] = [
	'title',
	'skills',
	'description',
];

/**
 * How much a phrase found in each field counts: the title and skills
 * name the work, the description may name a tool in passing.
 */
export const fieldWeights: Readonly<Record<TextField, number>> = {
	title: 3,
	skills: 2,
	description: 1,
};

export function jobText(job: JobRecord): JobText {
	return {
		title: job.title,
		// A separator that no phrase spans keeps "Python" and "Django"
		// from reading as "python django".
		skills: job.skills.join(' | '),
		description: job.description,
	};
}
