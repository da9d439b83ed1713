import {createHash} from 'node:crypto';
import {readFile} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import {z} from 'zod';
import {UserError} from '../errors/user-error.js';

export const expertiseAreaSchema = z.object({
	id: z.string().regex(/^[a-z][a-z0-9-]*$/, 'an id in lower-case-with-dashes'),
	name: z.string().min(1),
	level: z.enum(['expert', 'advanced', 'intermediate', 'beginner']),
	keywords: z.array(z.string().min(1)).min(1),
});

export const profileSchema = z.object({
	summary: z.string().min(1),
	areas: z.array(expertiseAreaSchema).min(1),
});

export type ExpertiseArea = z.infer<typeof expertiseAreaSchema>;
export type Profile = z.infer<typeof profileSchema>;

// Relative to this module, seeds/ is two levels up in source/ and three
// in dist/source/; the first that exists wins.
const bundledProfileCandidates = [
	new URL('../../seeds/expertise-profile.json', import.meta.url),
	new URL('../../../seeds/expertise-profile.json', import.meta.url),
];

/**
 * Reads the expertise profile: the file the person named, or the one that
 * ships in seeds/. A file that is not a profile gets a sentence naming the
 * first problem.
 */
export async function readProfile(file?: string): Promise<Profile> {
	const candidates = file ? [file] : bundledProfileCandidates;
	let lastError: unknown;

	for (const candidate of candidates) {
		let text: string;

		try {
			text = await readFile(candidate, 'utf8');
		} catch (error) {
			lastError = error;
			continue;
		}

		return parseProfile(text, displayName(candidate));
	}

	throw new UserError(
		`Cannot read the expertise profile ${file ? `"${file}"` : 'in seeds/'}: ` +
			`${(lastError as Error)?.message}. Check UPWORK_EVAL_PROFILE or \`--profile\`.`,
		2,
		{cause: lastError},
	);
}

export function parseProfile(text: string, name = 'the profile'): Profile {
	let json: unknown;

	try {
		json = JSON.parse(text);
	} catch (error) {
		throw new UserError(
			`${name} is not valid JSON (${(error as Error).message}). ` +
				'Fix the file or point UPWORK_EVAL_PROFILE at another.',
		);
	}

	const parsed = profileSchema.safeParse(json);

	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new UserError(
			`${name} is not an expertise profile: at \`${issue.path.join('.') || '(top)'}\`, ${issue.message}. ` +
				'See seeds/expertise-profile.json for the shape.',
		);
	}

	const ids = parsed.data.areas.map((area) => area.id);
	const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);

	if (duplicate) {
		throw new UserError(
			`${name} names the expertise area "${duplicate}" twice; give each area its own id.`,
		);
	}

	return parsed.data;
}

/**
 * A short fingerprint of the profile. An evaluation made against another
 * fingerprint is stale: the person's expertise changed since.
 */
export function profileHash(profile: Profile, ...extra: string[]): string {
	const hash = createHash('sha256');
	hash.update(JSON.stringify(profile));

	for (const part of extra) {
		hash.update('\0');
		hash.update(part);
	}

	return hash.digest('hex').slice(0, 16);
}

function displayName(candidate: string | URL): string {
	return typeof candidate === 'string' ? candidate : fileURLToPath(candidate);
}
