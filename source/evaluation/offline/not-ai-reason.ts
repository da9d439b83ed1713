import type {AiSignals} from './ai-signals.js';
import type {ProjectType} from './project-types.js';
import {listWords} from './wording.js';

const kindOfWork: Record<ProjectType, string> = {
	'voice AI': 'voice work',
	'RAG system': 'search work',
	'AI agent': 'agent work',
	chatbot: 'chatbot work',
	'data/ML': 'a data job',
	automation: 'an automation job',
	'web app': 'a web app job',
	'mobile app': 'a mobile app job',
	website: 'a website job',
	'QA/testing': 'a QA and testing job',
	design: 'a design job',
	other: 'work outside AI',
};

/** The sentence that says why a job is not AI work. */
export function describeNotAi(
	signals: AiSignals,
	projectType: ProjectType,
): string {
	const kind = kindOfWork[projectType];

	if (signals.mentioned.length === 0) {
		return (
			'Nothing in the title, skills or description names AI, LLM or ' +
			`machine-learning work; it reads as ${kind}.`
		);
	}

	const terms = listWords(signals.mentioned);

	if (signals.titleOverrules) {
		return (
			`The description speaks of ${terms}, but the title names other ` +
			`work; it reads as ${kind} about AI, not AI work.`
		);
	}

	return (
		'The title and skills name no AI work and the description mentions ' +
		`it only in passing (${terms}); it reads as ${kind}.`
	);
}
