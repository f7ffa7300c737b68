/**
 * `npm run train:finder`: trains the finder's text classifier for every language from
 * corpus/finder/<lang>/ and writes src/finder/languages/<lang>/model.json. Deterministic: the same
 * corpus gives the same model, byte for byte.
 *
 * The model is a linear one over hashed features (words, word pairs, character n-grams, negation
 * marked): a softmax regression, the strongest few hundred weights kept per problem and stored as
 * bytes. Training examples are augmented (accents dropped, typos) after the split.
 */
import { writeFileSync } from 'node:fs';
import { features, fold, hash } from '../src/finder/understand/features.ts';
import type { TextModel } from '../src/finder/understand/types.ts';
import { problemIds } from '../src/finder/types.ts';
import { langs, type Lang } from '../src/i18n/locales.ts';
import { readCorpus, type Example } from './lib/finder-corpus.ts';

const bits = 16;
const keepPerClass = 300;
const epochs = 12;
const learningRate = 0.5;
const l2 = 1e-4;

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
function train(lang: Lang, examples: Example[]): TextModel {
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
	const bytes = new Uint8Array(entries.length * 4);
	entries.forEach(([bucket, cls, weight], i) => {
		bytes[i * 4] = bucket & 0xff;
		bytes[i * 4 + 1] = bucket >> 8;
		bytes[i * 4 + 2] = cls;
		bytes[i * 4 + 3] = Math.round(weight * scale) & 0xff;
	});
	return {
		lang,
		classes,
		bits,
		scale: Math.round(scale * 1000) / 1000,
		// Fixed before looking at any held-out text: a best score under 1 is no answer, and a
		// second problem is offered within 1.5 of the first (about 4.5 times less likely).
		minScore: 1,
		alsoWithin: 1.5,
		weights: Buffer.from(bytes).toString('base64'),
	};
}

for (const lang of langs) {
	const { train: examples } = readCorpus(lang);
	const model = train(lang, examples);
	writeFileSync(
		new URL(`../src/finder/languages/${lang}/model.json`, import.meta.url),
		`${JSON.stringify(model)}\n`
	);
	console.log(`${lang}: ${examples.length} examples, ${(model.weights.length * 0.75) / 4} weights`);
}
