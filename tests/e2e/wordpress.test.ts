/**
 * WordPress without a plugin: a blogger pastes a problem page's address; WordPress finds our
 * oEmbed link, fetches the JSON, keeps its blockquote and iframe, sandboxes the frame
 * (`allow-scripts` only), adds `#?secret=…`, posts `ready` and resizes the frame from the frame's
 * `height` messages (200–1000 px). The host here does exactly that, on a second origin.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type TestBrowser } from '../../tooling/browser';
import { distDir } from '../../tooling/build-once';
import { serveStatic, type StaticServer } from '../../tooling/static-server';

let site: StaticServer;
let host: Server;
let hostOrigin: string;
let browser: TestBrowser;
const secret = 'Ab12Cd34Ef';

/** What WordPress's wp_filter_oembed_result and wp-embed.js do with a provider's answer. */
function wordpressPage(html: string): string {
	const blockquote = /<blockquote[\s\S]*?<\/blockquote>/.exec(html)![0];
	const iframe = /<iframe[^>]*><\/iframe>/
		.exec(html)![0]
		.replace(/ sandbox="[^"]*"/, '')
		.replace(
			/ src="([^"]*)"/,
			(_, src: string) =>
				` src="${src}#?secret=${secret}" data-secret="${secret}" sandbox="allow-scripts"`
		);
	return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Blog</title>
<script src="/wp-embed.js" defer></script></head><body><article>${blockquote}${iframe}</article></body></html>`;
}

/** The host side of WordPress's protocol, as wp-embed.js does it. */
const wpEmbed = `
addEventListener('message', (event) => {
	const data = event.data;
	if (!data || !data.secret || !/^[\\w-]+$/.test(data.secret) || data.message !== 'height') return;
	for (const frame of document.querySelectorAll('iframe[data-secret="' + data.secret + '"]')) {
		if (frame.contentWindow !== event.source) continue;
		let height = parseInt(data.value, 10);
		if (height > 1000) height = 1000; else if (~~height < 200) height = 200;
		frame.height = height;
	}
});
for (const frame of document.querySelectorAll('iframe.wp-embedded-content')) {
	frame.addEventListener('load', () => frame.contentWindow.postMessage({ message: 'ready', secret: frame.dataset.secret }, '*'));
}`;

beforeAll(async () => {
	site = await serveStatic(distDir);
	const oembed = JSON.parse(readFileSync(join(distDir, 'fr/oembed/finder.json'), 'utf8')) as {
		html: string;
	};
	// The built JSON names the deployed site: this test's site is on a local port.
	const html = oembed.html.replaceAll(/https?:\/\/[^/"]+/g, site.origin);
	host = createServer((req, res) => {
		const path = new URL(req.url ?? '/', 'http://host').pathname;
		const csp = `default-src 'none'; script-src 'self'; frame-src ${site.origin}`;
		if (path === '/wp-embed.js')
			return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(wpEmbed);
		res
			.writeHead(200, {
				'content-type': 'text/html; charset=utf-8',
				'content-security-policy': csp,
			})
			.end(wordpressPage(html));
	});
	await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
	hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
	browser = await launchBrowser({ viewport: { width: 1000, height: 900 } });
});

afterAll(async () => {
	await browser?.close();
	await new Promise((resolve) => host?.close(resolve));
	await site?.close();
});

describe('the finder pasted into WordPress', () => {
	it('each problem and the finder page have an oEmbed discovery link and JSON', () => {
		const page = readFileSync(join(distDir, 'es/problems/damaged-item/index.html'), 'utf8');
		expect(page).toMatch(
			/<link rel="alternate" type="application\/json\+oembed" href="[^"]*\/es\/oembed\/damaged-item\.json"/
		);
		const json = JSON.parse(
			readFileSync(join(distDir, 'es/oembed/damaged-item.json'), 'utf8')
		) as Record<string, unknown>;
		expect(json).toMatchObject({ version: '1.0', type: 'rich' });
		expect(String(json.html)).toMatch(
			/<blockquote[\s\S]*<iframe[^>]*\/es\/widget\/problems\/damaged-item\//
		);
	});

	it('resizes the sandboxed frame, and the finder answers inside it', async () => {
		const page = await browser.context.newPage();
		await page.goto(`${hostOrigin}/post`);
		const frame = page.locator('iframe.wp-embedded-content');
		await expect.poll(() => frame.getAttribute('height'), { timeout: 15_000 }).not.toBe('700');
		const inside = page.frameLocator('iframe.wp-embedded-content');
		await inside.locator('a[data-problem="parcel-lost"]').click();
		await inside.locator('[data-channel]').first().waitFor();
		expect(await inside.locator('[data-composer-message]').count()).toBe(1);
		await page.close();
	});
});
