import { channelIds, channels } from '~/data/channels';
import { addReason, rise } from './order';
import type { Rule } from './types';

/**
 * Rule 5: what the shopper cares about most. A written record (and any formal complaint) lifts
 * the letter, email and the dispute; a fast answer lifts the live chat and social media. A first
 * channel that is a procedural step (seller or dispute) keeps its place.
 */
export const priority: Rule = {
	id: '5',
	summary:
		'A written record (and any formal complaint) lifts the letter, email and the dispute; a fast answer lifts the live chat and social media; the seller or the dispute keeps the first place.',
	apply(ranking, { problem, priority: wanted }) {
		if (problem === 'formal-complaint' || wanted === 'written-record') {
			const written = channelIds.filter((id) => channels[id].written);
			ranking.order = rise(ranking.order, written);
			if (wanted === 'written-record') {
				for (const id of written.filter((c) => c !== 'dispute'))
					addReason(ranking, id, 'priority.written', undefined, true);
			}
		} else if (wanted === 'fast') {
			ranking.order = rise(ranking.order, ['live-chat', 'social-media']);
		}
	},
};
