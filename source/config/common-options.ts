import {option} from 'pastel';
import {z} from 'zod';

/** Options every command that opens the database accepts. */
export const commonOptions = z.object({
	dataDir: z
		.string()
		.optional()
		.describe(
			option({
				description:
					'Folder of the embedded database (default: the user data folder; ignored with DATABASE_URL)',
				valueDescription: 'path',
			}),
		),
	debug: z
		.boolean()
		.default(false)
		.describe('Show stack traces with error messages'),
});

export type CommonOptions = z.infer<typeof commonOptions>;
