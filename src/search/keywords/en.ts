/** The words English-speaking shoppers search with for each problem page (not shown). */
import type { ProblemId } from '~/finder/types';

export const en: Record<ProblemId, string> = {
	'question-before-buying':
		'question before buying, ask before ordering, ask the seller, size, material, before ordering, product question',
	'late-delivery':
		'late, delayed, delay, delivery delayed, where is my order, where is my package, shipping, slow delivery, taking forever, not arrived yet, still waiting, tracking, order',
	'parcel-lost':
		'lost, lost package, never arrived, never received, not received, not arrived, missing parcel, package, parcel, order never came, tracking says delivered, delivered but nothing',
	'damaged-item':
		'damaged, broken, item broken, arrived broken, arrived damaged, smashed, cracked, crushed',
	'wrong-item':
		'wrong item, wrong size, wrong color, wrong product, not what I ordered, different item, received wrong',
	'defective-item':
		'defective, faulty, faulty product, does not work, product not working, item not working, stopped working, does not turn on, poor quality',
	'return-unwanted':
		'return, return an item, send back, send it back, changed my mind, unwanted, not satisfied, exchange',
	'refund-not-received':
		'refund not received, where is my refund, still no refund, missing, late, money not returned, pending',
	'seller-unresponsive':
		'seller not responding, seller not answering, seller ignores me, no reply, no answer, seller silent',
	'dispute-refused':
		'dispute rejected, dispute refused, dispute denied, claim rejected, seller refused my dispute, seller declined',
	'payment-problem':
		'payment, payment failed, card declined, charged twice, double charge, payment error, bank card',
	'account-blocked':
		'account blocked, account suspended, locked out, log in, login, sign in, banned, account disabled',
	'formal-complaint': 'complaint, formal complaint, file a complaint, complain, grievance',
};
