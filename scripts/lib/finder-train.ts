/**
 * The finder's classifier training (scripts/train-finder.ts runs it on every language): a softmax
 * regression over hashed features (words, word pairs, character n-grams, negation marked), the
 * strongest weights kept per problem and stored as bytes. Training examples are augmented
 * (accents dropped, typos) after the split. Deterministic: the same corpus, the same model.
 */
import { features, fold, hash } from '../../src/finder/understand/features.ts';
import type { TextModel } from '../../src/finder/understand/types.ts';
import { problemIds } from '../../src/finder/types.ts';
import type { Lang } from '../../src/i18n/locales.ts';
import type { Example } from './finder-corpus.ts';

export interface TrainOptions {
	bits: number;
	keepPerClass: number;
	epochs: number;
	learningRate: number;
	l2: number;
	minScore: number;
	alsoWithin: number;
}

/**
 * Chosen with `npm run tune:finder` (cross-validation on the training part, never the held-out
 * part), 2026-11-23: 600 weights per problem (the most the 25 KB model budget allows), 20 epochs,
 * a second or third problem offered within 3 of the first (about 20 times less likely).
 */
export const defaultTrainOptions: TrainOptions = {
	bits: 16,
	keepPerClass: 600,
	epochs: 20,
	learningRate: 0.5,
	l2: 1e-4,
	// A best score under 1 is no answer.
	minScore: 1,
	alsoWithin: 3,
};

/** A small deterministic random source, seeded by the text. */
function random(seed: number) {
	let state = seed || 1;
	return () =>
		((state = Math.imul(state ^ (state >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

/** Shoppers' typing: accents dropped, a letter lost, doubled or two swapped. */
function variants(text: string): string[] {
	const rand = random(hash(text, 31));
	const typo = (t: string) => {
		const i = 1 + Math.floor(rand() * Math.max(1, t.length - 2));
		const kind = rand();
		return kind < 0.33
			? t.slice(0, i) + t.slice(i + 1)
			: kind < 0.66
				? t.slice(0, i) + t[i] + t.slice(i)
				: t.slice(0, i - 1) + (t[i] ?? '') + (t[i - 1] ?? '') + t.slice(i + 1);
	};
	return [text, fold(text), typo(fold(text)), typo(text.toLowerCase())];
}

/**
 * A softmax regression over the hashed features, trained by plain stochastic gradient descent in
 * a fixed order (deterministic), then pruned to each problem's strongest weights.
 */
export function train(
	lang: Lang,
	examples: Example[],
	options: TrainOptions = defaultTrainOptions
): TextModel {
	const { bits, keepPerClass, epochs, learningRate, l2 } = options;
	const classes = [...problemIds];
	const docs: { cls: number; buckets: number[] }[] = [];
	for (const example of examples) {
		for (const text of variants(example.text)) {
			const buckets = [...new Set(features(text).map((f) => hash(f, bits)))];
			docs.push({ cls: classes.indexOf(example.problem), buckets });
			if (example.also) docs.push({ cls: classes.indexOf(example.also), buckets });
		}
	}
	const w = new Map<number, Float64Array>();
	const row = (b: number) => w.get(b) ?? (w.set(b, new Float64Array(classes.length)), w.get(b)!);
	const rand = random(42);
	const order = docs.map((_, i) => i);
	for (let epoch = 0; epoch < epochs; epoch++) {
		// A fixed shuffle per epoch: the same corpus always gives the same model.
		for (let i = order.length - 1; i > 0; i--) {
			const j = Math.floor(rand() * (i + 1));
			[order[i], order[j]] = [order[j]!, order[i]!];
		}
		const rate = learningRate / (1 + epoch * 0.3);
		for (const index of order) {
			const { cls, buckets } = docs[index]!;
			const z = new Float64Array(classes.length);
			for (const b of buckets) {
				const r = w.get(b);
				if (r) for (let c = 0; c < classes.length; c++) z[c]! += r[c]!;
			}
			const max = Math.max(...z);
			const exp = z.map((v) => Math.exp(v - max));
			const sum = exp.reduce((a, v) => a + v, 0);
			const scale = rate / Math.sqrt(buckets.length);
			for (const b of buckets) {
				const r = row(b);
				for (let c = 0; c < classes.length; c++) {
					const gradient = exp[c]! / sum - (c === cls ? 1 : 0);
					r[c]! -= scale * (gradient + l2 * r[c]!);
				}
			}
		}
	}
	const entries: [number, number, number][] = [];
	classes.forEach((_, cls) => {
		const weights = [...w].map(([bucket, r]): [number, number] => [bucket, r[cls]!]);
		weights.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || a[0] - b[0]);
		for (const [bucket, weight] of weights.slice(0, keepPerClass))
			entries.push([bucket, cls, weight]);
	});
	const max = Math.max(...entries.map(([, , v]) => Math.abs(v)));
	const scale = 127 / max;
	entries.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	// Three streams, each of one kind (gzip packs them better than interleaved entries): the
	// buckets as varint gaps from the previous entry's, then the classes, then the weights.
	const gaps: number[] = [];
	let previous = 0;
	for (const [bucket] of entries) {
		let gap = bucket - previous;
		previous = bucket;
		while (gap >= 0x80) {
			gaps.push((gap & 0x7f) | 0x80);
			gap >>>= 7;
		}
		gaps.push(gap);
	}
	const bytes = Uint8Array.from([
		...gaps,
		...entries.map(([, cls]) => cls),
		...entries.map(([, , weight]) => Math.round(weight * scale) & 0xff),
	]);
	return {
		lang,
		classes,
		bits,
		scale: Math.round(scale * 1000) / 1000,
		minScore: options.minScore,
		alsoWithin: options.alsoWithin,
		count: entries.length,
		weights: Buffer.from(bytes).toString('base64'),
	};
}
