/**
 * The rows of shared/FACTS.md that the finder's sentences rest on: each id names a row (or a
 * bullet) of that sheet, and its value is words of that row, which
 * `tests/unit/finder/rules/sources.test.ts` finds there.
 */
export const factRows = {
	'channel:seller': '| `seller` |',
	'channel:dispute': '| `dispute` |',
	'channel:live-chat': '| `live-chat` |',
	'channel:help-center': '| `help-center` |',
	'channel:social-media': '| `social-media` |',
	'channel:email': '| `email` |',
	'channel:phone': '| `phone` |',
	'channel:postal-mail': '| `postal-mail` |',
	'time-limit:refund': 'up to 15 days after an order is completed',
	'time-limit:payment-hold': '60 days after delivery',
	problems: '## Why people contact AliExpress (the problems)',
	'advice:detail': 'The more detailed the request, the faster the money comes back',
	'advice:reason-and-order': 'State the reason for contacting',
	'advice:english': "Write in English to AliExpress's own support",
	'advice:time-zones': 'Mind time zones',
	'advice:seller-hard': 'If the seller is hard to reach: online help desk, then live chat',
	'advice:chargeback': 'the bank or payment service that took the payment',
} as const;

export type FactRow = keyof typeof factRows;

/** Where a sentence comes from: FACTS.md rows, and whether it is general advice worded as such. */
export interface SentenceSource {
	facts: FactRow[];
	/** General advice (common consumer practice), not an AliExpress rule: worded as advice. */
	advice?: true;
	/** A claim about the channel's place: `first` sentences may only stand on the first card. */
	claim?: 'first';
}
