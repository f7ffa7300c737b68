/**
 * `npm run tune:finder`: chooses the classifier's settings by cross-validation on the training
 * part of the corpus only (four folds; the held-out part is never read), and prints top-1, top-3
 * and "no answer" for each candidate. The chosen settings go into scripts/lib/finder-train.ts.
 */
import { hash } from '../src/finder/understand/features.ts';
import { understandWith } from '../src/finder/understand/index.ts';
import { langs } from '../src/i18n/locales.ts';
import { readCorpus, type Example } from './lib/finder-corpus.ts';
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
		let count = 0;
		let top1 = 0;
		let top3 = 0;
		let none = 0;
		for (let fold = 0; fold < folds; fold++) {
			const inFold = (e: Example) => hash(e.text, 7) % folds === fold;
			const model = train(
				lang,
				examples.filter((e) => !inFold(e)),
				settings
			);
			for (const example of examples.filter(inFold)) {
				const { problems } = understandWith(model, example.text, lang, '2026-06-15');
				count++;
				if (problems[0] === example.problem) top1++;
				if (problems.includes(example.problem)) top3++;
				if (!problems.length) none++;
			}
		}
		const pct = (n: number) => `${Math.round((100 * n) / count)}`;
		figures.push(`${lang} ${pct(top1)}/${pct(top3)}/${pct(none)}`);
	}
	console.log(`${JSON.stringify(options)}: ${figures.join('  ')}  (top-1/top-3/none %)`);
}
