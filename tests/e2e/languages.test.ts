/**
 * The three languages in real Chromium: `/` sends a French, a Spanish and an English browser to
 * their language and leaves the others on the chooser; the language picker on every page leads to
 * the same page in the other language.
 */
import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Lang } from '~/i18n/locales';
import type { TestBrowser } from '../../tooling/browser';
import { distDir } from '../../tooling/build-once';
import { settle, watchPage, type PageWatch } from '../support/page-watch';
import { inLang, langs, pathLang, sitemapPaths } from '../support/site-pages';
import type { StaticServer } from '../../tooling/static-server';
import { siteTest } from '../support/site-test';

const paths = sitemapPaths(distDir);

let site: StaticServer;
let browser: TestBrowser;
let page: Page;
let watch: PageWatch;
let cdp: CDPSession | undefined;

siteTest.beforeAll(async ({ session }) => {
	({ site, browser, page } = session);
	watch = await watchPage(page, site.origin);
});

/**
 * Makes the page's preferred languages (`navigator.languages` and Accept-Language) these, as
 * Playwright's `locale` does for a new context (one browser per file: we keep the one page). A
 * plain list: Chromium copies it into `navigator.languages` as it is, q-values included.
 */
async function preferLanguages(acceptLanguage: string): Promise<void> {
	cdp ??= await browser.context.newCDPSession(page);
	const userAgent = await page.evaluate(() => navigator.userAgent);
	await cdp.send('Emulation.setUserAgentOverride', { userAgent, acceptLanguage });
}

describe('/ picks the reader’s language', () => {
	it.each([
		['fr-FR,fr,en', 'fr'],
		['es-MX,es', 'es'],
		['en-GB,en', 'en'],
		['de-DE,de,es', 'es'],
	] as const)('a browser that prefers %s lands on /%s/', async (preferred, lang) => {
		await preferLanguages(preferred);
		await page.goto(`${site.origin}/`);
		await page.waitForURL(`${site.origin}/${lang}/`);
		expect(await page.getAttribute('html', 'lang')).toBe(lang);
		await settle(page);
		expect(watch.take()).toEqual([]);
	});

	it('leaves a reader whose languages the site lacks on the three languages, as links', async () => {
		await preferLanguages('de-DE,de');
		await page.goto(`${site.origin}/`);
		await settle(page);
		expect(new URL(page.url()).pathname).toBe('/');
		const links = await page.$$eval('main a', (as) => as.map((a) => a.getAttribute('href')));
		expect(links).toEqual(langs.map((lang) => `/${lang}/`));
		expect(watch.take()).toEqual([]);
	});
});

describe('the language picker', () => {
	// Starlight's pages have the picker; `/` and the widget are outside Starlight.
	const withPicker = paths.filter((path) => path !== '/' && !/^\/[a-z]{2}\/widget\//.test(path));

	it.each(withPicker)(
		'on %s offers the same page in every language, and goes there',
		async (path) => {
			const lang = pathLang(path);
			await page.goto(site.origin + path);
			const picker = page.locator('starlight-lang-select select').first();
			const options = await picker.locator('option').evaluateAll((os) =>
				os.map((o) => ({
					value: (o as HTMLOptionElement).value,
					selected: (o as HTMLOptionElement).selected,
				}))
			);
			expect(options).toEqual(langs.map((l) => ({ value: inLang(path, l), selected: l === lang })));
			for (const { value } of options) expect(paths).toContain(value);

			// Use it, as a reader does: the next language round the list.
			const next: Lang = langs[(langs.indexOf(lang) + 1) % langs.length]!;
			await Promise.all([
				page.waitForURL(site.origin + inLang(path, next)),
				picker.selectOption(inLang(path, next)),
			]);
			expect(await page.getAttribute('html', 'lang')).toBe(next);
			await settle(page);
			expect(watch.take()).toEqual([]);
		}
	);
});
