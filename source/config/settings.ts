import path from 'node:path';
import envPaths from 'env-paths';
import {z} from 'zod';
import {UserError} from '../errors/user-error.js';

const positiveInt = (fallback: number) =>
	z.coerce.number().int().positive().default(fallback);

const positiveNumber = (fallback: number) =>
	z.coerce.number().positive().default(fallback);

const optionalText = z
	.string()
	.trim()
	.transform((value) => (value === '' ? undefined : value))
	.optional();

/**
 * Every setting the program reads from the environment (or `.env`), with
 * its default and what it accepts. `.env.example` and the README list the
 * same variables; a test keeps the three in step.
 */
export const settingsSchema = z.object({
	DATABASE_URL: optionalText.describe(
		'a postgres:// URL; unset uses the embedded database',
	),
	UPWORK_EVAL_DATA_DIR: optionalText.describe(
		'a folder for the embedded database',
	),
	UPWORK_EVAL_PROFILE: optionalText.describe(
		'the path of an expertise profile JSON file',
	),
	CEREBRAS_API_KEY: optionalText.describe(
		'an API key; unset uses the offline evaluator',
	),
	CEREBRAS_MODEL: z
		.string()
		.trim()
		.min(1)
		.default('zai-glm-4.7')
		.describe('a model id the endpoint lists'),
	CEREBRAS_BASE_URL: z
		.url({protocol: /^https?$/})
		.default('https://api.cerebras.ai/v1')
		.describe('an http(s) URL ending in /v1'),
	CEREBRAS_PRICE_INPUT: z.coerce
		.number()
		.nonnegative()
		.optional()
		.describe('US dollars per million input tokens'),
	CEREBRAS_PRICE_OUTPUT: z.coerce
		.number()
		.nonnegative()
		.optional()
		.describe('US dollars per million output tokens'),
	RATE_LIMIT_REQUESTS: positiveNumber(2).describe(
		'a positive number of requests per second',
	),
	RATE_LIMIT_CONCURRENT: positiveInt(2).describe(
		'a positive whole number of requests at once',
	),
	API_TIMEOUT: positiveNumber(60).describe(
		'a positive number of seconds per attempt',
	),
	FILTER_BUDGET_MIN: z.coerce
		.number()
		.nonnegative()
		.default(500)
		.describe('a budget in US dollars, 0 or more'),
	CHECKPOINT_INTERVAL: positiveInt(10).describe(
		'a positive whole number of jobs',
	),
	LOG_LEVEL: z
		.enum(['silent', 'error', 'warn', 'info', 'debug'])
		.default('warn')
		.describe('one of silent, error, warn, info, debug'),
	LOG_FILE: optionalText.describe('a file path for the diagnostic log'),
});

export type Settings = z.infer<typeof settingsSchema>;

/**
 * Reads settings from an environment (process.env after `.env` was
 * loaded). A bad value becomes one sentence naming the variable, what it
 * got and what it accepts.
 */
export function readSettings(
	environment: Record<string, string | undefined> = process.env,
): Settings {
	const parsed = settingsSchema.safeParse(environment);

	if (parsed.success) {
		return parsed.data;
	}

	const issue = parsed.error.issues[0]!;
	const variable = String(issue.path[0]);
	const field = settingsSchema.shape[variable as keyof Settings];
	const accepts = field?.description ?? 'a valid value';
	const value = environment[variable];

	throw new UserError(
		`${variable} is set to "${value}", which is not usable: it takes ${accepts}. ` +
			'Fix it in the environment or in `.env`.',
	);
}

/** Where the embedded database keeps its files unless told otherwise. */
export function defaultDataDir(): string {
	return path.join(envPaths('upwork-eval', {suffix: ''}).data, 'pglite');
}
