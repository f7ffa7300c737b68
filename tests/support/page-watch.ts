/**
 * Watches what a page does while a test drives it, and reports what a reader should never meet:
 * a console error, an uncaught exception, a failed or 4xx/5xx request, a request to another
 * origin, a Content-Security-Policy violation. `take()` returns the problems seen since the last
 * call, so one page can be reused across a loop of visits.
 */
import type { BrowserContext, Page } from 'playwright-core';

declare global {
	interface Window {
		__reportCspViolation?: (violation: string) => void;
	}
}

export interface PageWatch {
	/** Problems seen since the last call, one sentence each; clears them. */
	take(): string[];
}

const watched = new WeakMap<Page, string[]>();
const contextsWithReporter = new WeakSet<BrowserContext>();

/**
 * Reports every `securitypolicyviolation` event to the test: the browser also logs most of them
 * as console errors, but not all (a report-only or worker violation, for example).
 */
async function installCspReporter(context: BrowserContext): Promise<void> {
	if (contextsWithReporter.has(context)) return;
	contextsWithReporter.add(context);
	await context.exposeBinding('__reportCspViolation', ({ page }, violation: string) => {
		watched.get(page)?.push(`CSP violation: ${violation}`);
	});
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			const where = `${event.sourceFile || event.documentURI}:${event.lineNumber}`;
			window.__reportCspViolation?.(
				`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} in ${where}`
			);
		});
	});
}

/**
 * Starts watching a page; `origins` are the site's, or the site's and a host page's (requests
 * elsewhere are problems).
 */
export async function watchPage(page: Page, origins: string | string[]): Promise<PageWatch> {
	await installCspReporter(page.context());
	const problems: string[] = [];
	watched.set(page, problems);
	const allowed = [origins].flat();
	const own = (url: string) =>
		allowed.some((origin) => url.startsWith(`${origin}/`) || url === origin) ||
		/^(data|blob|about):/.test(url);

	page.on('console', (message) => {
		if (message.type() === 'error')
			problems.push(`console error: ${message.text()} (${message.location().url})`);
	});
	page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
	page.on('request', (request) => {
		if (!own(request.url())) problems.push(`request to another origin: ${request.url()}`);
	});
	page.on('requestfailed', (request) => {
		// A navigation that replaces the page aborts its pending requests: not the reader's problem.
		if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
		problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
	});
	page.on('response', (response) => {
		if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
	});
	return { take: () => problems.splice(0) };
}

/** Waits until the page is quiet: loaded, then an idle period and two frames. */
export async function settle(page: Page): Promise<void> {
	await page.waitForLoadState('load');
	await page.evaluate(
		() =>
			new Promise<void>((resolve) =>
				requestIdleCallback(
					() => requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
					{ timeout: 2000 }
				)
			)
	);
}
