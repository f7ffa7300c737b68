import type { FinderShell } from '../types';

/**
 * What the finder shows before any answer: the problems and the interface's labels. Apart from
 * the answer's sentences (messages.ts), so that the embed's first file carries only these.
 */
export const shell: FinderShell = {
	problems: {
		'question-before-buying': { label: 'A question before buying' },
		'late-delivery': { label: 'My parcel is late' },
		'parcel-lost': { label: 'My parcel never arrived' },
		'damaged-item': { label: 'The item arrived damaged' },
		'wrong-item': { label: 'I got the wrong item' },
		'defective-item': { label: 'The item is defective' },
		'return-unwanted': { label: 'I want to return an item' },
		'refund-not-received': { label: 'My refund has not arrived' },
		'seller-unresponsive': { label: 'The seller does not answer' },
		'dispute-refused': { label: 'The seller refused my dispute' },
		'payment-problem': { label: 'A payment problem' },
		'account-blocked': { label: 'My account is blocked' },
		'formal-complaint': { label: 'I want to make a formal complaint' },
	},
	ui: {
		picker: {
			title: 'Channel finder',
			describeLabel: 'Describe your problem',
			describeHint: 'A few words are enough, for example “parcel never arrived”.',
			suggestionsLabel: 'Is it one of these?',
			noSuggestion: 'No match yet: pick your problem from the list below.',
			pickLabel: 'Or pick your problem',
			startOver: 'Start over',
			loading: 'Loading the answer…',
			openFinder: 'Open the channel finder',
		},
		entry: {
			heading: 'What went wrong?',
			button: 'Show me who to contact',
		},
		questions: {
			legend: 'A few optional questions for a sharper answer',
			deliveredOnLabel: 'Delivery date',
			completedOnLabel: 'Date the order was completed',
			dateHint: 'Leave empty if you do not know.',
			sellerLabel: 'What did the seller do?',
			seller: {
				'not-contacted': 'I have not contacted the seller',
				'no-reply': 'The seller does not reply',
				refused: 'The seller refused',
				agreed: 'The seller agreed',
			},
			priorityLabel: 'What matters most to you?',
			priority: {
				none: 'No preference',
				fast: 'A fast answer',
				'written-record': 'A written record',
			},
		},
		results: {
			heading: 'Who to contact, in this order',
			announcement: '{count} channels for “{problem}”, best first.',
			rankLabel: 'Choice',
			whyLabel: 'Why',
			cautionLabel: 'Watch out',
			howLabel: 'How to reach it',
			guideLink: 'Read the guide',
			otherChannels: 'Other ways to reach them',
		},
		deadlines: {
			heading: 'Your time limits',
			none: 'Enter the delivery or completion date to see your time limits.',
			guide: 'How the time limits work',
		},
		chinaTime: {
			heading: 'Time in China now',
			day: 'In China it is {weekday}, {time} (UTC+8): daytime there.',
			night: 'In China it is {weekday}, {time} (UTC+8): night there, so expect a slower reply.',
		},
		composer: {
			heading: 'Write your message',
			orderNumberLabel: 'Order number',
			orderNumberHint: 'You find it in My Orders. Paste it as it is: we keep the digits.',
			orderNumberInvalid: 'An order number has {min} to {max} digits. Copy it from My Orders.',
			messageInEnglish: 'Your message, in English',
			messageMeaning: 'What it says',
			copy: 'Copy the message',
			copied: 'Copied. Paste it into your message to the seller or to support.',
			copyFailed: 'Copying failed: select the message and copy it by hand.',
			privacyNote: 'Nothing you type leaves your browser.',
		},
	},
};
