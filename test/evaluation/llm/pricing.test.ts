import {describe, expect, it} from 'vitest';
import type {Logger} from '../../../source/config/logger.js';
import {costUsd, resolvePrice} from '../../../source/evaluation/llm/pricing.js';

function recordingLogger() {
	const warnings: string[] = [];
	const logger: Logger = {
		error() {},
		info() {},
		debug() {},
		warn(message) {
			warnings.push(message);
		},
	};
	return {logger, warnings};
}

const noOverrides = {
	CEREBRAS_PRICE_INPUT: undefined,
	CEREBRAS_PRICE_OUTPUT: undefined,
};

describe('pricing', () => {
	it('prices GLM 4.7 at $2.25 in and $2.75 out per million tokens', () => {
		const price = resolvePrice('zai-glm-4.7', noOverrides);

		// 1,200 prompt tokens and 400 completion tokens:
		// 1200 * 2.25 / 1e6 + 400 * 2.75 / 1e6 = 0.0027 + 0.0011.
		expect(costUsd({promptTokens: 1200, completionTokens: 400}, price)).toBe(
			0.0038,
		);
		// A thousand such jobs.
		expect(
			costUsd({promptTokens: 1_200_000, completionTokens: 400_000}, price),
		).toBe(3.8);
	});

	it('lets each setting override the table on its own', () => {
		const price = resolvePrice('zai-glm-4.7', {
			CEREBRAS_PRICE_INPUT: 1,
			CEREBRAS_PRICE_OUTPUT: undefined,
		});

		expect(price).toEqual({input: 1, output: 2.75, known: true});
	});

	it('counts an unknown model as free and says so through the logger', () => {
		const {logger, warnings} = recordingLogger();
		const price = resolvePrice('gemma-4-31b', noOverrides, logger);

		expect(costUsd({promptTokens: 5000, completionTokens: 900}, price)).toBe(0);
		expect(price.known).toBe(false);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(/gemma-4-31b.*CEREBRAS_PRICE_INPUT/);
	});

	it('prices an unknown model from the settings without a warning', () => {
		const {logger, warnings} = recordingLogger();
		const price = resolvePrice(
			'gemma-4-31b',
			{CEREBRAS_PRICE_INPUT: 0.5, CEREBRAS_PRICE_OUTPUT: 1.5},
			logger,
		);

		expect(costUsd({promptTokens: 2000, completionTokens: 1000}, price)).toBe(
			0.0025,
		);
		expect(warnings).toEqual([]);
	});
});
