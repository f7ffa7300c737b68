/**
 * The custom element: what a host page downloads for it in one language before anyone uses it,
 * i.e. `/embed/finder.js` (the element and its loader) plus `/embed/finder-<lang>.js` (Preact, the
 * Finder's problem picker, its styles and labels); then the answer file, loaded on intent. Also
 * the iframe resizer.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sizeBudgets } from '../../config/budgets.ts';
import { langs } from '../../src/i18n/locales.ts';
import { gzipSize } from '../lib/js-graph.ts';

const budgetBytes = sizeBudgets.embedFirstFile;

export function measure(distDir: string) {
	const size = (name: string) => {
		const file = join(distDir, 'embed', name);
		if (!existsSync(file))
			throw new Error(`${file} is missing: does \`npm run build\` run build:embed first?`);
		return gzipSize(readFileSync(file));
	};
	const loader = size('finder.js');
	return [
		...langs.map((lang) => ({
			name: `embed custom element, ${lang} (finder.js + finder-${lang}.js)`,
			gzipBytes: loader + size(`finder-${lang}.js`),
			budgetBytes,
		})),
		// Loaded on intent (focus, a pointer on a problem, a pick): the answer's view and sentences.
		...langs.map((lang) => ({
			name: `embed answer file, ${lang} (finder-${lang}-answer.js, on intent)`,
			gzipBytes: size(`finder-${lang}-answer.js`),
			budgetBytes: sizeBudgets.embedAnswerFile,
		})),
		// Loaded when the shopper focuses the box: the text classifier, its model and its code.
		...langs.map((lang) => ({
			name: `embed model file, ${lang} (finder-${lang}-model.js, on focus)`,
			gzipBytes: size(`finder-${lang}-model.js`),
			budgetBytes: sizeBudgets.model,
		})),
		{
			name: 'embed iframe resizer (resize.js)',
			gzipBytes: size('resize.js'),
			budgetBytes: sizeBudgets.resizer,
		},
	];
}
