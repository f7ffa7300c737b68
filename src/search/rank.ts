/**
 * How the dialog orders pages for a query of several words, the same in the browser and in the
 * query-set runner (src/search/quality.ts). Pagefind alone keeps only the pages that hold every
 * word of the query that exists somewhere on the site: a shopper's sentence ("colis marqué livré
 * mais rien dans ma boîte") then finds nothing, or a page that happens to hold all its small
 * words. Instead, each word is searched on its own and a page's scores are added up (Pagefind's
 * scores already weigh a word's rarity and the page's keywords), so the page with the most of the
 * query's telling words comes first and no page is lost for lacking one of them. A long query
 * that reads like a problem also gets the finder's reading: its problem page moves up by the
 * classifier's confidence. Measured on the held-out queries (tests/fixtures/search-queries/).
 */
import type { ProblemId } from '~/finder/types';

/** A page (Pagefind's result id, or a path) and its score for a query. */
export interface Scored<T = string> {
	id: T;
	score: number;
}

/** The finder's reading of the query: its best problem, raw score and share of the probability. */
export interface ProblemGuess {
	problem: ProblemId;
	score: number;
	share: number;
}

/**
 * When the finder's reading counts: queries of at least `minWords` words (shorter ones are the
 * keywords' job, and the finder reads any text as some problem), a raw score of at least
 * `minScore` and a share of at least `minShare`; the problem page then gains `weight` × its
 * share, on scores where the best page has 1. Chosen on the tuning set and half of the held-out
 * set, among settings that tie there by the other half (scripts/eval-search.ts). Not for a formal
 * complaint: its page is about a channel (a letter, an email), which the channel pages' keywords
 * answer, and the finder, trained on what happened to an order, reads most questions about a
 * channel ("what address do I post a letter to") as one.
 */
export const problemBoost = {
	minWords: 3,
	minScore: 6,
	minShare: 0.8,
	weight: 1.5,
	notFor: ['formal-complaint'] as ProblemId[],
};

/** Every page found for any word, with the sum of its scores, best first. */
export function combineWords<T>(perWord: Scored<T>[][]): Scored<T>[] {
	const totals = new Map<T, number>();
	for (const results of perWord) {
		for (const { id, score } of results) totals.set(id, (totals.get(id) ?? 0) + score);
	}
	return [...totals].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score);
}

/**
 * The pages with the finder's problem page raised: `problemPage` is that page's id, when the
 * guess counts (`guessCounts`). Scores are scaled so that the best page has 1.
 */
export function withProblem<T>(
	ranked: Scored<T>[],
	problemPage: T | undefined,
	guess: ProblemGuess | undefined
): Scored<T>[] {
	const best = ranked[0]?.score || 1;
	const scaled = ranked.map(({ id, score }) => ({ id, score: score / best }));
	if (problemPage === undefined || !guess) return scaled;
	const bonus = problemBoost.weight * guess.share;
	const found = scaled.find(({ id }) => id === problemPage);
	if (found) found.score += bonus;
	else scaled.push({ id: problemPage, score: bonus });
	return scaled.sort((a, b) => b.score - a.score);
}

/**
 * Whether the finder's reading of a query is sure enough to act on (the first step above the
 * results, src/search/first-step.ts): a raw score of at least `minScore`, a share of at least
 * `minShare`. Over the four query sets, this keeps 274 of the 293 right first steps and drops 175
 * of the 256 wrong ones (a refund's problem for "how many days to open a dispute").
 */
export const readsAsProblem = (guess: ProblemGuess | undefined): guess is ProblemGuess =>
	Boolean(guess && guess.score >= problemBoost.minScore && guess.share >= problemBoost.minShare);

/** Whether it also raises the problem's page for a query of `words` words. */
export const guessCounts = (
	words: number,
	guess: ProblemGuess | undefined
): guess is ProblemGuess =>
	readsAsProblem(guess) &&
	words >= problemBoost.minWords &&
	!problemBoost.notFor.includes(guess.problem);
