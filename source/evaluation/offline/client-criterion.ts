import {hireRate, type ClientFacts} from '../../export/job-record.js';
import {formatDollars} from '../../text/format.js';
import type {CriterionScore} from '../rubric.js';
import {capitalise, listWords, plural} from './wording.js';

// What a client with no facts at all scores: the export left them out,
// which says nothing bad about the client, but nothing good either.
const unknownScore = 4;

/**
 * Client reliability from payment verification, money spent, hire rate
 * and rating. An export made with a field selection carries no client
 * facts at all; such a client is unknown, not bad, and the reason says
 * so.
 */
export function scoreClient(client: ClientFacts): CriterionScore {
	if (isUnknown(client)) {
		return {
			score: unknownScore,
			reason:
				'Client unknown: the export carries no payment, spending, hiring ' +
				'or review facts, so the client scores middle-low.',
		};
	}

	let points = client.paymentVerified ? 3 : 0;
	const facts = [
		client.paymentVerified ? 'payment verified' : 'payment not verified',
	];
	const spent = client.totalSpent ?? 0;

	if (spent >= 100_000) points += 4;
	else if (spent >= 10_000) points += 3;
	else if (spent >= 1000) points += 2;
	else if (spent > 0) points += 1;

	facts.push(spent > 0 ? `${formatDollars(spent)} spent` : 'nothing spent yet');

	const rate = hireRate(client);

	if (rate !== null) {
		if (rate >= 0.7) points += 1.5;
		else if (rate >= 0.4) points += 1;
		else if (rate > 0) points += 0.5;

		const posted = plural(client.jobsPosted!, 'posted job');
		facts.push(
			rate > 0
				? `hires on ${Math.round(rate * 100)}% of ${posted}`
				: `no hires from ${posted}`,
		);
	}

	const reviews = client.reviews ?? 0;

	if (client.rating !== null && reviews > 0) {
		if (client.rating >= 4.8 && reviews >= 5) points += 1.5;
		else if (client.rating >= 4.5) points += 1;
		else if (client.rating < 4) points -= 1;

		facts.push(
			`rated ${Number(client.rating.toFixed(2))} from ${plural(reviews, 'review')}`,
		);
	} else {
		facts.push('no reviews yet');
	}

	const score = Math.round(Math.min(10, Math.max(0, points)));

	return {
		score,
		reason: `${capitalise(listWords(facts))}: ${verdict(score)}.`,
	};
}

/**
 * True when the export says nothing about the client. A full export
 * always names the client's country, even for a new client, so a job
 * without it and without any other fact came from a field-selected one.
 */
export function isUnknown(client: ClientFacts): boolean {
	return (
		!client.paymentVerified &&
		client.totalSpent === null &&
		client.jobsPosted === null &&
		client.jobsWithHires === null &&
		client.rating === null &&
		client.reviews === null &&
		client.country === null &&
		client.timezone === null
	);
}

function verdict(score: number): string {
	if (score >= 8) return 'a reliable client';
	if (score >= 5) return 'some history';
	if (score >= 2) return 'little history';
	return 'unverified with no history';
}
