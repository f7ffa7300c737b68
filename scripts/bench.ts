/**
 * `npm run bench`: builds the site (timed), serves the build, and measures it against the
 * budgets of bench/config.ts: what each page type loads without interaction (gzip), Lighthouse
 * mobile scores and LCP/TBT/CLS (median of 3 runs) in every language, and the first search.
 * Prints a table, writes bench/results.json, exits 1 when a budget is exceeded.
 *
 * Then the first search against a stock-Starlight twin of the same content (bench/search-twin.ts,
 * built into `<dist>-stock`), interleaved, unthrottled and on a slow phone.
 *
 * DIST_DIR builds elsewhere than dist/; `--skip-build` measures the build as it is; `--runs N`
 * changes the number of Lighthouse runs per page; `--twin-only` runs only the twin comparison;
 * `--twin-runs N` its runs per path (default 5); BUILD_LOCK=<file> runs the build under
 * `flock <file>` (a machine shared with other builds).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, type, release } from 'node:os';
import { join, resolve } from 'node:path';
import { checkBudgets } from '../bench/budgets';
import { launchDebuggableChromium } from '../bench/chromium';
import { lighthouseRuns, pageTypes, searchQueries } from '../bench/config';
import { measureFirstSearch } from '../bench/first-search';
import { lighthouseMedian } from '../bench/lighthouse';
import { measurePageBytes } from '../bench/page-bytes';
import { consoleReport, markdownReport, type BenchResults, type PageResult } from '../bench/report';
import { runTwinBench, twinReportMarkdown } from '../bench/search-twin';
import { langs } from '../src/i18n/locales';
import { launchBrowser } from '../tooling/browser';
import { serveStatic } from '../tooling/static-server';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(root, process.env.DIST_DIR ?? 'dist');
const args = process.argv.slice(2);
const skipBuild = args.includes('--skip-build');
const runsArg = args.indexOf('--runs');
const runs = runsArg >= 0 ? Number(args[runsArg + 1]) : lighthouseRuns;
const twinOnly = args.includes('--twin-only');
const twinRunsArg = args.indexOf('--twin-runs');
const twinRuns = twinRunsArg >= 0 ? Number(args[twinRunsArg + 1]) : 5;
const log = (message: string) => process.stderr.write(`${message}\n`);

let buildSeconds: number | null = null;
if (!skipBuild) {
	log(`Building into ${dist}…`);
	const started = performance.now();
	const build = ['npm', 'run', 'build', '--silent', '--', '--outDir', dist];
	const [command, ...rest] = process.env.BUILD_LOCK
		? ['flock', process.env.BUILD_LOCK, ...build]
		: build;
	execFileSync(command!, rest, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
	buildSeconds = (performance.now() - started) / 1000;
	// The same build the tests make: tell tooling/build-once.ts it is fresh.
	writeFileSync(join(dist, '.build-stamp'), new Date().toISOString());
}

if (twinOnly) {
	const twin = await runTwinBench({ root, dist, build: !skipBuild, runs: twinRuns, log });
	console.log(`\n${twinReportMarkdown(twin)}`);
	process.exit(twin.rows.every((row) => row.passed) ? 0 : 1);
}

const site = await serveStatic(dist);
const pages: Omit<PageResult, 'lighthouse'>[] = [];
const search: BenchResults['search'] = [];
let chromiumVersion: string;

log('Measuring page views and first searches…');
const browser = await launchBrowser();
try {
	const page = await browser.context.newPage();
	const cdp = await browser.context.newCDPSession(page);
	const { product } = (await cdp.send('Browser.getVersion')) as { product: string };
	chromiumVersion = product.replace(/^(Headless)?Chrome\//, 'Chromium ');
	await cdp.detach();
	for (const { type, slug } of pageTypes) {
		for (const lang of langs) {
			const path = `/${lang}/${slug}`;
			pages.push({
				type,
				lang,
				path,
				bytes: await measurePageBytes(page, site.origin + path, dist),
			});
		}
	}
	for (const lang of langs) {
		search.push({
			lang,
			...(await measureFirstSearch(page, `${site.origin}/${lang}/`, searchQueries[lang], dist)),
		});
	}
} finally {
	await browser.close();
}

const results: PageResult[] = [];
const chromium = await launchDebuggableChromium();
try {
	for (const page of pages) {
		log(`Lighthouse ×${runs}: ${page.path}`);
		results.push({
			...page,
			lighthouse: await lighthouseMedian(site.origin + page.path, chromium.port, runs),
		});
	}
} finally {
	await chromium.close();
	await site.close();
}

log('Measuring the first search against the stock-Starlight twin…');
const twin = await runTwinBench({ root, dist, build: !skipBuild, runs: twinRuns, log });

const budgets = checkBudgets(results);
const report: BenchResults = {
	date: new Date().toISOString(),
	machine: {
		cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
		cores: cpus().length,
		memoryGb: Math.round(totalmem() / 2 ** 30),
		os: `${type()} ${release()}`,
		node: process.versions.node,
		chromium: chromiumVersion,
	},
	buildSeconds,
	lighthouseRuns: runs,
	pages: results,
	search,
	budgets,
	passed: budgets.every((b) => b.passed) && twin.rows.every((row) => row.passed),
};

mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(
	join(root, 'bench', 'results.json'),
	`${JSON.stringify({ ...report, twin }, null, '\t')}\n`
);
console.log(consoleReport(report));
// Where a page misses a Lighthouse budget, what cost the points.
for (const page of results.filter((p) =>
	Object.values(p.lighthouse.scores).some((score) => score < 100)
)) {
	console.log(`\n${page.path}: ${page.lighthouse.shortfalls.join('; ')}`);
}
console.log(
	`\nFor the README:\n\n${markdownReport(report)}\n\n${twinReportMarkdown(twin)}\n\nWrote bench/results.json.`
);
process.exitCode = report.passed ? 0 : 1;
