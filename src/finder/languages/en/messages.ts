import { shell } from './ui';
import { enComposer } from './composer';
import type { FinderMessages, ProblemHints } from '../types';

export const en: FinderMessages = {
	lang: 'en',
	...shell,
	channels: {
		seller: {
			name: 'Message the seller',
			where: 'In the order’s messages; before you buy, from the item page.',
		},
		dispute: { name: 'Open a dispute', where: 'On the order itself, in your order list.' },
		'live-chat': { name: 'AliExpress live chat', where: 'From AliExpress’s home page.' },
		'help-center': {
			name: 'Help Center and FAQ',
			where: 'On AliExpress’s site: the FAQ and the customer service contact page.',
		},
		'social-media': {
			name: 'Social media',
			where: 'Facebook (a French-language account), WhatsApp, or a private message on X (Twitter).',
		},
		email: {
			name: 'Email customer service',
			where: 'The current addresses are listed on AliExpress’s own site.',
		},
		phone: { name: 'Phone Alibaba', where: 'Alibaba Group’s switchboard in Hangzhou, China.' },
		'postal-mail': {
			name: 'Send a letter',
			where: 'To Alibaba France in Paris, or Alibaba’s head office in Hangzhou.',
		},
	},
	existingDispute: {
		name: 'Your dispute, now with AliExpress’s dispute team',
		where: 'On the order, in My Orders: your dispute is there.',
	},
	reasons: {
		'seller.firstStep': 'The seller is the best first step for most problems and for any refund.',
		'seller.beforeBuying':
			'Before you buy, ask the seller from the item page: a window opens for your question, about the size or the material for example.',
		'seller.agreed':
			'The seller has agreed: settle the details in the Message Center and keep their answer.',
		'seller.keepProof':
			'Keep your messages to the seller: they show that you tried the seller first.',
		'seller.messageCenter': 'Every message with the seller is kept in the Message Center.',
		'dispute.refundRequest':
			'The dispute is the refund request on your order. The seller reviews it and decides; if the seller refuses, AliExpress’s dispute team takes over and decides.',
		'dispute.sellerSilent':
			'The seller is not answering: put your refund request on the order itself. If the seller refuses it, AliExpress’s dispute team takes over and decides.',
		'dispute.sellerRefused':
			'The seller said no. In a dispute, when the seller refuses, AliExpress’s dispute team takes over and decides.',
		'dispute.teamTakesOver':
			'The seller refused your dispute, so AliExpress’s dispute team takes it over and decides.',
		'dispute.afterOrderOnly': 'A dispute is opened on an order, so only once you have bought.',
		'dispute.deadlineClose': 'Time is short: {clock} ends on {date}. Open the dispute before then.',
		'liveChat.fast': 'Answers come very fast and the chat is easy to use.',
		'liveChat.sellerHard': 'Recommended when talking with the seller is difficult.',
		'liveChat.aliexpressProblem':
			'Payment and account problems, such as a blocked account, are among the reasons shoppers contact AliExpress itself.',
		'liveChat.afterDeadline':
			'Your time limits have passed: you can still ask AliExpress’s support about your case.',
		'helpCenter.rightTeam':
			'Its contact page sorts your message by topic, so that it reaches someone used to your kind of problem.',
		'helpCenter.faq': 'The FAQ is the first reflex, good for minor problems.',
		'helpCenter.sellerHard':
			'When the seller is hard to reach, try the online help desk first, then the live chat.',
		'socialMedia.reactive':
			'Often more reactive than other channels, as companies fear bad publicity. On X (Twitter), an answer usually comes within the day.',
		'email.detailed':
			'Write in English with as much detail as possible, such as your order number: that is how you get a fast answer by email.',
		'phone.alibaba': 'This is Alibaba’s number: not the best channel for a fast answer.',
		'postalMail.trace':
			'A letter to Alibaba, AliExpress’s parent company, leaves a concrete written trace.',
		'priority.written': 'You want a written record: keep a copy of everything you send.',
		'complaint.written': 'A complaint in writing leaves a trace: keep a copy of what you send.',
	},
	cautions: {
		'seller.oneMessage':
			'Send one short, detailed message, then wait for the reply: a second message before it can get you flagged as spam or suspicious.',
		'seller.noEscalationFirst':
			'Do not escalate to AliExpress before the seller has answered: that can bring a warning, which may lead to your account being suspended.',
		'seller.timeZone':
			'The seller is probably in another time zone: write when they are likely to be at work.',
		'dispute.onePerOrder':
			'You can open only one dispute per order: give every detail the first time.',
		'dispute.detail':
			'Give as much detail as possible: the more detailed the request, the faster the money comes back.',
		'dispute.evidence':
			'Keep your evidence until the dispute is closed: photos of the item and the parcel, an unboxing video, screenshots of the tracking and of your messages with the seller.',
		'dispute.needsOrder': 'No dispute before you buy: there is no order yet.',
		'deadline.before': 'Act before {date}, when {clock} ends.',
		'deadline.passed':
			'{clock} ended on {date}: a dispute may no longer be possible, so ask AliExpress’s support.',
		'liveChat.english': 'Write in English.',
		'liveChat.robot': 'The first answers come from a robot with preset answers.',
		'helpCenter.minorProblems':
			'The FAQ suits minor problems; for a refund, start with the seller.',
		'socialMedia.private': 'Use a private message, and never post your order details in public.',
		'email.english': 'Write in English, with every detail and your order number.',
		'email.noAddressHere': 'We give no address: take the current one from AliExpress’s own site.',
		'phone.notHotline': 'AliExpress has no hotline: this is the number of Alibaba Group, in China.',
		'phone.international':
			'It is an international call to China (UTC+8): check the time there first.',
		'postalMail.slow': 'Replies by post are slow.',
		'postalMail.keepCopy':
			'Keep a copy of your letter. In France, a registered letter with acknowledgement of receipt proves that you sent it.',
		'bank.lastResort':
			'If the dispute team says no as well, your bank or payment service may be able to reverse the payment or open its own dispute: ask them early, as they have time limits of their own.',
	},
	clockNames: {
		refund: 'the {n}-day refund limit after the order was completed',
		'payment-hold': 'the {n}-day payment hold after delivery',
	},
	undeliveredNote:
		'Your parcel never arrived, so there is no delivery date: our sources do not say when the payment hold starts in that case. Do not wait: act now.',
	deadlines: {
		refund: {
			open: 'Refund limit ({limit} after the order was completed): {days} left, until {date}.',
			lastDay:
				'Refund limit ({limit} after the order was completed): today, {date}, is the last day.',
			passed: 'Refund limit ({limit} after the order was completed): ended on {date}, {days} ago.',
			action: 'Ask the seller for your refund, or open the dispute, before it ends.',
		},
		'payment-hold': {
			open: 'Payment hold ({limit} after delivery): {days} left, until {date}.',
			lastDay: 'Payment hold ({limit} after delivery): today, {date}, is the last day.',
			passed: 'Payment hold ({limit} after delivery): ended on {date}, {days} ago.',
			action:
				'If the item did not arrive or is not what you ordered, start a procedure before it ends.',
		},
	},
	dayCount: { one: '{n} day', other: '{n} days' },
	dateProblems: {
		invalid: '“{value}” is not a date we can read ({field}); it was left out.',
		future: '{field} is in the future ({value}); it was left out.',
		early: '{field} is {value}, before {year}: check it.',
		beforeDelivery: 'The completion date ({value}) is before the delivery date: check both.',
		fields: {
			today: 'Today’s date',
			deliveredOn: 'The delivery date',
			completedOn: 'The completion date',
		},
	},
	composer: enComposer,
	composerUi: {
		recipientLabel: 'Who is it for?',
		recipient: {
			seller: 'The seller (Message Center)',
			aliexpress: 'AliExpress (live chat or email)',
			'dispute-team': 'AliExpress’s dispute team',
		},
		outcomeLabel: 'What do you want?',
		outcome: {
			answer: 'An answer to my question',
			'tracking-update': 'News of the parcel',
			reship: 'The item sent again',
			'full-refund': 'A full refund',
			'return-full-refund': 'Return it for a full refund',
			'keep-partial-refund': 'Keep it for a partial refund',
			'return-how': 'To know if and how I can send it back',
			'refund-status': 'My refund',
			'payment-check': 'The payment checked',
			unlock: 'My account unblocked',
			'team-decides': 'A decision on my dispute',
			'seller-answer': 'An answer from the seller',
			'written-answer': 'A written answer',
		},
		questionLabel: 'Your question',
		detailsLabel: 'What exactly is wrong? (optional)',
		detailsHint: 'One or two short sentences, in English if you can.',
		contactedOnLabel: 'Date you wrote to the seller (optional)',
		evidenceLabel: 'Say that I attach photos or screenshots',
		nameLabel: 'Your name (optional)',
		letterLink: 'Write a letter to print',
	},
};

/** One line under each problem in the site's list, and its pages' description. */
export const enHints: ProblemHints = {
	'question-before-buying': 'Size, material, delivery: ask before you order.',
	'late-delivery': 'The order is taking longer than expected.',
	'parcel-lost': 'It seems lost, or it never came.',
	'damaged-item': 'Broken or damaged in transit.',
	'wrong-item': 'Not what I ordered.',
	'defective-item': 'It does not work as it should.',
	'return-unwanted': 'I am not satisfied with it.',
	'refund-not-received': 'A refund was agreed but the money is not back.',
	'seller-unresponsive': 'My message got no reply.',
	'dispute-refused': 'I opened a dispute and the seller said no.',
	'payment-problem': 'Payment method, charged twice, payment refused.',
	'account-blocked': 'I cannot log in or my account was suspended.',
	'formal-complaint': 'In writing, with a record I can keep.',
};
