/** The finder island on the finder page: its JavaScript, Preact included, in each language. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { finderMessages, type Lang } from '../../src/finder/index.ts';
import { langs } from '../../src/i18n/locales.ts';
import { islandEntries, staticImportClosure, totalGzip } from '../lib/js-graph.ts';
import { sizeBudgets } from '../../config/budgets.ts';

const budgetBytes = sizeBudgets.finderIsland;

/** A sentence only one language has: the island's JS must not carry the other languages. */
const marker = (lang: Lang) => finderMessages[lang].ui.picker.describeHint;

export function measure(distDir: string) {
	return langs.map((lang) => {
		const html = readFileSync(join(distDir, lang, 'finder/index.html'), 'utf8');
		const files = staticImportClosure(distDir, islandEntries(html));
		if (files.length === 0) throw new Error(`no island found on /${lang}/finder/`);
		const code = files.map((f) => readFileSync(f, 'utf8')).join('\n');
		const foreign = langs.filter((other) => other !== lang && code.includes(marker(other)));
		if (foreign.length)
			throw new Error(`/${lang}/finder/ loads the ${foreign.join(', ')} sentences too`);
		return {
			name: `finder island (/${lang}/finder/)`,
			gzipBytes: totalGzip(files),
			budgetBytes,
			files: files.length,
		};
	});
}
