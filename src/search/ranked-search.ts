/**
 * The dialog's search on Pagefind's engine, ranked as src/search/rank.ts says: one word as
 * Pagefind ranks it; several words each searched alone and their scores added, and, for a long
 * query that reads like a problem, that problem's page raised (found by the `problem` filter that
 * each problem page carries). Only such a query waits for the finder's model.
 */
import type { Lang } from '~/i18n/locales';
import type { PagefindEngine, PagefindResult } from './engine';
import { loadGuess } from './finder-reading';
import { combineWords, guessCounts, problemBoost, withProblem, type ProblemGuess } from './rank';

/** Whether a cleaned query is long enough for the finder's reading to count. */
export const wantsGuess = (words: string[]) => words.length >= problemBoost.minWords;

export async function rankedSearch(
	pagefind: PagefindEngine,
	lang: Lang,
	words: string[],
	text: string
): Promise<PagefindResult[]> {
	if (words.length <= 1) return (await pagefind.search(words.join(' ')))?.results ?? [];
	const byId = new Map<string, PagefindResult>();
	const perWord = await Promise.all(
		words.map(async (word) =>
			((await pagefind.search(word))?.results ?? []).map((result) => {
				byId.set(result.id, result);
				return { id: result.id, score: result.score };
			})
		)
	);
	let guess: ProblemGuess | undefined;
	let problemPage: string | undefined;
	if (wantsGuess(words)) {
		guess = (await loadGuess(lang))?.(text);
		if (guessCounts(words.length, guess)) {
			const filters = { problem: guess.problem };
			const [page] = (await pagefind.search(null, { filters }))?.results ?? [];
			if (page) byId.set((problemPage = page.id), page);
		}
	}
	return withProblem(combineWords(perWord), problemPage, guess).map(({ id }) => byId.get(id)!);
}
