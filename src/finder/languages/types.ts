import type { ChannelId } from '../../data/channels';
import type { ClockId } from '../../data/deadlines';
import type { Lang } from '../../i18n/locales';
import type { CautionId, Outcome, ReasonId, Recipient } from '../rules';
import type { Priority, ProblemId, SellerStatus } from '../types';

/**
 * Every sentence the finder shows, in one language. A language file that lacks a key is a type
 * error. Placeholders in braces ({date}, {days}, {order}…) are filled in by the finder.
 */
export interface FinderMessages {
	lang: Lang;
	problems: Record<ProblemId, { label: string }>;
	channels: Record<ChannelId, { name: string; where: string }>;
	/** The dispute that is already open (dispute-refused): named and reached as such. */
	existingDispute: { name: string; where: string };
	/** Deadline reasons and cautions have {clock} (a name from `clockNames`) and {date}. */
	reasons: Record<ReasonId, string>;
	cautions: Record<CautionId, string>;
	/** Each clock by name and start, {n} its length in days: "the {n}-day refund limit after completion". */
	clockNames: Record<ClockId, string>;
	/** For a parcel that never arrived: the sources do not say when "delivered" is. */
	undeliveredNote: string;
	/**
	 * Each clock: {date} is the last open day, {days} the days left or since it closed, {limit} the
	 * clock's length (both written with `dayCount`).
	 */
	deadlines: Record<ClockId, { open: string; lastDay: string; passed: string; action: string }>;
	/** A number of days, {n}, in the language's plural forms (Intl.PluralRules' `one` and `other`). */
	dayCount: { one: string; other: string };
	/** {value} quoted as given, {field} from `fields`; `early` has {year}. */
	dateProblems: {
		invalid: string;
		future: string;
		early: string;
		beforeDelivery: string;
		fields: Record<'today' | 'deliveredOn' | 'completedOn', string>;
	};
	composer: ComposerMessages;
	composerUi: ComposerUi;
	ui: UiMessages;
}

/** What the finder shows before any answer: the problem list and the interface's labels. */
export type FinderShell = Pick<FinderMessages, 'problems' | 'ui'>;

/**
 * A line under each problem on the site (not in the embed, which stays small): kept apart from
 * FinderMessages so that the embed's bundle leaves them out.
 */
export type ProblemHints = Record<ProblemId, string>;

/**
 * The message a shopper sends, in one language: English is what they send, their own language what
 * it means. Sentences are joined by the composer (src/finder/compose.ts); {placeholders} are
 * filled with what the shopper gave, and a sentence whose value is missing is left out.
 */
export interface ComposerMessages {
	/** The language dates are written in. */
	lang: Lang;
	greeting: Record<Recipient, string>;
	/** What went wrong, one sentence per problem. */
	problem: Record<ProblemId, string>;
	/** {question}; before buying. */
	question: string;
	/** {order} */
	orderNumber: string;
	/** Shown where the shopper has not typed it yet. */
	placeholders: { order: string; question: string };
	/** {date} */
	deliveredOn: string;
	/** {date} */
	completedOn: string;
	/** What the seller did, written to the seller (`you`) or to AliExpress (`other`); `On` variants have {date}. */
	seller: Record<'noReply' | 'noReplyOn' | 'refused' | 'agreed', Record<'you' | 'other', string>>;
	/** {details}: the shopper's own words. */
	details: string;
	/** The evidence the shopper attaches (general advice), for the problems that have any. */
	evidence: Partial<Record<ProblemId, string>>;
	outcome: Record<Outcome, string>;
	thanks: string;
	signature: string;
}

/** The composer's labels. */
export interface ComposerUi {
	recipientLabel: string;
	recipient: Record<Recipient, string>;
	outcomeLabel: string;
	outcome: Record<Outcome, string>;
	questionLabel: string;
	detailsLabel: string;
	detailsHint: string;
	contactedOnLabel: string;
	evidenceLabel: string;
	nameLabel: string;
	letterLink: string;
}

/** Labels of the finder's interface. */
export interface UiMessages {
	/** The problem list and the description box: what shows before any answer. */
	picker: {
		title: string;
		describeLabel: string;
		describeHint: string;
		suggestionsLabel: string;
		noSuggestion: string;
		pickLabel: string;
		startOver: string;
		/** While the answer's sentences load (the embed). */
		loading: string;
		openFinder: string;
	};
	/** The finder's entry form on the home page. */
	entry: { heading: string; button: string };
	/** The optional questions that sharpen the answer. */
	questions: {
		legend: string;
		deliveredOnLabel: string;
		completedOnLabel: string;
		dateHint: string;
		sellerLabel: string;
		seller: Record<SellerStatus, string>;
		priorityLabel: string;
		priority: Record<Priority | 'none', string>;
	};
	/** The ranked channels. */
	results: {
		heading: string;
		/** {problem} {count} */
		announcement: string;
		rankLabel: string;
		whyLabel: string;
		cautionLabel: string;
		howLabel: string;
		guideLink: string;
		/** The channels after the first, folded. */
		otherChannels: string;
	};
	/** The time limits. */
	deadlines: {
		heading: string;
		none: string;
		/** The link from the time limits to their guide. */
		guide: string;
	};
	/** The time in China. */
	chinaTime: {
		heading: string;
		/** {time} */
		day: string;
		night: string;
	};
	/** The message to send. */
	composer: {
		heading: string;
		orderNumberLabel: string;
		orderNumberHint: string;
		orderNumberInvalid: string;
		messageInEnglish: string;
		messageMeaning: string;
		copy: string;
		copied: string;
		copyFailed: string;
		privacyNote: string;
	};
}

/**
 * A formal letter to Alibaba: French to Alibaba France in Paris, English to the Hangzhou head
 * office; the shopper's language shows what it means. What went wrong comes from the composer's
 * sentences, so the letter and the message never say different things.
 */
export interface LetterMessages {
	/** "Paris, le {date}" style; {date}. */
	dateLine: string;
	/** {order} */
	subject: string;
	subjectNoOrder: string;
	salutation: string;
	/** Why the letter goes to Alibaba. */
	intro: string;
	/** Asks for a written answer. */
	writtenReply: string;
	/** {evidence}: the composer's evidence sentence, as an enclosure. */
	closing: string;
	/** The page's labels. */
	ui: {
		heading: string;
		intro: string;
		placeLabel: string;
		place: { paris: string; hangzhou: string };
		nameLabel: string;
		addressLabel: string;
		problemLabel: string;
		letterIn: string;
		meaningLabel: string;
		print: string;
		printHint: string;
	};
}

/**
 * Everything the finder's views need in one language, as one prop: the island, the pages, the
 * widget and the embed all receive this. The message to send is always English (`composerEn`).
 */
export interface FinderLanguage {
	lang: Lang;
	messages: FinderMessages;
	composerEn: ComposerMessages;
	/** A line under each problem in the list (the site shows them; the embed leaves them out). */
	hints?: ProblemHints;
}
