/** The production build served on a free local port, and a fresh Chromium page to visit it. */
import type { Page } from 'playwright-core';
import { launchBrowser, type TestBrowser } from '../../tooling/browser';
import { distDir } from '../../tooling/build-once';
import { serveStatic, type StaticServer } from '../../tooling/static-server';

export interface SiteSession {
	site: StaticServer;
	browser: TestBrowser;
	page: Page;
	close(): Promise<void>;
}

export async function openSite(
	options: Parameters<typeof launchBrowser>[0] = {}
): Promise<SiteSession> {
	const site = await serveStatic(distDir);
	const browser = await launchBrowser(options);
	const page = await browser.context.newPage();
	return {
		site,
		browser,
		page,
		async close() {
			await browser.close();
			await site.close();
		},
	};
}
