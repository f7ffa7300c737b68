import { describe, expect, it } from 'vitest';
import { start } from '~/finder/rules/1-start';
import { clockRule } from '~/finder/rules/3-clocks';
import { cautionIdsOf, context, reasonIdsOf, run } from './helpers';

const after = (ctx: ReturnType<typeof context>) => run(clockRule, ctx, run(start, ctx));

describe('rule 3: the clocks', () => {
	it('3 days or fewer left puts the dispute first, naming the clock', () => {
		const ranking = after(context('late-delivery', { completedOn: '2026-06-02' }));
		expect(ranking.order[0]).toBe('dispute');
		const [close] = ranking.notes.dispute.reasons;
		expect(close).toMatchObject({
			id: 'dispute.deadlineClose',
			clock: { clock: 'refund', endsOn: '2026-06-17' },
		});
	});
	it('4 days left is not urgent, but the clock is still named with what to do', () => {
		const ranking = after(context('damaged-item', { completedOn: '2026-06-04' }));
		expect(ranking.order[0]).toBe('seller');
		expect(cautionIdsOf(ranking, 'dispute')).toContain('deadline.before');
	});
	it('every clock passed: the live chat and the Help Center first, and each clock named as passed', () => {
		const ranking = after(
			context('damaged-item', { completedOn: '2026-05-01', deliveredOn: '2026-03-01' })
		);
		expect(ranking.order.slice(0, 2)).toEqual(['live-chat', 'help-center']);
		expect(
			ranking.notes.dispute.cautions
				.filter((n) => n.id === 'deadline.passed')
				.map((n) => n.clock!.clock)
		).toEqual(['refund', 'payment-hold']);
		expect(reasonIdsOf(ranking, 'live-chat')).toContain('liveChat.afterDeadline');
	});
	it('never before buying', () => {
		expect(after(context('question-before-buying', { completedOn: '2026-06-02' })).order[0]).toBe(
			'seller'
		);
	});
});
