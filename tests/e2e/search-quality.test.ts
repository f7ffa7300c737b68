/**
 * What shoppers type finds the right page: each language's query sets (src/search/quality.ts)
 * run against the built Pagefind index in Chromium, with the dialog's query clean-up and ranking.
 * The tuning set (written before the keywords, which were then written for it): the right page
 * first for 85 %, in the top three for 95 %. The held-out sets (written later by other hands
 * without seeing the keywords or pages, never tuned on): floors a little under what they measured
 * on 2026-11-23 (README, "How search finds the page"), so that a change that loses ground on
 * unseen queries fails. No set may leave a query without a result.
 */
import { describe, expect, it } from 'vitest';
import { loadQuerySet, scoreQueries, type QualityScore, type QuerySetName } from '~/search/quality';
import { root } from '../../tooling/build-once';
import { langs } from '../support/site-pages';
import { siteTest } from '../support/site-test';

const floors: Record<QuerySetName, { size: number; first: number; top3: number }> = {
	tuning: { size: 60, first: 0.85, top3: 0.95 },
	'held-out': { size: 45, first: 0.7, top3: 0.85 },
	'held-out-2': { size: 40, first: 0.7, top3: 0.85 },
	'held-out-3': { size: 35, first: 0.7, top3: 0.85 },
};

describe.each(Object.keys(floors) as QuerySetName[])('%s set', (name) => {
	const floor = floors[name];
	describe.each(langs)('in %s', (lang) => {
		let score: QualityScore;
		siteTest.beforeAll(async ({ session }) => {
			const set = loadQuerySet(root, lang, name);
			score = await scoreQueries(session.page, session.site.origin, lang, set);
			const pct = (n: number) => `${Math.round((100 * n) / score.total)} %`;
			console.log(
				`search ${name} ${lang}: ${score.total} queries, first ${pct(score.first)}, top 3 ${pct(score.top3)}, empty ${score.empty}`
			);
		});

		it(`holds at least ${floor.size} queries`, () =>
			expect(score.total).toBeGreaterThanOrEqual(floor.size));
		it('gives every query a result', () =>
			expect(score.misses.filter((m) => !m.results.length)).toEqual([]));
		it(`finds the right page first for ${floor.first * 100} %`, () =>
			expect(score.first / score.total).toBeGreaterThanOrEqual(floor.first));
		it(`finds the right page in the top three for ${floor.top3 * 100} %`, () =>
			expect(score.top3 / score.total).toBeGreaterThanOrEqual(floor.top3));
	});
});
