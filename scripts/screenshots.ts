/**
 * `npm run screenshots`: the finder at 390 px in the three languages, as a shopper sees it once a
 * problem is chosen (the first channel, then the message), written to docs/screenshots/ for the
 * README. Builds nothing: run `npm run build` first.
 */
import { mkdirSync } from 'node:fs';
import { launchBrowser } from '../tooling/browser.ts';
import { distDir } from '../tooling/build-once.ts';
import { serveStatic } from '../tooling/static-server.ts';

const shots = [
	['fr', 'parcel-lost'],
	['es', 'damaged-item'],
	['en', 'account-blocked'],
] as const;
const out = new URL('../docs/screenshots/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });

const site = await serveStatic(distDir);
const browser = await launchBrowser({
	viewport: { width: 390, height: 844 },
	deviceScaleFactor: 1,
	isMobile: true,
	hasTouch: true,
});
try {
	for (const [lang, problem] of shots) {
		const page = await browser.context.newPage();
		await page.goto(`${site.origin}/${lang}/finder/?problem=${problem}`);
		await page.waitForSelector('.finder[data-hydrated] [data-composer-message]');
		// Two screens: the first channel on the first, the message on the second.
		await page.screenshot({
			path: `${out}finder-${lang}.png`,
			clip: { x: 0, y: 0, width: 390, height: 1688 },
			fullPage: true,
		});
		console.log(`docs/screenshots/finder-${lang}.png`);
		await page.close();
	}
} finally {
	await browser.close();
	await site.close();
}
