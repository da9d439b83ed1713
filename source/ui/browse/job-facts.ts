import type {
	ListedEvaluation,
	ListedJob,
} from '../../db/job-listing.repository.js';
import {formatAge, formatBudget, formatDollars} from '../../text/format.js';
import {sanitizeLine} from '../../text/sanitize.js';

/**
 * The facts of a job in words, for the pane: who the client is, what
 * the terms are, who evaluated it. Unknown facts are left out rather
 * than shown as blanks.
 */

/** "payment verified · $12,000 spent · rating 4.8 (31 reviews) · ...". */
export function clientFacts(client: ListedJob['client']): string {
	const known = [
		client.totalSpent,
		client.jobsPosted,
		client.rating,
		client.reviews,
		client.country,
	].some((fact) => fact !== null);

	// Field-selected exports carry no client block at all: "not verified"
	// would be a guess presented as a fact.
	if (!known && !client.paymentVerified) {
		return 'unknown (the export has no client facts)';
	}

	const facts = [
		client.paymentVerified ? 'payment verified' : 'payment not verified',
	];

	if (client.totalSpent !== null) {
		facts.push(`${formatDollars(client.totalSpent)} spent`);
	}

	if (client.rating !== null && client.reviews) {
		facts.push(
			`rating ${client.rating.toFixed(1)} (${client.reviews} ${client.reviews === 1 ? 'review' : 'reviews'})`,
		);
	}

	if (client.jobsPosted && client.jobsWithHires !== null) {
		const rate = Math.round(
			(Math.min(client.jobsWithHires, client.jobsPosted) / client.jobsPosted) *
				100,
		);
		facts.push(
			`hired on ${client.jobsWithHires} of ${client.jobsPosted} jobs (${rate}%)`,
		);
	}

	if (client.country) {
		facts.push(sanitizeLine(client.country));
	}

	return facts.join(' · ');
}

/** "$2,400 fixed · 1 to 3 months · Expert · posted 3d ago (2026-01-05 ...)". */
export function termsFacts(job: ListedJob, now: Date): string {
	const facts = [
		job.type === 'FIXED' && job.fixedBudget !== null
			? `${formatBudget(job)} fixed`
			: formatBudget(job),
	];

	if (job.hourlyWorkload) {
		facts.push(
			sanitizeLine(job.hourlyWorkload.toLowerCase().replaceAll('_', ' ')),
		);
	}

	if (job.durationLabel) {
		facts.push(sanitizeLine(job.durationLabel));
	} else if (job.durationWeeks) {
		facts.push(`${job.durationWeeks} weeks`);
	}

	if (job.experienceLevel) {
		facts.push(sanitizeLine(job.experienceLevel.replace(/Level$/, '')));
	}

	facts.push(
		`posted ${ago(job.publishedAt, now)} (${formatMoment(job.publishedAt)})`,
	);

	return facts.join(' · ');
}

/** "offline evaluator", "model zai-glm-4.7", "the gate". */
export function evaluatorName(evaluation: ListedEvaluation): string {
	switch (evaluation.evaluator) {
		case 'offline':
			return 'offline evaluator';
		case 'llm':
			return `model ${sanitizeLine(evaluation.model ?? 'unknown')}`;
		case 'gate':
			return 'the gate (not sent to an evaluator)';
	}
}

/** "3d ago", "just now". */
export function ago(date: Date, now: Date): string {
	const age = formatAge(date, now);
	return age === 'now' ? 'just now' : `${age} ago`;
}

/** "2026-01-05 14:03 UTC": exact, and the same wherever it is read. */
export function formatMoment(date: Date): string {
	return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
