import { describe, expect, it } from 'vitest';
import { channelIds } from '~/data/channels';
import { rankChannels } from '~/finder/rules';
import { reasonSources } from '~/finder/rules/sentences';
import { priorities, problemIds, recommend, sellerStatuses } from '~/finder';
import { context, today } from './helpers';

/** Clock states: none, one urgent, the other urgent, all passed, one passed and one far. */
const clockCases = [
	{},
	{ completedOn: '2026-06-02' },
	{ deliveredOn: '2026-04-19' },
	{ completedOn: '2026-05-01', deliveredOn: '2026-03-01' },
	{ completedOn: '2026-05-01', deliveredOn: '2026-06-01' },
];
const cases = problemIds.flatMap((problem) =>
	sellerStatuses.flatMap((seller) =>
		[undefined, ...priorities].flatMap((priority) =>
			clockCases.map((dates) => ({ problem, seller, priority, ...dates }))
		)
	)
);

describe('the order and its reasons agree, for every problem × seller × priority × clock state', () => {
	it.each(cases)(
		'$problem / $seller / $priority / $completedOn $deliveredOn',
		({ problem, seller, priority, ...dates }) => {
			const ctx = context(problem, { seller, priority, ...dates });
			const ranked = rankChannels(ctx);
			const ids = ranked.map((c) => c.id);
			expect([...ids].sort()).toEqual([...channelIds].sort());
			expect(ids[0]).not.toBe('phone');
			const urgent =
				ctx.clocks.some((c) => !c.passed && c.daysLeft <= 3) &&
				problem !== 'question-before-buying';
			const allPassed =
				ctx.clocks.length > 0 &&
				ctx.clocks.every((c) => c.passed) &&
				problem !== 'question-before-buying';
			ranked.forEach((channel, index) => {
				const reasons = channel.reasons.map((n) => n.id);
				expect(reasons.length, channel.id).toBeGreaterThan(0);
				for (const id of reasons) {
					if ((reasonSources[id] as { claim?: string }).claim === 'first')
						expect(index, `${id} on ${channel.id}`).toBe(0);
				}
				if (reasons.includes('dispute.sellerSilent'))
					expect(seller === 'no-reply' || problem === 'seller-unresponsive').toBe(true);
				if (reasons.includes('dispute.sellerRefused')) expect(seller).toBe('refused');
				if (reasons.includes('seller.agreed')) expect(seller).toBe('agreed');
				if (reasons.includes('dispute.deadlineClose')) expect(urgent && index === 0).toBe(true);
				if (reasons.includes('liveChat.afterDeadline')) expect(allPassed).toBe(true);
			});
			if (problem === 'dispute-refused') {
				const dispute = ranked.find((c) => c.id === 'dispute')!;
				expect(dispute.variant).toBe('existing-dispute');
				expect(dispute.cautions.map((n) => n.id)).not.toContain('dispute.onePerOrder');
				if (!allPassed && seller !== 'agreed') expect(ids[0]).toBe('dispute');
			}
		}
	);
});

describe('what the shopper reads', () => {
	it('a blocked account with a silent seller says nothing about the seller', () => {
		const result = recommend({ problem: 'account-blocked', seller: 'no-reply', lang: 'en', today });
		expect(result.channels.flatMap((c) => c.reasons).join(' ')).not.toMatch(
			/not answering|makes them respond/
		);
	});
	it.each(['fr', 'en', 'es'] as const)(
		'%s: a refused dispute is about that dispute, not a new one',
		(lang) => {
			const [first] = recommend({ problem: 'dispute-refused', lang, today }).channels;
			expect(first!.variant).toBe('existing-dispute');
			expect(first!.reach.path?.map((p) => p.english ?? p.text)).toEqual([
				expect.not.stringMatching(/dispute/i),
			]);
			expect(first!.cautions.join(' ')).not.toMatch(
				/only one dispute|un seul litige|una disputa por pedido/i
			);
		}
	);
	it.each(['fr', 'en', 'es'] as const)(
		'%s: every deadline names its clock and says what to do before it',
		(lang) => {
			const result = recommend({
				problem: 'damaged-item',
				lang,
				today,
				completedOn: '2026-06-10',
				deliveredOn: '2026-06-10',
			});
			for (const deadline of result.deadlines) {
				expect(deadline.sentence).toMatch(/15|60/);
				expect(deadline.action).toBeTruthy();
			}
			const dispute = result.channels.find((c) => c.id === 'dispute')!;
			expect(dispute.cautions.join(' ')).toMatch(/15/);
			expect(dispute.cautions.join(' ')).toMatch(/60/);
		}
	);
	it.each(['fr', 'en', 'es'] as const)(
		'%s: a parcel that never arrived gets a note on the missing delivery date',
		(lang) => {
			expect(recommend({ problem: 'parcel-lost', lang, today }).dateNotes).toHaveLength(1);
			expect(recommend({ problem: 'damaged-item', lang, today }).dateNotes).toHaveLength(0);
		}
	);
});
