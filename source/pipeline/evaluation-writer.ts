import type {Kysely} from 'kysely';
import type {Database} from '../db/database.js';
import {
	saveEvaluations,
	type EvaluationToSave,
} from '../db/evaluations.repository.js';

/**
 * Collects evaluations and stores them `batchSize` at a time, one write
 * after another. An LLM run uses a batch of one, so each paid answer is
 * committed the moment it arrives and a killed run loses none; an offline
 * run batches, since its evaluations cost nothing to redo and a write per
 * job would be most of its time.
 */
export class EvaluationWriter {
	#pending: EvaluationToSave[] = [];
	#writing: Promise<void> = Promise.resolve();

	constructor(
		private readonly db: Kysely<Database>,
		private readonly batchSize: number,
	) {}

	/** Resolves once the evaluation is stored (or joins the next batch). */
	async add(evaluation: EvaluationToSave): Promise<void> {
		this.#pending.push(evaluation);

		if (this.#pending.length >= this.batchSize) {
			await this.flush();
		}
	}

	/** Stores whatever is pending; writes never overlap. */
	async flush(): Promise<void> {
		const batch = this.#pending;
		this.#pending = [];
		const write = this.#writing.then(() => saveEvaluations(this.db, batch));
		// A failed write must not stop later flushes from trying; the
		// caller still sees the error through `write`.
		this.#writing = write.catch(() => undefined);
		await write;
	}
}
