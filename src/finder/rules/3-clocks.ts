import { urgentDays } from '../clocks';
import { addCaution, addReason, toFront } from './order';
import { questionsFor } from './questions';
import type { Rule } from './types';

/**
 * Rule 3: the clocks win over everything else, for an order's goods (not before buying, nor for
 * a payment or an account, which have no delivery). A clock with 3 days or
 * fewer left puts the dispute first; when every clock given has passed, AliExpress's live chat and
 * Help Center come first. Every clock given is named, with what to do before it ends.
 */
export const clockRule: Rule = {
	id: '3',
	summary:
		'For an order’s goods (not before buying, nor for a payment or an account), a time limit with 3 days or fewer left puts the dispute first; when every time limit given has passed, the live chat and the Help Center come first. Each time limit is named with its start and what to do before it ends.',
	apply(ranking, { problem, clocks }) {
		if (!questionsFor(problem).dates || clocks.length === 0) return;
		const open = clocks.filter((c) => !c.passed).sort((a, b) => a.daysLeft - b.daysLeft);
		const urgent = open.find((c) => c.daysLeft <= urgentDays);
		for (const clock of open) addCaution(ranking, 'dispute', 'deadline.before', clock);
		if (urgent) {
			ranking.order = toFront(ranking.order, ['dispute']);
			// An open dispute needs no "open it now": its cautions name the date.
			if (ranking.notes.dispute.variant !== 'existing-dispute') {
				addReason(ranking, 'dispute', 'dispute.deadlineClose', urgent);
			}
		} else if (open.length === 0) {
			ranking.order = toFront(ranking.order, ['live-chat', 'help-center']);
			for (const clock of clocks) addCaution(ranking, 'dispute', 'deadline.passed', clock);
			addReason(ranking, 'live-chat', 'liveChat.afterDeadline');
		}
	},
};
