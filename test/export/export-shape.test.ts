import {describe, expect, it} from 'vitest';
import {detectShape} from '../../source/export/export-shape.js';

describe('detectShape', () => {
	it('recognises a jupri/upwork item, even a field-selected one', () => {
		expect(
			detectShape({
				id: '2019187901781624803',
				title: 'AI agent',
				type: 'FIXED',
				ts_publish: '2026-02-04T23:15:26.182Z',
				url: 'https://www.upwork.com/jobs/~022019187901781624803',
			}),
		).toEqual({kind: 'jupri'});
	});

	it('recognises a jupri/upwork item whose id is missing', () => {
		expect(
			detectShape({title: 'AI agent', type: 'HOURLY', ts_publish: 'x'}),
		).toEqual({kind: 'jupri'});
	});

	it('names the telltale fields of other actors', () => {
		expect(
			detectShape({
				title: 'Chatbot',
				link: 'https://www.upwork.com/jobs/~01abc',
				paymentType: 'Fixed-price',
				budget: '$100.00',
				publishedDate: 'Posted 6 minutes ago',
			}),
		).toEqual({
			kind: 'other',
			fields: ['link', 'paymentType', 'publishedDate', 'budget (as text)'],
		});
		expect(
			detectShape({
				uid: '~01def',
				externalLink: 'https://www.upwork.com/jobs/~01def',
				budget: {fixedBudget: 80},
				client: {paymentMethodVerified: true},
			}),
		).toEqual({
			kind: 'other',
			fields: [
				'uid',
				'externalLink',
				'budget.fixedBudget',
				'client.paymentVerified',
			],
		});
	});

	it('says what an unknown item is', () => {
		expect(detectShape(42)).toEqual({kind: 'unknown', found: 'is a number'});
		expect(detectShape({})).toEqual({
			kind: 'unknown',
			found: 'is an empty object',
		});
		expect(detectShape({name: 'x', price: 1})).toEqual({
			kind: 'unknown',
			found: 'has the fields `name`, `price`',
		});
	});
});
