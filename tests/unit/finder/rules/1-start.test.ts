import { describe, expect, it } from 'vitest';
import { start } from '~/finder/rules/1-start';
import { problemRules } from '~/finder/rules/problems';
import { problemIds } from '~/finder/types';
import { context, reasonIdsOf, run } from './helpers';

describe('rules 1 and 4: where each problem starts', () => {
	it.each(
		problemIds.filter((p) => ['delivery', 'item', 'refund'].includes(problemRules[p].category))
	)('%s starts with the seller, the best first step for any refund', (problem) => {
		const ranking = run(start, context(problem));
		expect(ranking.order[0]).toBe('seller');
		expect(reasonIdsOf(ranking, 'seller')).toContain('seller.firstStep');
	});
	it('a question before buying goes to the seller, from the item page', () => {
		const ranking = run(start, context('question-before-buying'));
		expect(ranking.order[0]).toBe('seller');
		expect(reasonIdsOf(ranking, 'seller')).toEqual(['seller.beforeBuying']);
	});
	it.each(['payment-problem', 'account-blocked'] as const)(
		'%s starts with AliExpress’s own support',
		(problem) => {
			const ranking = run(start, context(problem));
			expect(ranking.order.slice(0, 2)).toEqual(['live-chat', 'help-center']);
			expect(reasonIdsOf(ranking, 'live-chat')).toEqual(['liveChat.aliexpressProblem']);
		}
	);
	it('a silent seller: the dispute, then the help desk, then the chat (the sources’ order)', () => {
		const ranking = run(start, context('seller-unresponsive'));
		expect(ranking.order.slice(0, 3)).toEqual(['dispute', 'help-center', 'live-chat']);
		expect(reasonIdsOf(ranking, 'dispute')).toEqual(['dispute.sellerSilent']);
	});
	it('a refused dispute: the existing dispute, taken over by the dispute team', () => {
		const ranking = run(start, context('dispute-refused'));
		expect(ranking.order[0]).toBe('dispute');
		expect(ranking.notes.dispute.variant).toBe('existing-dispute');
		expect(reasonIdsOf(ranking, 'dispute')).toEqual(['dispute.teamTakesOver']);
	});
	it('a formal complaint starts with a letter', () => {
		expect(run(start, context('formal-complaint')).order.slice(0, 2)).toEqual([
			'postal-mail',
			'email',
		]);
	});
});
