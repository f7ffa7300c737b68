import type { ProblemPhrases } from './languages/phrase-types';
import { problemIds, type ProblemId } from './types';

/** Lower case, accents and punctuation dropped: "Colis jamais arrivé !" → "colis jamais arrive". */
export function normalize(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/['’`]/g, ' ')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

function tokens(text: string, stopWords: ReadonlySet<string>): string[] {
	return normalize(text)
		.split(' ')
		.filter((t) => t.length > 0 && !stopWords.has(t));
}

/** Damerau–Levenshtein distance, stopping early once it exceeds `max`. */
function distance(a: string, b: string, max: number): number {
	if (Math.abs(a.length - b.length) > max) return max + 1;
	const rows: number[][] = [];
	for (let i = 0; i <= a.length; i++) {
		rows[i] = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			if (i === 0) {
				rows[i]![j] = j;
				continue;
			}
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				d = Math.min(d, rows[i - 2]![j - 2]! + 1);
			}
			rows[i]![j] = d;
			rowMin = Math.min(rowMin, d);
		}
		if (i > 0 && rowMin > max) return max + 1;
	}
	return rows[a.length]![b.length]!;
}

/**
 * How well a typed word matches a phrase word, from 0 to 1: the same word, the same stem
 * (arrive / arrivee, bloque / bloqueada), or a small typo (recieved, remboursment).
 */
export function wordMatch(typed: string, known: string): number {
	if (typed === known) return 1;
	const shorter = typed.length < known.length ? typed : known;
	const longer = shorter === typed ? known : typed;
	if (shorter.length >= 4 && longer.startsWith(shorter) && longer.length - shorter.length <= 4) return 0.9;
	if (shorter.length < 4) return 0;
	const allowed = shorter.length >= 8 ? 2 : 1;
	return distance(typed, known, allowed) <= allowed ? 0.8 : 0;
}

interface Vocabulary {
	stopWords: ReadonlySet<string>;
	phrases: { problem: ProblemId; words: string[] }[];
	/** How much a word tells: 1 for a word of one problem only, less for a word of several. */
	weight: Map<string, number>;
}

const vocabularies = new WeakMap<ProblemPhrases, Vocabulary>();

function vocabulary(source: ProblemPhrases): Vocabulary {
	const cached = vocabularies.get(source);
	if (cached) return cached;
	const stopWords = new Set(source.stopWords.map(normalize));
	const phrases = problemIds.flatMap((problem) =>
		(source.problems[problem] ?? []).map((phrase) => ({ problem, words: tokens(phrase, stopWords) }))
	).filter((p) => p.words.length > 0);
	const problemsOfWord = new Map<string, Set<ProblemId>>();
	for (const { problem, words } of phrases) {
		for (const word of words) {
			const set = problemsOfWord.get(word) ?? new Set();
			set.add(problem);
			problemsOfWord.set(word, set);
		}
	}
	const weight = new Map([...problemsOfWord].map(([word, set]) => [word, 1 / set.size]));
	const built = { stopWords, phrases, weight };
	vocabularies.set(source, built);
	return built;
}

/** The lowest score a problem needs to be suggested. */
const threshold = 0.5;
/** Suggestions after the first must score at least this share of the best score. */
const closeToBest = 0.75;
/** At most this many suggestions. */
const maxSuggestions = 3;

/**
 * The likeliest problems for a free-text description, best first, at most three; empty when
 * nothing fits. A phrase scores by the share of its (weighted) words found in the text; a problem
 * scores by its best phrase, plus a little for every other word of it that was typed.
 */
export function classifyWith(source: ProblemPhrases, text: string): ProblemId[] {
	if (typeof text !== 'string') return [];
	const vocab = vocabulary(source);
	const typed = [...new Set(tokens(text.slice(0, 500), vocab.stopWords))];
	if (typed.length === 0) return [];

	const bestMatch = new Map<string, number>();
	const matchOf = (word: string) => {
		let best = bestMatch.get(word);
		if (best === undefined) {
			best = Math.max(0, ...typed.map((t) => wordMatch(t, word)));
			bestMatch.set(word, best);
		}
		return best;
	};

	const scores = new Map<ProblemId, number>();
	for (const { problem, words } of vocab.phrases) {
		let found = 0;
		let total = 0;
		for (const word of words) {
			const w = vocab.weight.get(word) ?? 1;
			total += w;
			found += w * matchOf(word);
		}
		// A phrase made only of words shared with other problems proves little on its own.
		const coverage = total > 0 ? found / total : 0;
		const score = coverage * Math.min(1, total);
		scores.set(problem, Math.max(scores.get(problem) ?? 0, score));
	}

	const ranked = [...scores]
		.filter(([, score]) => score >= threshold)
		.sort((a, b) => b[1] - a[1] || problemIds.indexOf(a[0]) - problemIds.indexOf(b[0]));
	const best = ranked[0]?.[1] ?? 0;
	return ranked
		.filter(([, score]) => score >= best * closeToBest)
		.slice(0, maxSuggestions)
		.map(([problem]) => problem);
}
