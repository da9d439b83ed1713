/**
 * Which actor an item comes from, judged by its fields. Apify has several
 * Upwork actors whose exports look alike at a glance; reading one of them
 * as jupri/upwork would reject every item or, worse, half of them.
 */
export type ExportShape =
	| {kind: 'jupri'}
	/** Another actor's item; `fields` are the telltale ones it has. */
	| {kind: 'other'; fields: string[]}
	/** Neither: `found` says what the item is or which fields it has. */
	| {kind: 'unknown'; found: string};

/** The fields a jupri/upwork item is recognised by, for messages. */
export const expectedFields = ['id', 'title', 'url', 'type', 'ts_publish'];

type Item = Record<string, unknown>;

// Fields only jupri/upwork writes. Two of them make an item one of its,
// even when the item itself is invalid (say, its id is missing): that
// item is then rejected on its own, and the rest of the file is read.
const jupriMarkers: Array<[string, (item: Item) => boolean]> = [
	['id', (item) => typeof item.id === 'string'],
	['type', (item) => item.type === 'FIXED' || item.type === 'HOURLY'],
	['ts_publish', (item) => 'ts_publish' in item],
	['ts_create', (item) => 'ts_create' in item],
	['fixed', (item) => 'fixed' in item],
	['hourly', (item) => 'hourly' in item],
	['url', (item) => String(item.url).includes('upwork.com/jobs/~')],
];

// Fields of the other Upwork actors seen in the wild.
const otherMarkers: Array<[string, (item: Item) => boolean]> = [
	['link', (item) => 'link' in item],
	['paymentType', (item) => 'paymentType' in item],
	['publishedDate', (item) => 'publishedDate' in item],
	['budget (as text)', (item) => typeof item.budget === 'string'],
	['uid', (item) => 'uid' in item],
	['externalLink', (item) => 'externalLink' in item],
	['budget.fixedBudget', (item) => has(item.budget, 'fixedBudget')],
	[
		'client.paymentVerified',
		(item) =>
			has(item.client, 'paymentVerified') ||
			has(item.client, 'paymentMethodVerified'),
	],
];

/** Judges one item of an export. */
export function detectShape(item: unknown): ExportShape {
	if (typeof item !== 'object' || item === null || Array.isArray(item)) {
		return {kind: 'unknown', found: `is ${describeValue(item)}`};
	}

	const record = item as Item;
	const others = matching(otherMarkers, record);
	const jupri = matching(jupriMarkers, record);

	if (others.length >= 2 || (others.length > 0 && jupri.length < 2)) {
		return {kind: 'other', fields: others};
	}

	if (jupri.length >= 2) {
		return {kind: 'jupri'};
	}

	const keys = Object.keys(record);
	const listed = keys.slice(0, 8).map((key) => `\`${key}\``);
	const more = keys.length > listed.length ? ', ...' : '';

	return {
		kind: 'unknown',
		found:
			keys.length === 0
				? 'is an empty object'
				: `has the fields ${listed.join(', ')}${more}`,
	};
}

/** "a number", "an array", "null": what a JSON value is, for messages. */
export function describeValue(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	if (typeof value === 'object') return 'an object';
	if (typeof value === 'string') return 'a string';
	if (typeof value === 'number') return 'a number';
	if (typeof value === 'boolean') return 'a true/false value';
	return 'nothing';
}

function matching(
	markers: Array<[string, (item: Item) => boolean]>,
	item: Item,
): string[] {
	return markers.filter(([, test]) => test(item)).map(([name]) => name);
}

function has(value: unknown, key: string): boolean {
	return typeof value === 'object' && value !== null && key in value;
}
