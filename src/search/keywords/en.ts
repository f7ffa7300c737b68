/** The words English-speaking shoppers search with for each problem page (not shown). */
import type { ProblemId } from '~/finder/types';

export const en: Record<ProblemId, string> = {
	'question-before-buying':
		'question before buying, ask before ordering, ask the seller, size, material, before ordering, product question, presale, before purchase, sizing, size chart, dimensions, measurements, specs, specifications, compatible, fabric, enquiry, inquiry',
	'late-delivery':
		'late, delayed, delay, delivery delayed, where is my order, where is my package, shipping, slow delivery, taking forever, not arrived yet, still waiting, tracking, order, overdue, not delivered yet, stuck in transit, in transit, stuck in customs, tracking not updating, no update, estimated delivery date, past delivery date, eta, shipment, courier',
	'parcel-lost':
		'lost, lost package, never arrived, never received, not received, not arrived, missing parcel, package, parcel, order never came, tracking says delivered, delivered but nothing, gone astray, disappeared, stolen, lost in the post, lost in transit, marked as delivered, shows delivered, undelivered, postman, letterbox, mailbox, doorstep',
	'damaged-item':
		'damaged, broken, item broken, arrived broken, arrived damaged, smashed, cracked, crushed, shattered, dented, scratched, torn, bent, leaking, squashed, ripped, spoilt, box damaged, damaged packaging, damaged in transit',
	'wrong-item':
		'wrong item, wrong size, wrong color, wrong product, not what I ordered, different item, received wrong, wrong model, wrong version, wrong quantity, incorrect, mix up, mixed up, not as described, not as pictured, different from picture, looks different, someone else’s order, fake',
	'defective-item':
		'defective, faulty, faulty product, does not work, product not working, item not working, stopped working, does not turn on, poor quality, malfunction, malfunctioning, dead on arrival, doa, dud, not charging, glitchy, fault, manufacturing defect, bad quality, low quality, broke after a week',
	'return-unwanted':
		'return, return an item, send back, send it back, changed my mind, unwanted, not satisfied, exchange, don’t want it, don’t like it, no longer need, dislike, doesn’t fit, too small, too big, swap, return postage, return shipping, unhappy, disappointed',
	'refund-not-received':
		'refund not received, where is my refund, still no refund, missing, late, money not returned, pending, not credited, credited, not reflected, reflecting, refund approved, refund agreed, refund status, processing, refund delayed, card statement, waiting for money, refund issued',
	'seller-unresponsive':
		'seller not responding, seller not answering, seller ignores me, no reply, no answer, seller silent, ignoring, ignored, ghosted, unresponsive, no response, not replying, never replied, unreachable, offline, vanished, no feedback, no news',
	'dispute-refused':
		'dispute rejected, dispute refused, dispute denied, claim rejected, seller refused my dispute, seller declined, turned down, said no, appeal, lost dispute, dispute closed, unfair decision, disagree, overturn, not accepted, request rejected, chargeback, reconsider',
	'payment-problem':
		'payment, payment failed, card declined, charged twice, double charge, payment error, bank card, debited, debited twice, money deducted, credit card, debit card, transaction failed, paid twice, overcharged, payment method, checkout, unauthorised charge, unable to pay',
	'account-blocked':
		'account blocked, account suspended, locked out, log in, login, sign in, banned, account disabled, password, forgot password, reset password, otp, verification code, restricted, frozen, deactivated, unblock, unlock, ban, hacked',
	'formal-complaint':
		'complaint, formal complaint, file a complaint, complain, grievance, lodge a complaint, raise a complaint, register a complaint, written complaint, official complaint, in writing, on record, paper trail, complaints department, consumer complaint, complained',
};

/** The printable letter's page, /en/letter/. */
export const enLetter =
	'letter template, sample letter, printable letter, print, letter of complaint, written complaint, complaint letter, formal letter, letter format, printable, letter generator, fill in, draft letter, signature';
