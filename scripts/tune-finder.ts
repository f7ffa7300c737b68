/**
 * `npm run tune:finder`: chooses the classifier's settings by cross-validation on the training
 * part of the corpus only (four folds; the held-out part is never read), and prints top-1, top-3
 * and "no answer" for each candidate. The chosen settings go into scripts/lib/finder-train.ts.
 */
import { hash } from '../src/finder/understand/features.ts';
import { langs } from '../src/i18n/locales.ts';
import { readCorpus, type Example } from './lib/finder-corpus.ts';
import { evaluate } from './lib/finder-eval.ts';
import { defaultTrainOptions, train, type TrainOptions } from './lib/finder-train.ts';

const folds = 4;
const candidates: Partial<TrainOptions>[] = JSON.parse(
	process.argv[2] ?? '[{}]'
) as Partial<TrainOptions>[];

for (const options of candidates) {
	const settings = { ...defaultTrainOptions, ...options };
	const figures: string[] = [];
	for (const lang of langs) {
		const { train: examples } = readCorpus(lang);
		const totals = { count: 0, top1: 0, top3: 0, none: 0 };
		for (let fold = 0; fold < folds; fold++) {
			const inFold = (e: Example) => hash(e.text, 7) % folds === fold;
			const model = train(
				lang,
				examples.filter((e) => !inFold(e)),
				settings
			);
			const { all } = evaluate(lang, model, examples.filter(inFold));
			totals.count += all.count;
			totals.top1 += all.top1 * all.count;
			totals.top3 += all.top3 * all.count;
			totals.none += all.none * all.count;
		}
		const pct = (n: number) => `${Math.round((100 * n) / totals.count)}`;
		const { top1, top3, none } = totals;
		figures.push(`${lang} ${pct(top1)}/${pct(top3)}/${pct(none)}`);
	}
	console.log(`${JSON.stringify(options)}: ${figures.join('  ')}  (top-1/top-3/none %)`);
}
