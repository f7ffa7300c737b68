import { describe, expect, it } from 'vitest';
import { start } from '~/finder/rules/1-start';
import { priority } from '~/finder/rules/5-priority';
import { context, reasonIdsOf, run } from './helpers';

const after = (ctx: ReturnType<typeof context>) => run(priority, ctx, run(start, ctx));

describe('rule 5: what matters most', () => {
	it('a written record lifts the letter and email behind the seller, and says to keep a copy', () => {
		const ranking = after(context('damaged-item', { priority: 'written-record' }));
		expect(ranking.order.slice(0, 2)).toEqual(['seller', 'dispute']);
		expect(ranking.order.slice(2, 4)).toEqual(expect.arrayContaining(['postal-mail', 'email']));
		expect(reasonIdsOf(ranking, 'postal-mail')).toContain('priority.written');
	});
	it('fast lifts the chat and social media', () => {
		expect(after(context('account-blocked', { priority: 'fast' })).order.slice(0, 2)).toEqual([
			'live-chat',
			'social-media',
		]);
	});
	it('a formal complaint stays written even when asked to be fast', () => {
		expect(after(context('formal-complaint', { priority: 'fast' })).order[0]).toBe('postal-mail');
	});
});
