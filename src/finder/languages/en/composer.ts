import type { ComposerMessages } from '../types';

/**
 * The message a shopper sends, in English whatever their language: AliExpress's own support reads
 * English (FACTS.md, advice for every channel). A module of its own so that a page in another
 * language can load it alone.
 */
export const enComposer: ComposerMessages = {
	lang: 'en',
	greeting: {
		seller: 'Hello,',
		aliexpress: 'Hello AliExpress Customer Service,',
		'dispute-team': 'Hello AliExpress dispute team,',
	},
	problem: {
		'question-before-buying': 'I would like to ask a question about this item before I order it.',
		'late-delivery': 'My order has not arrived yet, and it is late.',
		'parcel-lost': 'My parcel has not arrived and seems to be lost.',
		'damaged-item': 'The item arrived damaged.',
		'wrong-item': 'I received an item that is not the one I ordered.',
		'defective-item': 'The item does not work as it should.',
		'return-unwanted': 'I am not satisfied with the item I received.',
		'refund-not-received': 'I have not received the refund for this order.',
		'seller-unresponsive': 'I have a problem with this order, and the seller does not answer.',
		'dispute-refused': 'The seller refused my dispute on this order.',
		'payment-problem': 'I have a problem with the payment for an order.',
		'account-blocked': 'My AliExpress account is blocked.',
		'formal-complaint': 'I am writing to make a formal complaint about this order.',
	},
	question: 'My question: {question}',
	orderNumber: 'Order number: {order}.',
	placeholders: { order: '[order number]', question: '[your question]' },
	deliveredOn: 'It was delivered on {date}.',
	completedOn: 'The order was completed on {date}.',
	seller: {
		noReply: {
			you: 'I have already written to you and have had no reply.',
			other: 'I wrote to the seller and have had no reply.',
		},
		noReplyOn: {
			you: 'I wrote to you on {date} and have had no reply.',
			other: 'I wrote to the seller on {date} and have had no reply.',
		},
		refused: { you: 'You refused my request.', other: 'The seller refused my request.' },
		agreed: {
			you: 'Thank you for agreeing to settle this.',
			other: 'The seller agreed to settle this, but it has not been done.',
		},
	},
	details: 'Details: {details}',
	evidence: {
		'late-delivery': 'I have attached a screenshot of the tracking.',
		'parcel-lost': 'I have attached a screenshot of the tracking.',
		'damaged-item': 'I have attached photos of the damage and of the parcel.',
		'wrong-item': 'I have attached photos of what I received and of the parcel’s label.',
		'defective-item': 'I have attached a photo or a video that shows the fault.',
		'refund-not-received': 'I have attached a screenshot of the refund confirmation.',
		'seller-unresponsive': 'I have attached screenshots of my messages to the seller.',
		'dispute-refused': 'I have attached photos and screenshots of my messages with the seller.',
		'payment-problem': 'I have attached a screenshot of the payment.',
		'formal-complaint': 'I have attached copies of my messages and of the order.',
	},
	outcome: {
		answer: 'Could you please answer before I order?',
		'tracking-update': 'Please tell me where the parcel is and when it will arrive.',
		reship: 'Please send the item again.',
		'full-refund': 'I would like a full refund.',
		'return-full-refund': 'I would like to return the item for a full refund.',
		'keep-partial-refund': 'I would like to keep the item and receive a partial refund.',
		'return-how': 'Can I send it back, and if so, how?',
		'refund-status': 'Could you check that the refund was sent and tell me when I will receive it?',
		'payment-check': 'Please check this payment and refund any amount taken in error.',
		unlock: 'Please unblock my account, or tell me what I need to do to get it back.',
		'team-decides': 'Please review the case and decide on my dispute.',
		'seller-answer': 'Could you help me get an answer from the seller?',
		'written-answer': 'I would like a written answer to this complaint.',
	},
	thanks: 'Thank you in advance.',
	signature: 'Best regards,',
};
