import { placeAfter, toFront, addReason } from './order';
import { problemRules } from './problems';
import type { Rule } from './types';

/**
 * Rule 2: what the seller did. A silent or refusing seller sends an order's problem to the
 * dispute, then the help desk and the live chat (the sources' order when the seller is hard to
 * reach), and the seller drops behind email; before buying, the Help Center and the chat take
 * over. A seller who agreed stays first.
 */
export const sellerAnswer: Rule = {
	id: '2',
	summary:
		'If the seller did not answer or refused, the dispute comes first, then the help desk and the live chat, and the seller drops behind email (before buying: the Help Center and the live chat). If the seller agreed, the seller comes first.',
	apply(ranking, { problem, seller }) {
		const failed = seller === 'no-reply' || seller === 'refused';
		if (failed && problem === 'question-before-buying') {
			ranking.order = toFront(ranking.order, ['help-center', 'live-chat']);
			addReason(ranking, 'help-center', 'helpCenter.sellerHard');
			addReason(ranking, 'live-chat', 'liveChat.sellerHard');
			return;
		}
		if (!problemRules[problem].sellerMatters) return;
		if (failed) {
			ranking.order = placeAfter(
				toFront(ranking.order, ['dispute', 'help-center', 'live-chat']),
				'seller',
				'email'
			);
			if (ranking.notes.dispute.variant !== 'existing-dispute') {
				addReason(
					ranking,
					'dispute',
					seller === 'refused' ? 'dispute.sellerRefused' : 'dispute.sellerSilent'
				);
			}
			addReason(ranking, 'help-center', 'helpCenter.sellerHard');
			addReason(ranking, 'live-chat', 'liveChat.sellerHard');
			addReason(ranking, 'seller', 'seller.keepProof');
		} else if (seller === 'agreed') {
			ranking.order = toFront(ranking.order, ['seller']);
			addReason(ranking, 'seller', 'seller.agreed');
		}
	},
};
