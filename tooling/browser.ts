/**
 * Launches the system's Chromium through playwright-core (no browser download): CHROME_PATH, then
 * the usual install paths. Fails with a message that says how to get one.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type BrowserContextOptions } from 'playwright-core';

const candidates = [
	process.env.CHROME_PATH,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

export function findChromium(): string {
	const found = candidates.find((path) => path && existsSync(path));
	if (!found) {
		throw new Error(
			'No Chromium or Chrome found for the browser tests. Install one (Debian/Ubuntu: ' +
				'`sudo apt-get install chromium`) or point CHROME_PATH at its executable, e.g. ' +
				'`CHROME_PATH=/path/to/chrome npm test`.'
		);
	}
	return found;
}

/** Flags this sandboxed, offline machine needs; harmless elsewhere. */
export const chromiumArgs = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];

export interface TestBrowser {
	context: BrowserContext;
	close(): Promise<void>;
}

/** A browser with a fresh user data dir, removed on close. */
export async function launchBrowser(
	options: BrowserContextOptions & { javaScriptEnabled?: boolean } = {}
): Promise<TestBrowser> {
	const userDataDir = mkdtempSync(join(tmpdir(), 'aliexpress-help-chromium-'));
	const context = await chromium.launchPersistentContext(userDataDir, {
		executablePath: findChromium(),
		args: chromiumArgs,
		headless: true,
		...options,
	});
	return {
		context,
		async close() {
			await context.close();
			rmSync(userDataDir, { recursive: true, force: true });
		},
	};
}
