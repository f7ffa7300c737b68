/** Written into the embed by its Vite config at build time. */

/** The site's address (`siteUrl`). */
declare const __SITE_URL__: string;
/** In a language file: the "independent site" line of content/i18n/<lang>.json. */
declare const __NOTICE__: { text: string; linkText: string };
/** In the loader: per language, `embed.loadError` and `embed.openFinder` of content/i18n. */
declare const __LOAD_ERROR__: Record<
	import('../i18n/locales').Lang,
	{ text: string; link: string }
>;

declare module '*.css?inline' {
	const css: string;
	export default css;
}
