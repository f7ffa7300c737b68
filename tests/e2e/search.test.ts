/**
 * Search through the dialog a reader uses, in each language: Pagefind's UI loads when the dialog
 * opens (not on page view), and what shoppers type finds the right guide first, and only pages in
 * the reader's language.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lang } from '../../src/i18n/locales';
import { settle, watchPage, type PageWatch } from '../support/page-watch';
import { langs } from '../support/site-pages';
import type { StaticServer } from '../support/static-server';
import { openSite, type SiteSession } from '../support/site-session';

/** What a shopper types, and the page that must come first. */
const queries: Record<Lang, [string, string][]> = {
	fr: [
		['remboursement', '/fr/refunds/'],
		['colis perdu', '/fr/problems/parcel-lost/'],
		['adresse', '/fr/contact/postal-mail/'],
		['litige', '/fr/refunds/disputes/'],
		['chat en direct', '/fr/contact/live-chat/'],
		['téléphone', '/fr/contact/phone/'],
	],
	es: [
		['reembolso', '/es/refunds/'],
		['chat en vivo', '/es/contact/live-chat/'],
		['disputa', '/es/refunds/disputes/'],
		['teléfono', '/es/contact/phone/'],
		['paquete perdido', '/es/problems/parcel-lost/'],
		['carta', '/es/contact/postal-mail/'],
	],
	en: [
		['refund', '/en/refunds/'],
		['phone number', '/en/contact/phone/'],
		['live chat', '/en/contact/live-chat/'],
		['dispute', '/en/refunds/disputes/'],
		['lost parcel', '/en/problems/parcel-lost/'],
		['letter', '/en/contact/postal-mail/'],
	],
};

let session: SiteSession;
let site: StaticServer;
let page: Page;
let watch: PageWatch;
const requested: string[] = [];

beforeAll(async () => {
	session = await openSite();
	({ site, page } = session);
	watch = await watchPage(page, site.origin);
	page.on('request', (request) => requested.push(new URL(request.url()).pathname));
});

afterAll(() => session?.close());

/** Types a query into the open dialog and returns the pages of the results, in order. */
async function search(query: string): Promise<string[]> {
	const input = page.locator('#starlight__search input');
	await input.fill('');
	await input.fill(query);
	// Pagefind debounces, says "searching for …", then renders the results and loads each one:
	// wait until the message quotes the query and the results have stopped changing.
	const snapshot = () =>
		page.evaluate(() => {
			const root = document.querySelector('#starlight__search')!;
			const links = [
				...root.querySelectorAll<HTMLAnchorElement>('.pagefind-ui__result-title > a.pagefind-ui__result-link'),
			];
			return {
				message: root.querySelector('.pagefind-ui__message')?.textContent ?? '',
				loading: root.querySelectorAll('.pagefind-ui__loading').length,
				results: links.map((a) => new URL(a.href).pathname),
			};
		});
	let previous = '';
	let stable = 0;
	await expect
		.poll(
			async () => {
				const now = await snapshot();
				const key = JSON.stringify(now);
				stable = key === previous ? stable + 1 : 0;
				previous = key;
				return now.message.includes(query) && now.loading === 0 && now.results.length > 0 && stable >= 2;
			},
			{ interval: 150, timeout: 10_000 }
		)
		.toBe(true);
	return (JSON.parse(previous) as { results: string[] }).results;
}

/** Whether Pagefind (its UI, its CSS, its index or its engine) has been asked for. */
const pagefindRequests = () => requested.filter((path) => /\/pagefind\/|pagefind|ui-core/i.test(path));

describe.each(langs)('search in %s', (lang) => {
	it('loads nothing of Pagefind on page view, and its UI once the dialog opens', async () => {
		requested.length = 0;
		await page.goto(`${site.origin}/${lang}/refunds/`);
		await settle(page);
		expect(pagefindRequests()).toEqual([]);
		expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
		expect(await page.locator('#starlight__search .pagefind-ui').count()).toBe(0);

		await page.getByRole('button', { name: { fr: 'Rechercher', en: 'Search', es: 'Buscar' }[lang], exact: true }).click();
		await expect.poll(() => page.evaluate(() => document.activeElement?.matches('#starlight__search input'))).toBe(true);
		expect(pagefindRequests().length).toBeGreaterThan(0);
		expect(watch.take()).toEqual([]);
	});

	it.each(queries[lang])('“%s” finds %s first, and only pages in this language', async (query, first) => {
		const results = await search(query);
		expect(results[0]).toBe(first);
		for (const path of results) expect(path.startsWith(`/${lang}/`), path).toBe(true);
		expect(watch.take()).toEqual([]);
	});
});
