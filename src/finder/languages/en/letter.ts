import type { LetterMessages } from '../types';

export const enLetter: LetterMessages = {
	dateLine: '{date}',
	subject: 'Subject: complaint about AliExpress order {order}',
	subjectNoOrder: 'Subject: complaint about an AliExpress order',
	salutation: 'Dear Sir or Madam,',
	intro:
		'I am writing to Alibaba, AliExpress’s parent company, about an order placed on AliExpress.',
	writtenReply: 'I would be grateful for a written reply.',
	closing: 'Yours faithfully,',
	ui: {
		heading: 'A letter to print',
		intro:
			'Fill in the fields: the letter below writes itself. Print it, sign it and keep a copy. Nothing you type leaves your browser.',
		placeLabel: 'Send it to',
		place: {
			paris: 'Alibaba France, Paris (in French)',
			hangzhou: 'Alibaba’s head office, Hangzhou (in English)',
		},
		nameLabel: 'Your full name',
		addressLabel: 'Your postal address',
		problemLabel: 'What is it about?',
		letterIn: 'The letter',
		meaningLabel: 'What it says',
		print: 'Print the letter',
		printHint: 'Only the letter is printed, on one A4 page.',
	},
};
