import type { ComposerMessages } from '../types';

/**
 * The message a shopper sends, in English whatever their language (AliExpress's support reads
 * English). A module of its own so that a page in another language can load it alone.
 */
export const enComposer: ComposerMessages = {
	greeting: 'Hello,',
	problem: {
		'question-before-buying': 'I have a question about this item before I order it.',
		'late-delivery': 'My order has not arrived yet and it is late.',
		'parcel-lost': 'My parcel never arrived and seems to be lost.',
		'damaged-item': 'The item arrived damaged.',
		'wrong-item': 'I received the wrong item, not the one I ordered.',
		'defective-item': 'The item is defective and does not work as it should.',
		'return-unwanted': 'I am not satisfied with the item and would like to return it.',
		'refund-not-received': 'I have not received the refund for my order.',
		'seller-unresponsive': 'I contacted the seller about my order but got no reply.',
		'dispute-refused': 'The seller refused my dispute for this order.',
		'payment-problem': 'I have a problem with the payment for my order.',
		'account-blocked': 'My AliExpress account is blocked.',
		'formal-complaint': 'I am making a formal complaint about my order.',
	},
	orderNumber: 'Order number: {order}.',
	outcome: {
		'full-refund-return': 'I would like to return the item for a full refund.',
		'partial-refund': 'I would like a partial refund.',
		answer: 'Could you please help me?',
	},
	closing: 'Thank you for your reply.',
	signature: 'Best regards',
};
