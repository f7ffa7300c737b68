/**
 * Runs the shoppers' query sets (tests/fixtures/search-queries/) against a built Pagefind index
 * in a real browser page, with the dialog's own query clean-up and ranking, and scores them: right
 * page first, in the top three, no result at all. Used by the e2e test and `npm run eval:search`.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { Lang } from '~/i18n/locales';
import { cleanWords } from './clean';
import { guessWith, type TextModel } from '~/finder/understand';
import { combineWords, guessCounts, withProblem } from './rank';
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

/**
 * The query sets: `tuning`, the one the keywords were written against (<lang>.json); `held-out`
 * (held-out/<lang>.json), written later by other hands without seeing the keywords or the pages,
 * never tuned on; `held-out-2` and `held-out-3`, written the same way, each run once to measure
 * a settled version (the ranking, then the keywords): they say how the search does on queries it
 * has not seen.
 */
export const querySets = ['tuning', 'held-out', 'held-out-2', 'held-out-3'] as const;
export type QuerySetName = (typeof querySets)[number];

export function loadQuerySet(root: string, lang: Lang, name: QuerySetName = 'tuning'): QuerySet {
	const dir = `${root}/tests/fixtures/search-queries`;
	const file = name === 'tuning' ? `${dir}/${lang}.json` : `${dir}/${name}/${lang}.json`;
	return JSON.parse(readFileSync(file, 'utf8')) as QuerySet;
}

/**
 * Searches each query through the language's own Pagefind index, from that language's home page,
 * ranked as the dialog ranks it (src/search/rank.ts): the page returns each word's results, the
 * finder's model (read here from its file) gives its reading, the problem page is found by path.
 */
export async function scoreQueries(
	page: Page,
	origin: string,
	lang: Lang,
	set: QuerySet,
	ranking: object = pagefindRanking
): Promise<QualityScore> {
	await page.goto(`${origin}/${lang}/`);
	const words = set.queries.map(([query]) => cleanWords(lang, query));
	// A string, not a function: Vite would rewrite the function's dynamic import for Node.
	const found = await page.evaluate<[string, number][][][]>(`(async () => {
		const pagefind = await import('/pagefind/pagefind.js');
		await pagefind.options({ ranking: ${JSON.stringify(ranking)} });
		const path = async (result) => new URL((await result.data()).url, location.origin).pathname;
		const search = async (term) => {
			const { results } = await pagefind.search(term);
			return Promise.all(results.map(async (r) => [await path(r), r.score]));
		};
		const out = [];
		for (const words of ${JSON.stringify(words)}) {
			out.push(words.length > 1 ? await Promise.all(words.map(search)) : [await search(words.join(' '))]);
		}
		return out;
	})()`);
	const model = JSON.parse(
		readFileSync(new URL(`../finder/languages/${lang}/model.json`, import.meta.url), 'utf8')
	) as TextModel;
	const outcomes = set.queries.map(([query, expected], i): QueryOutcome => {
		const perWord = (found[i] ?? []).map((results) =>
			results.map(([id, score]) => ({ id, score }))
		);
		const guess = guessWith(model, query);
		const counts = guessCounts(words[i]!.length, guess);
		const problemPage = counts && guess ? `/${lang}/problems/${guess.problem}/` : undefined;
		const results = withProblem(combineWords(perWord), problemPage, guess)
			.map(({ id }) => id)
			.slice(0, 5);
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
