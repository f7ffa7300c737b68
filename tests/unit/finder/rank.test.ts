import { describe, expect, it } from 'vitest';
import { channelIds } from '~/data/channels';
import { recommend, problemIds, type FinderInput, type ProblemId } from '~/finder';

const today = '2026-06-15';
const order = (input: Partial<FinderInput> & { problem: ProblemId }) =>
	recommend({ lang: 'en', today, ...input }).channels.map((c) => c.id);
const itemProblems: ProblemId[] = [
	'late-delivery',
	'parcel-lost',
	'damaged-item',
	'wrong-item',
	'defective-item',
	'return-unwanted',
];

describe('rule 1: item problems go to the seller, then a dispute, then the live chat', () => {
	it.each(itemProblems)('%s', (problem) => {
		expect(order({ problem }).slice(0, 3)).toEqual(['seller', 'dispute', 'live-chat']);
	});
});

describe('rule 2: a silent or refusing seller puts the dispute first, then the help desk and the live chat', () => {
	it.each(
		itemProblems.flatMap((problem) =>
			(['no-reply', 'refused'] as const).map((seller) => [problem, seller] as const)
		)
	)('%s with seller %s', (problem, seller) => {
		expect(order({ problem, seller }).slice(0, 3)).toEqual(['dispute', 'help-center', 'live-chat']);
	});
	it.each(['seller-unresponsive', 'dispute-refused'] as const)('%s', (problem) => {
		expect(order({ problem }).slice(0, 3)).toEqual(['dispute', 'help-center', 'live-chat']);
	});
	it('a refusal is escalated to the dispute team', () => {
		const dispute = recommend({ problem: 'dispute-refused', lang: 'en', today }).channels[0]!;
		expect(dispute.reasons.join(' ')).toMatch(/dispute team/);
	});
	it('a seller who agreed stays first', () => {
		expect(order({ problem: 'damaged-item', seller: 'agreed' })[0]).toBe('seller');
	});
});

describe('rule 3: the clocks', () => {
	it.each([
		['completedOn', '2026-06-02'], // the 15-day clock ends 2026-06-17: 2 days left
		['completedOn', '2026-05-31'], // ends today
		['deliveredOn', '2026-04-19'], // the 60-day clock ends 2026-06-18: 3 days left
	] as const)('%s %s puts the dispute first', (field, date) => {
		const result = recommend({ problem: 'late-delivery', lang: 'en', today, [field]: date });
		expect(result.channels[0]!.id).toBe('dispute');
		expect(result.channels[0]!.reasons.join(' ')).toMatch(/ends on June \d+, 2026/);
	});
	it('also wins over a refusing seller and a seller who agreed', () => {
		expect(
			order({ problem: 'damaged-item', seller: 'refused', completedOn: '2026-06-02' })[0]
		).toBe('dispute');
		expect(order({ problem: 'damaged-item', seller: 'agreed', completedOn: '2026-06-03' })[0]).toBe(
			'dispute'
		);
	});
	it('4 days left is not urgent', () => {
		expect(order({ problem: 'damaged-item', completedOn: '2026-06-04' })[0]).toBe('seller');
	});
	it('a passed clock says so and puts the live chat and the Help Center first', () => {
		const result = recommend({
			problem: 'damaged-item',
			lang: 'en',
			today,
			completedOn: '2026-05-01',
		});
		expect(result.channels.slice(0, 2).map((c) => c.id)).toEqual(['live-chat', 'help-center']);
		expect(result.deadlines).toEqual([
			expect.objectContaining({ clock: 'refund', passed: true, endsOn: '2026-05-16' }),
		]);
		expect(result.deadlines[0]!.sentence).toMatch(/ended on May 16, 2026, 30 days ago/);
		expect(result.deadlines[0]!.action).toBeUndefined();
		const dispute = result.channels.find((c) => c.id === 'dispute')!;
		expect(dispute.cautions.join(' ')).toMatch(
			/ended on May 16, 2026: a dispute may no longer be possible/
		);
	});
	it('one clock passed and the other open and far: the usual order, both clocks shown', () => {
		const result = recommend({
			problem: 'damaged-item',
			lang: 'en',
			today,
			completedOn: '2026-05-01',
			deliveredOn: '2026-06-01',
		});
		expect(result.channels[0]!.id).toBe('seller');
		expect(result.deadlines.map((d) => [d.clock, d.passed, d.daysLeft])).toEqual([
			['refund', true, -30],
			['payment-hold', false, 46],
		]);
	});
	it('the two clocks keep their own start dates', () => {
		const result = recommend({
			problem: 'parcel-lost',
			lang: 'en',
			today,
			completedOn: '2026-06-10',
			deliveredOn: '2026-06-10',
		});
		expect(result.deadlines.map((d) => d.endsOn)).toEqual(['2026-06-25', '2026-08-09']);
	});
	it('payment and account problems have no clocks: their dates are not asked, and not used', () => {
		const result = recommend({
			problem: 'payment-problem',
			lang: 'en',
			today,
			completedOn: '2026-06-02',
		});
		expect(result.channels[0]!.id).toBe('live-chat');
		expect(result.deadlines).toEqual([]);
	});
	it('clocks never reorder a question before buying', () => {
		expect(order({ problem: 'question-before-buying', completedOn: '2026-06-02' })[0]).toBe(
			'seller'
		);
	});
});

describe('rule 4: the problems of AliExpress itself', () => {
	it('a question before buying goes to the seller', () => {
		expect(order({ problem: 'question-before-buying' })[0]).toBe('seller');
		const seller = recommend({ problem: 'question-before-buying', lang: 'en', today }).channels[0]!;
		expect(seller.reasons.join(' ')).toMatch(/item page/);
	});
	it.each(['payment-problem', 'account-blocked'] as const)(
		'%s: live chat, then Help Center',
		(problem) => {
			expect(order({ problem }).slice(0, 2)).toEqual(['live-chat', 'help-center']);
		}
	);
	it('a refund that has not arrived starts with the seller, the first step for any refund', () => {
		expect(order({ problem: 'refund-not-received' }).slice(0, 3)).toEqual([
			'seller',
			'live-chat',
			'help-center',
		]);
	});
});

describe('rule 5: what matters most', () => {
	it('a formal complaint starts with written channels: post, email, dispute', () => {
		expect(order({ problem: 'formal-complaint' }).slice(0, 3)).toEqual([
			'postal-mail',
			'email',
			'dispute',
		]);
	});
	it.each(problemIds.filter((p) => p !== 'question-before-buying'))(
		'%s: a written record lifts post, email and dispute',
		(problem) => {
			const plain = order({ problem });
			const written = order({ problem, priority: 'written-record' });
			for (const id of ['postal-mail', 'email'] as const)
				expect(written.indexOf(id)).toBeLessThanOrEqual(plain.indexOf(id));
			const writtenHead = written.slice(0, 4);
			expect(writtenHead).toEqual(expect.arrayContaining(['postal-mail', 'email']));
		}
	);
	it.each(problemIds.filter((p) => p !== 'formal-complaint'))(
		'%s: fast lifts the live chat and social media into the top three',
		(problem) => {
			const fast = order({ problem, priority: 'fast' });
			expect(fast.indexOf('live-chat')).toBeLessThan(3);
			expect(fast.indexOf('social-media')).toBeLessThan(3);
		}
	);
	it('a formal complaint stays written even when asked to be fast', () => {
		expect(order({ problem: 'formal-complaint', priority: 'fast' })[0]).toBe('postal-mail');
	});
});

describe('rule 6: the phone is never first', () => {
	const inputs = problemIds.flatMap((problem) =>
		(['not-contacted', 'no-reply', 'refused', 'agreed'] as const).flatMap((seller) =>
			([undefined, 'fast', 'written-record'] as const).map((priority) => ({
				problem,
				seller,
				priority,
			}))
		)
	);
	it.each(inputs)('$problem / $seller / $priority', (input) => {
		const ids = order(input);
		expect(ids[0]).not.toBe('phone');
		expect([...ids].sort()).toEqual([...channelIds].sort());
	});
	it('the phone says it is Alibaba, not a hotline, and an international call', () => {
		const phone = recommend({ problem: 'account-blocked', lang: 'en', today }).channels.find(
			(c) => c.id === 'phone'
		)!;
		expect(phone.cautions.join(' ')).toMatch(/no hotline/);
		expect(phone.cautions.join(' ')).toMatch(/international call/);
		expect(phone.reach.phone?.display).toBe('(+86) 571-8502-2088');
	});
});

describe('rule 7: cautions travel with their channel', () => {
	const result = recommend({ problem: 'damaged-item', lang: 'en', today });
	const cautions = (id: string) => result.channels.find((c) => c.id === id)!.cautions.join(' ');
	it.each([
		['live-chat', /English/],
		['live-chat', /robot/],
		['email', /English/],
		['seller', /one short, detailed message, then wait/],
		['seller', /before the seller has answered/],
		['dispute', /only one dispute per order/],
		['dispute', /unboxing video/],
	] as const)('%s: %s', (id, pattern) => expect(cautions(id)).toMatch(pattern));
	it('and not on other channels', () => {
		expect(cautions('seller')).not.toMatch(/robot/);
		expect(cautions('postal-mail')).not.toMatch(/one dispute/);
	});
});
