import type {HttpHeaders} from './http-transport.js';

export type BackoffOptions = {baseMs: number; capMs: number};

/**
 * How long to wait before attempt `attempt + 1`: exponential from
 * `baseMs`, capped at `capMs`, half of it random so that jobs that failed
 * together do not come back together.
 */
export function backoffMs(
	attempt: number,
	options: BackoffOptions,
	random: () => number = Math.random,
): number {
	const ceiling = Math.min(
		options.capMs,
		options.baseMs * 2 ** Math.max(0, attempt - 1),
	);

	return Math.round(ceiling / 2 + (ceiling / 2) * random());
}

/** The limit named when the server said how long with `retry-after`. */
export const askedByServer = 'as the API asked';

export type RateLimitWait = {
	seconds: number;
	/** Which limit, for the live view: "tokens per minute". */
	limit: string;
};

/**
 * How long a rate-limited server asks the client to wait, or null when it
 * does not say. `retry-after` (seconds or a date) wins; else the
 * `x-ratelimit-reset-*` headers: the reset of a limit whose remaining
 * count is 0, the latest if several are, else the soonest reset, which
 * is the limit most likely hit.
 */
export function rateLimitWait(
	headers: HttpHeaders,
	now: number = Date.now(),
): RateLimitWait | null {
	const retryAfterMs = numberHeader(headers['retry-after-ms']);

	if (retryAfterMs !== null) {
		return {seconds: retryAfterMs / 1000, limit: askedByServer};
	}

	const retryAfter = parseRetryAfter(headers['retry-after'], now);

	if (retryAfter !== null) {
		return {seconds: retryAfter, limit: askedByServer};
	}

	const resets: RateLimitWait[] = [];
	const exhausted: RateLimitWait[] = [];

	for (const [name, value] of Object.entries(headers)) {
		const match = /^x-ratelimit-reset-(.+)$/.exec(name);
		const seconds = numberHeader(value);

		if (!match || seconds === null) {
			continue;
		}

		const wait = {seconds, limit: describeLimit(match[1]!)};
		resets.push(wait);

		if (numberHeader(headers[`x-ratelimit-remaining-${match[1]}`]) === 0) {
			exhausted.push(wait);
		}
	}

	if (exhausted.length > 0) {
		return exhausted.reduce((a, b) => (b.seconds > a.seconds ? b : a));
	}

	if (resets.length > 0) {
		return resets.reduce((a, b) => (b.seconds < a.seconds ? b : a));
	}

	return null;
}

// "tokens-minute" -> "tokens per minute".
function describeLimit(suffix: string): string {
	const [what, per] = suffix.split('-', 2);
	return per ? `${what} per ${per}` : suffix;
}

function parseRetryAfter(
	value: HttpHeaders[string],
	now: number,
): number | null {
	const seconds = numberHeader(value);

	if (seconds !== null) {
		return seconds;
	}

	const text = firstValue(value);
	const date = text ? Date.parse(text) : Number.NaN;
	return Number.isNaN(date) ? null : Math.max(0, (date - now) / 1000);
}

function numberHeader(value: HttpHeaders[string]): number | null {
	const text = firstValue(value)?.trim();

	// "2.5s" is how some servers write the same number.
	const match = text ? /^(\d+(?:\.\d+)?)s?$/.exec(text) : null;
	return match ? Number(match[1]) : null;
}

function firstValue(value: HttpHeaders[string]): string | undefined {
	return Array.isArray(value) ? value[0] : value;
}
