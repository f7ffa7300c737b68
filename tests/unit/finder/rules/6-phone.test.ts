import { describe, expect, it } from 'vitest';
import { phoneNeverFirst } from '~/finder/rules/6-phone';
import { context, freshRanking, run } from './helpers';

describe('rule 6: the phone is never first', () => {
	it('moves a first phone to second place', () => {
		const ranking = run(
			phoneNeverFirst,
			context('account-blocked'),
			freshRanking([
				'phone',
				'live-chat',
				'email',
				'seller',
				'dispute',
				'help-center',
				'social-media',
				'postal-mail',
			])
		);
		expect(ranking.order.slice(0, 2)).toEqual(['live-chat', 'phone']);
	});
	it('leaves any other order alone', () => {
		const ranking = run(phoneNeverFirst, context('account-blocked'));
		expect(ranking).toEqual(freshRanking());
	});
});
