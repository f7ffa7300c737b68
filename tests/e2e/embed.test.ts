/**
 * The two embeds (issue 4) in real Chromium, used as a host on ANOTHER origin uses them: the host
 * pages are served on their own local port under a strict CSP (`script-src` and `frame-src` the
 * site's origin only, `style-src 'self'`) and paste the guide's own snippets; the site's build is
 * served on another port. Then the guide pages themselves, in the three languages.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
	cspSnippet,
	elementSnippet,
	iframeSnippet,
	resizeSnippet,
} from '~/components/embed/snippets';
import { siteUrl } from '~/data/site';
import { heightMessageType } from '~/embed/height';
import { finderMessages, recommend, type Lang, type ProblemId } from '~/finder';
import { langs } from '~/i18n/locales';
import { launchBrowser, type TestBrowser } from '../../tooling/browser';
import { distDir } from '../../tooling/build-once';
import { serveStatic, type StaticServer } from '../../tooling/static-server';
import { watchPage, type PageWatch } from '../support/page-watch';

const fixture = (name: string) =>
	readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
const ranked = (problem: ProblemId, lang: Lang) =>
	recommend({ problem, lang }).channels.map((c) => c.id);

interface Host {
	origin: string;
	close(): Promise<void>;
}

/** The host's pages, each with the guide's snippet for the site at `site`, and their CSP. */
function hostPages(site: string): Record<string, { type: string; body: string; scripts: string }> {
	const page = (file: string, snippet: string, scripts = site) => ({
		type: 'text/html',
		body: fixture(file).replace('{{SNIPPET}}', snippet),
		scripts,
	});
	const frame = iframeSnippet('fr', site).replace('/fr/widget/', '/fr/widget/?problem=parcel-lost');
	const ownResizer = frame
		.replace('?problem=parcel-lost', '?problem=parcel-lost&theme=dark')
		.replace(
			/<script src="[^"]*resize\.js"[^>]*><\/script>/,
			'<script src="/host-resizer.js" defer></script>'
		);
	return {
		'/element': page('embed-element.html', elementSnippet('fr', site)),
		'/iframe': page('embed-iframe.html', frame),
		// The guide's paste-in resizer, from the host's own file: the host allows its own scripts.
		'/iframe-own-resizer': page('embed-iframe.html', ownResizer, `${site} 'self'`),
		// No resizer at first: the test adds resize.js once the widget has already told its height.
		'/iframe-late-resizer': page('embed-iframe.html', frame.replace(/<script[^>]*><\/script>/, '')),
		'/host-resizer.js': { type: 'text/javascript', body: resizeSnippet(site), scripts: '' },
		'/host-aggressive.css': { type: 'text/css', body: fixture('host-aggressive.css'), scripts: '' },
		'/host-iframe.css': { type: 'text/css', body: fixture('host-iframe.css'), scripts: '' },
	};
}

async function serveHost(site: string): Promise<Host> {
	const pages = hostPages(site);
	const server: Server = createServer((req, res) => {
		const page = pages[new URL(req.url ?? '/', 'http://host').pathname];
		if (!page) return void res.writeHead(204).end();
		const csp = [
			"default-src 'none'",
			`script-src ${page.scripts || "'none'"}`,
			`frame-src ${site}`,
			"style-src 'self'",
			"img-src 'self'",
			"base-uri 'none'",
			"form-action 'none'",
		].join('; ');
		res.writeHead(200, {
			'content-type': `${page.type}; charset=utf-8`,
			'content-security-policy': csp,
		});
		res.end(page.body);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}

let site: StaticServer;
let host: Host;
let browser: TestBrowser;

beforeAll(async () => {
	site = await serveStatic(distDir);
	host = await serveHost(site.origin);
	browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
	await browser?.close();
	await host?.close();
	await site?.close();
});

interface Watched {
	page: Page;
	watch: PageWatch;
	requests: string[];
}

/**
 * A fresh page watched by the shared watcher (console errors, exceptions, failed requests, CSP
 * violations, requests to any origin but the host's and the site's), that also records its
 * requests and the height messages the frame sends.
 */
async function open(url: string): Promise<Watched> {
	const page = await browser.context.newPage();
	const watch = await watchPage(page, [host.origin, site.origin]);
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	// Runs before the page's own scripts, whatever its CSP says.
	await page.addInitScript((type) => {
		if (window !== window.top) return;
		const w = window as unknown as { heights: { origin: string; height: number }[] };
		w.heights = [];
		addEventListener('message', (event) => {
			if (event.data?.type === type)
				w.heights.push({ origin: event.origin, height: event.data.height });
		});
	}, heightMessageType);
	await page.goto(url);
	return { page, watch, requests };
}

/** Nothing went wrong on the page, and requests went to these origins and no other. */
async function expectCleanRun({ watch, requests }: Watched, origins: string[]) {
	expect(watch.take()).toEqual([]);
	expect([...new Set(requests.map((url) => new URL(url).origin))].sort()).toEqual(
		[...origins].sort()
	);
	expect(await browser.context.cookies()).toEqual([]);
}

const channelsIn = (cards: ReturnType<Page['locator']>) =>
	cards.evaluateAll((els) => els.map((el) => el.getAttribute('data-channel')));
const heights = (page: Page) =>
	page.evaluate(
		() => (window as unknown as { heights: { origin: string; height: number }[] }).heights
	);
const frameBoxHeight = (page: Page, selector = 'iframe') =>
	page.locator(selector).evaluate((el) => Math.round(el.getBoundingClientRect().height));

/** The frame takes the height of its last message, and then has nothing left to scroll. */
async function expectFrameFitted(page: Page, sitePrefix: string, selector = 'iframe') {
	await expect.poll(async () => (await heights(page)).length).toBeGreaterThan(0);
	for (const message of await heights(page)) expect(message.origin).toBe(site.origin);
	// Compared on every poll: the widget may still send a newer height (fonts, late layout).
	await expect
		.poll(async () => (await frameBoxHeight(page, selector)) - (await heights(page)).at(-1)!.height)
		.toBe(0);
	const frame = page.frames().find((f) => f.url().startsWith(sitePrefix))!;
	expect(await frame.evaluate(() => document.documentElement.scrollHeight <= innerHeight + 1)).toBe(
		true
	);
}

describe('the custom element on a host page with a strict CSP and aggressive CSS', () => {
	let watched: Watched;
	let page: Page;
	const french = () => page.locator('aliexpress-help-finder[lang="fr"]');

	beforeAll(async () => {
		watched = await open(`${host.origin}/element`);
		page = watched.page;
		await french().locator('.finder[data-hydrated]').waitFor();
	});
	afterAll(() => page?.close());

	it('takes the host page’s language when it has no lang attribute', async () => {
		const finder = page.locator('#by-page-lang .embed');
		expect(await finder.getAttribute('lang')).toBe('es');
		expect(await finder.locator('label[for="finder-describe"]').textContent()).toBe(
			finderMessages.es.ui.picker.describeLabel
		);
	});

	it('hides the snippet’s fallback link once it runs, and says it is independent', async () => {
		// Not slotted into the shadow root: the finder replaces it.
		expect(
			await french().evaluate((el) => [
				el.querySelector('a')?.href,
				el.querySelector('a')?.assignedSlot,
			])
		).toEqual([`${site.origin}/fr/finder/`, null]);
		const about = french().locator('.embed-notice a');
		expect(await about.getAttribute('href')).toBe(`${siteUrl}/fr/about/`);
		expect(await about.getAttribute('target')).toBe('_blank');
	});

	it('lets a shopper pick a problem and read the ranked channels', async () => {
		await french().locator('a[data-problem="parcel-lost"]').click();
		const cards = french().locator('li[data-channel]');
		await cards.first().waitFor();
		expect(await channelsIn(cards)).toEqual(ranked('parcel-lost', 'fr'));
		expect(await french().locator('li[data-channel] h3').first().isVisible()).toBe(true);
	});

	it('starts from the problem attribute, in its theme, with guides on the site in a new tab', async () => {
		const element = page.locator('#preset');
		const cards = element.locator('li[data-channel]');
		await cards.first().waitFor();
		expect(await channelsIn(cards)).toEqual(ranked('damaged-item', 'en'));
		expect(
			await element.locator('.embed').evaluate((el) => getComputedStyle(el).backgroundColor)
		).toBe('rgb(23, 24, 28)');
		const guide = element.locator('a.finder-guide').first();
		expect(await guide.getAttribute('href')).toMatch(
			new RegExp(`^${siteUrl}/en/[a-z-]+/[a-z-]+/$`)
		);
		expect(await guide.getAttribute('target')).toBe('_blank');
		expect(await guide.getAttribute('rel')).toContain('noopener');
	});

	it('keeps its own look whatever the host’s CSS does, and leaves the host’s alone', async () => {
		const look = await french()
			.locator('.embed')
			.evaluate((el) => {
				const style = getComputedStyle(el);
				const box = el.getBoundingClientRect();
				return {
					color: style.color,
					background: style.backgroundColor,
					fontStyle: style.fontStyle,
					textTransform: style.textTransform,
					letterSpacing: style.letterSpacing,
					fontFamily: style.fontFamily,
					right: box.right,
					width: box.width,
				};
			});
		expect(look).toMatchObject({
			color: 'rgb(23, 24, 28)',
			background: 'rgb(255, 255, 255)',
			fontStyle: 'normal',
			textTransform: 'none',
			letterSpacing: 'normal',
		});
		expect(look.fontFamily).not.toMatch(/comic/i);
		// Huge fonts make it bigger, never wider than the page.
		expect(look.width).toBeGreaterThan(300);
		expect(look.right).toBeLessThanOrEqual(1280);
		const firstCard = french().locator('li[data-channel]').first();
		expect(await firstCard.isVisible()).toBe(true);
		expect(await firstCard.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
		// The host's text and style sheets are as the host made them.
		const hostSide = await page.evaluate(() => ({
			color: getComputedStyle(document.getElementById('host-text')!).color,
			sheets: document.styleSheets.length,
			adopted: document.adoptedStyleSheets.length,
			styles: document.querySelectorAll('style').length,
		}));
		expect(hostSide).toEqual({ color: 'rgb(255, 0, 255)', sheets: 1, adopted: 0, styles: 0 });
	});

	it('logs no error, breaks no CSP rule, sets no cookie and asks nothing of a third origin', async () => {
		expect(
			await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length])
		).toEqual(['', 0, 0]);
		await expectCleanRun(watched, [host.origin, site.origin]);
		// Loading itself is the only request it makes: its script, then one file per language the
		// page's elements use (es from the page, fr and en from their attributes), and that
		// language's answer file once a shopper shows intent (or a problem attribute asks), once each.
		const fromSite = watched.requests
			.filter((url) => url.startsWith(site.origin))
			.map((url) => new URL(url).pathname);
		expect(fromSite[0]).toBe('/embed/finder.js');
		expect(new Set(fromSite).size).toBe(fromSite.length);
		const codeFiles = fromSite.filter((path) => !/-(answer|model)\.js$/.test(path)).sort();
		expect(codeFiles).toEqual([
			'/embed/finder-en.js',
			'/embed/finder-es.js',
			'/embed/finder-fr.js',
			'/embed/finder.js',
		]);
		for (const path of fromSite.filter((p) => /-(answer|model)\.js$/.test(p)))
			expect(path).toMatch(/^\/embed\/finder-(en|es|fr)-(answer|model)\.js$/);
	});
});

describe('the iframe on a host page with a strict CSP, sized by resize.js', () => {
	let watched: Watched;
	let page: Page;

	beforeAll(async () => {
		watched = await open(`${host.origin}/iframe`);
		page = watched.page;
	});
	afterAll(() => page?.close());

	it('answers ?problem= with the ranked channels, in the frame’s language', async () => {
		const frame = page.frameLocator('iframe');
		const cards = frame.locator('li[data-channel]');
		await cards.first().waitFor();
		expect(await channelsIn(cards)).toEqual(ranked('parcel-lost', 'fr'));
		expect(await frame.locator('html').getAttribute('lang')).toBe('fr');
	});

	it('sends its height to the host, which resizes the frame to it', async () => {
		await expectFrameFitted(page, `${site.origin}/fr/widget/`);
		// The answer is far taller than the snippet's 700 pixels.
		expect((await heights(page)).at(-1)!.height).toBeGreaterThan(1000);
	});

	it('lets a shopper pick another problem; the frame follows the new height', async () => {
		const frame = page.frameLocator('iframe');
		const before = (await heights(page)).length;
		await frame.locator('.finder-chosen button').click();
		await frame.locator('a[data-problem="wrong-item"]').click();
		await expect
			.poll(() => channelsIn(frame.locator('li[data-channel]')))
			.toEqual(ranked('wrong-item', 'fr'));
		await expect.poll(async () => (await heights(page)).length).toBeGreaterThan(before);
		await expectFrameFitted(page, `${site.origin}/fr/widget/`);
	});

	it('says it is independent, with the about page in a new tab', async () => {
		const about = page.frameLocator('iframe').locator('.embed-notice a');
		expect(await about.getAttribute('href')).toBe('/fr/about/');
		expect(await about.getAttribute('target')).toBe('_blank');
	});

	it('logs no error, stores nothing and asks nothing of a third origin', async () => {
		const frame = page.frames().find((f) => f.url().startsWith(`${site.origin}/fr/widget/`))!;
		expect(
			await frame.evaluate(() => [localStorage.length, sessionStorage.length, document.cookie])
		).toEqual([0, 0, '']);
		await expectCleanRun(watched, [host.origin, site.origin]);
	});
});

describe('the iframe sized by the guide’s paste-in resizer, from the host’s own script', () => {
	it('fits the frame to the widget, in the ?theme= it asks for, with no error', async () => {
		const watched = await open(`${host.origin}/iframe-own-resizer`);
		const frame = watched.page.frameLocator('iframe');
		await frame.locator('li[data-channel]').first().waitFor();
		await expect
			.poll(() => frame.locator('body').evaluate((el) => getComputedStyle(el).backgroundColor))
			.toBe('rgb(23, 24, 28)');
		await expectFrameFitted(watched.page, `${site.origin}/fr/widget/`);
		await expectCleanRun(watched, [host.origin, site.origin]);
		await watched.page.close();
	});
});

describe('resize.js loaded after the widget told its height', () => {
	it('asks the frame again, and fits it', async () => {
		const watched = await open(`${host.origin}/iframe-late-resizer`);
		await expect.poll(async () => (await heights(watched.page)).length).toBeGreaterThan(0);
		// Nothing has sized the frame yet: it has the snippet's height, not the widget's.
		expect(await frameBoxHeight(watched.page)).toBe(700);
		expect((await heights(watched.page)).at(-1)!.height).not.toBe(700);
		await watched.page.addScriptTag({ url: `${site.origin}/embed/resize.js` });
		await expectFrameFitted(watched.page, `${site.origin}/fr/widget/`);
		await expectCleanRun(watched, [host.origin, site.origin]);
		await watched.page.close();
	});
});

describe.each(langs)('the embed guide, /%s/embed/', (lang) => {
	let watched: Watched;
	let page: Page;

	beforeAll(async () => {
		watched = await open(`${site.origin}/${lang}/embed/`);
		page = watched.page;
	});
	afterAll(() => page?.close());

	it('gives the snippets, built from the site’s address, ready to copy', async () => {
		const copied = await page
			.locator('button[data-code]')
			.evaluateAll((buttons) =>
				buttons.map((b) => b.getAttribute('data-code')!.replaceAll('\u007f', '\n'))
			);
		for (const snippet of [
			elementSnippet(lang),
			iframeSnippet(lang),
			resizeSnippet(),
			cspSnippet(),
		]) {
			expect(copied).toContain(snippet);
		}
		expect(elementSnippet(lang)).toContain(`${siteUrl}/embed/finder.js`);
	});

	it('runs a live custom element in the page’s language', async () => {
		const demo = page.locator('[data-demo="element"] aliexpress-help-finder');
		// The demo starts when the reader asks for it.
		await page.locator('[data-demo="element"] button.embed-demo-start').click();
		await demo.locator('.finder[data-hydrated]').waitFor();
		await demo.locator('a[data-problem="seller-unresponsive"]').click();
		await expect
			.poll(() => channelsIn(demo.locator('li[data-channel]')))
			.toEqual(ranked('seller-unresponsive', lang));
	});

	it('runs a live iframe that fits its content', async () => {
		const frame = page.locator('[data-demo="iframe"] iframe');
		await page.locator('[data-demo="iframe"] button.embed-demo-start').click();
		await frame.scrollIntoViewIfNeeded();
		expect(await frame.getAttribute('title')).toMatch(/\S/);
		await expectFrameFitted(page, `${site.origin}/${lang}/widget/`, '[data-demo="iframe"] iframe');
	});

	it('logs no error and asks nothing of another origin', async () => {
		await expectCleanRun(watched, [site.origin]);
	});
});
