/**
 * The channel finder as a shopper uses it, in real Chromium: describe the problem, pick a
 * suggestion, answer the questions, read the ranked channels; reload and Back keep the state; the
 * composer copies the English message. The expected answers come from the engine itself.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
	classify,
	composeMessage,
	finderMessages,
	formatIsoDate,
	parseIsoDate,
	recommend,
	todayIso,
	type FinderInput,
} from '~/finder';
import type { Lang } from '~/i18n/locales';
import type { TestBrowser } from '../../tooling/browser';
import { watchPage, type PageWatch } from '../support/page-watch';
import type { StaticServer } from '../../tooling/static-server';
import { siteTest } from '../support/site-test';

let site: StaticServer;
let browser: TestBrowser;
let page: Page;
let watch: PageWatch;

siteTest.beforeAll(async ({ session }) => {
	({ site, browser, page } = session);
	await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
		origin: site.origin,
	});
	watch = await watchPage(page, site.origin);
});

const channelsShown = () =>
	page.$$eval('.finder li[data-channel]', (cards) =>
		cards.map((c) => c.getAttribute('data-channel'))
	);
const channelsFor = (input: FinderInput) => recommend(input).channels.map((c) => c.id);
const search = () => new URL(page.url()).search;

/** Ten days ago, as the date input takes it (dates count in days in the engine). */
const tenDaysAgo = formatIsoDate(parseIsoDate(todayIso())! - 10);

/** Opens the questions if they are folded away (a `<details>` until the first answer). */
async function showQuestions(): Promise<void> {
	const folded = await page.$eval(
		'.finder-questions',
		(el) => el instanceof HTMLDetailsElement && !el.open
	);
	if (folded) await page.click('.finder-questions > summary');
}

async function openFinder(lang: Lang, query = ''): Promise<void> {
	await page.goto(`${site.origin}/${lang}/finder/${query}`);
	await page.waitForSelector('.finder[data-hydrated]');
}

const descriptions: Record<Lang, string> = {
	fr: 'colis jamais arrivé',
	en: 'my parcel never arrived',
	es: 'nunca llegó mi pedido',
};

describe.each(['fr', 'en', 'es'] as const)('the finder in %s', (lang) => {
	it('turns a description into suggestions, and a suggestion into ranked channels', async () => {
		await openFinder(lang);
		await page.fill('#finder-describe', descriptions[lang]);
		const expected = classify(descriptions[lang], lang);
		expect(expected[0]).toBe('parcel-lost');
		await expect
			.poll(() =>
				page.$$eval('.finder-suggestion', (bs) => bs.map((b) => b.getAttribute('data-problem')))
			)
			.toEqual(expected);

		await page.click(`.finder-suggestion[data-problem="${expected[0]}"]`);
		await page.waitForSelector('.finder li[data-channel]');
		expect(search()).toBe('?problem=parcel-lost');
		expect(await channelsShown()).toEqual(channelsFor({ problem: 'parcel-lost', lang }));
		// The questions come next: the keyboard is already there.
		const focusInQuestions = () =>
			page.evaluate(() => document.activeElement?.closest('.finder-questions') !== null);
		await expect.poll(focusInQuestions).toBe(true);
		expect(watch.take()).toEqual([]);
	});
});

describe('the finder’s state', () => {
	const problem = 'parcel-lost';
	const answered: FinderInput = {
		problem,
		lang: 'fr',
		seller: 'no-reply',
		deliveredOn: tenDaysAgo,
	};

	it('follows the answers: the seller’s reply and the delivery date re-rank the channels', async () => {
		await openFinder('fr');
		await page.click(`.finder-problems a[data-problem="${problem}"]`);
		await page.waitForSelector('.finder li[data-channel]');
		await showQuestions();
		await page.selectOption('#finder-seller', 'no-reply');
		await page.fill('#finder-delivered', tenDaysAgo);
		await expect.poll(search).toBe(`?problem=${problem}&delivered=${tenDaysAgo}&seller=no-reply`);
		expect(await channelsShown()).toEqual(channelsFor(answered));
		const hold = recommend(answered).deadlines.find((d) => d.clock === 'payment-hold');
		expect(await page.textContent('.finder-deadlines li[data-clock="payment-hold"]')).toBe(
			`${hold?.sentence} ${hold?.action}`
		);
		expect(watch.take()).toEqual([]);
	});

	it('survives a reload', async () => {
		await page.reload();
		await page.waitForSelector('.finder[data-hydrated] li[data-channel]');
		expect(await page.inputValue('#finder-seller')).toBe('no-reply');
		expect(await page.inputValue('#finder-delivered')).toBe(tenDaysAgo);
		expect(await channelsShown()).toEqual(channelsFor(answered));
		expect(watch.take()).toEqual([]);
	});

	it('goes back one answer at a time with Back, and forward again', async () => {
		// The delivery date replaced the history entry of the seller's answer: Back undoes both.
		await page.goBack();
		await expect.poll(search).toBe(`?problem=${problem}`);
		await expect.poll(channelsShown).toEqual(channelsFor({ problem, lang: 'fr' }));
		expect(await page.inputValue('#finder-seller')).toBe('not-contacted');

		await page.goBack();
		await expect.poll(search).toBe('');
		await expect.poll(() => page.locator('.finder li[data-channel]').count()).toBe(0);
		expect(await page.isVisible('#finder-describe')).toBe(true);

		await page.goForward();
		await expect.poll(channelsShown).toEqual(channelsFor({ problem, lang: 'fr' }));
		expect(watch.take()).toEqual([]);
	});

	it('opens straight on an answer from a link', async () => {
		await openFinder('es', '?problem=damaged-item&seller=refused&priority=fast');
		await expect
			.poll(channelsShown)
			.toEqual(
				channelsFor({ problem: 'damaged-item', lang: 'es', seller: 'refused', priority: 'fast' })
			);
		expect(await page.isChecked('input[name="finder-priority"][value="fast"]')).toBe(true);
		expect(watch.take()).toEqual([]);
	});
});

describe('the composer', () => {
	it('writes the English message with the order number and copies it', async () => {
		await openFinder('fr', '?problem=damaged-item');
		await page.waitForSelector('.finder-composer');
		await page.fill('#finder-order', '8123 4567 8901');
		await page.check('input[name="finder-outcome"][value="keep-partial-refund"]');
		const input = {
			problem: 'damaged-item',
			outcome: 'keep-partial-refund',
			recipient: 'seller',
			orderNumber: '812345678901',
		} as const;
		const message = composeMessage(finderMessages.en.composer, input);
		expect(await page.textContent('pre.finder-message[lang="en"]')).toBe(message);
		expect(await page.textContent('pre.finder-meaning')).toBe(
			composeMessage(finderMessages.fr.composer, input)
		);

		await page.click('.finder-composer .finder-button');
		await expect
			.poll(() => page.textContent('.finder-composer [role="status"]'))
			.toBe(finderMessages.fr.ui.composer.copied);
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(message);
		expect(watch.take()).toEqual([]);
	});

	it('refuses an order number that is not one, and says why', async () => {
		await page.fill('#finder-order', 'abc');
		expect(await page.getAttribute('#finder-order', 'aria-invalid')).toBe('true');
		expect(await page.textContent('#finder-order-error')).toBe(
			finderMessages.fr.ui.composer.orderNumberInvalid.replace('{min}', '6').replace('{max}', '30')
		);
		expect(await page.isDisabled('.finder-composer .finder-button')).toBe(true);
		expect(watch.take()).toEqual([]);
	});
});
