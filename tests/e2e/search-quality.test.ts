/**
 * What shoppers type finds the right page: each language's query set
 * (tests/fixtures/search-queries/<lang>.json, written before the keywords) runs against the
 * built Pagefind index in Chromium, with the dialog's query clean-up and ranking. Floors: the
 * right page first for 85 %, in the top three for 95 %, and no query without a result.
 */
import { describe, expect, it } from 'vitest';
import { loadQuerySet, scoreQueries, type QualityScore } from '~/search/quality';
import { root } from '../../tooling/build-once';
import { langs } from '../support/site-pages';
import { siteTest } from '../support/site-test';

const floors = { first: 0.85, top3: 0.95 };

describe.each(langs)('query set in %s', (lang) => {
	let score: QualityScore;
	siteTest.beforeAll(async ({ session }) => {
		score = await scoreQueries(session.page, session.site.origin, lang, loadQuerySet(root, lang));
		const pct = (n: number) => `${Math.round((100 * n) / score.total)} %`;
		console.log(
			`search ${lang}: ${score.total} queries, first ${pct(score.first)}, top 3 ${pct(score.top3)}, empty ${score.empty}`
		);
		for (const miss of score.misses) {
			console.log(
				`  ${miss.rank < 0 ? 'miss' : `#${miss.rank + 1}`} “${miss.query}” → ${miss.results.slice(0, 3).join(' ')}`
			);
		}
	});

	it('holds at least 60 queries', () => expect(score.total).toBeGreaterThanOrEqual(60));
	it('gives every query a result', () =>
		expect(score.misses.filter((m) => !m.results.length)).toEqual([]));
	it(`finds the right page first for ${floors.first * 100} %`, () =>
		expect(score.first / score.total).toBeGreaterThanOrEqual(floors.first));
	it(`finds the right page in the top three for ${floors.top3 * 100} %`, () =>
		expect(score.top3 / score.total).toBeGreaterThanOrEqual(floors.top3));
});
