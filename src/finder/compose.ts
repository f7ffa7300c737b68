import type { ComposerMessages } from './languages/types';
import { formatLongDate, parseIsoDate } from './dates';
import { fill } from './format';
import { parseOrderNumber } from './order-number';
import { problemRules, questionsFor, type Outcome, type Recipient } from './rules';
import type { ProblemId, SellerStatus } from './types';

/** An order number's digits, as pasted ("Order ID: 8123 4567…"), or undefined (see parseOrderNumber). */
export function cleanOrderNumber(value: string): string | undefined {
	return parseOrderNumber(value).digits;
}

/** The outcome a message asks for unless the shopper picks another: the problem's usual one. */
export function defaultOutcome(problem: ProblemId): Outcome {
	return problemRules[problem].outcomes[0]!;
}

export interface ComposeInput {
	problem: ProblemId;
	/** One of the problem's outcomes; another one falls back to the usual one. */
	outcome?: Outcome;
	/** Who reads it; one the problem does not have falls back to the usual one. */
	recipient?: Recipient;
	/** Digits only (see cleanOrderNumber); a visible placeholder stands in when it is missing. */
	orderNumber?: string;
	/** Before buying: the shopper's question. */
	question?: string;
	/** ISO dates. */
	deliveredOn?: string;
	completedOn?: string;
	seller?: SellerStatus;
	/** ISO date the shopper wrote to the seller (with seller `no-reply`). */
	contactedOn?: string;
	/** What exactly is wrong, in the shopper's words. */
	details?: string;
	/** Mention the evidence attached (default: yes, for the problems that have any). */
	evidence?: boolean;
	name?: string;
}

/** One line of the shopper's own text: no line breaks, no runs of spaces, a sane length. */
function oneLine(value: string | undefined, max = 600): string {
	return (value ?? '').replace(/\s+/g, ' ').trim().slice(0, max);
}

function dateIn(value: string | undefined, lang: string): string | undefined {
	return value !== undefined && parseIsoDate(value) !== undefined
		? formatLongDate(value, lang)
		: undefined;
}

/**
 * The short, detailed message the sources advise: what went wrong, the order number, the dates,
 * what the seller did, the details and the evidence, what you ask for. Built from one language's
 * sentences: English to send, the shopper's own to understand it, sentence for sentence. A
 * sentence whose value is missing is left out, never left empty; the order number and the
 * question show a placeholder instead.
 */
export function composeMessage(text: ComposerMessages, input: ComposeInput): string {
	const rules = problemRules[input.problem];
	const asks = questionsFor(input.problem);
	const outcome =
		input.outcome && rules.outcomes.includes(input.outcome) ? input.outcome : rules.outcomes[0]!;
	const recipient =
		input.recipient && rules.recipients.includes(input.recipient)
			? input.recipient
			: rules.recipients[0]!;
	const to = recipient === 'seller' ? 'you' : 'other';
	const date = (value?: string) => dateIn(value, text.lang);

	const question = oneLine(input.question) || text.placeholders.question;
	const order = input.orderNumber ? oneLine(input.orderNumber, 40) : text.placeholders.order;
	// A parcel that is late or lost has no delivery to tell of.
	const delivered =
		asks.dates && rules.category !== 'delivery' ? date(input.deliveredOn) : undefined;
	const completed = asks.dates ? date(input.completedOn) : undefined;
	const contacted = date(input.contactedOn);
	// Before buying there is no request yet for the seller to have refused or agreed to.
	const seller = asks.seller && rules.category !== 'before-buying' ? input.seller : undefined;
	const details = oneLine(input.details);
	const name = oneLine(input.name, 120);

	const sellerLine =
		seller === 'no-reply'
			? contacted
				? fill(text.seller.noReplyOn[to], { date: contacted })
				: text.seller.noReply[to]
			: seller === 'refused' && input.problem !== 'dispute-refused'
				? text.seller.refused[to]
				: seller === 'agreed'
					? text.seller.agreed[to]
					: '';
	const evidence =
		rules.evidence && input.evidence !== false ? (text.evidence[input.problem] ?? '') : '';

	const paragraphs = [
		[text.greeting[recipient]],
		[
			text.problem[input.problem],
			asks.question ? fill(text.question, { question }) : '',
			asks.orderNumber ? fill(text.orderNumber, { order }) : '',
		],
		[
			delivered ? fill(text.deliveredOn, { date: delivered }) : '',
			completed ? fill(text.completedOn, { date: completed }) : '',
			sellerLine,
		],
		[details ? fill(text.details, { details }) : ''],
		[evidence, text.outcome[outcome]],
	];
	const body = paragraphs
		.map((sentences) => sentences.filter(Boolean).join(' '))
		.filter(Boolean)
		.join('\n\n');
	const signature = name ? `${text.signature}\n${name}` : text.signature.replace(/,$/, '');
	const closing = `${text.thanks}\n\n${signature}`;
	return `${body}\n\n${closing}`.replace(/\n+$/, '');
}
