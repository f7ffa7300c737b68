/**
 * The classifier's figures, top-1, top-3 and no answer: by default the committed model on the
 * held-out part of the corpus; `npm run tune:finder` passes its own models and folds.
 */
import { readFileSync } from 'node:fs';
import { understandWith, type TextModel } from '../../src/finder/understand/index.ts';
import { problemIds, type ProblemId } from '../../src/finder/types.ts';
import type { Lang } from '../../src/i18n/locales.ts';
import { readCorpus, type Example } from './finder-corpus.ts';

export interface Figures {
	count: number;
	top1: number;
	top3: number;
	none: number;
}

const ratio = (n: number, d: number) => (d ? n / d : 0);

export function readModel(lang: Lang): TextModel {
	return JSON.parse(
		readFileSync(new URL(`../../src/finder/languages/${lang}/model.json`, import.meta.url), 'utf8')
	) as TextModel;
}

export function evaluate(
	lang: Lang,
	model: TextModel = readModel(lang),
	examples: Example[] = readCorpus(lang).heldOut
): {
	all: Figures;
	byProblem: Record<ProblemId, Figures>;
	misses: string[];
} {
	const tally = () => ({ count: 0, top1: 0, top3: 0, none: 0 });
	const all = tally();
	const byProblem = Object.fromEntries(problemIds.map((p) => [p, tally()])) as Record<
		ProblemId,
		Figures
	>;
	const misses: string[] = [];
	for (const example of examples) {
		const { problems } = understandWith(model, example.text, lang, '2026-06-15');
		for (const t of [all, byProblem[example.problem]]) {
			t.count++;
			if (problems[0] === example.problem) t.top1++;
			if (problems.includes(example.problem)) t.top3++;
			if (problems.length === 0) t.none++;
		}
		if (problems[0] !== example.problem)
			misses.push(
				`${example.problem} ← ${example.text.slice(0, 70)} → ${problems.join(', ') || '∅'}`
			);
	}
	const rates = (t: Figures): Figures => ({
		count: t.count,
		top1: ratio(t.top1, t.count),
		top3: ratio(t.top3, t.count),
		none: ratio(t.none, t.count),
	});
	return {
		all: rates(all),
		byProblem: Object.fromEntries(problemIds.map((p) => [p, rates(byProblem[p])])) as Record<
			ProblemId,
			Figures
		>,
		misses,
	};
}
