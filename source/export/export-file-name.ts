import path from 'node:path';

// Apify names a downloaded dataset `<name>_YYYY-MM-DD_HH-MM-SS-mmm.json`
// in UTC. The items carry no scrape time, so this is the only record of
// when the export was made.
const exportTime =
	/_(\d{4})-(\d{2})-(\d{2})_(\d{2})-(\d{2})-(\d{2})(?:-(\d{3}))?\.json$/i;

/**
 * When the export was made, read from a file name such as
 * `jobs_dataset_upwork_2026-02-05_04-09-24-623.json` (UTC); null when
 * the name carries no valid time.
 */
export function scrapedAtFromFileName(file: string): Date | null {
	const match = exportTime.exec(path.basename(file));

	if (!match) {
		return null;
	}

	const [year, month, day, hour, minute, second, millisecond] = match
		.slice(1)
		.map((part) => Number(part ?? 0)) as [
		number,
		number,
		number,
		number,
		number,
		number,
		number,
	];
	const time = new Date(
		Date.UTC(year, month - 1, day, hour, minute, second, millisecond),
	);

	// Date.UTC rolls 30 February over into March; such a name is not a time.
	const rolledOver =
		time.getUTCMonth() !== month - 1 ||
		time.getUTCDate() !== day ||
		time.getUTCHours() !== hour ||
		time.getUTCMinutes() !== minute ||
		time.getUTCSeconds() !== second;

	return rolledOver ? null : time;
}

/** The name jobs from this file are stored under: its base name. */
export function exportSource(file: string): string {
	return path.basename(file);
}
