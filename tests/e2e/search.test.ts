/**
 * Search through the dialog a reader uses, in each language: Pagefind and the results view load
 * when the reader shows an intent to search (not on page view), what shoppers type finds the
 * right guide first, and only pages in the reader's language.
 */
import { existsSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Lang } from '~/i18n/locales';
import { settle, watchPage, type PageWatch } from '../support/page-watch';
import { langs } from '../support/site-pages';
import type { StaticServer } from '../../tooling/static-server';
import { siteTest } from '../support/site-test';

/**
 * What a shopper types, and the page that must come first: words, and stories of several words
 * (each word searched, the finder's reading for a problem: src/search/rank.ts).
 */
const queries: Record<Lang, [string, string][]> = {
	fr: [
		['remboursement', '/fr/refunds/'],
		['colis perdu', '/fr/problems/parcel-lost/'],
		['adresse', '/fr/contact/postal-mail/'],
		['litige', '/fr/refunds/disputes/'],
		['chat en direct', '/fr/contact/live-chat/'],
		['téléphone', '/fr/contact/phone/'],
		[
			'le suivi dit livré depuis lundi mais rien dans ma boite aux lettres',
			'/fr/problems/parcel-lost/',
		],
		['jai recu une montre avec lecran fele en sortant du carton', '/fr/problems/damaged-item/'],
	],
	es: [
		['reembolso', '/es/refunds/'],
		['chat en vivo', '/es/contact/live-chat/'],
		['disputa', '/es/refunds/disputes/'],
		['teléfono', '/es/contact/phone/'],
		['paquete perdido', '/es/problems/parcel-lost/'],
		['carta', '/es/contact/postal-mail/'],
		['la caja llego toda aplastada y el vaso de adentro venia roto', '/es/problems/damaged-item/'],
		[
			'el vendedor no contesta mis mensajes desde hace diez dias',
			'/es/problems/seller-unresponsive/',
		],
	],
	en: [
		['refund', '/en/refunds/'],
		['phone number', '/en/contact/phone/'],
		['live chat', '/en/contact/live-chat/'],
		['dispute', '/en/refunds/disputes/'],
		['lost parcel', '/en/problems/parcel-lost/'],
		['letter', '/en/contact/postal-mail/'],
		[
			'seller said theyd refund me 2 weeks ago and my card still shows nothing',
			'/en/problems/refund-not-received/',
		],
		['ordered black sneakers and they sent me white sandals', '/en/problems/wrong-item/'],
	],
};

let site: StaticServer;
let page: Page;
let context: BrowserContext;
let watch: PageWatch;
const requested: string[] = [];

siteTest.beforeAll(async ({ session }) => {
	({ site, page } = session);
	context = session.browser.context;
	watch = await watchPage(page, site.origin);
	page.on('request', (request) => requested.push(new URL(request.url()).pathname));
});

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
				...root.querySelectorAll<HTMLAnchorElement>(
					'.pagefind-ui__result-title > a.pagefind-ui__result-link'
				),
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
				return (
					now.message.includes(query) && now.loading === 0 && now.results.length > 0 && stable >= 2
				);
			},
			{ interval: 150, timeout: 10_000 }
		)
		.toBe(true);
	return (JSON.parse(previous) as { results: string[] }).results;
}

/** What the dialog says in each language when a query has results (Pagefind's message). */
const resultsWord: Record<Lang, RegExp> = {
	fr: /résultats? pour/,
	en: /results? for/,
	es: /resultados? para/,
};
/** A shopper's problem in each language, and the problem page the finder's first step links to. */
const problemQueries: Record<Lang, [string, string]> = {
	fr: ['mon colis n’est jamais arrivé', '/fr/problems/parcel-lost/'],
	en: ['my parcel never arrived', '/en/problems/parcel-lost/'],
	es: ['mi paquete nunca llegó', '/es/problems/parcel-lost/'],
};
/** A question that is not a problem: the finder's reading of it is unsure, no first step. */
const notProblemQueries: Record<Lang, string> = {
	fr: 'combien de jours pour ouvrir un litige',
	en: 'how many days do i have to open a dispute',
	es: 'numero de whatsapp de aliexpress',
};
const hasUnderstanding = existsSync(
	new URL('../../src/finder/understand/load.ts', import.meta.url)
);

/** Whether Pagefind (its UI, its CSS, its index or its engine) has been asked for. */
const pagefindRequests = () =>
	requested.filter((path) => /\/pagefind\/|pagefind|ui-core/i.test(path));

describe.each(langs)('search in %s', (lang) => {
	it('loads nothing of Pagefind on page view, and its UI once the dialog opens', async () => {
		requested.length = 0;
		await page.goto(`${site.origin}/${lang}/refunds/`);
		await settle(page);
		expect(pagefindRequests()).toEqual([]);
		expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
		expect(await page.locator('#starlight__search .pagefind-ui').count()).toBe(0);

		await page
			.getByRole('button', {
				name: { fr: 'Rechercher', en: 'Search', es: 'Buscar' }[lang],
				exact: true,
			})
			.click();
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.matches('#starlight__search input')))
			.toBe(true);
		expect(pagefindRequests().length).toBeGreaterThan(0);
		expect(watch.take()).toEqual([]);
	});

	it.each(queries[lang])(
		'“%s” finds %s first, and only pages in this language',
		async (query, first) => {
			const results = await search(query);
			expect(results[0]).toBe(first);
			for (const path of results) expect(path.startsWith(`/${lang}/`), path).toBe(true);
			expect(watch.take()).toEqual([]);
		}
	);

	it('speaks the reader’s language, and cleans the query up before searching', async () => {
		const query = {
			fr: 'adresse postale',
			en: 'where is my refund',
			es: 'email atención al cliente',
		}[lang];
		const first = {
			fr: '/fr/contact/postal-mail/',
			en: '/en/problems/refund-not-received/',
			es: '/es/contact/email/',
		}[lang];
		expect((await search(query))[0]).toBe(first);
		const message = await page.locator('#starlight__search .pagefind-ui__message').textContent();
		expect(message).toMatch(resultsWord[lang]);
		expect(watch.take()).toEqual([]);
	});

	it.skipIf(!hasUnderstanding)(
		'shows the finder’s first step above the results for a problem',
		async () => {
			const [query, href] = problemQueries[lang];
			await search(query);
			const card = page.locator('#starlight__search .search-first-step');
			await expect.poll(() => card.isVisible()).toBe(true);
			expect(await card.locator('a').getAttribute('href')).toBe(href);
			expect(watch.take()).toEqual([]);
		}
	);

	it('shows no first step for a question the finder is unsure of', async () => {
		await search(notProblemQueries[lang]);
		// The card would come after the first results and the model: give it the time.
		await page.waitForTimeout(1000);
		expect(await page.locator('#starlight__search .search-first-step').isVisible()).toBe(false);
	});

	it('shows the first step for what the reader typed before the results view arrived', async () => {
		// A slow connection: the view's script arrives after the reader has typed the problem.
		const slow = await context.newPage();
		try {
			await slow.route('**/_astro/dialog*.js', async (route) => {
				await new Promise((resolve) => setTimeout(resolve, 1500));
				await route.continue();
			});
			await slow.goto(`${site.origin}/${lang}/refunds/`);
			await slow.locator('site-search button[data-open-modal]').click();
			const [query, href] = problemQueries[lang];
			await slow.locator('#starlight__search input[data-early-input]').fill(query);
			const card = slow.locator('#starlight__search .search-first-step');
			await expect.poll(() => card.isVisible(), { timeout: 10_000 }).toBe(true);
			expect(await card.locator('a').getAttribute('href')).toBe(href);
		} finally {
			await slow.close();
		}
	});

	it('announces the count, reaches the results by keyboard, shows more, and clears', async () => {
		const query = { fr: 'remboursement', en: 'refund', es: 'reembolso' }[lang];
		await search(query);
		const root = page.locator('#starlight__search');
		expect(await root.locator('.pagefind-ui__message').getAttribute('role')).toBe('status');
		const pages = () => root.locator('.pagefind-ui__result > .pagefind-ui__result-inner').count();
		expect(await pages()).toBe(5);

		// From the input: the clear button, the finder's first step if the query reads like a
		// problem, then the first result.
		await root.locator('input').focus();
		let onResult = false;
		for (let tab = 0; tab < 4 && !onResult; tab++) {
			await page.keyboard.press('Tab');
			onResult = await page.evaluate(
				() => document.activeElement?.matches('.pagefind-ui__result-link') ?? false
			);
		}
		expect(onResult).toBe(true);

		await root.locator('.pagefind-ui__button').click();
		await expect.poll(pages).toBeGreaterThan(5);

		await root.locator('.pagefind-ui__search-clear').click();
		expect(await root.locator('input').inputValue()).toBe('');
		expect(await root.locator('.pagefind-ui__results > li').count()).toBe(0);
		expect(
			await page.evaluate(() => document.activeElement?.matches('#starlight__search input'))
		).toBe(true);
		expect(watch.take()).toEqual([]);
	});

	it('starts loading Pagefind on keyboard focus, and opens with `/`', async () => {
		requested.length = 0;
		await page.goto(`${site.origin}/${lang}/contact/`);
		await settle(page);
		expect(pagefindRequests()).toEqual([]);
		await page.locator('site-search button[data-open-modal]').focus();
		// The engine, its WebAssembly and the UI, before any click.
		await expect
			.poll(() => pagefindRequests().some((path) => path.endsWith('/pagefind/pagefind.js')))
			.toBe(true);
		await expect
			.poll(() => requested.some((path) => /\/pagefind\/.*wasm|pagefind-worker/.test(path)))
			.toBe(true);
		expect(
			await page.locator('site-search dialog').evaluate((d: HTMLDialogElement) => d.open)
		).toBe(false);

		await page.locator('main').click({ position: { x: 1, y: 1 } });
		await page.keyboard.press('/');
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.matches('#starlight__search input')))
			.toBe(true);
		await page.keyboard.press('Escape');
		expect(watch.take()).toEqual([]);
	});
});
