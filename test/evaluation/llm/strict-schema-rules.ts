/**
 * Every rule of Cerebras's strict structured-output mode that the
 * project knows of, as a checker for tests: it walks a JSON schema and
 * lists each place that breaks a rule. An empty list means the schema
 * would be accepted as far as these rules go.
 */

type Node = Record<string, unknown>;

const forbiddenKeywords = [
	'$schema',
	'definitions',
	'format',
	'default',
	'title',
	'examples',
	'minimum',
	'maximum',
	'minItems',
	'maxItems',
];

export const strictLimits = {
	nesting: 5,
	anyOfBranches: 5,
	characters: 5000,
};

export function strictSchemaViolations(schema: unknown): string[] {
	const violations: string[] = [];
	const size = JSON.stringify(schema).length;

	if (size >= strictLimits.characters) {
		violations.push(
			`(root): ${size} characters, over ${strictLimits.characters}`,
		);
	}

	const defs = isNode(schema) && isNode(schema.$defs) ? schema.$defs : {};
	visit(schema, '(root)', 0, [], defs, violations);
	return violations;
}

function visit(
	node: unknown,
	path: string,
	depth: number,
	refs: string[],
	defs: Node,
	violations: string[],
): void {
	if (!isNode(node)) {
		violations.push(`${path}: not a schema object`);
		return;
	}

	for (const keyword of forbiddenKeywords) {
		if (keyword in node) violations.push(`${path}: has \`${keyword}\``);
	}

	if (Array.isArray(node.type)) {
		violations.push(`${path}: a type list (${node.type.join(', ')})`);
	}

	const nests =
		node.type === 'object' || node.type === 'array' || 'properties' in node;
	const level = nests ? depth + 1 : depth;

	if (level > strictLimits.nesting) {
		violations.push(`${path}: nested ${level} levels deep`);
	}

	if (node.type === 'object' || 'properties' in node) {
		checkObject(node, path, violations);
	}

	if (typeof node.$ref === 'string') {
		const name = node.$ref.replace(/^#\/\$defs\//, '');

		if (refs.includes(name)) {
			violations.push(`${path}: recursion through ${node.$ref}`);
			return;
		}

		if (!(name in defs)) {
			violations.push(`${path}: ${node.$ref} points nowhere`);
			return;
		}

		visit(
			defs[name],
			`${path}->${name}`,
			level,
			[...refs, name],
			defs,
			violations,
		);
	}

	if (Array.isArray(node.anyOf)) {
		if (node.anyOf.length > strictLimits.anyOfBranches) {
			violations.push(`${path}: ${node.anyOf.length} anyOf branches`);
		}

		node.anyOf.forEach((branch, index) =>
			visit(branch, `${path}.anyOf[${index}]`, depth, refs, defs, violations),
		);
	}

	if ('oneOf' in node || 'allOf' in node) {
		violations.push(`${path}: oneOf or allOf instead of anyOf`);
	}

	if (isNode(node.properties)) {
		for (const [name, child] of Object.entries(node.properties)) {
			visit(child, `${path}.${name}`, level, refs, defs, violations);
		}
	}

	if (node.items !== undefined) {
		visit(node.items, `${path}[]`, level, refs, defs, violations);
	}

	if (path === '(root)') {
		for (const [name, child] of Object.entries(defs)) {
			visit(child, `$defs.${name}`, 0, [name], defs, violations);
		}
	}
}

function checkObject(node: Node, path: string, violations: string[]) {
	if (node.additionalProperties !== false) {
		violations.push(`${path}: additionalProperties is not false`);
	}

	const properties = isNode(node.properties)
		? Object.keys(node.properties)
		: [];
	const required = Array.isArray(node.required) ? node.required : [];
	const missing = properties.filter((name) => !required.includes(name));

	if (missing.length > 0) {
		violations.push(`${path}: not required: ${missing.join(', ')}`);
	}
}

function isNode(value: unknown): value is Node {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}
