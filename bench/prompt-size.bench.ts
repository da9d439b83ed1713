import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {readSettings} from '../source/config/settings.js';
import {createAnswerSchema} from '../source/evaluation/llm/answer-schema.js';
import {
	buildJobMessage,
	buildSystemPrompt,
} from '../source/evaluation/llm/chat-prompt.js';
import {knownModelPrices} from '../source/evaluation/llm/pricing.js';
import {toStrictJsonSchema} from '../source/evaluation/llm/strict-json-schema.js';
import {readProfile} from '../source/evaluation/profile.js';
import {readExport} from '../source/export/read-export.js';
import type {Benchmark, BenchmarkFigure} from './support/benchmark.js';

// No tokenizer for GLM ships as a package, so tokens are estimated as
// characters / 4, the usual rule for English text with OpenAI-style
// tokenizers. The answer's size is an estimate too: the five reasons,
// the stack and the matched areas run to about 400 tokens.
const charactersPerToken = 4;
const answerTokens = 400;

const sharedData = new URL('../../shared/data/', import.meta.url);
const files = [
	'jobs_dataset_upwork_2026-02-05_04-09-24-623.json',
	'jobs_dataset_upwork_hourly_full.json',
]
	.map((name) => fileURLToPath(new URL(name, sharedData)))
	.filter((file) => existsSync(file));

/**
 * What a job costs with GLM 4.7: the real prompt's size, measured on the
 * real exports (or the sample when they are absent), priced per 1,000.
 */
export const benchmark: Benchmark = {
	name: 'prompt size',
	async run() {
		const profile = await readProfile();
		const settings = readSettings({});
		const system = buildSystemPrompt(profile, {
			budgetMin: settings.FILTER_BUDGET_MIN,
		});
		const schema = JSON.stringify(
			toStrictJsonSchema(createAnswerSchema(profile.areas.map((a) => a.id))),
		);
		const price = knownModelPrices['zai-glm-4.7']!;
		const tokens = (text: string) =>
			Math.ceil(text.length / charactersPerToken);
		const figures: BenchmarkFigure[] = [
			{
				case: 'system prompt',
				metric: 'size',
				value: tokens(system),
				unit: 'tokens',
			},
			{
				case: 'answer schema',
				metric: 'size',
				value: tokens(schema),
				unit: 'tokens',
			},
		];
		const inputs = files.length
			? files
			: [
					fileURLToPath(
						new URL(
							'../samples/upwork-jobs_2026-12-01_08-00-00-000.json',
							import.meta.url,
						),
					),
				];

		for (const file of inputs) {
			const sizes: number[] = [];

			for await (const entry of readExport(file)) {
				if (entry.kind === 'job')
					sizes.push(tokens(buildJobMessage(entry.record)));
			}

			const meanJob = sizes.reduce((sum, size) => sum + size, 0) / sizes.length;
			const input = tokens(system) + tokens(schema) + meanJob;
			const perThousand =
				(input * price.input + answerTokens * price.output) / 1000;
			const name = file.split('/').at(-1)!;
			figures.push(
				{
					case: name,
					metric: 'mean job message',
					value: Math.round(meanJob),
					unit: 'tokens',
				},
				{
					case: name,
					metric: 'cost per 1,000 jobs',
					value: Number(perThousand.toFixed(2)),
					unit: 'USD',
				},
			);
		}

		return figures;
	},
};
