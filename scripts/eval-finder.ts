/**
 * `npm run eval:finder`: the classifier on the held-out fifth of the corpus, per language and per
 * problem: right problem first (top-1), in the first three (top-3), and no answer at all.
 */
import { langs } from '../src/i18n/locales.ts';
import { evaluate } from './lib/finder-eval.ts';

const pct = (n: number) => `${(n * 100).toFixed(0)} %`;
for (const lang of langs) {
	const { all, byProblem, misses } = evaluate(lang);
	console.log(
		`\n${lang}: ${all.count} held-out texts — top-1 ${pct(all.top1)}, top-3 ${pct(all.top3)}, no answer ${pct(all.none)}`
	);
	for (const [problem, f] of Object.entries(byProblem)) {
		console.log(
			`  ${problem.padEnd(24)} ${String(f.count).padStart(3)}  top-1 ${pct(f.top1).padStart(5)}  top-3 ${pct(f.top3).padStart(5)}  none ${pct(f.none).padStart(5)}`
		);
	}
	if (process.argv.includes('--misses')) for (const miss of misses) console.log(`  miss: ${miss}`);
}
