/**
 * src/search/rank.ts: several words each searched alone and added up, and the finder's problem
 * page raised for long queries that read like a problem.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	combineWords,
	guessCounts,
	problemBoost,
	readsAsProblem,
	withProblem,
	type ProblemGuess,
} from '~/search/rank';

const ids = (ranked: { id: string }[]) => ranked.map(({ id }) => id);

describe('combineWords', () => {
	it('ranks first the page that holds the most telling words, and loses no page', () => {
		const ranked = combineWords([
			[
				{ id: 'faq', score: 2 },
				{ id: 'parcel-lost', score: 1.5 },
			],
			[{ id: 'parcel-lost', score: 1.2 }],
			[{ id: 'postal', score: 0.4 }],
		]);
		expect(ids(ranked)).toEqual(['parcel-lost', 'faq', 'postal']);
		expect(ranked[0]!.score).toBeCloseTo(2.7);
	});

	it('keeps one word’s order as Pagefind gave it, and finds nothing in nothing', () => {
		const one = [
			{ id: 'a', score: 3 },
			{ id: 'b', score: 1 },
		];
		expect(combineWords([one])).toEqual(one);
		expect(combineWords([])).toEqual([]);
		expect(combineWords([[], []])).toEqual([]);
	});

	it('gives every page found for any word exactly once, best first', () => {
		const lists = fc.array(
			fc.array(
				fc.record({
					id: fc.constantFrom('a', 'b', 'c', 'd'),
					score: fc.double({ min: 0, max: 10, noNaN: true }),
				}),
				{ maxLength: 4 }
			),
			{ maxLength: 5 }
		);
		fc.assert(
			fc.property(lists, (perWord) => {
				const unique = perWord.map((list) => [...new Map(list.map((r) => [r.id, r])).values()]);
				const ranked = combineWords(unique);
				expect(new Set(ids(ranked))).toEqual(new Set(unique.flat().map(({ id }) => id)));
				expect(ranked.length).toBe(new Set(ids(ranked)).size);
				for (let i = 1; i < ranked.length; i++) {
					expect(ranked[i - 1]!.score).toBeGreaterThanOrEqual(ranked[i]!.score);
				}
			})
		);
	});
});

describe('the finder’s reading', () => {
	const ranked = [
		{ id: 'refunds', score: 4 },
		{ id: 'problems/refund-not-received', score: 3 },
		{ id: 'faq', score: 2 },
	];
	const sure: ProblemGuess = { problem: 'refund-not-received', score: 11, share: 0.9 };

	it('raises the problem page by its confidence', () => {
		expect(ids(withProblem(ranked, 'problems/refund-not-received', sure))[0]).toBe(
			'problems/refund-not-received'
		);
		const unsure = { ...sure, share: 0.1 };
		expect(ids(withProblem(ranked, 'problems/refund-not-received', unsure))[0]).toBe('refunds');
	});

	it('adds the problem page when no word found it', () => {
		const added = withProblem(ranked.slice(0, 1), 'problems/refund-not-received', sure);
		expect(ids(added)).toEqual(['problems/refund-not-received', 'refunds']);
	});

	it('leaves the order alone without a problem page', () => {
		expect(ids(withProblem(ranked, undefined, sure))).toEqual(ids(ranked));
		expect(withProblem([], undefined, undefined)).toEqual([]);
	});

	it('counts only for long queries and a clear reading', () => {
		const { minWords, minScore, minShare } = problemBoost;
		expect(guessCounts(minWords, { ...sure, score: minScore, share: minShare })).toBe(true);
		expect(guessCounts(minWords - 1, sure)).toBe(false);
		expect(guessCounts(minWords, { ...sure, score: minScore - 0.1 })).toBe(false);
		expect(guessCounts(minWords, { ...sure, share: minShare - 0.01 })).toBe(false);
		expect(guessCounts(minWords, undefined)).toBe(false);
		expect(guessCounts(minWords, { ...sure, problem: 'formal-complaint' })).toBe(false);
	});

	it('is sure enough for the first step above the results at any length, a formal complaint too', () => {
		const { minScore, minShare } = problemBoost;
		expect(readsAsProblem({ ...sure, problem: 'formal-complaint' })).toBe(true);
		expect(readsAsProblem({ ...sure, score: minScore, share: minShare })).toBe(true);
		expect(readsAsProblem({ ...sure, share: minShare - 0.01 })).toBe(false);
		expect(readsAsProblem({ ...sure, score: minScore - 0.1 })).toBe(false);
		expect(readsAsProblem(undefined)).toBe(false);
	});
});
