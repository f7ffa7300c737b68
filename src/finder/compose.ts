import type { ComposerMessages, Outcome } from './languages/types';
import { fill } from './format';
import { itemProblems, type ProblemId } from './types';

/** An order number, as pasted: digits, perhaps with spaces or dashes between them. */
export function cleanOrderNumber(value: string): string | undefined {
	const compact = value.replace(/[\s-]/g, '');
	return /^\d{6,30}$/.test(compact) ? compact : undefined;
}

/** The outcome a message asks for unless the shopper picks another: a refund for item problems. */
export function defaultOutcome(problem: ProblemId): Outcome {
	return itemProblems.includes(problem) ? 'full-refund-return' : 'answer';
}

export interface ComposeInput {
	problem: ProblemId;
	outcome: Outcome;
	/** Digits only (see cleanOrderNumber); left out of the message when missing. */
	orderNumber?: string;
}

/**
 * The short, detailed message the sources advise: what went wrong, the order number, what you
 * want. Built from one language's sentences: English to send, the shopper's own to understand it.
 */
export function composeMessage(text: ComposerMessages, input: ComposeInput): string {
	const lines = [
		text.greeting,
		'',
		[
			text.problem[input.problem],
			input.orderNumber ? fill(text.orderNumber, { order: input.orderNumber }) : '',
			text.outcome[input.outcome],
		]
			.filter(Boolean)
			.join(' '),
		'',
		text.closing,
		text.signature,
	];
	return lines.join('\n');
}
