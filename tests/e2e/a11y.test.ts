/**
 * axe-core with the WCAG 2.2 A and AA rules on every page of the sitemap, in every language, in
 * the light and the dark theme; and on the finder with its results shown. Each page loads once
 * and is checked in both themes.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, installAxe, useTheme, type Theme } from '../support/axe';
import type { TestBrowser } from '../../tooling/browser';
import { distDir } from '../../tooling/build-once';
import { settle } from '../support/page-watch';
import { langs, sitemapPaths } from '../support/site-pages';
import type { StaticServer } from '../../tooling/static-server';
import { siteTestWith } from '../support/site-test';

const themes: Theme[] = ['light', 'dark'];
const paths = [...sitemapPaths(distDir), '/404.html'];

let site: StaticServer;
let browser: TestBrowser;
let page: Page;

const siteTest = siteTestWith({ locale: 'de-DE' });

siteTest.beforeAll(async ({ session }) => {
	// A German browser stays on `/`, the language chooser, instead of being sent to a language.
	({ site, browser, page } = session);
	await installAxe(browser.context);
});

/**
 * Expressive Code makes its code blocks focusable once it has measured them (a ResizeObserver, a
 * 250 ms debounce, then an idle callback): wait for it as a reader's first Tab would.
 */
async function codeBlocksReady(): Promise<void> {
	await page
		.waitForFunction(
			() =>
				[...document.querySelectorAll('.expressive-code pre')].every(
					(pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex')
				),
			null,
			{ timeout: 3000 }
		)
		// Never scrolled into focus: axe reports it below as `scrollable-region-focusable`.
		.catch(() => {});
}

/** The violations of the page in each theme, labelled by theme. */
async function checkBothThemes(): Promise<string[]> {
	const found: string[] = [];
	for (const theme of themes) {
		await useTheme(page, theme);
		found.push(...(await axeViolations(page)).map((v) => `${theme}: ${v}`));
	}
	return found;
}

describe('axe, WCAG 2.2 A and AA, light and dark', () => {
	it.each(paths)('%s', async (path) => {
		await page.goto(site.origin + path);
		await settle(page);
		await codeBlocksReady();
		expect(await checkBothThemes()).toEqual([]);
	});

	it.each(langs)('/%s/finder/ with results shown', async (lang) => {
		await page.goto(`${site.origin}/${lang}/finder/?problem=parcel-lost&seller=no-reply`);
		await page.waitForSelector('.finder[data-hydrated] li[data-channel]');
		await settle(page);
		expect(await checkBothThemes()).toEqual([]);
	});

	it.each(langs)('/%s/ search dialog with results shown', async (lang) => {
		await page.goto(`${site.origin}/${lang}/`);
		await settle(page);
		await page.click('site-search button[data-open-modal]');
		await page.fill(
			'#starlight__search input',
			{ fr: 'remboursement', en: 'refund', es: 'reembolso' }[lang]
		);
		await page.waitForSelector('#starlight__search .pagefind-ui__result-link');
		await page.waitForFunction(
			() => !document.querySelector('#starlight__search .pagefind-ui__loading')
		);
		expect(await checkBothThemes()).toEqual([]);
	});
});
