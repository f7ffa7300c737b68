// Starlight's types for Astro.locals (t, starlightRoute) in our components.
/// <reference types="@astrojs/starlight" />

// Our own UI string keys, so `Astro.locals.t('…')` only accepts keys that exist.
declare namespace StarlightApp {
	type SiteStrings = Record<import('./i18n/site-strings').SiteStringKey, string>;
	interface I18n extends SiteStrings {}
}

// Starlight's virtual modules used by our Search override (Starlight ships no types for them).
declare module 'virtual:starlight/project-context' {
	const project: { trailingSlash: 'always' | 'never' | 'ignore'; build: { format: string } };
	export default project;
}
declare module 'virtual:starlight/pagefind-config' {
	export const pagefindUserConfig: Record<string, unknown>;
}
