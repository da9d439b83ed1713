import {RunStoppingError} from '../evaluator.js';
import {RetriesExhaustedError, type ApiClient} from './api-client.js';
import {readModelIds} from './chat-completion.js';

/** Models named in the sentence about a model the endpoint lacks. */
const modelsNamed = 12;

/**
 * Checks, before the first job, that the endpoint answers, takes the key
 * and lists the model: each failure is one sentence saying what to set.
 */
export async function checkModel(
	api: ApiClient,
	options: {
		baseUrl: string;
		model: string;
		attempts: number;
		signal?: AbortSignal;
	},
): Promise<void> {
	const {baseUrl, model} = options;
	let json: unknown;

	try {
		({json} = await api.call('GET', '/models', {
			signal: options.signal,
			maxAttempts: options.attempts,
		}));
	} catch (error) {
		if (error instanceof RetriesExhaustedError) {
			throw new RunStoppingError(
				`Cannot reach the API at ${baseUrl}: ${error.problem}. ` +
					'Check `CEREBRAS_BASE_URL` and the network, or unset ' +
					'`CEREBRAS_API_KEY` to use the offline evaluator.',
			);
		}

		throw error;
	}

	const ids = readModelIds(json);

	if (!ids) {
		throw new RunStoppingError(
			`The server at ${baseUrl} did not answer GET /models with a list ` +
				'of models, so it is not an OpenAI-compatible API. Check ' +
				'`CEREBRAS_BASE_URL` (it ends in /v1).',
		);
	}

	if (!ids.includes(model)) {
		const listed = ids.slice(0, modelsNamed).join(', ');
		const more = ids.length > modelsNamed ? ' and others' : '';
		throw new RunStoppingError(
			`The API at ${baseUrl} does not list the model ${model}; ` +
				`it lists ${listed ? `${listed}${more}` : 'no models'}. ` +
				'Set `CEREBRAS_MODEL` to one of them.',
		);
	}
}
