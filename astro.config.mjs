// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import starlightLinksValidator from 'starlight-links-validator';
import { locales, defaultLang } from './src/i18n/locales.ts';
import { sidebar } from './src/i18n/sidebar.ts';
import { siteUrl } from './src/data/site.ts';
import { problemIds } from './src/finder/types.ts';
import { satteri } from '@astrojs/markdown-satteri';
import frenchTypography from './config/rehype-french-typography.ts';
import { astroCsp } from './config/csp.ts';
import { securityHeaders } from './config/headers.ts';
import { embedBuild } from './config/embed.ts';
import { pagefindPreload } from './config/pagefind-preload.ts';
import { pagefindRanking } from './src/search/ranking.ts';

/**
 * The static problem pages and the letter page are generated routes the validator cannot see:
 * skip links to them, but only to a problem that exists, in the linking page's own language.
 */
function isGeneratedPageOfSameLanguage({ link, slug }) {
	const letter = /^\/([a-z]{2})\/letter\/$/.exec(link);
	if (letter) return slug.startsWith(`${letter[1]}/`);
	const match = /^\/([a-z]{2})\/problems\/([a-z-]+)\/$/.exec(link);
	return Boolean(match && slug.startsWith(`${match[1]}/`) && problemIds.includes(match[2]));
}

export default defineConfig({
	// The embed links back to the site with absolute URLs built from this address.
	site: siteUrl,
	// Guides live in the top-level `content/` (see DESIGN.md): Starlight reads `<srcDir>/content/docs`.
	srcDir: '.',
	trailingSlash: 'always',
	// French punctuation spacing on the French guides: Astro's Markdown processor (Sätteri) with
	// one plugin; MDX and Starlight inherit the processor and add their own plugins.
	markdown: { processor: satteri({ mdastPlugins: [frenchTypography] }) },
	// A strict CSP in a <meta> on every page; config/headers.ts sends the same one as a header.
	security: { csp: astroCsp() },
	integrations: [
		starlight({
			title: { fr: 'Aide AliExpress', en: 'AliExpress Help', es: 'Ayuda AliExpress' },
			description:
				'Independent help for AliExpress shoppers: refunds, disputes and every way to reach customer service.',
			defaultLocale: defaultLang,
			locales,
			favicon: '/favicon.svg',
			// Our own pages/404.astro: Starlight's would link to a 404 page in every language.
			disable404Route: true,
			customCss: ['./src/styles/theme.css'],
			// Search ranking, with the weight of each page's keywords (src/search/ranking.ts).
			pagefind: { ranking: pagefindRanking },
			sidebar,
			components: {
				Footer: './src/components/starlight/Footer.astro',
				// Adds the oEmbed discovery link to the finder and problem pages (WordPress embeds).
				Head: './src/components/starlight/Head.astro',
				// Our search dialog (src/search/). SEARCH_TWIN=stock builds Starlight's own instead: the
				// twin `npm run bench` compares it with (bench/search-twin.ts).
				...(process.env.SEARCH_TWIN === 'stock'
					? {}
					: { Search: './src/components/starlight/Search.astro' }),
			},
			plugins: [
				starlightLinksValidator({
					errorOnFallbackPages: true,
					errorOnInconsistentLocale: true,
					errorOnRelativeLinks: true,
					exclude: isGeneratedPageOfSameLanguage,
				}),
			],
		}),
		preact(),
		// The embed's scripts, built into public/embed/ by `astro build` and `astro dev`.
		embedBuild(),
		// After Starlight's Pagefind run: names the search files on each page.
		pagefindPreload(),
		securityHeaders(),
	],
});
