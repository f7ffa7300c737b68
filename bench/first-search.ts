/**
 * A reader's first search on a page, cache cold: from the click on the search button to the first
 * result on screen, and the gzip bytes it fetched (Pagefind's UI, engine, index and results).
 */
import type { Page } from 'playwright-core';
import { distFile } from './page-bytes';
import { wireBytes } from './gzip-size';

export interface FirstSearch {
	query: string;
	ms: number;
	bytes: number;
	requests: number;
}

export async function measureFirstSearch(
	page: Page,
	url: string,
	query: string,
	dist: string
): Promise<FirstSearch> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.clearBrowserCache');
	await cdp.detach();
	await page.goto(url, { waitUntil: 'load' });
	await page.evaluate(
		() => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }))
	);

	const fetched = new Set<string>();
	const onRequest = (request: { url(): string }) => fetched.add(new URL(request.url()).pathname);
	page.on('request', onRequest);
	const started = Date.now();
	await page.click('site-search button[data-open-modal]');
	await page.locator('#starlight__search input').fill(query);
	await page.waitForSelector(
		'#starlight__search .pagefind-ui__result-title > a.pagefind-ui__result-link'
	);
	const ms = Date.now() - started;
	page.off('request', onRequest);

	const files = [...fetched].flatMap((path) => distFile(dist, path) ?? []);
	return {
		query,
		ms,
		bytes: files.reduce((n, file) => n + wireBytes(file), 0),
		requests: fetched.size,
	};
}
