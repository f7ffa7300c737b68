import type { ChannelId } from '../data/channels';
import { urgentDays, type ClockState } from './clocks';
import { itemProblems, type Priority, type ProblemId, type SellerStatus } from './types';

/** Why a channel stands where it does. Each id is one sentence in every language. */
export const reasonIds = [
	'seller.firstStep',
	'seller.beforeBuying',
	'seller.agreed',
	'seller.keepProof',
	'seller.recordKept',
	'dispute.refundRequest',
	'dispute.sellerSilent',
	'dispute.escalate',
	'dispute.deadlineClose',
	'dispute.writtenRecord',
	'dispute.afterOrderOnly',
	'liveChat.fast',
	'liveChat.sellerHard',
	'liveChat.aliexpressMatter',
	'liveChat.afterDeadline',
	'helpCenter.faq',
	'helpCenter.rightTeam',
	'helpCenter.afterDeadline',
	'socialMedia.reactive',
	'email.detailed',
	'email.writtenRecord',
	'phone.lastResort',
	'postalMail.formal',
	'postalMail.writtenRecord',
] as const;
export type ReasonId = (typeof reasonIds)[number];

/** What to watch out for: cautions travel with their channel. */
export const cautionIds = [
	'seller.oneMessage',
	'seller.noEscalationFirst',
	'seller.timeZone',
	'dispute.onePerOrder',
	'dispute.closesOn',
	'dispute.windowPassed',
	'dispute.needsOrder',
	'liveChat.english',
	'liveChat.robot',
	'helpCenter.minorProblems',
	'socialMedia.private',
	'email.english',
	'email.noAddressHere',
	'phone.notHotline',
	'phone.international',
	'postalMail.slow',
	'postalMail.keepCopy',
] as const;
export type CautionId = (typeof cautionIds)[number];

export interface RankingContext {
	problem: ProblemId;
	seller: SellerStatus;
	priority?: Priority;
	clocks: ClockState[];
}

export interface RankedChannelIds {
	id: ChannelId;
	reasons: ReasonId[];
	cautions: CautionId[];
	/** For `dispute.closesOn`: the last open day (ISO). */
	closesOn?: string;
}

const aliexpressProblems: ReadonlySet<ProblemId> = new Set([
	'payment-problem',
	'account-blocked',
	'refund-not-received',
]);

/** Rules 1, 2, 4 and 5's formal complaint: where each problem starts. */
function baseOrder(problem: ProblemId): ChannelId[] {
	if (problem === 'question-before-buying') {
		return ['seller', 'help-center', 'live-chat', 'social-media', 'email', 'dispute', 'postal-mail', 'phone'];
	}
	if (problem === 'seller-unresponsive' || problem === 'dispute-refused') {
		return ['dispute', 'live-chat', 'help-center', 'social-media', 'email', 'seller', 'postal-mail', 'phone'];
	}
	if (aliexpressProblems.has(problem)) {
		return ['live-chat', 'help-center', 'social-media', 'email', 'seller', 'dispute', 'postal-mail', 'phone'];
	}
	if (problem === 'formal-complaint') {
		return ['postal-mail', 'email', 'dispute', 'live-chat', 'help-center', 'social-media', 'seller', 'phone'];
	}
	return ['seller', 'dispute', 'live-chat', 'help-center', 'social-media', 'email', 'postal-mail', 'phone'];
}

/** Moves `ids` to the front, in the order given. */
function toFront(order: ChannelId[], ids: ChannelId[]): ChannelId[] {
	return [...ids, ...order.filter((id) => !ids.includes(id))];
}

/** Moves `id` to just after `after`. */
function placeAfter(order: ChannelId[], id: ChannelId, after: ChannelId): ChannelId[] {
	const rest = order.filter((c) => c !== id);
	rest.splice(rest.indexOf(after) + 1, 0, id);
	return rest;
}

/**
 * Moves `ids` up ahead of every other channel, keeping their relative order, but behind a first
 * channel that is a procedural step (the seller or the dispute), which stays first.
 */
function rise(order: ChannelId[], ids: ChannelId[]): ChannelId[] {
	const [first] = order;
	const keepFirst = (first === 'seller' || first === 'dispute') && !ids.includes(first);
	const head = keepFirst ? [first] : [];
	const rest = keepFirst ? order.slice(1) : order;
	return [...head, ...rest.filter((id) => ids.includes(id)), ...rest.filter((id) => !ids.includes(id))];
}

/** Problems where what the seller did changes the order (rule 2). */
function sellerMatters(problem: ProblemId): boolean {
	return itemProblems.includes(problem) || problem === 'refund-not-received' || problem === 'seller-unresponsive' || problem === 'dispute-refused';
}

export function deadlineSummary(clocks: ClockState[]) {
	const open = clocks.filter((c) => !c.passed);
	const urgent = open.filter((c) => c.daysLeft <= urgentDays).sort((a, b) => a.daysLeft - b.daysLeft);
	return {
		/** The soonest clock with 3 days or fewer left. */
		urgent: urgent[0],
		/** Every clock given has passed. */
		allPassed: clocks.length > 0 && open.length === 0,
	};
}

/** The order of the eight channels for a situation: rules 1 to 6 of the finder. */
export function channelOrder(ctx: RankingContext): ChannelId[] {
	const { problem, seller, priority } = ctx;
	let order = baseOrder(problem);

	// Rule 2: the seller did not answer or said no.
	const sellerFailed = seller === 'no-reply' || seller === 'refused';
	if (sellerFailed && problem === 'question-before-buying') {
		order = toFront(order, ['help-center', 'live-chat']);
	} else if (sellerFailed && sellerMatters(problem)) {
		order = placeAfter(toFront(order, ['dispute', 'live-chat']), 'seller', 'email');
	} else if (seller === 'agreed' && sellerMatters(problem)) {
		order = toFront(order, ['seller']);
	}

	// Rule 5: what the shopper cares about most.
	if (problem === 'formal-complaint' || priority === 'written-record') {
		order = rise(order, ['postal-mail', 'email', 'dispute']);
	} else if (priority === 'fast') {
		order = rise(order, ['live-chat', 'social-media']);
	}

	// Rule 3: the clocks win over everything else, but only once there is an order.
	if (problem !== 'question-before-buying') {
		const { urgent, allPassed } = deadlineSummary(ctx.clocks);
		if (urgent) order = toFront(order, ['dispute']);
		else if (allPassed) order = toFront(order, ['live-chat', 'help-center']);
	}

	// Rule 6: the phone is never first.
	if (order[0] === 'phone') order = placeAfter(order, 'phone', order[1]!);
	return order;
}

/** The reasons and cautions of each channel in that situation. */
export function explain(id: ChannelId, ctx: RankingContext): RankedChannelIds {
	const { problem, seller, priority } = ctx;
	const { urgent, allPassed } = deadlineSummary(ctx.clocks);
	const written = problem === 'formal-complaint' || priority === 'written-record';
	const sellerFailed = seller === 'no-reply' || seller === 'refused';
	const beforeBuying = problem === 'question-before-buying';
	const reasons: ReasonId[] = [];
	const cautions: CautionId[] = [];
	let closesOn: string | undefined;

	switch (id) {
		case 'seller':
			if (beforeBuying) reasons.push('seller.beforeBuying');
			else if (seller === 'agreed') reasons.push('seller.agreed');
			else if (sellerFailed || problem === 'seller-unresponsive') reasons.push('seller.keepProof');
			else reasons.push('seller.firstStep');
			if (written && !beforeBuying) reasons.push('seller.recordKept');
			cautions.push('seller.oneMessage', 'seller.timeZone');
			if (!beforeBuying && !sellerFailed) cautions.push('seller.noEscalationFirst');
			break;
		case 'dispute':
			if (beforeBuying) reasons.push('dispute.afterOrderOnly');
			else if (problem === 'dispute-refused' || seller === 'refused') reasons.push('dispute.escalate');
			else if (seller === 'no-reply' || problem === 'seller-unresponsive') reasons.push('dispute.sellerSilent');
			else reasons.push('dispute.refundRequest');
			if (urgent && !beforeBuying) {
				reasons.push('dispute.deadlineClose');
				cautions.push('dispute.closesOn');
				closesOn = urgent.endsOn;
			}
			if (written) reasons.push('dispute.writtenRecord');
			cautions.push(beforeBuying ? 'dispute.needsOrder' : 'dispute.onePerOrder');
			if (allPassed && !beforeBuying) cautions.push('dispute.windowPassed');
			break;
		case 'live-chat':
			reasons.push('liveChat.fast');
			if (aliexpressProblems.has(problem)) reasons.push('liveChat.aliexpressMatter');
			else if (sellerFailed || problem === 'seller-unresponsive' || problem === 'dispute-refused') reasons.push('liveChat.sellerHard');
			if (allPassed && !beforeBuying) reasons.push('liveChat.afterDeadline');
			cautions.push('liveChat.english', 'liveChat.robot');
			break;
		case 'help-center':
			reasons.push('helpCenter.faq', 'helpCenter.rightTeam');
			if (allPassed && !beforeBuying) reasons.push('helpCenter.afterDeadline');
			cautions.push('helpCenter.minorProblems');
			break;
		case 'social-media':
			reasons.push('socialMedia.reactive');
			cautions.push('socialMedia.private');
			break;
		case 'email':
			reasons.push('email.detailed');
			if (written) reasons.push('email.writtenRecord');
			cautions.push('email.english', 'email.noAddressHere');
			break;
		case 'phone':
			reasons.push('phone.lastResort');
			cautions.push('phone.notHotline', 'phone.international');
			break;
		case 'postal-mail':
			reasons.push(written ? 'postalMail.writtenRecord' : 'postalMail.formal');
			cautions.push('postalMail.slow', 'postalMail.keepCopy');
			break;
	}
	return { id, reasons, cautions, closesOn };
}

/** Every channel, best first, with the ids of its reasons and cautions. */
export function rankChannels(ctx: RankingContext): RankedChannelIds[] {
	return channelOrder(ctx).map((id) => explain(id, ctx));
}
