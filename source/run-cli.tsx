import Pastel from 'pastel';
import {loadEnvFile} from './config/load-env-file.js';

loadEnvFile();

// `upwork-eval ranked --json | head` closes the pipe early: that ends
// the output, not the program, so writes from then on are dropped
// instead of crashing with EPIPE.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
	if (error.code !== 'EPIPE') throw error;
	process.stdout.write = () => true;
});

const app = new Pastel({
	importMeta: import.meta,
	name: 'upwork-eval',
	description:
		'Evaluate Upwork job exports against your expertise profile and triage the best in the terminal.',
});

await app.run();
