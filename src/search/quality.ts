/**
 * Runs the shoppers' query sets (tests/fixtures/search-queries/<lang>.json) against a built
 * Pagefind index in a real browser page, with the dialog's own query clean-up and ranking, and
 * scores them: right page first, in the top three, no result at all. Used by the e2e test and
 * by `tsx src/search/quality.ts` while tuning keywords.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Lang } from '~/i18n/locales';
import { cleanQuery } from './clean';
import { pagefindRanking } from './ranking';

export type QuerySet = { about: string; queries: [string, string[]][] };

export interface QueryOutcome {
	query: string;
	expected: string[];
	results: string[];
	rank: number;
}

export interface QualityScore {
	lang: Lang;
	total: number;
	first: number;
	top3: number;
	empty: number;
	misses: QueryOutcome[];
}

export function loadQuerySet(root: string, lang: Lang): QuerySet {
	return JSON.parse(
		readFileSync(`${root}/tests/fixtures/search-queries/${lang}.json`, 'utf8')
	) as QuerySet;
}

/** Searches each query through the language's own Pagefind index, from that language's home page. */
export async function scoreQueries(
	page: Page,
	origin: string,
	lang: Lang,
	set: QuerySet,
	ranking: object = pagefindRanking
): Promise<QualityScore> {
	await page.goto(`${origin}/${lang}/`);
	const terms = set.queries.map(([query]) => cleanQuery(lang, query));
	// A string, not a function: Vite would rewrite the function's dynamic import for Node.
	const found = await page.evaluate<string[][]>(`(async () => {
		const pagefind = await import('/pagefind/pagefind.js');
		await pagefind.options({ ranking: ${JSON.stringify(ranking)} });
		const out = [];
		for (const term of ${JSON.stringify(terms)}) {
			const search = await pagefind.search(term);
			const data = await Promise.all(search.results.slice(0, 5).map((r) => r.data()));
			out.push(data.map((d) => new URL(d.url, location.origin).pathname));
		}
		return out;
	})()`);
	const outcomes = set.queries.map(([query, expected], i): QueryOutcome => {
		const results = found[i] ?? [];
		const paths = expected.map((p) => `/${lang}/${p}/`.replace('//', '/'));
		const rank = results.findIndex((r) => paths.includes(r));
		return { query, expected: paths, results, rank };
	});
	return {
		lang,
		total: outcomes.length,
		first: outcomes.filter((o) => o.rank === 0).length,
		top3: outcomes.filter((o) => o.rank >= 0 && o.rank < 3).length,
		empty: outcomes.filter((o) => o.results.length === 0).length,
		misses: outcomes.filter((o) => o.rank !== 0),
	};
}
