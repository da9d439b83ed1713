import type {Migration} from 'kysely';
import * as initialSchema from './0001_initial_schema.js';

/**
 * Every migration, by name, in the order they apply. Listed here rather
 * than read from the folder so that the same code runs from TypeScript
 * (tests, benchmarks) and from the compiled build.
 */
export const migrations: Record<string, Migration> = {
	'0001_initial_schema': initialSchema,
};
