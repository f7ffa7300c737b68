import { channels } from '~/data/channels';
import { addCaution, addReason } from './order';
import { problemRules } from './problems';
import type { Rule } from './types';

/**
 * Rule 7: every channel carries what it is good for and its cautions, whatever its place: the
 * chat's robot and English, the seller's one-message rule, one dispute per order…
 */
export const channelNotes: Rule = {
	id: '7',
	summary:
		'Every channel carries what it is good for and its own cautions (write in English to the chat and email, one message then wait for the seller, one dispute per order…), wherever it stands.',
	apply(ranking, { problem, seller }) {
		const { category } = problemRules[problem];
		const beforeBuying = category === 'before-buying';
		const last = (id: Parameters<typeof addReason>[1], reason: Parameters<typeof addReason>[2]) =>
			addReason(ranking, id, reason, undefined, true);

		last('seller', 'seller.messageCenter');
		addCaution(ranking, 'seller', 'seller.oneMessage');
		if (seller === 'not-contacted' && ['delivery', 'item', 'refund'].includes(category)) {
			addCaution(ranking, 'seller', 'seller.noEscalationFirst');
		}
		addCaution(ranking, 'seller', 'seller.timeZone');

		if (beforeBuying) {
			last('dispute', 'dispute.afterOrderOnly');
			addCaution(ranking, 'dispute', 'dispute.needsOrder');
		} else if (ranking.notes.dispute.variant === 'existing-dispute') {
			addCaution(ranking, 'dispute', 'dispute.detail');
			addCaution(ranking, 'dispute', 'dispute.evidence');
			addCaution(ranking, 'dispute', 'bank.lastResort');
		} else {
			// What a dispute is, unless a rule already said why it stands where it does.
			if (ranking.notes.dispute.reasons.length === 0) last('dispute', 'dispute.refundRequest');
			addCaution(ranking, 'dispute', 'dispute.onePerOrder');
			addCaution(ranking, 'dispute', 'dispute.evidence');
		}

		last('live-chat', 'liveChat.fast');
		if (channels['live-chat'].writeInEnglish) addCaution(ranking, 'live-chat', 'liveChat.english');
		addCaution(ranking, 'live-chat', 'liveChat.robot');

		last('help-center', 'helpCenter.rightTeam');
		if (beforeBuying || category === 'aliexpress') last('help-center', 'helpCenter.faq');
		if (['delivery', 'item', 'refund'].includes(category))
			addCaution(ranking, 'help-center', 'helpCenter.minorProblems');

		last('social-media', 'socialMedia.reactive');
		addCaution(ranking, 'social-media', 'socialMedia.private');

		last('email', 'email.detailed');
		if (channels.email.writeInEnglish) addCaution(ranking, 'email', 'email.english');
		addCaution(ranking, 'email', 'email.noAddressHere');

		last('phone', 'phone.alibaba');
		addCaution(ranking, 'phone', 'phone.notHotline');
		addCaution(ranking, 'phone', 'phone.international');

		last('postal-mail', 'postalMail.trace');
		addCaution(ranking, 'postal-mail', 'postalMail.slow');
		addCaution(ranking, 'postal-mail', 'postalMail.keepCopy');
	},
};
