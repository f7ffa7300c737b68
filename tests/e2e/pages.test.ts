/**
 * Every page of the sitemap, in every language, in real Chromium: it answers 200, its `<html lang>`
 * matches its path, and loading it logs no console error, breaks no CSP rule, fails no request and
 * asks nothing of another origin.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { distDir } from '../../tooling/build-once';
import { settle, watchPage, type PageWatch } from '../support/page-watch';
import { issue2Slugs, langs, pathLang, sitemapPaths } from '../support/site-pages';
import type { StaticServer } from '../../tooling/static-server';
import { siteTestWith } from '../support/site-test';

const paths = sitemapPaths(distDir);

let site: StaticServer;
let page: Page;
let watch: PageWatch;

const siteTest = siteTestWith({ locale: 'de-DE' });

siteTest.beforeAll(async ({ session }) => {
	// A German browser: the site has no German, so `/` stays on its language chooser.
	({ site, page } = session);
	watch = await watchPage(page, site.origin);
});

describe('the sitemap', () => {
	it.each(langs)('lists every page of issue 2 in %s', (lang) => {
		for (const slug of issue2Slugs) expect(paths).toContain(`/${lang}/${slug}`);
	});

	it('lists the same pages in every language', () => {
		const byLang = langs.map((lang) =>
			paths.filter((p) => pathLang(p) === lang && p !== '/').map((p) => p.slice(3))
		);
		for (const list of byLang.slice(1)) expect(list).toEqual(byLang[0]);
	});
});

describe('every page of the sitemap', () => {
	it.each(paths)('%s answers 200 in its language, cleanly', async (path) => {
		const response = await page.goto(site.origin + path);
		expect(response?.status(), 'HTTP status').toBe(200);
		await settle(page);
		expect(new URL(page.url()).pathname, 'no redirect').toBe(path);
		expect(await page.getAttribute('html', 'lang')).toBe(pathLang(path));
		expect(watch.take()).toEqual([]);
	});
});
