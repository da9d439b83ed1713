import {defineConfig} from 'vitest/config';

export default defineConfig({
	test: {
		include: ['test/**/*.test.{ts,tsx}'],
		// Every database test file opens its own PGlite instance (a WASM
		// Postgres of its own) and, with TEST_DATABASE_URL, a schema of its
		// own on the server, so files may run in parallel.
		testTimeout: 30_000,
		hookTimeout: 60_000,
		pool: 'forks',
	},
});
