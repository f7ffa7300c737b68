import type { ProblemId } from '../types';
import { features, hash } from './features';
import type { TextModel } from './types';

/** A model's weights, decoded once: bucket → [class, weight] pairs. */
export type Weights = Map<number, [number, number][]>;

function decode(base64: string): Uint8Array {
	const binary = atob(base64);
	const bytes = new Uint8Array(binary.length);
	for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
	return bytes;
}

export function readWeights(model: TextModel): Weights {
	const bytes = decode(model.weights);
	const { count } = model;
	const weights: Weights = new Map();
	let at = 0;
	let bucket = 0;
	const buckets: number[] = [];
	for (let i = 0; i < count; i++) {
		let gap = 0;
		for (let shift = 0; at < bytes.length; shift += 7) {
			const byte = bytes[at++]!;
			gap |= (byte & 0x7f) << shift;
			if (byte < 0x80) break;
		}
		buckets.push((bucket += gap));
	}
	for (let i = 0; i < count; i++) {
		const cls = bytes[at + i] ?? 0;
		const weight = (((bytes[at + count + i] ?? 0) << 24) >> 24) / model.scale;
		const list = weights.get(buckets[i]!) ?? [];
		list.push([cls, weight]);
		weights.set(buckets[i]!, list);
	}
	return weights;
}

/** Each problem's score for a text, best first. */
export function scores(
	model: TextModel,
	weights: Weights,
	text: string
): { problem: ProblemId; score: number }[] {
	const totals = new Float64Array(model.classes.length);
	// Each feature counts once: a long story repeating a word does not outweigh its point.
	for (const bucket of new Set(features(text).map((f) => hash(f, model.bits)))) {
		for (const [cls, weight] of weights.get(bucket) ?? []) totals[cls]! += weight;
	}
	return model.classes
		.map((problem, i) => ({ problem, score: totals[i]! }))
		.sort((a, b) => b.score - a.score || a.problem.localeCompare(b.problem));
}

/** The problems a text is about, best first, at most 3; none when nothing stands out. */
export function classifyText(model: TextModel, weights: Weights, text: string): ProblemId[] {
	const ranked = scores(model, weights, text);
	const best = ranked[0];
	if (!best || best.score < model.minScore) return [];
	return ranked
		.slice(0, 3)
		.filter((r, i) => i === 0 || (r.score > 0 && best.score - r.score <= model.alsoWithin))
		.map((r) => r.problem);
}

/**
 * The best problem for a text, its raw score and its share of the probability over all problems
 * (softmax of the scores): how sure the reading is, for the search's ranking (src/search/rank.ts).
 */
export function bestGuess(
	model: TextModel,
	weights: Weights,
	text: string
): { problem: ProblemId; score: number; share: number } | undefined {
	const ranked = scores(model, weights, text);
	const best = ranked[0];
	if (!best) return undefined;
	const total = ranked.reduce((sum, { score }) => sum + Math.exp(score - best.score), 0);
	return { problem: best.problem, score: best.score, share: 1 / total };
}
