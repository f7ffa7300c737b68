import { placeAfter } from './order';
import type { Rule } from './types';

/** Rule 6: the phone is never first: it is Alibaba's switchboard, not a hotline. */
export const phoneNeverFirst: Rule = {
	id: '6',
	summary: 'The phone is never first: it is Alibaba’s number, not an AliExpress hotline.',
	apply(ranking) {
		if (ranking.order[0] === 'phone')
			ranking.order = placeAfter(ranking.order, 'phone', ranking.order[1]!);
	},
};
