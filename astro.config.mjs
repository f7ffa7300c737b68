// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import starlightLinksValidator from 'starlight-links-validator';
import { locales, defaultLang } from './src/i18n/locales.ts';
import { sidebar } from './src/i18n/sidebar.ts';
import { siteUrl } from './src/data/site.ts';

export default defineConfig({
	// The embed links back to the site with absolute URLs built from this address.
	site: siteUrl,
	// Guides live in the top-level `content/` (see DESIGN.md): Starlight reads `<srcDir>/content/docs`.
	srcDir: '.',
	trailingSlash: 'always',
	integrations: [
		starlight({
			title: { fr: 'Aide AliExpress', en: 'AliExpress Help', es: 'Ayuda AliExpress' },
			description: 'Independent help for AliExpress shoppers: refunds, disputes and every way to reach customer service.',
			defaultLocale: defaultLang,
			locales,
			favicon: '/favicon.svg',
			customCss: ['./src/styles/theme.css'],
			sidebar,
			components: {
				Footer: './src/components/starlight/Footer.astro',
			},
			plugins: [
				starlightLinksValidator({
					errorOnFallbackPages: true,
					errorOnInconsistentLocale: true,
					errorOnRelativeLinks: true,
				}),
			],
		}),
		preact(),
	],
});
