import type { ChannelId } from '~/data/channels';
import type { ProblemId } from '../types';

/** What a problem is about: it decides where the finder starts (rules 1 and 4). */
export type ProblemCategory =
	'before-buying' | 'delivery' | 'item' | 'refund' | 'seller' | 'aliexpress' | 'complaint';

/** What a message can ask for. Each problem lists only the ones that make sense for it. */
export const outcomes = [
	'answer',
	'tracking-update',
	'reship',
	'full-refund',
	'return-full-refund',
	'keep-partial-refund',
	'return-how',
	'refund-status',
	'payment-check',
	'unlock',
	'team-decides',
	'seller-answer',
	'written-answer',
] as const;
export type Outcome = (typeof outcomes)[number];

/** Who reads the message: its greeting and its words depend on it. */
export const recipients = ['seller', 'aliexpress', 'dispute-team'] as const;
export type Recipient = (typeof recipients)[number];

export interface ProblemRules {
	category: ProblemCategory;
	/** What the seller did changes the order (rule 2). */
	sellerMatters: boolean;
	/** The outcomes a message may ask for, the usual one first. */
	outcomes: readonly Outcome[];
	/** Who a message may go to, the usual one first. */
	recipients: readonly Recipient[];
	/** The message names the evidence the shopper attaches (general advice). */
	evidence: boolean;
}

/** The one table of problems: every rule and the composer read it, nothing else lists them. */
export const problemRules: Record<ProblemId, ProblemRules> = {
	'question-before-buying': {
		category: 'before-buying',
		sellerMatters: false,
		outcomes: ['answer'],
		recipients: ['seller', 'aliexpress'],
		evidence: false,
	},
	'late-delivery': {
		category: 'delivery',
		sellerMatters: true,
		outcomes: ['tracking-update', 'full-refund'],
		recipients: ['seller', 'aliexpress'],
		evidence: true,
	},
	'parcel-lost': {
		category: 'delivery',
		sellerMatters: true,
		outcomes: ['full-refund', 'reship'],
		recipients: ['seller', 'aliexpress'],
		evidence: true,
	},
	'damaged-item': {
		category: 'item',
		sellerMatters: true,
		outcomes: ['return-full-refund', 'keep-partial-refund'],
		recipients: ['seller', 'aliexpress'],
		evidence: true,
	},
	'wrong-item': {
		category: 'item',
		sellerMatters: true,
		outcomes: ['return-full-refund', 'keep-partial-refund'],
		recipients: ['seller', 'aliexpress'],
		evidence: true,
	},
	'defective-item': {
		category: 'item',
		sellerMatters: true,
		outcomes: ['return-full-refund', 'keep-partial-refund'],
		recipients: ['seller', 'aliexpress'],
		evidence: true,
	},
	'return-unwanted': {
		category: 'item',
		sellerMatters: true,
		outcomes: ['return-how'],
		recipients: ['seller', 'aliexpress'],
		evidence: false,
	},
	'refund-not-received': {
		category: 'refund',
		sellerMatters: true,
		outcomes: ['refund-status'],
		recipients: ['seller', 'aliexpress'],
		evidence: true,
	},
	'seller-unresponsive': {
		category: 'seller',
		sellerMatters: true,
		outcomes: ['seller-answer', 'full-refund'],
		recipients: ['aliexpress'],
		evidence: true,
	},
	'dispute-refused': {
		category: 'seller',
		sellerMatters: true,
		outcomes: ['team-decides'],
		recipients: ['dispute-team', 'aliexpress'],
		evidence: true,
	},
	'payment-problem': {
		category: 'aliexpress',
		sellerMatters: false,
		outcomes: ['payment-check'],
		recipients: ['aliexpress'],
		evidence: true,
	},
	'account-blocked': {
		category: 'aliexpress',
		sellerMatters: false,
		outcomes: ['unlock'],
		recipients: ['aliexpress'],
		evidence: false,
	},
	'formal-complaint': {
		category: 'complaint',
		sellerMatters: false,
		outcomes: ['written-answer', 'full-refund'],
		recipients: ['aliexpress'],
		evidence: true,
	},
};

/** Where each category starts (rules 1 and 4), before what the shopper said moves anything. */
export const startingOrder: Record<ProblemCategory, ChannelId[]> = {
	'before-buying': [
		'seller',
		'help-center',
		'live-chat',
		'social-media',
		'email',
		'dispute',
		'postal-mail',
		'phone',
	],
	delivery: [
		'seller',
		'dispute',
		'live-chat',
		'help-center',
		'social-media',
		'email',
		'postal-mail',
		'phone',
	],
	item: [
		'seller',
		'dispute',
		'live-chat',
		'help-center',
		'social-media',
		'email',
		'postal-mail',
		'phone',
	],
	refund: [
		'seller',
		'live-chat',
		'help-center',
		'dispute',
		'social-media',
		'email',
		'postal-mail',
		'phone',
	],
	seller: [
		'dispute',
		'help-center',
		'live-chat',
		'social-media',
		'email',
		'seller',
		'postal-mail',
		'phone',
	],
	aliexpress: [
		'live-chat',
		'help-center',
		'social-media',
		'email',
		'seller',
		'dispute',
		'postal-mail',
		'phone',
	],
	complaint: [
		'postal-mail',
		'email',
		'dispute',
		'live-chat',
		'help-center',
		'social-media',
		'seller',
		'phone',
	],
};
