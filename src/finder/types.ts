import type { ChannelId } from '../data/channels';
import type { ClockId } from '../data/deadlines';
import type { Lang } from '../i18n/locales';

export type { ChannelId, ClockId, Lang };

export const problemIds = [
	'question-before-buying',
	'late-delivery',
	'parcel-lost',
	'damaged-item',
	'wrong-item',
	'defective-item',
	'return-unwanted',
	'refund-not-received',
	'seller-unresponsive',
	'dispute-refused',
	'payment-problem',
	'account-blocked',
	'formal-complaint',
] as const;

export type ProblemId = (typeof problemIds)[number];

export const sellerStatuses = ['not-contacted', 'no-reply', 'refused', 'agreed'] as const;
export type SellerStatus = (typeof sellerStatuses)[number];

export const priorities = ['fast', 'written-record'] as const;
export type Priority = (typeof priorities)[number];

/** What the shopper told the finder. Anything may be missing or malformed: nothing throws. */
export interface FinderInput {
	problem: ProblemId;
	lang: Lang;
	/** ISO date (YYYY-MM-DD); default: today. */
	today?: string;
	/** ISO date the parcel was delivered: starts the 60-day payment-hold clock. */
	deliveredOn?: string;
	/** ISO date the order was completed: starts the 15-day refund clock. */
	completedOn?: string;
	seller?: SellerStatus;
	priority?: Priority;
}

/** How to reach a channel, as data: the view lays it out. */
export interface Reach {
	/** Clicks in AliExpress's interface, in the shopper's language (English beside it if ours). */
	path?: { text: string; english?: string }[];
	phone?: { display: string; e164: string };
	addresses?: string[][];
	/** One sentence on where to find it. */
	where: string;
}

export interface RankedChannel {
	id: ChannelId;
	/** 1 for the best channel. */
	rank: number;
	name: string;
	reasons: string[];
	cautions: string[];
	reach: Reach;
	/** The guide, as a site path: /{lang}/…/ */
	guide: string;
	/** `existing-dispute`: the shopper's dispute is already open (dispute-refused). */
	variant?: 'existing-dispute';
}

export interface Deadline {
	clock: ClockId;
	/** The date the clock started (ISO). */
	startsOn: string;
	/** The last day it is open (ISO). */
	endsOn: string;
	/** Days left, counting today as 0 on the last day; negative once passed. */
	daysLeft: number;
	passed: boolean;
	/** Which clock, its start, the days left or since it ended. */
	sentence: string;
	/** What to do before it ends; none once it has passed. */
	action?: string;
}

export interface DateProblem {
	field: 'today' | 'deliveredOn' | 'completedOn';
	/** The value as given, quoted in the sentence. */
	value: string;
	sentence: string;
	/** A warning: the date is used all the same (before 2010, completion before delivery). */
	warning?: boolean;
}

export interface Recommendation {
	problem: ProblemId;
	lang: Lang;
	/** Every channel, best first. */
	channels: RankedChannel[];
	deadlines: Deadline[];
	/** Dates that could not be used, each explained. */
	dateProblems: DateProblem[];
	/** Notes on the dates: for a parcel that never arrived, what our sources do not say. */
	dateNotes: string[];
}
