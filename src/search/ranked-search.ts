/**
 * The dialog's search on Pagefind's engine, ranked as src/search/rank.ts says: one word as
 * Pagefind ranks it; several words each searched alone and their scores added, and, for a long
 * query that reads like a problem, that problem's page raised (found by the `problem` filter that
 * each problem page carries). The finder's model loads only for such queries.
 */
import type { Lang } from '~/i18n/locales';
import type { PagefindEngine, PagefindResult } from './engine';
import { combineWords, guessCounts, problemBoost, withProblem, type ProblemGuess } from './rank';

type Guess = (text: string) => ProblemGuess | undefined;

// The finder's model, if the build has it (a glob, so search works without it).
const reading = import.meta.glob<{ loadProblemGuess(lang: Lang): Promise<Guess> }>(
	'/src/finder/understand/load.ts'
);
const guesses = new Map<Lang, Promise<Guess | undefined>>();

/** Starts loading the finder's model for the language (once); undefined if it cannot. */
export function loadGuess(lang: Lang): Promise<Guess | undefined> {
	let guess = guesses.get(lang);
	if (!guess) {
		const load = Object.values(reading)[0];
		guess = load
			? load()
					.then((module) => module.loadProblemGuess(lang))
					.catch(() => undefined)
			: Promise.resolve(undefined);
		guesses.set(lang, guess);
	}
	return guess;
}

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
		if (guess && guessCounts(words.length, guess)) {
			const filters = { problem: guess.problem };
			const [page] = (await pagefind.search(null, { filters }))?.results ?? [];
			if (page) byId.set((problemPage = page.id), page);
		}
	}
	return withProblem(combineWords(perWord), problemPage, guess).map(({ id }) => byId.get(id)!);
}
