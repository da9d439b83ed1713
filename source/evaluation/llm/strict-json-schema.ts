import {z} from 'zod';

export type JsonSchema = {[key: string]: unknown};

// Keywords strict mode rejects or mishandles. Bounds among them are
// restated in the description, and the zod schema enforces them after
// parsing.
const droppedKeywords = new Set([
	'$schema',
	'$id',
	'title',
	'default',
	'examples',
	'format',
	'pattern',
	'minimum',
	'maximum',
	'exclusiveMinimum',
	'exclusiveMaximum',
	'multipleOf',
	'minItems',
	'maxItems',
	'uniqueItems',
	'minLength',
	'maxLength',
]);

/**
 * Turns a zod schema into a JSON schema that strict structured output
 * accepts: no `$schema`, nullable types as `anyOf` with `null`, every
 * object closed and every property required, `$defs` for definitions,
 * and no format, default, title, examples or bounds (ranges are moved
 * into the description).
 */
export function toStrictJsonSchema(schema: z.ZodType): JsonSchema {
	return strictNode(z.toJSONSchema(schema)) as JsonSchema;
}

function strictNode(node: unknown): unknown {
	if (Array.isArray(node)) {
		return node.map(strictNode);
	}

	if (!isRecord(node)) {
		return node;
	}

	const result: JsonSchema = {};

	for (const [key, value] of Object.entries(node)) {
		if (droppedKeywords.has(key)) {
			continue;
		}

		if (key === 'properties' && isRecord(value)) {
			result.properties = Object.fromEntries(
				Object.entries(value).map(([name, child]) => [name, strictNode(child)]),
			);
		} else if (key === 'definitions' || key === '$defs') {
			result.$defs = mapValues(value, strictNode);
		} else if (key === 'oneOf') {
			// Exactly one and at least one match alike for disjoint branches,
			// and anyOf is the form strict mode documents.
			result.anyOf = strictNode(value);
		} else {
			result[key] = strictNode(value);
		}
	}

	const bounds = describeBounds(node);

	if (bounds) {
		result.description = [node.description, bounds].filter(Boolean).join(' ');
	}

	if (isRecord(result.properties)) {
		result.required = Object.keys(result.properties);
		result.additionalProperties = false;
	}

	if (Array.isArray(result.type)) {
		return splitTypeList(result);
	}

	return result;
}

// `type: ['string', 'null']` becomes one anyOf branch per type, each with
// the keywords that apply to it; the description stays on the outside.
function splitTypeList(node: JsonSchema): JsonSchema {
	const {type, description, ...rest} = node;
	const branches = (type as string[]).map((name) =>
		name === 'null' ? {type: 'null'} : {...rest, type: name},
	);

	return description === undefined
		? {anyOf: branches}
		: {description, anyOf: branches};
}

function describeBounds(node: JsonSchema): string | undefined {
	const {minimum, maximum} = node;

	if (typeof minimum === 'number' && typeof maximum === 'number') {
		return `(from ${minimum} to ${maximum})`;
	}

	const phrases: Array<[string, (bound: unknown) => string]> = [
		['minimum', (bound) => `at least ${bound}`],
		['exclusiveMinimum', (bound) => `more than ${bound}`],
		['maximum', (bound) => `at most ${bound}`],
		['exclusiveMaximum', (bound) => `less than ${bound}`],
		['minItems', (bound) => `at least ${bound} items`],
		['maxItems', (bound) => `at most ${bound} items`],
		['minLength', (bound) => `at least ${bound} characters`],
		['maxLength', (bound) => `at most ${bound} characters`],
	];
	const parts = phrases
		.filter(([keyword]) => typeof node[keyword] === 'number')
		.map(([keyword, phrase]) => phrase(node[keyword]));

	return parts.length > 0 ? `(${parts.join(', ')})` : undefined;
}

function mapValues(value: unknown, map: (child: unknown) => unknown): unknown {
	if (!isRecord(value)) {
		return value;
	}

	return Object.fromEntries(
		Object.entries(value).map(([name, child]) => [name, map(child)]),
	);
}

function isRecord(value: unknown): value is JsonSchema {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
