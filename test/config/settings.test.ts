import {readFileSync} from 'node:fs';
import {describe, expect, it} from 'vitest';
import {readSettings, settingsSchema} from '../../source/config/settings.js';
import {UserError} from '../../source/errors/user-error.js';

const projectFile = (name: string) =>
	readFileSync(new URL(`../../${name}`, import.meta.url), 'utf8');

describe('readSettings', () => {
	it('fills every default when nothing is set', () => {
		const settings = readSettings({});

		expect(settings).toMatchObject({
			CEREBRAS_MODEL: 'zai-glm-4.7',
			CEREBRAS_BASE_URL: 'https://api.cerebras.ai/v1',
			RATE_LIMIT_REQUESTS: 2,
			RATE_LIMIT_CONCURRENT: 2,
			API_TIMEOUT: 60,
			FILTER_BUDGET_MIN: 500,
			CHECKPOINT_INTERVAL: 10,
		});
		expect(settings.DATABASE_URL).toBeUndefined();
		expect(settings.CEREBRAS_API_KEY).toBeUndefined();
	});

	it('treats an empty value as unset', () => {
		expect(readSettings({CEREBRAS_API_KEY: ''}).CEREBRAS_API_KEY).toBe(
			undefined,
		);
	});

	it('names the variable, the value and what it accepts', () => {
		expect(() => readSettings({RATE_LIMIT_CONCURRENT: 'two'})).toThrow(
			new UserError(
				'RATE_LIMIT_CONCURRENT is set to "two", which is not usable: it takes a positive whole number of requests at once. Fix it in the environment or in `.env`.',
			),
		);
		expect(() => readSettings({LOG_LEVEL: 'loud'})).toThrow(
			/LOG_LEVEL.*one of/,
		);
		expect(() => readSettings({CEREBRAS_BASE_URL: 'ftp://x'})).toThrow(
			/CEREBRAS_BASE_URL/,
		);
	});

	it('is documented, variable for variable, in .env.example and the README', () => {
		const variables = Object.keys(settingsSchema.shape);
		const example = projectFile('.env.example');
		const readme = projectFile('README.md');

		for (const variable of variables) {
			expect(example, variable).toMatch(new RegExp(`^#? ?${variable}=`, 'm'));
			expect(readme, variable).toContain(`\`${variable}\``);
		}
	});
});
