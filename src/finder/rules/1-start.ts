import { problemRules, startingOrder } from './problems';
import { addReason } from './order';
import type { Rule } from './types';

/**
 * Rules 1 and 4: where each kind of problem starts. An order's goods and any refund start with the
 * seller; a question before buying too; a silent seller or a refused dispute start with the
 * dispute; payment and account problems with AliExpress's own support; a formal complaint in
 * writing.
 */
export const start: Rule = {
	id: '1, 4',
	summary:
		'Problems with an order, its delivery or a refund start with the seller, then the dispute; a question before buying starts with the seller; a silent seller or a refused dispute start with the dispute, then the help desk and the live chat; payment and account problems start with the live chat and the Help Center; a formal complaint starts with a letter.',
	apply(ranking, { problem }) {
		const { category } = problemRules[problem];
		ranking.order = [...startingOrder[category]];
		switch (category) {
			case 'before-buying':
				addReason(ranking, 'seller', 'seller.beforeBuying');
				break;
			case 'delivery':
			case 'item':
			case 'refund':
				addReason(ranking, 'seller', 'seller.firstStep');
				break;
			case 'aliexpress':
				addReason(ranking, 'live-chat', 'liveChat.aliexpressProblem');
				break;
			case 'seller':
				if (problem === 'dispute-refused') {
					ranking.notes.dispute.variant = 'existing-dispute';
					addReason(ranking, 'dispute', 'dispute.teamTakesOver');
				} else {
					addReason(ranking, 'dispute', 'dispute.sellerSilent');
				}
				addReason(ranking, 'help-center', 'helpCenter.sellerHard');
				addReason(ranking, 'live-chat', 'liveChat.sellerHard');
				addReason(ranking, 'seller', 'seller.keepProof');
				break;
			case 'complaint':
				addReason(ranking, 'postal-mail', 'complaint.written');
				addReason(ranking, 'email', 'complaint.written');
				break;
		}
	},
};
