import type {Logger} from '../../config/logger.js';
import type {Settings} from '../../config/settings.js';

/** US dollars per million tokens. */
export type ModelPrice = {input: number; output: number};

/**
 * Prices of the models whose price is known, by model id. Only prices
 * the provider published are listed; another model costs what
 * `CEREBRAS_PRICE_INPUT` and `CEREBRAS_PRICE_OUTPUT` say, or nothing.
 */
export const knownModelPrices: Readonly<Record<string, ModelPrice>> = {
	'zai-glm-4.7': {input: 2.25, output: 2.75},
};

export type ResolvedPrice = ModelPrice & {
	/** False when neither the table nor the settings gave a price. */
	known: boolean;
};

/**
 * The price of a model: the settings' overrides first, each on its own,
 * then the table. A model with no price at all costs 0, and the logger
 * says so once, so a cost of $0.00 is never mistaken for a free run.
 */
export function resolvePrice(
	model: string,
	settings: Pick<Settings, 'CEREBRAS_PRICE_INPUT' | 'CEREBRAS_PRICE_OUTPUT'>,
	logger?: Logger,
): ResolvedPrice {
	const listed = knownModelPrices[model];
	const input = settings.CEREBRAS_PRICE_INPUT ?? listed?.input;
	const output = settings.CEREBRAS_PRICE_OUTPUT ?? listed?.output;

	if (input === undefined || output === undefined) {
		logger?.warn(
			`No price is known for the model ${model}; costs count its ` +
				`${input === undefined ? 'input' : 'output'} tokens as free. ` +
				'Set CEREBRAS_PRICE_INPUT and CEREBRAS_PRICE_OUTPUT to count them.',
		);
	}

	return {
		input: input ?? 0,
		output: output ?? 0,
		known: input !== undefined && output !== undefined,
	};
}

/**
 * What a number of tokens cost in US dollars. Reasoning tokens are billed
 * inside the completion tokens, and cached prompt tokens are charged at
 * the full input price: no discount was documented for them, and a cost
 * estimate should err high.
 */
export function costUsd(
	tokens: {promptTokens: number; completionTokens: number},
	price: ModelPrice,
): number {
	const dollars =
		(tokens.promptTokens * price.input +
			tokens.completionTokens * price.output) /
		1_000_000;

	// The database keeps six decimals; rounding here keeps sums stable.
	return Math.round(dollars * 1e6) / 1e6;
}
