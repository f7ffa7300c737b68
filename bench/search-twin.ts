/**
 * The first search, ours against a stock-Starlight twin of the same content (the same build
 * without our Search override: SEARCH_TWIN=stock), measured in one run, interleaved, cache cold,
 * unthrottled and on a slow phone (4× CPU, 1.6 Mbps, 150 ms), from a tap with no hover, after a
 * 300 ms hover, and from Ctrl+K: the time from the gesture to the first result on screen,
 * both read in the page (the gesture's event time, the result link's arrival in the DOM).
 */
import { execFileSync } from 'node:child_process';
import type { BrowserContext, Page } from 'playwright-core';
import type { Lang } from '~/i18n/locales';
import { searchBudgets } from '../config/budgets';
import { launchBrowser } from '../tooling/browser';
import { serveStatic } from '../tooling/static-server';
import { searchQueries } from './config';
import { measurePageBytes } from './page-bytes';

export type SearchPath = 'tap' | 'hover 300 ms' | 'Ctrl+K';
export type Condition = 'unthrottled' | 'slow phone';
export const searchPaths: SearchPath[] = ['tap', 'hover 300 ms', 'Ctrl+K'];
export const conditions: Condition[] = ['unthrottled', 'slow phone'];

export interface TwinRow {
	path: SearchPath;
	condition: Condition;
	oursMs: number;
	stockMs: number;
	ratio: number;
}

const median = (values: number[]): number => {
	const sorted = [...values].sort((a, b) => a - b);
	const mid = sorted.length >> 1;
	return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

interface FirstSearchTimes {
	armed: boolean;
	gesture?: number;
	result?: number;
}

/**
 * Runs in the page: notes when the gesture reaches it (the first pointer or key down once armed)
 * and when the first result link enters the DOM, so that the time measured is the page's own,
 * without the test driver's round trips (hundreds of ms on a throttled CPU). A string, as tsx
 * would wrap a function's inner names in a helper the page does not have.
 */
const recordGestureAndResult = `{
	const times = { armed: false };
	window.__firstSearch = times;
	const onGesture = (event) => {
		if (times.armed && times.gesture === undefined) times.gesture = event.timeStamp;
	};
	for (const type of ['pointerdown', 'touchstart', 'keydown']) {
		addEventListener(type, onGesture, { capture: true, passive: true });
	}
	new MutationObserver(() => {
		if (times.gesture !== undefined && times.result === undefined &&
			document.querySelector('#starlight__search .pagefind-ui__result-link')) {
			times.result = performance.now();
		}
	}).observe(document, { subtree: true, childList: true });
}`;

const arm = (page: Page) =>
	page.evaluate(() => {
		(window as unknown as { __firstSearch: FirstSearchTimes }).__firstSearch.armed = true;
	});

/** One first search on a fresh page, cache cold; milliseconds from the gesture to a result. */
async function firstSearch(
	context: BrowserContext,
	url: string,
	query: string,
	path: SearchPath,
	condition: Condition
) {
	const page: Page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	try {
		await cdp.send('Network.enable');
		await cdp.send('Network.clearBrowserCache');
		if (condition === 'slow phone') {
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
			await cdp.send('Network.emulateNetworkConditions', {
				offline: false,
				latency: 150,
				downloadThroughput: (1.6 * 1024 * 1024) / 8,
				uploadThroughput: (750 * 1024) / 8,
			});
		}
		await page.addInitScript({ content: recordGestureAndResult });
		await page.goto(url, { waitUntil: 'load' });
		// The reader reads a moment: idle-time loads (stock Starlight's UI) get their chance.
		await page.evaluate(
			() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 3000 }))
		);
		await page.waitForTimeout(500);
		const button = page.locator('site-search button[data-open-modal]');
		await button.waitFor();
		await page.waitForFunction(
			() =>
				!document.querySelector<HTMLButtonElement>('site-search button[data-open-modal]')?.disabled
		);

		if (path === 'tap') {
			const box = (await button.boundingBox())!;
			await arm(page);
			await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
		} else if (path === 'hover 300 ms') {
			await button.hover();
			await page.waitForTimeout(300);
			await arm(page);
			await button.click();
		} else {
			await arm(page);
			await page.keyboard.press('Control+k');
		}
		const input = page.locator('#starlight__search input');
		await input.waitFor({ state: 'visible', timeout: 60_000 });
		await input.pressSequentially(query, { delay: 0 });
		await page.waitForSelector('#starlight__search .pagefind-ui__result-link', { timeout: 60_000 });
		return await page.evaluate(() => {
			const times = (window as unknown as { __firstSearch: FirstSearchTimes }).__firstSearch;
			return times.result! - times.gesture!;
		});
	} finally {
		await cdp.detach().catch(() => {});
		await page.close();
	}
}

/**
 * Runs every path and condition `runs` times for both builds, alternating which goes first,
 * and returns the medians and their ratio (ours / stock: below 1 is faster than stock).
 */
export async function measureTwin(
	context: BrowserContext,
	ours: string,
	stock: string,
	query: string,
	runs: number,
	log: (message: string) => void = () => {}
): Promise<TwinRow[]> {
	const rows: TwinRow[] = [];
	for (const condition of conditions) {
		for (const path of searchPaths) {
			const times = { ours: [] as number[], stock: [] as number[] };
			for (let run = 0; run < runs; run++) {
				const order = run % 2 ? (['stock', 'ours'] as const) : (['ours', 'stock'] as const);
				for (const twin of order) {
					times[twin].push(
						await firstSearch(context, twin === 'ours' ? ours : stock, query, path, condition)
					);
				}
			}
			const row = {
				path,
				condition,
				oursMs: median(times.ours),
				stockMs: median(times.stock),
				ratio: 0,
			};
			row.ratio = row.oursMs / row.stockMs;
			log(
				`${condition}, ${path}: ours ${row.oursMs.toFixed(0)} ms, stock ${row.stockMs.toFixed(0)} ms (${row.ratio.toFixed(2)}×)`
			);
			rows.push(row);
		}
	}
	return rows;
}

/** The budgets for ours / stock: a tap on a slow phone, a 300 ms hover on one, the rest. */
export function twinBudget(row: Pick<TwinRow, 'path' | 'condition'>): number {
	if (row.condition === 'slow phone' && row.path === 'tap') return searchBudgets.slowPhoneTap;
	if (row.condition === 'slow phone' && row.path === 'hover 300 ms') {
		return searchBudgets.slowPhoneHover;
	}
	return searchBudgets.otherPaths;
}

export interface TwinReport {
	lang: Lang;
	query: string;
	runs: number;
	rows: (TwinRow & { budget: number; passed: boolean })[];
	/** JavaScript a guide page view loads (gzip), ours and stock. */
	guideJs: { ours: number; stock: number };
}

/**
 * Builds the stock twin (unless `build` is false) next to `dist`, serves both builds and
 * measures them: the first search on each path and condition, and a guide page's JavaScript.
 */
export async function runTwinBench(options: {
	root: string;
	dist: string;
	build: boolean;
	runs: number;
	lang?: Lang;
	log?: (message: string) => void;
}): Promise<TwinReport> {
	const { root, dist, build, runs, lang = 'fr', log = () => {} } = options;
	const stockDist = `${dist}-stock`;
	if (build) {
		log(`Building the stock-Starlight twin into ${stockDist}…`);
		execFileSync('npx', ['astro', 'build', '--outDir', stockDist], {
			cwd: root,
			env: { ...process.env, NODE_ENV: 'production', SEARCH_TWIN: 'stock' },
			stdio: ['ignore', 'ignore', 'inherit'],
		});
	}
	const ours = await serveStatic(dist);
	const stock = await serveStatic(stockDist);
	const browser = await launchBrowser({ hasTouch: true });
	try {
		const guide = `/${lang}/refunds/`;
		const page = await browser.context.newPage();
		const guideJs = {
			ours: (await measurePageBytes(page, ours.origin + guide, dist)).js,
			stock: (await measurePageBytes(page, stock.origin + guide, stockDist)).js,
		};
		await page.close();
		const query = searchQueries[lang];
		const rows = await measureTwin(
			browser.context,
			ours.origin + guide,
			stock.origin + guide,
			query,
			runs,
			log
		);
		return {
			lang,
			query,
			runs,
			guideJs,
			rows: rows.map((row) => ({
				...row,
				budget: twinBudget(row),
				passed: row.ratio <= twinBudget(row),
			})),
		};
	} finally {
		await browser.close();
		await ours.close();
		await stock.close();
	}
}

export function twinReportMarkdown(report: TwinReport): string {
	const kb = (bytes: number) => (bytes / 1024).toFixed(1);
	return [
		`First search against a stock-Starlight twin (the same build without our Search override), ` +
			`“${report.query}” on /${report.lang}/refunds/, cache cold, median of ${report.runs} interleaved runs; ` +
			`slow phone: 4× CPU, 1.6 Mbps, 150 ms. JavaScript on a guide page view: ${kb(report.guideJs.ours)} KB ` +
			`(stock ${kb(report.guideJs.stock)} KB) gzip.`,
		'',
		'| first search | condition | ours ms | stock ms | ours / stock | budget |',
		'| --- | --- | ---: | ---: | ---: | ---: |',
		...report.rows.map(
			(r) =>
				`| ${r.path} | ${r.condition} | ${r.oursMs.toFixed(0)} | ${r.stockMs.toFixed(0)} | ` +
				`${r.ratio.toFixed(2)}× | ≤ ${r.budget.toFixed(1)}× ${r.passed ? '✓' : '✗'} |`
		),
	].join('\n');
}
