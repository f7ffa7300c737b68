/**
 * `npm run train:finder`: trains the finder's text classifier for every language from
 * corpus/finder/<lang>/ (the part not held out) and writes src/finder/languages/<lang>/model.json
 * (scripts/lib/finder-train.ts). Deterministic: the same corpus gives the same model, byte for byte.
 */
import { writeFileSync } from 'node:fs';
import { langs } from '../src/i18n/locales.ts';
import { readCorpus } from './lib/finder-corpus.ts';
import { train } from './lib/finder-train.ts';

for (const lang of langs) {
	const { train: examples } = readCorpus(lang);
	const model = train(lang, examples);
	writeFileSync(
		new URL(`../src/finder/languages/${lang}/model.json`, import.meta.url),
		`${JSON.stringify(model)}\n`
	);
	console.log(`${lang}: ${examples.length} examples, ${model.count} weights`);
}
