import { describe, expect, it } from 'vitest';
import { channelIds } from '~/data/channels';
import { start } from '~/finder/rules/1-start';
import { channelNotes } from '~/finder/rules/7-channel-notes';
import { cautionIdsOf, context, reasonIdsOf, run } from './helpers';

const after = (ctx: ReturnType<typeof context>) => run(channelNotes, ctx, run(start, ctx));

describe('rule 7: every channel carries what it is good for and its cautions', () => {
	const ranking = after(context('damaged-item'));
	it.each([
		['live-chat', 'liveChat.english'],
		['live-chat', 'liveChat.robot'],
		['email', 'email.english'],
		['seller', 'seller.oneMessage'],
		['seller', 'seller.noEscalationFirst'],
		['dispute', 'dispute.onePerOrder'],
		['dispute', 'dispute.evidence'],
		['phone', 'phone.notHotline'],
		['postal-mail', 'postalMail.keepCopy'],
	] as const)('%s: %s', (id, caution) => expect(cautionIdsOf(ranking, id)).toContain(caution));
	it('every channel has at least one reason', () => {
		for (const id of channelIds) expect(reasonIdsOf(ranking, id).length, id).toBeGreaterThan(0);
	});
	it('a refused dispute: no "one dispute per order" but every detail, the evidence and the bank', () => {
		const refused = after(context('dispute-refused'));
		expect(cautionIdsOf(refused, 'dispute')).toEqual([
			'dispute.detail',
			'dispute.evidence',
			'bank.lastResort',
		]);
	});
	it('before buying: no dispute without an order', () => {
		expect(cautionIdsOf(after(context('question-before-buying')), 'dispute')).toEqual([
			'dispute.needsOrder',
		]);
	});
	it('no escalation warning once the seller has answered or for AliExpress’s own matters', () => {
		expect(
			cautionIdsOf(after(context('damaged-item', { seller: 'refused' })), 'seller')
		).not.toContain('seller.noEscalationFirst');
		expect(cautionIdsOf(after(context('account-blocked')), 'seller')).not.toContain(
			'seller.noEscalationFirst'
		);
	});
});
