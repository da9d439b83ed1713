import type {JobRecord} from './job-record.js';

/**
 * What the export reader makes of one item of the array: a job, or the
 * reason the item cannot be one. `index` is the item's position in the
 * file, counted from 0, so a person can find it.
 */
export type ExportEntry =
	| {kind: 'job'; index: number; record: JobRecord}
	| {
			kind: 'rejected';
			index: number;
			/** The item's id when it has a usable one. */
			id: string | null;
			/** A dotted path into the item, such as `fixed.budget.amount`. */
			field: string;
			message: string;
	  };

/** Facts about the file that every job read from it carries. */
export type ExportContext = {
	/** The file's base name. */
	source: string;
	/** When the export was made, if the file name says. */
	scrapedAt: Date | null;
};
