import { postalAddresses, type PostalPlace } from '~/data/contact';
import { composeMessage, type ComposeInput } from './compose';
import { formatLongDate } from './dates';
import { fill } from './format';
import type { ComposerMessages, LetterMessages } from './languages/types';
import { problemRules } from './rules';

/** Paris gets French, Hangzhou English (the addresses of FACTS.md's postal row). */
export const letterLanguage: Record<PostalPlace, 'fr' | 'en'> = { paris: 'fr', hangzhou: 'en' };

export interface LetterInput extends ComposeInput {
	place: PostalPlace;
	/** ISO date written on the letter. */
	date: string;
	/** The sender's postal address, as typed. */
	address?: string;
}

export interface Letter {
	sender: string[];
	recipient: string[];
	dateLine: string;
	subject: string;
	salutation: string;
	paragraphs: string[];
	closing: string;
	signature: string;
}

/**
 * A formal letter from the same sentences as the message: what went wrong, the dates, what the
 * seller did, the details, the evidence enclosed and what is asked, plus a request for a written
 * reply. Placeholders stand where the shopper has not typed yet.
 */
export function composeLetter(
	letter: LetterMessages,
	sentences: ComposerMessages,
	input: LetterInput
): Letter {
	// The message's paragraphs, written to AliExpress's people (the seller is "the seller").
	const outcome =
		input.outcome && problemRules[input.problem].outcomes.includes(input.outcome)
			? input.outcome
			: undefined;
	const message = composeMessage(sentences, {
		...input,
		outcome,
		recipient: 'aliexpress',
		name: '',
	});
	const body = message.split('\n\n').slice(1, -2);
	const name = (input.name ?? '').trim();
	const order = input.orderNumber?.trim();
	return {
		sender: [
			name || `[${letter.ui.nameLabel}]`,
			...lines(input.address, `[${letter.ui.addressLabel}]`),
		],
		recipient: postalAddresses[input.place].lines,
		dateLine: fill(letter.dateLine, { date: formatLongDate(input.date, sentences.lang) }),
		subject: order ? fill(letter.subject, { order }) : letter.subjectNoOrder,
		salutation: letter.salutation,
		paragraphs: [letter.intro, ...body, letter.writtenReply],
		closing: letter.closing,
		signature: name,
	};
}

function lines(text: string | undefined, placeholder: string): string[] {
	const list = (text ?? '')
		.split(/\r?\n/)
		.map((line) => line.trim().slice(0, 120))
		.filter(Boolean)
		.slice(0, 6);
	return list.length ? list : [placeholder];
}
