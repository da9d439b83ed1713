#!/usr/bin/env node
import Pastel from 'pastel';
import {loadEnvFile} from './config/load-env-file.js';

loadEnvFile();

const app = new Pastel({
	importMeta: import.meta,
	name: 'upwork-eval',
	description:
		'Evaluate Upwork job exports against your expertise profile and triage the best in the terminal.',
});

await app.run();
