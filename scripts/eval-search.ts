/**
 * `npm run eval:search`: both query sets (src/search/quality.ts) against the build in DIST_DIR
 * (default dist/, built first with `npm run build`), per language: right page first, in the top
 * three, no result; `--misses` lists the queries whose right page is not first.
 */
import { resolve } from 'node:path';
import { langs } from '../src/i18n/locales.ts';
import { loadQuerySet, querySets, scoreQueries } from '../src/search/quality.ts';
import { launchBrowser } from '../tooling/browser.ts';
import { serveStatic } from '../tooling/static-server.ts';

const root = resolve(import.meta.dirname, '..');
const site = await serveStatic(resolve(root, process.env.DIST_DIR ?? 'dist'));
const browser = await launchBrowser();
const pct = (n: number, total: number) => `${Math.round((100 * n) / total)} %`;
try {
	const page = await browser.context.newPage();
	for (const name of querySets) {
		console.log(`\n${name} set`);
		for (const lang of langs) {
			const score = await scoreQueries(page, site.origin, lang, loadQuerySet(root, lang, name));
			const { total } = score;
			console.log(
				`  ${lang}: ${total} queries, first ${pct(score.first, total)}, top 3 ${pct(score.top3, total)}, no result ${score.empty}`
			);
			if (!process.argv.includes('--misses')) continue;
			for (const miss of score.misses) {
				const rank = miss.rank < 0 ? 'miss' : `#${miss.rank + 1}`;
				console.log(`    ${rank} “${miss.query}” → ${miss.results.slice(0, 3).join(' ')}`);
			}
		}
	}
} finally {
	await browser.close();
	await site.close();
}
