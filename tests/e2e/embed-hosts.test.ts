/**
 * The embed on real hosts' terms: a hostile style sheet, a blocked language file, a polluted
 * Object.prototype and a clobbering id, a frame far below the fold, and the host tab's history.
 * The host pages are served from a second origin with a strict CSP, as in embed.test.ts.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { elementSnippet, iframeSnippet } from '~/components/embed/snippets';
import { siteUrl } from '~/data/site';
import { finderMessages } from '~/finder';
import { launchBrowser, type TestBrowser } from '../../tooling/browser';
import { distDir } from '../../tooling/build-once';
import { serveStatic, type StaticServer } from '../../tooling/static-server';

let site: StaticServer;
let host: { origin: string; server: Server };
let browser: TestBrowser;

function hostPage(body: string, css = ''): string {
	return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Host</title>${css ? '<link rel="stylesheet" href="/host.css">' : ''}</head><body>${body}</body></html>`;
}

beforeAll(async () => {
	site = await serveStatic(distDir);
	const pages: Record<string, [string, string]> = {
		'/element': ['text/html', hostPage(`<p>Host</p>${elementSnippet('fr', site.origin)}`)],
		'/clobbered': [
			'text/html',
			hostPage(
				`<div id="__aliexpressHelpFinder"></div><form name="customElements"></form>${elementSnippet('fr', site.origin)}`
			),
		],
		'/below': [
			'text/html',
			hostPage(`<div class="spacer">Host text</div>${iframeSnippet('fr', site.origin)}`, 'css'),
		],
		'/start': ['text/html', hostPage('<p>Start</p>')],
		'/top': ['text/html', hostPage(`<p>Host</p>${iframeSnippet('fr', site.origin)}`)],
		// Below the fold, but near enough for the lazy frame to load.
		'/host.css': ['text/css', '.spacer { height: 1600px; }'],
	};
	const server = createServer((req, res) => {
		const page = pages[new URL(req.url ?? '/', 'http://host').pathname];
		if (!page) return void res.writeHead(404).end();
		const csp = `default-src 'none'; script-src ${site.origin}; frame-src ${site.origin}; style-src 'self'`;
		res
			.writeHead(200, {
				'content-type': `${page[0]}; charset=utf-8`,
				'content-security-policy': csp,
			})
			.end(page[1]);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	host = { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
	browser = await launchBrowser({ viewport: { width: 1280, height: 800 } });
});

afterAll(async () => {
	await browser?.close();
	await new Promise((resolve) => host?.server.close(resolve));
	await site?.close();
});

const cardsIn = (page: Page) => page.locator('aliexpress-help-finder').locator('.finder');

describe('the custom element', () => {
	it('keeps its sizes, direction and colours under a hostile host style', async () => {
		const page = await browser.context.newPage();
		await page.goto(`${host.origin}/element`);
		await cardsIn(page).waitFor();
		// What hosts do (set through the CSSOM, which a strict CSP allows).
		const before = await page
			.locator('aliexpress-help-finder .embed')
			.evaluate((el) => getComputedStyle(el).fontSize);
		await page.evaluate(() => {
			const html = document.documentElement;
			html.style.fontSize = '62.5%';
			html.dir = 'rtl';
			Object.assign(document.body.style, {
				webkitTextFillColor: 'rgb(255, 0, 255)',
				textDecoration: 'underline',
				cursor: 'wait',
				wordBreak: 'break-all',
				hyphens: 'auto',
			});
		});
		const look = await page.locator('aliexpress-help-finder .embed').evaluate((el) => {
			const style = getComputedStyle(el);
			const label = getComputedStyle(el.querySelector('label')!);
			return {
				fontSize: style.fontSize,
				labelSize: label.fontSize,
				direction: style.direction,
				fill: style.webkitTextFillColor,
				color: style.color,
				cursor: style.cursor,
				wordBreak: style.wordBreak,
			};
		});
		expect(look.fontSize).toBe(before);
		expect(look.fontSize).toBe('16px');
		expect(parseFloat(look.labelSize)).toBeGreaterThanOrEqual(14);
		expect(look.direction).toBe('ltr');
		expect(look.fill).toBe(look.color);
		expect(look.cursor).toBe('auto');
		expect(look.wordBreak).toBe('normal');
		await page.close();
	});

	it('says so, with a link to the finder, and shows the host’s own link, when its language file cannot load', async () => {
		const page = await browser.context.newPage();
		await page.route('**/embed/finder-fr.js', (route) => route.abort());
		await page.goto(`${host.origin}/element`);
		const alert = page.locator('aliexpress-help-finder [role="alert"]');
		await alert.waitFor();
		expect(await alert.locator('a').getAttribute('href')).toBe(`${siteUrl}/fr/finder/`);
		// The host's fallback link inside the element is shown through the slot.
		expect(await page.locator('aliexpress-help-finder > a').isVisible()).toBe(true);
		await page.close();
	});

	it('works on a page with a polluted Object.prototype and clobbering ids', async () => {
		const page = await browser.context.newPage();
		await page.addInitScript(() => {
			const proto = Object.prototype as Record<string, unknown>;
			proto.en = { render() {} };
			proto.fr = 'nope';
			proto['renderer:fr'] = 'nope';
			proto.then = undefined;
		});
		await page.goto(`${host.origin}/clobbered`);
		await page.locator('aliexpress-help-finder a[data-problem="parcel-lost"]').click();
		await page.locator('aliexpress-help-finder [data-channel]').first().waitFor();
		expect(await page.locator('aliexpress-help-finder [data-channel]').count()).toBe(8);
		await page.close();
	});
});

describe('the iframe', () => {
	it('knows its height while still below the fold, before anyone scrolls to it', async () => {
		const page = await browser.context.newPage();
		await page.goto(`${host.origin}/below`);
		const frame = page.locator('iframe');
		// The snippet's height is 700; the widget's own height replaces it without any scrolling.
		expect(await frame.evaluate((el) => el.getBoundingClientRect().top)).toBeGreaterThan(800);
		await expect
			.poll(() => frame.evaluate((el) => el.getBoundingClientRect().height), { timeout: 15_000 })
			.not.toBe(700);
		expect(await page.evaluate(() => scrollY)).toBe(0);
		await page.close();
	});

	it('copies the message inside the frame, with the snippet as the guide gives it', async () => {
		const context = await browser.context
			.browser()!
			.newContext({ viewport: { width: 1280, height: 900 } });
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
		const page = await context.newPage();
		await page.goto(`${host.origin}/top`);
		const frame = page.frameLocator('iframe');
		await frame.locator('.finder[data-hydrated] a[data-problem="damaged-item"]').click();
		await frame.locator('[data-composer-message]').waitFor();
		await frame.locator('.finder-composer .finder-button').click();
		await expect
			.poll(() => frame.locator('.finder-composer [role="status"]').textContent())
			.toBe(finderMessages.fr.ui.composer.copied);
		await context.close();
	});

	it('keeps the host tab’s history: Back leaves the host page, not the finder’s steps', async () => {
		const page = await browser.context.newPage();
		await page.goto(`${host.origin}/start`);
		await page.goto(`${host.origin}/top`);
		const frame = page.frameLocator('iframe');
		await frame.locator('.finder[data-hydrated] a[data-problem="wrong-item"]').click();
		await frame.locator('[data-channel]').first().waitFor();
		await page.goBack();
		await expect.poll(() => page.url()).toBe(`${host.origin}/start`);
		await page.close();
	});
});
