import { describe, expect, it } from 'vitest';
import { cleanOrderNumber, composeMessage, finderMessages, outcomes, problemIds } from '~/finder';

describe('cleanOrderNumber', () => {
	it.each([
		['8123456789012345', '8123456789012345'],
		[' 8123 4567 8901 2345 ', '8123456789012345'],
		['8123-4567-8901', '812345678901'],
	])('accepts %j', (raw, clean) => expect(cleanOrderNumber(raw)).toBe(clean));
	it.each(['', 'abc', '12345', '8123 4567 89O1', '+33612345678', '81234567890123456789012345678901'])('rejects %j', (raw) => {
		expect(cleanOrderNumber(raw)).toBeUndefined();
	});
});

describe('composeMessage', () => {
	const english = finderMessages.en.composer;
	it('says what went wrong, the order number and the outcome, in English', () => {
		const message = composeMessage(english, { problem: 'damaged-item', outcome: 'full-refund-return', orderNumber: '8123456789012345' });
		expect(message).toBe(
			'Hello,\n\nThe item arrived damaged. Order number: 8123456789012345. I would like to return the item for a full refund.\n\nThank you for your reply.\nBest regards'
		);
	});
	it('leaves the order number out when there is none', () => {
		expect(composeMessage(english, { problem: 'parcel-lost', outcome: 'partial-refund' })).not.toMatch(/Order number/);
	});
	it.each(['fr', 'es'] as const)('the %s meaning has the same shape, sentence for sentence', (lang) => {
		for (const problem of problemIds) {
			for (const outcome of outcomes) {
				const input = { problem, outcome, orderNumber: '123456789' };
				const en = composeMessage(english, input).split('\n');
				const local = composeMessage(finderMessages[lang].composer, input).split('\n');
				expect(local.length).toBe(en.length);
				expect(local.join('\n')).toContain('123456789');
			}
		}
	});
});
