// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import starlightLinksValidator from 'starlight-links-validator';
import { locales, defaultLang } from './src/i18n/locales.ts';
import { sidebar } from './src/i18n/sidebar.ts';
import { siteUrl } from './src/data/site.ts';
import { problemIds } from './src/finder/types.ts';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * CSP hashes of Starlight's own `<script is:inline>` blocks (theme, sidebar state, tabs), read from
 * the installed Starlight so they follow its updates. Astro hashes the scripts it bundles itself;
 * tests/site/csp.test.ts checks every inline script of every page against its page's policy.
 */
function starlightInlineScriptHashes() {
	const root = dirname(createRequire(import.meta.url).resolve('@astrojs/starlight/components/Footer.astro'));
	const hashes = new Set();
	for (const dir of [root, join(root, '../user-components')]) {
		for (const file of readdirSync(dir).filter((name) => name.endsWith('.astro'))) {
			for (const [, body] of readFileSync(join(dir, file), 'utf8').matchAll(/<script is:inline[^>]*>([\s\S]*?)<\/script>/g)) {
				hashes.add(`sha256-${createHash('sha256').update(body).digest('base64')}`);
			}
		}
	}
	return [...hashes];
}

/**
 * The static problem pages are generated routes the validator cannot see: skip links to them, but
 * only to a problem that exists, in the linking page's own language.
 */
function isProblemPageOfSameLanguage({ link, slug }) {
	const match = /^\/([a-z]{2})\/problems\/([a-z-]+)\/$/.exec(link);
	return Boolean(match && slug.startsWith(`${match[1]}/`) && problemIds.includes(match[2]));
}

export default defineConfig({
	// The embed links back to the site with absolute URLs built from this address.
	site: siteUrl,
	// Guides live in the top-level `content/` (see DESIGN.md): Starlight reads `<srcDir>/content/docs`.
	srcDir: '.',
	trailingSlash: 'always',
	// A strict CSP in a <meta> on every page (public/_headers sends the same one as a header).
	security: {
		csp: {
			directives: [
				"default-src 'self'",
				// Starlight's and Pagefind's CSS draw icons with data: SVG masks.
				"img-src 'self' data:",
				"object-src 'none'",
				"base-uri 'self'",
				"form-action 'self'",
			],
			scriptDirective: {
				// Pagefind's search runs WebAssembly.
				resources: ["'self'", "'wasm-unsafe-eval'"],
				hashes: starlightInlineScriptHashes(),
			},
			styleDirective: {
				// Styles cannot run code, and Astro 7 leaves out of its hashes the <style> it inlines for
				// components used in MDX guides (ChatPath, FinderEntry): allow inline styles.
				resources: ["'self'", "'unsafe-inline'"],
			},
		},
	},
	integrations: [
		starlight({
			title: { fr: 'Aide AliExpress', en: 'AliExpress Help', es: 'Ayuda AliExpress' },
			description: 'Independent help for AliExpress shoppers: refunds, disputes and every way to reach customer service.',
			defaultLocale: defaultLang,
			locales,
			favicon: '/favicon.svg',
			// Our own pages/404.astro: Starlight's would link to a 404 page in every language.
			disable404Route: true,
			customCss: ['./src/styles/theme.css'],
			sidebar,
			components: {
				Footer: './src/components/starlight/Footer.astro',
				// Loads Pagefind's UI on demand and fixes the button's accessible name.
				Search: './src/components/starlight/Search.astro',
			},
			plugins: [
				starlightLinksValidator({
					errorOnFallbackPages: true,
					errorOnInconsistentLocale: true,
					errorOnRelativeLinks: true,
					exclude: isProblemPageOfSameLanguage,
				}),
			],
		}),
		preact(),
	],
});
