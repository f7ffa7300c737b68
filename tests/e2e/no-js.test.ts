/**
 * With JavaScript off, the guides and the problem pages are complete and readable: everything the
 * page's HTML says inside `<main>` is shown (nothing waits for a script to appear), and `/` offers
 * the three languages as plain links.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { finderMessages, problemIds, recommend } from '~/finder';
import { distDir } from '../../tooling/build-once';
import { langs, pathLang, sitemapPaths } from '../support/site-pages';
import type { StaticServer } from '../../tooling/static-server';
import { siteTestWith } from '../support/site-test';

// Guides and problem pages: every page but the finder's own island page, the widget and `/`.
const pages = sitemapPaths(distDir).filter(
	(path) => !/^\/[a-z]{2}\/(finder|widget)\/$/.test(path) && path !== '/'
);

let site: StaticServer;
let page: Page;

const siteTest = siteTestWith({ javaScriptEnabled: false, locale: 'de-DE' });

siteTest.beforeAll(({ session }) => {
	({ site, page } = session);
});

/**
 * The text of `<main>` that a reader cannot see: in an element that is not rendered (`display:
 * none`, `hidden`, a closed `<details>`) or is `visibility: hidden`. Not counted: what is never
 * drawn as text (an SVG's `<title>`, a closed `<select>`'s options) and what only fades in on
 * hover or focus (heading anchor links).
 */
const hiddenText = () =>
	page.$$eval('main *', (elements) =>
		elements
			.filter(
				(el) =>
					!['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'OPTION', 'OPTGROUP'].includes(el.tagName)
			)
			.filter((el) => !(el instanceof SVGTitleElement || el instanceof SVGDescElement))
			.filter((el) =>
				[...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim())
			)
			.filter((el) => !el.checkVisibility({ visibilityProperty: true }))
			// Folded on purpose, and one tap away without JavaScript: a closed <details>' content.
			.filter((el) => !el.closest('details:not([open])'))
			// Shown by a script only, because it only works with one (the home page's description box).
			.filter((el) => !el.closest('[data-needs-js]'))
			.map((el) => `<${el.tagName.toLowerCase()}> ${el.textContent.trim().slice(0, 80)}`)
	);

describe('without JavaScript', () => {
	it.each(pages)('%s shows all of its content', async (path) => {
		const response = await page.goto(site.origin + path);
		expect(response?.status()).toBe(200);
		expect((await page.textContent('main h1'))?.trim()).not.toBe('');
		expect((await page.innerText('main')).length).toBeGreaterThan(200);
		expect(await hiddenText()).toEqual([]);
	});

	it.each(langs.flatMap((lang) => problemIds.map((problem) => [lang, problem] as const)))(
		'/%s/problems/%s/ gives the ranked channels and the message to send',
		async (lang, problem) => {
			await page.goto(`${site.origin}/${lang}/problems/${problem}/`);
			expect(pathLang(new URL(page.url()).pathname)).toBe(lang);
			const cards = page.locator('li[data-channel]');
			expect(
				await cards.evaluateAll((els) => els.map((e) => e.getAttribute('data-channel')))
			).toEqual(recommend({ problem, lang }).channels.map((c) => c.id));
			// The first channel shows; the others open with their summary, which needs no script.
			expect(await cards.first().isVisible()).toBe(true);
			await page.click('details.finder-others > summary');
			for (const card of await cards.all()) expect(await card.isVisible()).toBe(true);
			expect(await page.isVisible('pre.finder-message[lang="en"]')).toBe(true);
			expect(await page.textContent('main h1')).toBe(finderMessages[lang].problems[problem].label);
		}
	);

	it('/ offers the three languages as plain links', async () => {
		await page.goto(`${site.origin}/`);
		expect(new URL(page.url()).pathname).toBe('/');
		for (const lang of langs) expect(await page.isVisible(`main a[href="/${lang}/"]`)).toBe(true);
	});

	it.each(langs)('/%s/finder/ lists every problem as a link to its page', async (lang) => {
		await page.goto(`${site.origin}/${lang}/finder/`);
		for (const problem of problemIds) {
			expect(await page.isVisible(`main a[href="/${lang}/problems/${problem}/"]`), problem).toBe(
				true
			);
		}
	});
});
