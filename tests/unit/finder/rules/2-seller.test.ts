import { describe, expect, it } from 'vitest';
import { start } from '~/finder/rules/1-start';
import { sellerAnswer } from '~/finder/rules/2-seller';
import { context, reasonIdsOf, run } from './helpers';

const after = (ctx: ReturnType<typeof context>) => run(sellerAnswer, ctx, run(start, ctx));

describe('rule 2: what the seller did', () => {
	it.each(['no-reply', 'refused'] as const)(
		'seller %s: dispute, help desk, chat; the seller behind email',
		(seller) => {
			const ranking = after(context('damaged-item', { seller }));
			expect(ranking.order.slice(0, 3)).toEqual(['dispute', 'help-center', 'live-chat']);
			expect(ranking.order.indexOf('seller')).toBe(ranking.order.indexOf('email') + 1);
			expect(reasonIdsOf(ranking, 'dispute')[0]).toBe(
				seller === 'refused' ? 'dispute.sellerRefused' : 'dispute.sellerSilent'
			);
		}
	);
	it('a seller who agreed comes first', () => {
		const ranking = after(context('wrong-item', { seller: 'agreed' }));
		expect(ranking.order[0]).toBe('seller');
		expect(reasonIdsOf(ranking, 'seller')[0]).toBe('seller.agreed');
	});
	it('before buying, a silent seller sends you to the Help Center and the chat', () => {
		expect(
			after(context('question-before-buying', { seller: 'no-reply' })).order.slice(0, 2)
		).toEqual(['help-center', 'live-chat']);
	});
	it.each(['account-blocked', 'payment-problem', 'formal-complaint'] as const)(
		'%s: the seller’s answer changes nothing, and says nothing',
		(problem) => {
			const plain = after(context(problem));
			const silent = after(context(problem, { seller: 'no-reply' }));
			expect(silent).toEqual(plain);
			expect(reasonIdsOf(silent, 'dispute')).not.toContain('dispute.sellerSilent');
		}
	);
	it('a refused dispute keeps its existing dispute, never a new one', () => {
		const ranking = after(context('dispute-refused', { seller: 'refused' }));
		expect(reasonIdsOf(ranking, 'dispute')).toEqual(['dispute.teamTakesOver']);
	});
});
