import type { ChannelId } from '../../data/channels';
import type { ClockId } from '../../data/deadlines';
import type { Lang } from '../../i18n/locales';
import type { CautionId, ReasonId } from '../rank';
import type { Priority, ProblemId, SellerStatus } from '../types';

/**
 * Every sentence the finder shows, in one language. A language file that lacks a key is a type
 * error. Placeholders in braces ({date}, {days}, {order}…) are filled in by the finder.
 */
export interface FinderMessages {
	lang: Lang;
	problems: Record<ProblemId, { label: string }>;
	channels: Record<ChannelId, { name: string; where: string }>;
	reasons: Record<ReasonId, string>;
	/** `dispute.closesOn` has {date}. */
	cautions: Record<CautionId, string>;
	/**
	 * Each clock: {date} is the last open day, {days} the days left or since it closed, {limit} the
	 * clock's length (both written with `dayCount`).
	 */
	deadlines: Record<ClockId, { open: string; lastDay: string; passed: string }>;
	/** A number of days, {n}, in the language's plural forms (Intl.PluralRules' `one` and `other`). */
	dayCount: { one: string; other: string };
	dateProblems: { invalid: string; future: string; fields: Record<'today' | 'deliveredOn' | 'completedOn', string> };
	composer: ComposerMessages;
	ui: UiMessages;
}

/**
 * A line under each problem on the site (not in the embed, which stays small): kept apart from
 * FinderMessages so that the embed's bundle leaves them out.
 */
export type ProblemHints = Record<ProblemId, string>;

/** The message a shopper sends. The English set is what they send; their own is what it means. */
export interface ComposerMessages {
	greeting: string;
	/** One sentence per problem: what went wrong. */
	problem: Record<ProblemId, string>;
	/** {order} */
	orderNumber: string;
	outcome: Record<Outcome, string>;
	closing: string;
	signature: string;
}

export const outcomes = ['full-refund-return', 'partial-refund', 'answer'] as const;
export type Outcome = (typeof outcomes)[number];

/** Labels of the finder's interface. */
export interface UiMessages {
	title: string;
	describeLabel: string;
	describeHint: string;
	suggestionsLabel: string;
	noSuggestion: string;
	pickLabel: string;
	questionsLegend: string;
	deliveredOnLabel: string;
	completedOnLabel: string;
	dateHint: string;
	sellerLabel: string;
	seller: Record<SellerStatus, string>;
	priorityLabel: string;
	priority: Record<Priority | 'none', string>;
	resultsHeading: string;
	/** {problem} {count} */
	resultsAnnouncement: string;
	rankLabel: string;
	whyLabel: string;
	cautionLabel: string;
	howLabel: string;
	guideLink: string;
	deadlinesHeading: string;
	noDeadlines: string;
	chinaTimeHeading: string;
	/** {time} */
	chinaTimeDay: string;
	chinaTimeNight: string;
	composerHeading: string;
	orderNumberLabel: string;
	orderNumberHint: string;
	orderNumberInvalid: string;
	outcomeLabel: string;
	outcome: Record<Outcome, string>;
	messageInEnglish: string;
	messageMeaning: string;
	copy: string;
	copied: string;
	copyFailed: string;
	privacyNote: string;
	startOver: string;
	openFinder: string;
	entryHeading: string;
	entryButton: string;
}
