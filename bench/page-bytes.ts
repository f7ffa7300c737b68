/**
 * What a page view loads without any interaction, idle time included: every request until the
 * network has been quiet for a while, grouped as HTML, CSS, JavaScript and the rest, in gzip bytes.
 */
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { wireBytes } from './gzip-size';

export interface PageBytes {
	html: number;
	css: number;
	js: number;
	other: number;
	total: number;
	/** Each file loaded, with its gzip bytes, for the record. */
	files: { path: string; kind: keyof Omit<PageBytes, 'total' | 'files'>; bytes: number }[];
}

/** The build file a URL path is served from. */
export function distFile(dist: string, pathname: string): string | undefined {
	const path = join(dist, decodeURIComponent(pathname));
	if (existsSync(path) && statSync(path).isFile()) return path;
	const index = join(path, 'index.html');
	return existsSync(index) ? index : undefined;
}

const kindOf = (path: string, resourceType: string): PageBytes['files'][number]['kind'] => {
	if (resourceType === 'document' || path.endsWith('.html') || path.endsWith('/')) return 'html';
	if (resourceType === 'stylesheet' || path.endsWith('.css')) return 'css';
	if (resourceType === 'script' || /\.m?js$/.test(path)) return 'js';
	return 'other';
};

/** Loads `url` in `page` (cache cleared) and adds up what it fetched until it went quiet. */
export async function measurePageBytes(
	page: Page,
	url: string,
	dist: string,
	quietMs = 1500
): Promise<PageBytes> {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Network.clearBrowserCache');
	await cdp.detach();
	const seen: { path: string; type: string }[] = [];
	let last = Date.now();
	const origin = new URL(url).origin;
	const onRequest = (request: { url(): string; resourceType(): string }) => {
		last = Date.now();
		const u = new URL(request.url());
		if (u.origin === origin) seen.push({ path: u.pathname, type: request.resourceType() });
	};
	page.on('request', onRequest);
	await page.goto(url, { waitUntil: 'load' });
	// Idle-time loads count: wait until no request has started for `quietMs`.
	while (Date.now() - last < quietMs) await page.waitForTimeout(100);
	page.off('request', onRequest);

	// A file the page asks for twice (the page and a frame in it) travels once.
	const unique = [...new Map(seen.map((s) => [s.path, s])).values()];
	const files = unique.flatMap(({ path, type }) => {
		const file = distFile(dist, path);
		return file ? [{ path, kind: kindOf(path, type), bytes: wireBytes(file) }] : [];
	});
	const sum = (kind: string) =>
		files.filter((f) => f.kind === kind).reduce((n, f) => n + f.bytes, 0);
	const bytes = { html: sum('html'), css: sum('css'), js: sum('js'), other: sum('other') };
	return { ...bytes, total: bytes.html + bytes.css + bytes.js + bytes.other, files };
}
