/** Written into the embed by its Vite config at build time. */

/** The site's address (`siteUrl`). */
declare const __SITE_URL__: string;
/** In a language file: the "independent site" line of content/i18n/<lang>.json. */
declare const __NOTICE__: { text: string; linkText: string };

declare module '*.css?inline' {
	const css: string;
	export default css;
}
