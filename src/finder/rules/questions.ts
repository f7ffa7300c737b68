import type { ProblemId } from '../types';

/** Which of the finder's questions make sense for a problem: the island asks only these. */
export interface Questions {
	/** Delivery and completion dates: they start the two clocks, so only for an order's goods. */
	dates: boolean;
	/** What the seller did: only where the seller takes part (rule 2). */
	seller: boolean;
	/** Fast answer or written record. */
	priority: boolean;
	/** The order number, in the composer. */
	orderNumber: boolean;
	/** The shopper's question itself, in the composer: before buying there is no order. */
	question: boolean;
}

const noOrderDates: ReadonlySet<ProblemId> = new Set([
	'question-before-buying',
	'payment-problem',
	'account-blocked',
]);
const noSeller: ReadonlySet<ProblemId> = new Set([
	'payment-problem',
	'account-blocked',
	'formal-complaint',
]);
const noOrderNumber: ReadonlySet<ProblemId> = new Set([
	'question-before-buying',
	'account-blocked',
]);

export function questionsFor(problem: ProblemId): Questions {
	return {
		dates: !noOrderDates.has(problem),
		seller: !noSeller.has(problem),
		priority: true,
		orderNumber: !noOrderNumber.has(problem),
		question: problem === 'question-before-buying',
	};
}
