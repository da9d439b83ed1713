/** What a report command prints: the result, and perhaps a note. */
export type ReportOutput = {
	/** The result, for stdout: a table, JSON or CSV. */
	out: string;
	/** A note for the person, for stderr; never part of the result. */
	note?: string;
};
