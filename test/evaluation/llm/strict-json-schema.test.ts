import {describe, expect, it} from 'vitest';
import {z} from 'zod';
import {readProfile} from '../../../source/evaluation/profile.js';
import {createAnswerSchema} from '../../../source/evaluation/llm/answer-schema.js';
import {toStrictJsonSchema} from '../../../source/evaluation/llm/strict-json-schema.js';
import {strictSchemaViolations} from './strict-schema-rules.js';

describe('toStrictJsonSchema', () => {
	it('turns the answer schema for the shipped profile into one strict mode accepts', async () => {
		const profile = await readProfile();
		const schema = toStrictJsonSchema(
			createAnswerSchema(profile.areas.map((area) => area.id)),
		);

		expect(strictSchemaViolations(schema)).toEqual([]);
	});

	it('fixes what zod emits that strict mode rejects, which the checker catches', () => {
		const source = z.object({
			reason: z.string().nullable(),
			score: z.number().int().min(0).max(10).describe('a whole number'),
			tags: z.array(z.string()).max(8),
			note: z.string().optional(),
		});

		expect(strictSchemaViolations(z.toJSONSchema(source))).toEqual(
			expect.arrayContaining([
				'(root): has `$schema`',
				'(root).reason: a type list (string, null)',
				'(root).score: has `minimum`',
				'(root).tags: has `maxItems`',
				'(root): not required: note',
			]),
		);
		expect(strictSchemaViolations(toStrictJsonSchema(source))).toEqual([]);
	});

	it('writes nullable fields as anyOf with null and moves bounds into descriptions', () => {
		const schema = toStrictJsonSchema(
			z.object({
				reason: z.string().nullable().describe('why'),
				score: z.number().int().min(0).max(10).describe('a whole number'),
				tags: z.array(z.string()).max(8),
			}),
		) as {properties: Record<string, Record<string, unknown>>};

		expect(schema.properties.reason).toEqual({
			description: 'why',
			anyOf: [{type: 'string'}, {type: 'null'}],
		});
		expect(schema.properties.score).toEqual({
			type: 'integer',
			description: 'a whole number (from 0 to 10)',
		});
		expect(schema.properties.tags!.description).toBe('(at most 8 items)');
	});

	it('flags deep nesting, wide anyOf and recursion', () => {
		const deep = {
			type: 'object',
			additionalProperties: false,
			required: ['a'],
			properties: {a: {}},
		};
		let nested: Record<string, unknown> = {type: 'string'};

		for (let level = 0; level < 6; level += 1) {
			nested = {...deep, properties: {a: nested}};
		}

		expect(strictSchemaViolations(nested).join('\n')).toMatch(
			/nested 6 levels deep/,
		);
		expect(
			strictSchemaViolations({
				anyOf: Array.from({length: 6}, () => ({type: 'string'})),
			}),
		).toEqual(['(root): 6 anyOf branches']);
		expect(
			strictSchemaViolations({
				$defs: {
					node: {
						type: 'object',
						additionalProperties: false,
						required: ['next'],
						properties: {next: {$ref: '#/$defs/node'}},
					},
				},
				$ref: '#/$defs/node',
			}).join('\n'),
		).toMatch(/recursion/);
	});
});
