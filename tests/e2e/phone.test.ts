/**
 * The finder on a 390 × 844 phone, as three shoppers use it: a French one whose parcel never
 * came, a Spanish one with a broken item, an English one locked out of her account. The next
 * step is on the first screen, the message within three, the other channels folded; Start over
 * clears everything; bad input is named, never used.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { finderMessages, recommend } from '~/finder';
import type { Lang } from '~/i18n/locales';
import type { SiteSession } from '../support/site-session';
import { siteTestWith } from '../support/site-test';

const screen = { width: 390, height: 844 };
let page: Page;
let session: SiteSession;
const siteTest = siteTestWith({ viewport: screen, isMobile: true, hasTouch: true });

siteTest.beforeAll(({ session: opened }) => {
	session = opened;
	page = session.page;
});

const open = async (path: string) => {
	await page.goto(`${session.site.origin}${path}`);
	await page.waitForSelector('.finder[data-hydrated]');
};
const top = (selector: string) =>
	page
		.locator(selector)
		.first()
		.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);

describe.each([
	['fr', 'parcel-lost'],
	['es', 'damaged-item'],
	['en', 'account-blocked'],
] as const)('/%s/finder/ on a phone, %s', (lang: Lang, problem) => {
	it('shows the first channel on the first screen and the message within three', async () => {
		await open(`/${lang}/finder/?problem=${problem}`);
		const expected = recommend({ problem, lang }).channels.map((c) => c.id);
		expect(await top('[data-channel]')).toBeLessThan(screen.height);
		expect(await top('[data-composer-message]')).toBeLessThan(3 * screen.height);
		// Every channel keeps its data-channel in rank order; the others are folded.
		const ids = await page
			.locator('[data-channel]')
			.evaluateAll((els) => els.map((el) => el.getAttribute('data-channel')));
		expect(ids).toEqual(expected);
		expect(await page.locator('details.finder-others').getAttribute('open')).toBeNull();
		expect(await page.locator('details.finder-others [data-channel]').count()).toBe(
			expected.length - 1
		);
		expect(await page.locator('details.finder-others > summary').textContent()).toBe(
			finderMessages[lang].ui.results.otherChannels
		);
	});

	it('Start over clears the answer, the URL and the box, and puts the focus in the box', async () => {
		await open(`/${lang}/finder/?problem=${problem}&seller=no-reply`);
		await page.click('.finder-chosen button');
		await expect.poll(() => page.locator('[data-channel]').count()).toBe(0);
		expect(new URL(page.url()).search).toBe('');
		expect(await page.inputValue('#finder-describe')).toBe('');
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.id))
			.toBe('finder-describe');
	});
});

describe('bad input, said clearly', () => {
	it.each(['2026-02-30', '2026-01-01x', '0000-01-01'])(
		'a date from the URL that is not one (%s) is quoted, not used',
		async (bad) => {
			await open(`/en/finder/?problem=damaged-item&delivered=${encodeURIComponent(bad)}`);
			const alert = page.locator('#finder-delivered-problem [role="alert"]');
			await expect.poll(() => alert.textContent()).toContain(bad);
			expect(await page.locator('[data-clock]').count()).toBe(0);
		}
	);
	it('a date before 2010 and a completion before delivery get a warning', async () => {
		await open('/fr/finder/?problem=damaged-item&delivered=2009-05-01&completed=2009-04-01');
		const warnings = await page.locator('.finder-warning').allTextContents();
		expect(warnings.join(' ')).toContain('2009-05-01');
		expect(warnings.join(' ')).toContain('2009-04-01');
	});
	it('the order number field keeps the digits of what people paste, and names a wrong length', async () => {
		await open('/es/finder/?problem=wrong-item');
		await page.fill('#finder-order', 'Order ID: ８１２３ 4567\u200B8901 2345');
		await expect
			.poll(() => page.textContent('[data-composer-message]'))
			.toContain('8123456789012345');
		await page.fill('#finder-order', '12345');
		await expect.poll(() => page.textContent('#finder-order-error')).toContain('6');
	});
	it('a question before buying and a blocked account ask for no order number; a payment asks no dates', async () => {
		await open('/en/finder/?problem=question-before-buying');
		expect(await page.locator('#finder-order').count()).toBe(0);
		expect(await page.locator('#finder-question').count()).toBe(1);
		await open('/en/finder/?problem=payment-problem');
		expect(await page.locator('#finder-delivered').count()).toBe(0);
	});
	it('the description box caps a huge paste', async () => {
		await open('/fr/finder/');
		await page.fill('#finder-describe', 'colis '.repeat(100_000));
		expect((await page.inputValue('#finder-describe')).length).toBeLessThanOrEqual(500);
	});
});

describe('typing a real-life story fills the problem and what it states', () => {
	it.each([
		[
			'fr',
			'Bonjour, j’ai commandé une montre, commande n° 8123 4567 8901 2345. Le colis n’est jamais arrivé et le vendeur ne répond plus à mes messages.',
			{
				problems: ['parcel-lost', 'seller-unresponsive'],
				seller: 'no-reply',
				order: '8123456789012345',
			},
		],
		[
			'es',
			'Me llegó el 3 de marzo y la pantalla vino rota, el vendedor no contesta',
			{
				problems: ['damaged-item', 'seller-unresponsive'],
				seller: 'no-reply',
				delivered: '-03-03',
			},
		],
		[
			'en',
			'I cant log in anymore, my account got suspended for no reason',
			{ problems: ['account-blocked'] },
		],
	] as const)('%s', async (lang, story, expected) => {
		await open(`/${lang}/finder/`);
		await page.focus('#finder-describe');
		await page.fill('#finder-describe', story);
		const first = page.locator('.finder-suggestion').first();
		await first.waitFor();
		expect(expected.problems).toContain(await first.getAttribute('data-problem'));
		await first.click();
		await page.waitForSelector('[data-channel]');
		if ('seller' in expected) expect(await page.inputValue('#finder-seller')).toBe(expected.seller);
		if ('delivered' in expected)
			expect(await page.inputValue('#finder-delivered')).toContain(expected.delivered);
		if ('order' in expected) expect(await page.inputValue('#finder-order')).toBe(expected.order);
		// What was filled is shown on the closed questions, which leave the answer on the first screen.
		if ('seller' in expected)
			expect(await page.locator('details.finder-questions > summary').textContent()).toContain(
				finderMessages[lang].ui.questions.seller[expected.seller]
			);
	});
});

describe('the site around it', () => {
	it.each(['/fr', '/fr/finder', '/es/faq'])(
		'%s without its trailing slash reaches the page (npm start serves as a static host)',
		async (path) => {
			const response = await page.goto(`${session.site.origin}${path}`);
			expect(response?.status()).toBe(200);
			expect(new URL(page.url()).pathname).toBe(`${path}/`);
		}
	);
	it('the 404 page links to the home page, the finder, the FAQ and the search in each language', async () => {
		await page.goto(`${session.site.origin}/fr/nowhere/`);
		for (const lang of ['fr', 'en', 'es']) {
			for (const href of [`/${lang}/`, `/${lang}/finder/`, `/${lang}/faq/`, `/${lang}/#search`]) {
				expect(await page.locator(`a[href="${href}"]`).count(), href).toBeGreaterThan(0);
			}
		}
	});
});

describe('the home page’s entry to the finder', () => {
	it('carries the description in the fragment (never to a server) and the finder reads it', async () => {
		await page.goto(`${session.site.origin}/en/`);
		await page.fill('#finder-entry-q', 'my parcel never arrived');
		await Promise.all([
			page.waitForURL(/\/en\/finder\//),
			page.click('form.finder-entry button[type="submit"]'),
		]);
		const url = new URL(page.url());
		expect(url.search).not.toContain('q=');
		expect(url.hash).toContain('q=');
		await page.locator('.finder-suggestion').first().waitFor();
		expect(await page.inputValue('#finder-describe')).toBe('my parcel never arrived');
	});
	it('without JavaScript, offers only what works: the problem list', async () => {
		const noJs = await session.browser.context
			.browser()!
			.newContext({ javaScriptEnabled: false, viewport: screen });
		const bare = await noJs.newPage();
		await bare.goto(`${session.site.origin}/fr/`);
		expect(await bare.locator('#finder-entry-q').isVisible()).toBe(false);
		expect(await bare.locator('form.finder-entry select').isVisible()).toBe(true);
		await noJs.close();
	});
	it('has the site’s header on a phone: the menu, with the language and theme switches', async () => {
		await page.goto(`${session.site.origin}/es/`);
		const menu = page.locator('button.sl-menu-button');
		expect(await menu.isVisible()).toBe(true);
		await menu.click();
		// Inside the opened menu: the language and the theme switches.
		await expect
			.poll(() => page.locator('#starlight__sidebar starlight-lang-select select').isVisible())
			.toBe(true);
		expect(
			await page.locator('#starlight__sidebar starlight-theme-select select').isVisible()
		).toBe(true);
	});
});
