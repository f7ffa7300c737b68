import { describe, expect, it } from 'vitest';
import {
	cleanOrderNumber,
	composeMessage,
	finderMessages,
	outcomes,
	problemIds,
	problemRules,
	questionsFor,
	recipients,
	type ComposeInput,
} from '~/finder';

const english = finderMessages.en.composer;
const langs = ['fr', 'en', 'es'] as const;

describe('cleanOrderNumber', () => {
	it.each([
		['8123456789012345', '8123456789012345'],
		[' 8123 4567 8901 2345 ', '8123456789012345'],
		['8123-4567-8901', '812345678901'],
	])('accepts %j', (raw, clean) => expect(cleanOrderNumber(raw)).toBe(clean));
	it.each([
		'',
		'abc',
		'12345',
		'8123 4567 89O1',
		'+33612345678',
		'81234567890123456789012345678901',
	])('rejects %j', (raw) => {
		expect(cleanOrderNumber(raw)).toBeUndefined();
	});
});

/** Every problem × its outcomes × every recipient (one it does not take falls back). */
const table = problemIds.flatMap((problem) =>
	problemRules[problem].outcomes.flatMap((outcome) =>
		recipients.map((recipient) => ({ problem, outcome, recipient }))
	)
);

describe.each(langs)('composeMessage in %s', (lang) => {
	const text = finderMessages[lang].composer;
	it.each(table)('$problem / $outcome / $recipient', ({ problem, outcome, recipient }) => {
		const asks = questionsFor(problem);
		const bare = composeMessage(text, { problem, outcome, recipient });
		const full = composeMessage(text, {
			problem,
			outcome,
			recipient,
			orderNumber: '8123456789012345',
			details: 'x',
			name: 'Ana',
		});
		// The order number, or a visible placeholder, wherever an order exists.
		if (asks.orderNumber) {
			expect(bare).toContain(text.placeholders.order);
			expect(full).toContain('8123456789012345');
		} else {
			expect(full).not.toContain('8123456789012345');
			expect(bare).not.toContain(text.placeholders.order);
		}
		if (asks.question) expect(bare).toContain(text.placeholders.question);
		// Only the outcome asked for, and only outcomes that fit the problem.
		expect(bare).toContain(text.outcome[outcome]);
		for (const other of outcomes.filter((o) => o !== outcome))
			expect(bare).not.toContain(text.outcome[other]);
		// No empty line where a missing value was, no stray spaces or placeholders.
		for (const message of [bare, full]) {
			expect(message).not.toMatch(/\n{3,}|[ \t]\n|\n[ \t]| {2,}|\{\w+\}/);
			expect(
				message.startsWith(
					text.greeting[
						problemRules[problem].recipients.includes(recipient)
							? recipient
							: problemRules[problem].recipients[0]!
					]
				)
			).toBe(true);
		}
		expect(full.endsWith('Ana')).toBe(true);
		// The meaning has the same shape as the English, line for line.
		if (lang !== 'en') {
			const input: ComposeInput = {
				problem,
				outcome,
				recipient,
				orderNumber: '123456789',
				deliveredOn: '2026-03-01',
				seller: 'no-reply',
			};
			expect(composeMessage(text, input).split('\n').length).toBe(
				composeMessage(english, input).split('\n').length
			);
		}
	});
});

describe('the message says what the shopper gave', () => {
	const input: ComposeInput = {
		problem: 'damaged-item',
		outcome: 'keep-partial-refund',
		recipient: 'seller',
		orderNumber: '8123456789012345',
		deliveredOn: '2026-03-02',
		completedOn: '2026-03-05',
		seller: 'no-reply',
		contactedOn: '2026-03-06',
		details: 'The screen\n is cracked.',
		name: 'Ana',
	};
	it('in English, every piece in its place', () => {
		expect(composeMessage(english, input)).toBe(
			[
				'Hello,',
				'',
				'The item arrived damaged. Order number: 8123456789012345.',
				'',
				'It was delivered on March 2, 2026. The order was completed on March 5, 2026. I wrote to you on March 6, 2026 and have had no reply.',
				'',
				'Details: The screen is cracked.',
				'',
				'I have attached photos of the damage and of the parcel. I would like to keep the item and receive a partial refund.',
				'',
				'Thank you in advance.',
				'',
				'Best regards,',
				'Ana',
			].join('\n')
		);
	});
	it('to AliExpress, the seller is "the seller", not "you"', () => {
		expect(composeMessage(english, { ...input, recipient: 'aliexpress' })).toMatch(
			/^Hello AliExpress Customer Service,[\s\S]*I wrote to the seller on March 6, 2026/
		);
	});
	it('the evidence line can be left out', () => {
		expect(composeMessage(english, { ...input, evidence: false })).not.toMatch(/attached/);
	});
	it('a late or lost parcel is never said to be delivered', () => {
		for (const problem of ['late-delivery', 'parcel-lost'] as const) {
			expect(composeMessage(english, { problem, deliveredOn: '2026-03-02' })).not.toMatch(
				/delivered/
			);
		}
	});
	it('a parcel that never arrived is never returned', () => {
		for (const outcome of problemRules['parcel-lost'].outcomes) {
			expect(composeMessage(english, { problem: 'parcel-lost', outcome })).not.toMatch(/return/i);
		}
	});
	it('an unwanted item says "send back" once, and promises nothing', () => {
		const message = composeMessage(english, { problem: 'return-unwanted' });
		expect(message.match(/return|send it back/gi)).toHaveLength(1);
		expect(message).not.toMatch(/refund/i);
	});
	it('a question before buying asks the question, with no order number', () => {
		const message = composeMessage(english, {
			problem: 'question-before-buying',
			question: 'Is it 100% cotton?',
		});
		expect(message).toContain('My question: Is it 100% cotton?');
		expect(message).not.toMatch(/order number/i);
	});
	it('a refused dispute goes to the dispute team', () => {
		expect(composeMessage(english, { problem: 'dispute-refused' })).toMatch(
			/^Hello AliExpress dispute team,[\s\S]*decide on my dispute/
		);
	});
	it('no "Could you please help me?" anywhere', () => {
		for (const problem of problemIds)
			expect(composeMessage(english, { problem })).not.toMatch(/Could you please help me\?/);
	});
});
